"""Every item cites one of the source's 11 sections, written exactly as in its README."""

from __future__ import annotations

from collections import Counter

from content_source import SECTION_REFS, SECTIONS, raw_items

from trainer.core.banks import LoadResult


def _section_of(source: str) -> int | None:
    """The section a `source` starts with; anything after it must follow "; "."""
    for ref, number in SECTION_REFS.items():
        if source == ref or source.startswith(f"{ref}; "):
            return number
    return None


def test_every_item_source_starts_with_a_section_reference(shipped: LoadResult) -> None:
    for q in shipped.questions:
        assert _section_of(q.source) is not None, f"{q.id}: {q.source!r}"
    assert _section_of("§2 IOM 2006 - 2013 (growth figures)") is None  # hyphen, not en dash
    assert _section_of("§12 Who is IOM?") is None


def test_every_section_has_items() -> None:
    counts = Counter(_section_of(item["source"]) for item in raw_items())
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
        assert _section_of(item["source"]) in banks[bank], item["id"]
