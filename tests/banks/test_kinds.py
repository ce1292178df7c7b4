"""The kind registry (trainer/core/kinds): every kind has every entry, the bank format
has a model for it, its example responses score as they say, an unknown kind is an
error, and fixed words go through the translation hook."""

from __future__ import annotations

import pytest
from kindkit import samples, toy

from trainer.core.banks.questions import QUESTION_TYPES
from trainer.core.banks.schema import FACT_KINDS, ITEM_MODELS
from trainer.core.kinds import KINDS, UnknownKindError, kind_of, right_answer, scored_kinds
from trainer.core.kinds import response_text as kind_response_text
from trainer.core.scoring import NotScoredError, expected_text, score


@pytest.mark.parametrize("name", list(KINDS))
def test_every_kind_has_every_entry(name: str) -> None:
    kind = KINDS[name]
    assert kind.name == name == kind.question.KIND
    for entry in (kind.from_item, kind.right_answer, kind.response_text, kind.choices):
        assert callable(entry)
    assert (kind.score is None) == (kind.example is None), "a scored kind needs examples"
    assert kind.letters is None or callable(kind.letters.response)


def test_the_registry_names_the_question_types_and_the_bank_formats_kinds() -> None:
    assert {name: kind.question for name, kind in KINDS.items()} == QUESTION_TYPES
    assert set(ITEM_MODELS) - FACT_KINDS == set(KINDS)
    assert scored_kinds() == tuple(k for k in KINDS if k != "flashcard")


@pytest.mark.parametrize("name", sorted(samples()))
def test_each_kinds_examples_score_right_and_wrong(name: str) -> None:
    question = samples()[name]
    example = kind_of(question).example
    if example is None:
        with pytest.raises(NotScoredError):
            score(question, None)
        return
    assert score(question, example(question, True)).correct
    assert not score(question, example(question, False)).correct


def test_an_unknown_kind_is_an_error_never_an_empty_text() -> None:
    question = toy()
    with pytest.raises(UnknownKindError, match="'toy'"):
        kind_of("toy")
    with pytest.raises(UnknownKindError):
        expected_text(question)
    with pytest.raises(UnknownKindError):
        score(question, "x")


def test_fixed_words_go_through_the_translation_hook() -> None:
    words = {"True": "Vrai", "False": "Faux"}
    tf = samples()["true_false"]
    assert right_answer(tf, lambda w: words[w]).text == "Faux"
    assert kind_response_text(tf, True, lambda w: words[w]) == "Vrai"
    assert expected_text(tf) == "False"  # the core's own texts stay in English


def test_right_answer_on_one_line_and_one_entry_a_line() -> None:
    order, match = samples()["ordering"], samples()["matching"]
    assert right_answer(order).text == "Stone → Bronze → Iron"
    assert right_answer(order).lines == "1. Stone\n2. Bronze\n3. Iron"
    assert right_answer(match).lines.splitlines()[0] == "France → Paris"
    assert right_answer(samples()["multiple_choice"]).lines == "Chad; Mali"
