"""Every figure in the banks matches the source's table: value, unit and year.

The table (``contentkit.FIGURES``) was written by hand from the source text; the
banks are checked against it, never the other way round.
"""

from __future__ import annotations

from typing import Any

import pytest
from contentkit import (
    DATES,
    FIGURES,
    figures_in,
    known_growth,
    known_numbers,
    numbers_in,
    percentages_in,
    raw_items,
    rows,
    texts_of,
    to_base,
    years_in,
)

from trainer.core.banks import (
    ClozeQuestion,
    FlashcardQuestion,
    LoadResult,
    NumericQuestion,
    Question,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)

KNOWN = known_numbers()
FIGURE_FACTS = [item for item in raw_items() if item["kind"] == "figure"]
NUMERIC_ITEMS = [item for item in raw_items() if item["kind"] == "numeric"]


def _in_table(unit: str, amount: float, year: int) -> bool:
    return any(f.year == year for f in rows(unit, amount))


def test_the_table_matches_the_source_text() -> None:
    """The hand-written table is itself checked against the raw source lines."""
    from contentkit import ROOT

    source = ROOT.parent / "shared" / "source" / "000_e46dc26b5bfe6592.txt"
    if not source.exists():
        pytest.skip("source text not available in this checkout")
    text = " ".join(source.read_text(encoding="utf-8").split())
    for line in (
        "Membership: up from 120 to 149 Member States",
        "Total expenditure: up from USD 733 million to 1.3 billion (2011)",
        "Field locations: up from 290 to 440",
        "Active projects: up from 1,600 to 2,900",
        "Operational staff: up from 5,400 to 8,500, almost entirely in field",
        "IOM 2006 – 2013",
        "Today: 16 members",
    ):
        assert line in text, line
    assert len(FIGURES) == 11


@pytest.mark.parametrize("fact", FIGURE_FACTS, ids=lambda f: f["id"])
def test_figure_fact_matches_the_table(fact: dict[str, Any]) -> None:
    assert "period" not in fact, "source figures are dated: use `year`"
    year = fact["year"]
    unit, amount = to_base(fact["value"], fact["unit"])
    assert _in_table(unit, amount, year), (fact["id"], unit, amount, year)
    assert year in years_in(fact["question"]), "the question must name the figure's year"
    assert year in years_in(fact["statement"]), "the statement must name the figure's year"
    if "from_value" in fact:
        from_year = fact["from_year"]
        _, from_amount = to_base(fact["from_value"], fact["unit"])
        assert _in_table(unit, from_amount, from_year), (fact["id"], from_amount, from_year)
        assert from_year in years_in(fact["statement"])
        if "{from}" not in fact["statement"]:
            # The earlier figure is written out: it must be the table's, in its own unit.
            written = {a for _, u, a in figures_in(fact["statement"]) if u == unit}
            bare = set(numbers_in(fact["statement"]))
            assert from_amount in written or from_amount in bare, fact["statement"]
    for wrong in fact.get("distractors", []):
        _, wrong_amount = to_base(wrong, fact["unit"])
        assert not _in_table(unit, wrong_amount, year), f"distractor {wrong} is true in {year}"


@pytest.mark.parametrize("item", NUMERIC_ITEMS, ids=lambda i: i["id"])
def test_numeric_item_matches_the_table(item: dict[str, Any]) -> None:
    question, answer, unit = item["question"], item["answer"], item.get("unit")
    if unit is None:
        # The answer is a year of the source, asked about the right event.
        assert answer in DATES, item["id"]
        assert any(word.lower() in question.lower() for word in DATES[answer]), item["id"]
        return
    base, amount = to_base(answer, unit)
    named = years_in(question)
    assert named, "a figure question must name its year or period"
    if any(_in_table(base, amount, y) for y in named):
        return
    # Otherwise a change between two named years of the same measure.
    changes = {
        (b.amount - a.amount)
        for a in FIGURES
        for b in FIGURES
        if a.measure == b.measure and a.year < b.year and {a.year, b.year} <= named
    }
    assert amount in changes, (item["id"], amount, named)


def test_generated_figure_items_carry_the_table_value(shipped: LoadResult) -> None:
    facts = {f["id"]: f for f in FIGURE_FACTS}
    generated = [q for q in shipped.questions if q.fact_id in facts]
    assert len(generated) == 5 * len(facts)
    for q in generated:
        fact = facts[q.fact_id]
        unit, amount = to_base(fact["value"], fact["unit"])
        if isinstance(q, NumericQuestion):
            assert to_base(q.answer, q.unit or "") == (unit, amount)
        if isinstance(q, SingleChoiceQuestion):
            found = list(figures_in(q.correct))
            assert [(u, a) for _, u, a in found] == [(unit, amount)], q.correct
        if isinstance(q, FlashcardQuestion | ClozeQuestion) or (
            isinstance(q, TrueFalseQuestion) and q.answer
        ):
            _assert_figures_true(q)


def _assert_figures_true(q: Question) -> None:
    """Each figure in ``q``'s truthful texts is in the table for a year the item names."""
    named = set().union(*(years_in(t) for t in texts_of(q, truthful_only=False)))
    for text in texts_of(q, truthful_only=True):
        for written, unit, amount in figures_in(text):
            matches = rows(unit, amount)
            assert matches, f"{q.id}: {written!r} is not a figure of the source"
            assert any(f.year in named for f in matches), (
                f"{q.id}: {written!r} appears without its year {[f.year for f in matches]}"
            )
        for number in numbers_in(text):
            assert number in KNOWN, f"{q.id}: {number:g} in {text!r} is not a figure of the source"


def test_every_figure_written_in_any_item_is_true_for_its_year(shipped: LoadResult) -> None:
    checked = 0
    for q in shipped.questions:
        _assert_figures_true(q)
        checked += 1
    assert checked == len(shipped.questions)


def test_every_percentage_is_a_growth_of_the_source(shipped: LoadResult) -> None:
    """A growth rate ("+81 %") is the rounded change of one measure between its years."""
    growth = known_growth()
    seen = 0
    for q in shipped.questions:
        for text in texts_of(q, truthful_only=True):
            for percent in percentages_in(text):
                seen += 1
                assert percent in growth, f"{q.id}: {percent} % is no growth of the source"
                assert {2006} <= years_in(text), f"{q.id}: {percent} % without its period"
    assert seen >= 4
