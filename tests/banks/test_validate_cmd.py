"""``trainer validate`` through its function, on real files; and the committed schema."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

from bankkit import DATA, VALID

from trainer.core.banks.schema import ITEM_MODELS
from trainer.core.banks.validate_cmd import run, schema_text

ROOT = Path(__file__).parents[2]


def _run(
    paths: list[str], fmt: str = "text", defaults: list[Path] | None = None
) -> tuple[int, str]:
    out = io.StringIO()
    code = run(paths, fmt=fmt, default_paths=defaults or [], out=out)
    return code, out.getvalue()


def test_valid_banks_exit_zero() -> None:
    code, text = _run([str(DATA)])
    assert code == 0
    assert text == "2 banks checked, 0 invalid, 0 errors\n"


def test_invalid_bank_exit_one_with_lines_and_summary(tmp_path: Path) -> None:
    shutil.copy(DATA / "second.yml", tmp_path / "good.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        VALID.replace("difficulty: 1", "difficulty: 5").replace("title: T\n", ""), "utf-8"
    )
    code, text = _run([str(tmp_path)])
    assert code == 1
    lines = text.splitlines()
    assert lines[-1] == "2 banks checked, 1 invalid, 2 errors"
    assert lines[0].startswith(f"{bad}:1:1: error: title: missing required field")
    assert lines[1].startswith(f"{bad}:11:17: error: items[0].difficulty:")


def test_json_output(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(VALID.replace("correct: A", "correct: B"), "utf-8")
    code, text = _run([str(bad), str(DATA / "second.yml")], fmt="json")
    assert code == 1
    payload = json.loads(text)
    assert payload["banks_checked"] == 2 and payload["banks_invalid"] == 1
    assert payload["error_count"] == 1
    assert payload["errors"] == [
        {
            "path": str(bad),
            "line": 17,
            "column": 13,
            "field": "items[0].wrong[0]",
            "message": "items[0].wrong[0]: `B` is also given as correct",
            "severity": "error",
        }
    ]


def test_missing_path_is_bad_usage(tmp_path: Path) -> None:
    code, text = _run([str(tmp_path / "nope.yaml")])
    assert code == 2
    assert "no such file or folder" in text and "Traceback" not in text
    code, text = _run([str(tmp_path / "nope.yaml")], fmt="json")
    assert code == 2 and json.loads(text)["valid"] is False
    assert _run([str(DATA)], fmt="xml")[0] == 2


def test_default_paths_are_used_when_none_given(tmp_path: Path) -> None:
    code, text = _run([], defaults=[DATA, tmp_path / "absent"])
    assert code == 0 and text.startswith("2 banks checked")


def test_shipped_banks_are_valid() -> None:
    code, text = _run([str(ROOT / "question_banks")])
    assert code == 0, text


def test_schema_file_is_current() -> None:
    committed = (ROOT / "resources" / "bank.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(), (
        "resources/bank.schema.json is stale; regenerate it with "
        "`python -m trainer.core.banks.validate_cmd --write-schema`"
    )


def test_schema_has_help_for_editors() -> None:
    schema = json.loads(schema_text())
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert schema["title"] == "Trainer question bank"
    item = schema["$defs"]["FigureFact"]
    assert item["additionalProperties"] is False
    assert "description" in item["properties"]["statement"]
    kinds = {
        ref["$ref"].rsplit("/", 1)[1] for ref in schema["properties"]["items"]["items"]["oneOf"]
    }
    assert len(kinds) == len(ITEM_MODELS)


def test_schema_module_prints_schema() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "trainer.core.banks.validate_cmd", "--print-schema"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0 and done.stdout == schema_text()


def test_docs_example_bank_is_valid(tmp_path: Path) -> None:
    doc = (ROOT / "docs" / "bank-format.md").read_text(encoding="utf-8")
    example = doc.split("```yaml\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "example.yaml"
    path.write_text(example, encoding="utf-8")
    code, text = _run([str(path)])
    assert code == 0, text


def test_docs_error_examples_match_real_messages(tmp_path: Path) -> None:
    path = tmp_path / "b.yaml"
    path.write_text(VALID.replace("    correct: A\n", "    qestion: A\n"), "utf-8")
    _, text = _run([str(path)])
    doc = (ROOT / "docs" / "bank-format.md").read_text(encoding="utf-8")
    for line in text.splitlines()[:-1]:
        message = line.split(": error: ", 1)[1].split(": ", 1)[1]
        assert message in doc.replace("items[4].", "items[0]."), message


def test_real_command_line_exit_codes(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(VALID.replace("format: 1", "format: 1\nformat: 1"), "utf-8")

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "trainer", "validate", *args],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=False,
        )

    ok = cli(str(DATA))
    assert (ok.returncode, ok.stdout) == (0, "2 banks checked, 0 invalid, 0 errors\n")
    invalid = cli(str(bad), "--format", "json")
    assert invalid.returncode == 1
    assert json.loads(invalid.stdout)["errors"][0]["line"] == 2
    usage = cli(str(tmp_path / "missing"))
    assert usage.returncode == 2 and "Traceback" not in usage.stdout + usage.stderr
