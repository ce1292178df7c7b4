"""Every item cites the sections of the source it draws on, written as in its README.

One section: "§N <README title>". Several: "§A <short title> + §B <short title>" (the
short title drops the README's words in brackets), or "§7–§10 Roundtables 1–4 of HLD
2013". A public source used for context follows as "; context: <who, what, address>",
and an explanation that uses it says so in a last sentence "Context (<who>): ...".
"""

from __future__ import annotations

import re
from collections import Counter

from contentkit import (
    SECTION_REFS,
    SECTIONS,
    context_of,
    raw_items,
    sections_of,
)

from trainer.core.banks import LoadResult

BANK_SECTIONS = {
    "iom": {1, 2},
    "global_debate": {3},
    "gmg": {4, 5},
    "hld2013": {6, 7, 8, 9, 10, 11},
}
CONTEXT_RE = re.compile(r"(?:^|\s)Context \(([^)]+)\): [^\n]+$")


def test_the_citation_parser() -> None:
    assert sections_of("§2 IOM 2006 – 2013 (growth figures)") == {2}
    assert sections_of("§2 IOM 2006 - 2013 (growth figures)") is None  # hyphen, not en dash
    assert sections_of("§12 Who is IOM?") is None
    both = (
        "§3 The global debate on migration & development"
        " + §11 IOM Policy Recommendations to HLD 2013"
    )
    assert sections_of(both) == {3, 11}
    assert sections_of(f"{both}; context: OHCHR, a page, https://example.org") == {3, 11}
    assert sections_of("§7–§10 Roundtables 1–4 of HLD 2013") == {7, 8, 9, 10}
    assert sections_of(
        "§6 IOM and migration & development + §7–§10 Roundtables 1–4 of HLD 2013"
    ) == {6, 7, 8, 9, 10}
    assert sections_of("§9 Roundtable 3 + §9 Roundtable 3") is None
    assert sections_of("§9 Roundtable 3") is None  # one section: its full README title
    assert sections_of("§9 Roundtable 3 (partnerships, cooperation, policy coherence); x") is None


def test_every_item_source_cites_sections(shipped: LoadResult) -> None:
    for q in shipped.questions:
        assert sections_of(q.source), f"{q.id}: {q.source!r}"


def test_every_section_has_items() -> None:
    counts = Counter(n for item in raw_items() for n in sections_of(item["source"]) or ())
    assert set(counts) == set(SECTIONS), sorted(set(SECTIONS) - set(counts))
    assert set(SECTION_REFS.values()) == set(SECTIONS)


def test_items_belong_to_a_bank_of_one_of_their_sections() -> None:
    for item in raw_items():
        bank = item["id"].split(".", 1)[0]
        assert sections_of(item["source"]) & BANK_SECTIONS[bank], item["id"]


def test_context_is_named_in_the_source_and_marked_in_the_explanation() -> None:
    """Context from a public source is marked as such and names it; it is never unmarked."""
    used = 0
    for item in raw_items():
        text = " ".join(item["explanation"].split())
        context = context_of(item["source"])
        m = CONTEXT_RE.search(text)
        if not context:
            assert "Context" not in text, item["id"]
            continue
        used += 1
        assert m, f"{item['id']}: source names a context but the explanation does not mark it"
        assert m[1] in context, f"{item['id']}: context ({m[1]}) is not the source's {context!r}"
        assert "http" in context, f"{item['id']}: a context source needs its address"
    assert used >= 3
