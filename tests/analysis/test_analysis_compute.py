"""The item analysis against numbers computed here, independently, from the raw scores."""

from __future__ import annotations

from pathlib import Path

import pytest
from analysiskit import (
    attempt,
    load_bank,
    matrix_attempts,
    ref_alpha,
    ref_mean,
    ref_pearson,
    ref_rest,
    ref_sample_sd,
)

from trainer.core.analysis.compute import analyse_attempts
from trainer.core.analysis.model import Filters, ItemMeta, ItemStats
from trainer.core.analysis.table import sorted_rows
from trainer.core.analysis.verdicts import (
    CHECK_KEY,
    FEW_ANSWERS,
    NEVER_CHOSEN,
    NO_DISCRIMINATION,
    STRONG_PICK,
    TOO_EASY,
    Thresholds,
)

ITEMS = ("a", "b", "c", "d")
ROWS: list[list[float | None]] = [
    [1, 1, 1, 0.5],
    [1, 1, 0, 1],
    [1, 0, 1, 0],
    [0, 1, 0, 0.5],
    [1, 1, 1, 1],
    [0, 0, 0, 0],
    [1, 0, 0, 0.5],
    [1, 1, 1, 0],
    [0, 0, 1, 0],
    [1, 1, 0, 1],
    [0, 1, 0, 0],
    [1, 1, 1, 1],
]


def by_item(rows: list[ItemStats]) -> dict[str, ItemStats]:
    return {r.item_id: r for r in rows}


def test_facility_sd_discrimination_and_alpha_match_the_reference() -> None:
    result = analyse_attempts(matrix_attempts(ITEMS, ROWS), {}, {})
    found = by_item(result.items)
    for j, item_id in enumerate(ITEMS):
        scores = [float(r[j] or 0) for r in ROWS]
        rests = [ref_rest(r, j) for r in ROWS]
        row = found[item_id]
        assert row.answers == 12 and row.pairs == 12
        assert row.facility == pytest.approx(ref_mean(scores))
        assert row.sd == pytest.approx(ref_sample_sd(scores))
        assert row.discrimination == pytest.approx(ref_pearson(scores, rests))
        assert row.notes == ""
    [form] = result.forms
    full = [[float(v or 0) for v in r] for r in ROWS]
    results = [sum(r) / 4 for r in full]
    assert (form.attempts, form.questions, form.unfinished) == (12, 4, 0)
    assert form.mean == pytest.approx(ref_mean(results))
    assert form.sd == pytest.approx(ref_sample_sd(results))
    assert form.alpha == pytest.approx(ref_alpha(full))


def test_every_answer_right_gives_no_discrimination_and_says_so() -> None:
    rows: list[list[float | None]] = [[1, 1, float(n % 2)] for n in range(12)]
    result = analyse_attempts(matrix_attempts(("a", "b", "c"), rows), {}, {})
    found = by_item(result.items)
    assert found["a"].facility == 1.0 and found["a"].sd == 0.0
    assert found["a"].discrimination is None and found["a"].efficiency is None
    assert found["a"].notes == "no discrimination index: every answer scored the same"
    assert found["a"].verdicts == (TOO_EASY, NO_DISCRIMINATION)
    assert found["a"].verdict == "too easy; does not discriminate"
    # c varies, but the rest of every attempt (a and b) is the same: no index either
    assert found["c"].discrimination is None
    assert "the rest of the attempts all scored the same" in found["c"].notes


def test_all_right_everywhere_has_no_alpha() -> None:
    rows: list[list[float | None]] = [[1, 1] for _ in range(12)]
    [form] = analyse_attempts(matrix_attempts(("a", "b"), rows), {}, {}).forms
    assert form.mean == 1.0 and form.sd == 0.0 and form.alpha is None
    assert form.notes == "no alpha: every attempt scored the same"


def test_one_attempt_says_too_few_instead_of_numbers() -> None:
    result = analyse_attempts(matrix_attempts(("a", "b"), [[1, 0]]), {}, {})
    for row in result.items:
        assert row.answers == 1
        assert (row.facility, row.sd, row.discrimination) == (None, None, None)
        assert row.verdicts == (FEW_ANSWERS,)
        assert row.notes.startswith("too few answers (1; at least 10 are needed")
    [form] = result.forms
    assert (form.attempts, form.mean, form.sd, form.alpha) == (1, 0.5, None, None)
    assert form.notes.startswith("no alpha: too few finished attempts (1; at least 10")


def test_a_question_answered_in_only_some_attempts() -> None:
    """c is unanswered in half the finished attempts: its facility is over its answers;
    for a and b it counts 0 in the rest (as in the learner's result), and in the quiz's
    scores and alpha."""
    rows = [[r[0], r[1], r[2] if n % 2 == 0 else None] for n, r in enumerate(ROWS)]
    limits = Thresholds(min_answers=5, min_pairs=5)
    found = by_item(
        analyse_attempts(matrix_attempts(("a", "b", "c"), rows), {}, {}, limits=limits).items
    )
    c_scores = [float(r[2]) for r in rows if r[2] is not None]
    assert found["c"].answers == 6
    assert found["c"].facility == pytest.approx(ref_mean(c_scores))
    c_rests = [ref_rest(r, 2) for r in rows if r[2] is not None]
    assert found["c"].discrimination == pytest.approx(ref_pearson(c_scores, c_rests))
    a_scores = [float(r[0] or 0) for r in rows]
    assert found["a"].discrimination == pytest.approx(
        ref_pearson(a_scores, [ref_rest(r, 0) for r in rows])
    )
    result = analyse_attempts(matrix_attempts(("a", "b", "c"), rows), {}, {})
    full = [[float(v or 0) for v in r] for r in rows]
    assert result.forms[0].alpha == pytest.approx(ref_alpha(full))
    assert result.forms[0].mean == pytest.approx(ref_mean([sum(r) / 3 for r in full]))


def test_an_unfinished_attempt_counts_its_answers_but_not_in_the_quiz_summary() -> None:
    attempts = matrix_attempts(("a", "b", "c"), [[1, 0, 1], [0, 0, 1]])
    attempts.append(attempt("late", {"a": 1.0, "b": 1.0}, form=("a", "b", "c"), finished=False))
    result = analyse_attempts(attempts, {}, {}, limits=Thresholds(min_answers=3, min_pairs=3))
    assert by_item(result.items)["a"].answers == 3
    [form] = result.forms
    assert (form.attempts, form.unfinished) == (2, 1)
    assert form.mean == pytest.approx(ref_mean([2 / 3, 1 / 3]))


def test_rest_of_an_unfinished_attempt_is_what_it_answered() -> None:
    """Pairs (a, rest): finished attempts divide by the form's other questions (2), the
    attempt in progress by its other answers (1)."""
    attempts = [
        attempt("1", {"a": 1.0, "b": 1.0}, form=("a", "b", "c")),
        attempt("2", {"a": 0.0, "b": 1.0, "c": 0.0}, form=("a", "b", "c")),
        attempt("3", {"a": 1.0, "b": 0.2}, form=("a", "b", "c"), finished=False),
    ]
    limits = Thresholds(min_answers=3, min_pairs=3)
    row = by_item(analyse_attempts(attempts, {}, {}, limits=limits).items)["a"]
    assert row.discrimination == pytest.approx(ref_pearson([1, 0, 1], [1 / 2, 1 / 2, 0.2 / 1]))


def test_partial_credit_and_option_shares_of_multiple_choice(tmp_path: Path) -> None:
    """Multiple choice answers score fractions; each option's share is the share of answers
    that picked it (several per answer), the top and bottom thirds ranked by rest."""
    loaded = load_bank(tmp_path)
    mc = loaded.by_id["an.mc1"]
    picks = [
        ["IOM", "UNHCR"],
        ["IOM", "UNHCR"],
        ["IOM"],
        ["IOM", "WTO"],
        ["UNHCR"],
        ["IOM", "UNHCR"],
        ["WTO"],
        ["IOM", "UNHCR", "WTO"],
        ["IOM"],
        ["UNHCR", "WTO"],
        ["IOM", "UNHCR"],
        ["WTO"],
    ]
    others = [1, 1, 0.5, 0.5, 1, 1, 0, 0.5, 0, 0.5, 1, 0]
    from trainer.core.scoring import score

    fractions = [score(mc, set(p)).fraction for p in picks]
    assert sorted(set(fractions)) == [0.0, 0.5, 1.0]
    attempts = [
        attempt(
            str(n),
            {"an.mc1": fractions[n], "an.sc2": float(others[n])},
            responses={"an.mc1": picks[n]},
            hashes={"an.mc1": mc.content_hash, "an.sc2": "x"},
        )
        for n in range(12)
    ]
    row = by_item(analyse_attempts(attempts, {}, loaded.by_id).items)["an.mc1"]
    assert row.facility == pytest.approx(ref_mean(fractions))
    assert row.discrimination == pytest.approx(ref_pearson(fractions, [float(o) for o in others]))
    shares = {o.text: o.share for o in row.options}
    for option in ("IOM", "UNHCR", "WTO", "NATO"):
        assert shares[option] == pytest.approx(sum(option in p for p in picks) / 12)
    # thirds of the ranking by rest (the other question's score), ties in reading order
    order = sorted(range(12), key=lambda n: -others[n])
    top, bottom = order[:4], order[-4:]
    wto = next(o for o in row.options if o.text == "WTO")
    assert wto.top_share == pytest.approx(sum("WTO" in picks[n] for n in top) / 4)
    assert wto.bottom_share == pytest.approx(sum("WTO" in picks[n] for n in bottom) / 4)
    nato = next(o for o in row.options if o.text == "NATO")
    assert nato.chosen == 0 and nato.flags == (NEVER_CHOSEN,)
    assert [o.correct for o in row.options] == [True, True, False, False]


def test_a_wrong_option_the_strong_learners_choose_is_flagged_and_the_key_checked(
    tmp_path: Path,
) -> None:
    loaded = load_bank(tmp_path)
    sc = loaded.by_id["an.sc1"]
    # strong learners (high rest) choose "Rome"; weak ones the key "Geneva"
    choices = ["Rome"] * 4 + ["Geneva", "Rome", "Geneva", "Geneva"] + ["Geneva"] * 4
    rest = [1.0] * 4 + [0.5] * 4 + [0.0] * 4
    attempts = [
        attempt(
            str(n),
            {"an.sc1": float(c == "Geneva"), "x": rest[n]},
            responses={"an.sc1": c},
            hashes={"an.sc1": sc.content_hash},
        )
        for n, c in enumerate(choices)
    ]
    row = by_item(analyse_attempts(attempts, {}, loaded.by_id).items)["an.sc1"]
    options = {o.text: o for o in row.options}
    assert options["Rome"].top_share == 1.0 and options["Rome"].bottom_share == 0.0
    assert STRONG_PICK in options["Rome"].flags
    assert options["Oslo"].flags == (NEVER_CHOSEN,)
    assert row.verdicts[0] == CHECK_KEY and row.discrimination is not None
    assert row.discrimination < 0
    assert row.flagged


def test_each_version_is_its_own_row(tmp_path: Path) -> None:
    loaded = load_bank(tmp_path)
    sc = loaded.by_id["an.sc2"]
    attempts = [
        attempt("1", {"an.sc2": 1.0}, hashes={"an.sc2": "old"}, responses={"an.sc2": "2003"}),
        attempt("2", {"an.sc2": 0.0}, hashes={"an.sc2": sc.content_hash}),
        attempt("3", {"an.sc2": 1.0}, hashes={"an.sc2": None}),
    ]
    meta = {"an.sc2": ItemMeta("an", "Origins", "single_choice", sc.content_hash, False)}
    rows = analyse_attempts(attempts, meta, loaded.by_id).items
    assert [(r.version, r.version_status, r.answers) for r in rows] == [
        (sc.content_hash, "current", 1),
        ("old", "older", 1),
        ("", "unknown", 1),
    ]
    older = rows[1]
    # its options are not known: the answers that named one option alone tell right from wrong
    assert [(o.text, o.correct, o.chosen) for o in older.options] == [("2003", True, 1)]


def test_filters_choose_questions_but_attempts_stay_whole(tmp_path: Path) -> None:
    loaded = load_bank(tmp_path)
    attempts = matrix_attempts(("an.sc1", "an.mc1"), [[1, 0], [0, 1], [1, 1]])
    result = analyse_attempts(attempts, {}, loaded.by_id, Filters(topics=("Members",)))
    assert [r.item_id for r in result.items] == ["an.mc1"]
    assert result.forms[0].questions == 2  # the quiz is analysed whole


def test_rows_sort_by_any_column_with_empty_values_last() -> None:
    rows = [[1, 1, 1, 0.5], *ROWS]
    items = analyse_attempts(matrix_attempts(ITEMS, rows), {}, {}).items
    items.append(analyse_attempts(matrix_attempts(("z",), [[1]]), {}, {}).items[0])
    by_facility = sorted_rows(items, "facility", descending=True)
    values = [r.facility for r in by_facility]
    assert values[-1] is None
    assert values[:-1] == sorted((v for v in values if v is not None), reverse=True)
    assert sorted_rows(items, "verdicts")[-1].verdicts == (FEW_ANSWERS,)
    assert sorted_rows(items, "item_id", descending=True)[0].item_id == "z"
    with pytest.raises(ValueError, match="no column"):
        sorted_rows(items, "nonsense")
