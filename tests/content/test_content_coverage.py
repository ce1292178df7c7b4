"""docs/content-coverage.md lists each source statement with the items that ask it."""

from __future__ import annotations

import re

from contentkit import COVERAGE_DOC, SECTION_REFS, SECTIONS, raw_items, sections_of

from trainer.core.banks import LoadResult

ROW_RE = re.compile(r"^\| (\d+\.\d+) \| (§[^|]+?) \| (.+?) \| (`.+`) \|$")
ID_RE = re.compile(r"`([a-z0-9][a-z0-9._-]*)`")


def _rows() -> list[tuple[str, str, str, list[str]]]:
    out = []
    for line in COVERAGE_DOC.read_text(encoding="utf-8").splitlines():
        m = ROW_RE.match(line)
        if m:
            out.append((m[1], m[2], m[3], ID_RE.findall(m[4])))
    return out


def test_the_table_is_found_and_well_formed() -> None:
    rows = _rows()
    assert len(rows) >= 50
    numbers = [r[0] for r in rows]
    assert len(numbers) == len(set(numbers)), "statement numbers must be unique"
    for number, section, _, ids in rows:
        assert section in SECTION_REFS, section
        assert int(number.split(".")[0]) == SECTION_REFS[section], number
        assert ids, number


def test_every_listed_id_exists(shipped: LoadResult) -> None:
    known = set(shipped.by_id) | {q.fact_id for q in shipped.questions}
    for number, _, _, ids in _rows():
        for item_id in ids:
            assert item_id in known, f"statement {number}: unknown item {item_id}"


def test_every_section_has_statements_and_items(shipped: LoadResult) -> None:
    covered = {SECTION_REFS[section] for _, section, _, _ in _rows()}
    assert covered == set(SECTIONS)
    asked = {n for q in shipped.questions for n in sections_of(q.source) or ()}
    assert asked == set(SECTIONS)


def test_every_item_of_the_banks_is_listed() -> None:
    listed = {item_id for *_, ids in _rows() for item_id in ids}
    missing = [item["id"] for item in raw_items() if item["id"] not in listed]
    assert missing == []


def test_items_are_listed_under_exactly_the_sections_they_cite() -> None:
    """An item listed under a statement of §N cites §N; an item citing §N is listed there."""
    cited = {item["id"]: sections_of(item["source"]) or set() for item in raw_items()}
    listed: dict[str, set[int]] = {}
    for number, section, _, ids in _rows():
        for item_id in ids:
            assert SECTION_REFS[section] in cited.get(item_id, set()), (
                f"statement {number}: {item_id} does not cite {section}"
            )
            listed.setdefault(item_id, set()).add(SECTION_REFS[section])
    for item_id, sections in cited.items():
        assert listed.get(item_id) == sections, (
            f"{item_id}: cites {sections}, listed {listed.get(item_id)}"
        )
