"""Every item cites one of the source's 11 sections, written exactly as in its README."""

from __future__ import annotations

from collections import Counter

from content_source import SECTION_REFS, SECTIONS, raw_items

from trainer.core.banks import LoadResult


def test_every_item_source_is_a_section_reference(shipped: LoadResult) -> None:
    for q in shipped.questions:
        assert q.source in SECTION_REFS, f"{q.id}: {q.source!r}"


def test_every_section_has_items() -> None:
    counts = Counter(SECTION_REFS[item["source"]] for item in raw_items())
    assert set(counts) == set(SECTIONS), sorted(set(SECTIONS) - set(counts))


def test_sections_belong_to_their_bank() -> None:
    banks = {
        "iom": {1, 2},
        "global_debate": {3},
        "gmg": {4, 5},
        "hld2013": {6, 7, 8, 9, 10, 11},
    }
    for item in raw_items():
        bank = item["id"].split(".", 1)[0]
        assert SECTION_REFS[item["source"]] in banks[bank], item["id"]
