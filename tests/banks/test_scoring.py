"""Scoring rules per kind, partial credit and skipped answers, on real loaded questions."""

from __future__ import annotations

import pytest
from bankkit import DATA

from trainer.core.banks import LoadResult, load_banks
from trainer.core.scoring import NotScoredError, score


@pytest.fixture(scope="module")
def banks() -> LoadResult:
    return load_banks([DATA])


def frac(banks: LoadResult, qid: str, response: object) -> float:
    return score(banks.by_id[qid], response).fraction


def test_single_choice(banks: LoadResult) -> None:
    assert frac(banks, "sample.single", "Geneva Migration Group") == 1
    assert frac(banks, "sample.single", "Global Migration Forum") == 0
    assert score(banks.by_id["sample.single"], "x").expected == "Geneva Migration Group"


def test_multiple_choice_partial_credit(banks: LoadResult) -> None:
    qid = "sample.multiple"
    assert frac(banks, qid, ["States", "Migrants"]) == 1
    assert frac(banks, qid, {"States"}) == 0.5
    assert frac(banks, qid, ["States", "Multinational employers"]) == 0
    assert frac(banks, qid, ["States", "Migrants", "Multinational employers"]) == 0.5
    assert frac(banks, qid, []) == 0
    assert frac(banks, qid, "States") == 0  # a bare string is not a collection of picks
    assert not score(banks.by_id[qid], ["States"]).correct


def test_true_false(banks: LoadResult) -> None:
    assert frac(banks, "sample.true-false", True) == 1
    assert frac(banks, "sample.true-false", False) == 0
    assert frac(banks, "sample.true-false", "true") == 0
    assert score(banks.by_id["sample.true-false"], None).expected == "True"


def test_numeric_tolerance(banks: LoadResult) -> None:
    assert frac(banks, "sample.numeric", 16) == 1
    assert frac(banks, "sample.numeric", 16.0) == 1
    assert frac(banks, "sample.numeric", 17) == 0
    assert frac(banks, "sample.numeric", True) == 0
    assert frac(banks, "sample.numeric", float("nan")) == 0
    money = "sample.expenditure/numeric"
    assert frac(banks, money, 1.34) == 1
    assert frac(banks, money, 1.36) == 0
    assert score(banks.by_id[money], 1).expected == "USD 1.3 billion (± 0.05)"
    assert score(banks.by_id["sample.numeric"], 1).expected == "16 members"


def test_short_answer_normalisation(banks: LoadResult) -> None:
    qid = "sample.short"
    for typed in (
        "management",
        "  MANAGEMENT ",
        "Management.",
        "mánagement",
        "management of  migration!",
    ):
        assert frac(banks, qid, typed) == 1, typed
    assert frac(banks, qid, "manage") == 0
    assert frac(banks, qid, "") == 0


def test_cloze_share_of_blanks(banks: LoadResult) -> None:
    qid = "sample.cloze"
    assert frac(banks, qid, ["2013", "nyc"]) == 1
    assert frac(banks, qid, ["2013", "Geneva"]) == 0.5
    assert frac(banks, qid, ["2013"]) == 0.5
    assert frac(banks, qid, ["2,013", "new york"]) == 1
    assert score(banks.by_id[qid], None).expected == (
        "The second High-level Dialogue took place in 2013 in New York."
    )


def test_ordering_kendall(banks: LoadResult) -> None:
    qid = "sample.ordering"
    a, b, c = (
        "Geneva Migration Group founded",
        "Renamed Global Migration Group",
        "GMG has 16 members",
    )
    assert frac(banks, qid, [a, b, c]) == 1
    assert frac(banks, qid, [c, b, a]) == 0
    assert frac(banks, qid, [b, a, c]) == pytest.approx(2 / 3)
    assert frac(banks, qid, [a, b]) == pytest.approx(1 / 3)
    assert frac(banks, qid, "abc") == 0
    assert frac(banks, qid, [[a], {"x": b}, c]) == 0  # entries of the wrong type score 0


def test_matching_share_of_pairs(banks: LoadResult) -> None:
    qid = "sample.matching"
    right = {
        "GMG": "Global Migration Group",
        "GFMD": "Global Forum on Migration and Development",
        "HLD": "High-level Dialogue",
    }
    assert frac(banks, qid, right) == 1
    swapped = {**right, "GMG": right["HLD"], "HLD": right["GMG"]}
    assert frac(banks, qid, swapped) == pytest.approx(1 / 3)
    assert frac(banks, qid, ["GMG"]) == 0


def test_skipped_is_zero_and_flashcards_are_not_scored(banks: LoadResult) -> None:
    for q in banks.questions:
        if q.kind == "flashcard":
            with pytest.raises(NotScoredError):
                score(q, "anything")
        else:
            skipped = score(q, None)
            assert skipped.fraction == 0 and not skipped.correct and skipped.expected
