"""The bank-format fields for content quality: group, unordered, number_format, retired."""

from __future__ import annotations

from pathlib import Path

import pytest
from bankkit import HEADER, VALID

from trainer.core.banks import ClozeQuestion, NumericQuestion, load_banks
from trainer.core.scoring import expected_text, score


def _load(tmp_path: Path, text: str) -> tuple[list[object], list[str]]:
    path = tmp_path / "t.yaml"
    path.write_text(text, encoding="utf-8")
    result = load_banks([path])
    return list(result.questions), [str(e) for e in result.errors]


def _item(item_id: str, kind_lines: str, extra: str = "") -> str:
    return (
        f"  - id: {item_id}\n    topic: T\n    difficulty: 1\n    source: S\n"
        f"    explanation: E\n{kind_lines}{extra}"
    )


CLOZE = "    kind: cloze\n    text: Safe, {{orderly}} and {{regular|legal}} and {{safe}}.\n"
NUMERIC_YEAR = "    kind: numeric\n    question: Which year?\n    answer: 2013\n"


def test_group_defaults_to_the_fact_and_can_be_shared(tmp_path: Path) -> None:
    timeline = (
        "    kind: timeline\n    name: the history\n    events:\n"
        "      - {year: 2003, event: Founded}\n      - {year: 2006, event: Expanded}\n"
    )
    text = (
        HEADER
        + _item("t.a", NUMERIC_YEAR, "    group: t.history\n")
        + _item("t.history", timeline)
        + _item("t.b", NUMERIC_YEAR)
    )
    questions, errors = _load(tmp_path, text)
    assert errors == []
    groups = {q.id: q.group for q in questions}  # type: ignore[attr-defined]
    assert groups == {
        "t.a": "t.history",
        "t.history/order": "t.history",
        "t.history/match": "t.history",
        "t.b": "t.b",
    }


def test_unordered_cloze_scores_the_words_in_any_order(tmp_path: Path) -> None:
    questions, errors = _load(tmp_path, HEADER + _item("t.c", CLOZE, "    unordered: true\n"))
    assert errors == []
    (cloze,) = questions
    assert isinstance(cloze, ClozeQuestion) and cloze.unordered
    assert score(cloze, ["safe", "orderly", "regular"]).correct
    assert score(cloze, ["Legal", "safe", "orderly"]).correct  # an alternative, any place
    assert score(cloze, ["safe", "safe", "safe"]).fraction == pytest.approx(1 / 3)
    assert score(cloze, ["regular", "legal", "x"]).fraction == pytest.approx(1 / 3)
    assert score(cloze, ["orderly"]).fraction == pytest.approx(1 / 3)
    assert score(cloze, ["a", "b", "c", "orderly"]).fraction == 0  # extra words do not count


def test_ordered_cloze_stays_ordered(tmp_path: Path) -> None:
    questions, _ = _load(tmp_path, HEADER + _item("t.c", CLOZE))
    (cloze,) = questions
    assert isinstance(cloze, ClozeQuestion) and not cloze.unordered
    assert score(cloze, ["orderly", "regular", "safe"]).correct
    assert score(cloze, ["safe", "orderly", "regular"]).fraction == 0


def test_unordered_needs_two_blanks(tmp_path: Path) -> None:
    one = "    kind: cloze\n    text: In {{2013}}.\n    unordered: true\n"
    _, errors = _load(tmp_path, HEADER + _item("t.c", one))
    assert errors == [
        f"{tmp_path / 't.yaml'}:16:16: error: items[0].unordered: "
        "`unordered: true` needs at least two blanks"
    ]


def test_unordered_must_be_a_boolean(tmp_path: Path) -> None:
    _, errors = _load(tmp_path, HEADER + _item("t.c", CLOZE, '    unordered: "yes"\n'))
    assert len(errors) == 1 and "items[0].unordered" in errors[0]


def test_year_numeric_is_never_grouped(tmp_path: Path) -> None:
    text = HEADER + _item("t.y", NUMERIC_YEAR, "    number_format: year\n")
    text += _item("t.n", NUMERIC_YEAR.replace("Which year?", "How many?"))
    questions, errors = _load(tmp_path, text)
    assert errors == []
    year, plain = questions
    assert isinstance(year, NumericQuestion) and year.number_format == "year"
    assert expected_text(year) == "2013"
    assert isinstance(plain, NumericQuestion) and plain.number_format == "plain"
    assert expected_text(plain) == "2,013"


def test_number_format_is_checked(tmp_path: Path) -> None:
    text = HEADER + _item("t.y", NUMERIC_YEAR, "    number_format: date\n")
    _, errors = _load(tmp_path, text)
    assert len(errors) == 1 and "items[0].number_format" in errors[0]
    assert "'plain' or 'year'" in errors[0]


def test_retired_id_may_not_be_used(tmp_path: Path) -> None:
    text = VALID.replace("items:\n", "retired: [t.gone, t.a, t.f/choice]\nitems:\n")
    _, errors = _load(tmp_path, text)
    assert errors == [
        f"{tmp_path / 't.yaml'}:10:9: error: items[0].id: `t.a` is listed under `retired`: "
        "a removed item's id is never used again (give this item a new id)"
    ]
    figure = (
        "    kind: figure\n    question: How many?\n    statement: There were {value}.\n"
        "    value: 16\n    year: 2013\n"
    )
    fine = text.replace("- id: t.a", "- id: t.new") + _item("t.f", figure)
    _, errors = _load(tmp_path, fine)
    assert len(errors) == 1 and "`t.f/choice` is listed under `retired`" in errors[0]
    assert "items[1].id" in errors[0]


def test_retired_ids_are_checked_like_ids(tmp_path: Path) -> None:
    text = VALID.replace("items:\n", "retired: [Not An Id]\nitems:\n")
    _, errors = _load(tmp_path, text)
    assert len(errors) == 1 and "retired[0]" in errors[0]


def test_short_answer_variants_and_general_normalisation(tmp_path: Path) -> None:
    short = (
        "    kind: short_answer\n    question: Which theme?\n"
        "    answers: [Crises, crisis, Migration and crises]\n"
    )
    fraction = "    kind: short_answer\n    question: What share?\n    answers: [1/2]\n"
    questions, errors = _load(tmp_path, HEADER + _item("t.s", short) + _item("t.h", fraction))
    assert errors == []
    themes, share = questions
    for typed in ("crises", "Crisis", " the crises ", "migration & crises", "MIGRATION AND CRISES"):
        assert score(themes, typed).correct, typed
    for typed in ("crime", "the", "migration crises"):
        assert not score(themes, typed).correct, typed
    assert score(share, "1/2").correct and score(share, " 1 / 2 ").correct
    assert not score(share, "12").correct and not score(share, "1.2").correct


def test_a_list_can_go_without_its_count_question(tmp_path: Path) -> None:
    """A list whose count other items give away ("Roundtable 4") turns the 'how many'
    form off, and its id can then be retired."""
    bank = (
        HEADER.replace("items:\n", "retired: [t.l/count]\nitems:\n")
        + "  - id: t.l\n    kind: list\n    topic: T\n    difficulty: 1\n    source: S\n"
        "    explanation: E\n    name: the things\n    count_form: false\n"
        "    members: [Alpha, Beta, Gamma]\n    not_members: [Delta, Epsilon, Zeta]\n"
    )
    (tmp_path / "b.yaml").write_text(bank, encoding="utf-8")
    result = load_banks([tmp_path])
    assert result.errors == []
    forms = sorted(q.id for q in result.questions)
    assert "t.l/count" not in forms and "t.l/one-of" in forms
