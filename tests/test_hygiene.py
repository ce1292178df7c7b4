"""The tests' own rules, checked over every file in tests/: no fixed waits (a sleep must
say on its line why it is not one: a real OS event polled, a person simulated in a
worker process), no ``qtbot.wait(<ms>)``; helpers shared through ``*kit.py`` modules,
never imported from a conftest or another test module; no fixed /tmp paths (screenshots
go under the test's tmp_path)."""

from __future__ import annotations

import ast
import io
import tokenize
from pathlib import Path

TESTS = Path(__file__).parent
TMP = "/" + "tmp/"  # (not a literal: this file would find itself)


def sources() -> list[Path]:
    return sorted(p for p in TESTS.rglob("*.py") if "fixtures" not in p.parts)


def where(path: Path, line: int) -> str:
    return f"{path.relative_to(TESTS.parent)}:{line}"


def tokens(path: Path) -> list[tokenize.TokenInfo]:
    return list(tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline))


def calls(toks: list[tokenize.TokenInfo], owner: str, name: str) -> list[int]:
    """Indexes of ``owner.name(`` in code (not in strings or comments)."""
    found = []
    for i in range(len(toks) - 3):
        a, dot, b, paren = toks[i : i + 4]
        if (a.string, dot.string, b.string, paren.string) == (owner, ".", name, "("):
            found.append(i)
    return found


def test_no_fixed_waits() -> None:
    problems = []
    for path in sources():
        toks = tokens(path)
        commented = {t.start[0] for t in toks if t.type == tokenize.COMMENT}
        for i in calls(toks, "time", "sleep"):
            if toks[i].start[0] not in commented:
                problems.append(f"{where(path, toks[i].start[0])}: time.sleep without a reason")
        for owner, name in (("qtbot", "wait"), ("QTest", "qWait")):
            for i in calls(toks, owner, name):
                if toks[i + 4].type == tokenize.NUMBER:
                    problems.append(f"{where(path, toks[i].start[0])}: {owner}.{name}(<ms>)")
    assert problems == [], "wait for a signal or a condition, or advance a clock:\n" + "\n".join(
        problems
    )


def test_helpers_come_from_kits_not_from_conftest_or_test_modules() -> None:
    problems = []
    for path in sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            for name in names:
                last = name.rsplit(".", 1)[-1]
                if last == "conftest" or last.startswith("test_"):
                    problems.append(f"{where(path, node.lineno)}: imports {name}")
    assert problems == [], "share helpers through a *kit.py module:\n" + "\n".join(problems)


def test_no_fixed_temporary_paths() -> None:
    problems = []
    for path in sources():
        for tok in tokens(path):
            text = tok.string
            if tok.type == tokenize.STRING and TMP in text and TMP + ".X" not in text:
                problems.append(f"{where(path, tok.start[0])}: {text}")
    assert problems == [], "write under tmp_path:\n" + "\n".join(problems)
