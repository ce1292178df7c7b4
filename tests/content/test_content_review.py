"""The kinds of defect the December 2026 content review found stay fixed across the banks.

Each test names the review's kind of defect and checks every item for it, not only the
items the review listed (see docs/content-review-log.md).
"""

from __future__ import annotations

import re

from contentkit import raw_banks, raw_items, sections_of

from trainer.core.banks import ClozeQuestion, LoadResult

_NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight"]


def test_count_questions_do_not_give_their_count_away() -> None:
    """Review 9: a list's name, count question, bank title or description never states
    the count."""
    for bank in raw_banks().values():
        for item in bank["items"]:
            if item["kind"] != "list":
                continue
            count = len(item["members"])
            word = _NUMBER_WORDS[count - 2] if 2 <= count <= 8 else str(count)
            texts = (item["name"], item.get("count_question", ""), bank["title"])
            for text in (*texts, bank["description"]):
                found = re.search(rf"\b({word}|{count})\b", text, re.IGNORECASE)
                assert not found, f"{item['id']}: {text!r} gives the count away"


def test_the_gmg_and_the_hld_are_never_described_in_the_present_tense() -> None:
    """Review 2: the GMG ended in 2018; what the GMG and the HLD did is told in the past."""
    present = re.compile(
        r"\b(does|is|has) the GMG\b|\bthe GMG('s chairmanship)? "
        r"(is|has|does|convenes|rotates|supports|works)\b|chairmanship of the GMG rotates\b|"
        r"\bIOM chairs\b|\bHLD 2013 (holds|has)\b",
        re.IGNORECASE,
    )
    for item in raw_items():
        for key in ("question", "statement", "text", "front", "back", "correct", "name"):
            value = item.get(key)
            if isinstance(value, str):
                assert not present.search(value), f"{item['id']}.{key}: {value!r}"


def test_figure_distractors_lie_on_both_sides_of_the_value() -> None:
    """Review 15: 'the largest wins' when every distractor is below the right value."""
    for item in raw_items():
        wrong = item.get("distractors")
        if item["kind"] == "figure" and wrong:
            below = [w for w in wrong if w < item["value"]]
            above = [w for w in wrong if w > item["value"]]
            assert below and above, f"{item['id']}: {wrong} around {item['value']}"


def test_matching_items_have_at_least_three_pairs() -> None:
    """Review (other defects): with two pairs the second is free."""
    for item in raw_items():
        if item["kind"] == "matching":
            assert len(item["pairs"]) >= 3, item["id"]


SET_CLOZES = {
    "hld2013.rt2.orderly-cloze",
    "global_debate.thinking-ahead-cloze",
    "hld2013.rec.levels",
    "gmg.mechanism-cloze",
    "gmg.objective-cloze",
}


def test_the_set_clozes_of_the_review_score_in_any_order(shipped: LoadResult) -> None:
    """Review 4: blanks that form a set are declared unordered."""
    for item_id in SET_CLOZES:
        q = shipped.by_id[item_id]
        assert isinstance(q, ClozeQuestion) and q.unordered, item_id


LEAKING = [
    ("gmg.history/order", "gmg.founding-name"),
    ("gmg.history/match", "gmg.founding-year"),
    ("iom.growth.staff-where", "iom.growth.staff/numeric"),
    ("iom.growth.expenditure-year", "iom.growth.expenditure/numeric"),
    ("hld2013.rt2.which-migration", "hld2013.rt2.orderly-cloze"),
    ("hld2013.rt3.limits", "hld2013.rt3.unlimited"),
    ("hld2013.rt4.contribution", "hld2013.rt4.wellbeing"),
    ("hld2013.high-roads/match", "hld2013.rt1.which"),
    ("gmg.examples-match", "gmg.handbook-implemented"),
    ("global_debate.settings", "global_debate.gfmd-name"),
]


def test_items_that_answer_one_another_share_a_group(shipped: LoadResult) -> None:
    """Review 7: the pairs the review found (and others like them) cannot meet in a quiz."""
    for a, b in LEAKING:
        assert shipped.by_id[a].group == shipped.by_id[b].group, (a, b)


RETIRED = {
    "iom.growth.order-by-size",
    "iom.growth.match-2013",
    "iom.growth.match-2006",
    "hld2013.roundtables-order",
    "gmg.expansion-name",
    "global_debate.hld-year",
}


def test_removed_items_are_retired_not_reused(shipped: LoadResult) -> None:
    retired = {r for bank in raw_banks().values() for r in bank.get("retired", [])}
    assert retired >= RETIRED
    assert not retired & set(shipped.by_id)
    assert not retired & {q.fact_id for q in shipped.questions}


def test_there_are_at_least_twenty_application_items() -> None:
    """Review (pedagogy): a situation, and the theme, recommendation or mechanism it
    concerns; each cites the sections its options draw on."""
    applied = [item for item in raw_items() if "application" in item.get("tags", [])]
    assert len(applied) >= 20
    for item in applied:
        assert item["kind"] == "single_choice", item["id"]
        assert len(item["question"]) >= 80, f"{item['id']}: no situation in the stem"
        assert sections_of(item["source"]), item["id"]
