"""No item presents a 2006–2013 figure as current: every figure comes with its year."""

from __future__ import annotations

from contentkit import (
    CURRENT_WORDS_RE,
    figures_in,
    numbers_in,
    raw_items,
    texts_of,
    years_in,
)

from trainer.core.banks import LoadResult, NumericQuestion, Question


def _all_text(q: Question) -> str:
    return "\n".join(texts_of(q, truthful_only=False))


def test_every_text_with_a_figure_names_a_year(shipped_seeded: LoadResult) -> None:
    """Any figure (even a wrong option or a false statement) sits next to a year."""
    for q in shipped_seeded.questions:
        text = _all_text(q)
        if any(True for _ in figures_in(text)) or any(True for _ in numbers_in(text)):
            assert years_in(text), f"{q.id}: a figure without its year or period: {text!r}"


def test_every_figure_question_names_its_year(shipped_seeded: LoadResult) -> None:
    """Numeric items with a unit (all figures) name a year 2006–2013 in the prompt."""
    for q in shipped_seeded.questions:
        if isinstance(q, NumericQuestion) and q.unit is not None:
            assert years_in(q.prompt), q.id


def test_figure_statements_and_questions_name_their_year() -> None:
    for item in raw_items():
        if item["kind"] == "figure":
            assert years_in(item["question"]), item["id"]
            assert years_in(item["statement"]), item["id"]


def test_nothing_is_called_current(shipped: LoadResult) -> None:
    """ "Today", "currently" and the like appear only in a quote dated 2013."""
    for q in shipped.questions:
        text = _all_text(q)
        for match in CURRENT_WORDS_RE.finditer(text):
            quoted = text[max(0, match.start() - 1) : match.end() + 1]
            assert quoted.lower() in {'"today:', "“today:", '"today"'}, f"{q.id}: {match[0]!r}"
            assert 2013 in years_in(text), f"{q.id}: 'Today' without 2013"


def test_the_expenditure_figure_is_never_dated_2013(shipped: LoadResult) -> None:
    """USD 1.3 billion is the 2011 figure; a text naming it with 2013 must be false."""
    for q in shipped.questions:
        for text in texts_of(q, truthful_only=True):
            amounts = {a for _, u, a in figures_in(text) if u == "USD"}
            if 1.3e9 in amounts:
                assert 2011 in years_in(text) or 2011 in years_in(_all_text(q)), q.id
