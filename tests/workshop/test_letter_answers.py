"""A team's answer given by letter (a facilitator's key): the response it means, scored
and committed in one call, on a real SQLite store (no Qt)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from trainer.core.banks import Question
from trainer.core.banks.questions import MultipleChoiceQuestion, SingleChoiceQuestion
from trainer.core.workshop import WorkshopError, WorkshopSession, build_workshop
from trainer.core.workshop.letter_answers import (
    answer_by_letter,
    letter_response,
    lettered_kinds,
)
from trainer.store import Store, open_store

ITEMS = ("ws.sc1", "ws.tf1", "ws.mc1", "ws.num1", "ws.gone")
SEED = 5


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = open_store(tmp_path / "t.sqlite3")
    yield store
    store.close()


@pytest.fixture
def session(store: Store, questions: list[Question], by_id: dict[str, Question]) -> WorkshopSession:
    workshop = build_workshop(questions, seed=SEED, count=4, points_per_question=2)
    workshop = replace(workshop, items=ITEMS)
    return WorkshopSession.start(store, workshop, ["Red", "Blue"], by_id)


def shown(question: Question) -> list[str]:
    """The options in the order the screens letter them in this workshop."""
    assert isinstance(question, SingleChoiceQuestion | MultipleChoiceQuestion)
    return question.shuffled_options(SEED)


def letter_of(question: Question, option: str) -> int:
    """The letter (0 = A) the screens show for ``option`` in this workshop."""
    return shown(question).index(option)


def test_a_letter_records_the_option_it_names(
    store: Store, session: WorkshopSession, by_id: dict[str, Question]
) -> None:
    red, blue = session.teams()
    right = letter_of(by_id["ws.sc1"], "Geneva Migration Group")
    wrong = letter_of(by_id["ws.sc1"], "Global Migration Forum")
    answer = answer_by_letter(session, red, 0, right, elapsed_ms=3000, clock_left_ms=27000)
    assert (answer.response, answer.correct, answer.points) == ("Geneva Migration Group", True, 2)
    assert answer.elapsed_ms == 3000 and session.state().clock_left_ms == 27000
    assert answer_by_letter(session, blue, 0, wrong).points == 0
    assert answer_by_letter(session, red, 0, wrong).correct is False  # a new letter replaces
    again = WorkshopSession.open(store, session.id, session.questions)  # committed
    assert [(a.team_id, a.response) for a in again.answers(0)] == [
        (red.id, "Global Migration Forum"),
        (blue.id, "Global Migration Forum"),
    ]


def test_true_or_false_is_a_then_b(session: WorkshopSession) -> None:
    red, blue = session.teams()
    assert answer_by_letter(session, red, 1, 0).response is True
    assert answer_by_letter(session, blue, 1, 1).response is False
    assert [a.correct for a in session.answers(1)] == [True, False]


def test_multiple_choice_letters_toggle_options(
    session: WorkshopSession, by_id: dict[str, Question]
) -> None:
    red, blue = session.teams()
    mc = by_id["ws.mc1"]
    iom, unhcr, wto = (letter_of(mc, o) for o in ("IOM", "UNHCR", "WTO"))
    assert answer_by_letter(session, red, 2, iom).response == ["IOM"]
    both = answer_by_letter(session, red, 2, unhcr)
    assert sorted(both.response) == ["IOM", "UNHCR"] and both.correct
    assert both.response == [o for o in shown(mc) if o in both.response]  # as shown
    assert answer_by_letter(session, red, 2, wto).fraction < 1  # added: a miss
    assert sorted(answer_by_letter(session, red, 2, wto).response) == ["IOM", "UNHCR"]  # removed
    assert answer_by_letter(session, red, 2, iom).response == ["UNHCR"]
    assert answer_by_letter(session, blue, 2, wto).response == ["WTO"]  # each team its own


def test_a_letter_that_names_nothing_records_nothing(session: WorkshopSession) -> None:
    red, _blue = session.teams()
    for position, index, message in [
        (0, 4, "ws.sc1 has no choice E"),
        (1, 2, "ws.tf1 has no choice C"),
        (0, -1, "ws.sc1 has no choice -1"),
        (3, 0, "ws.num1 is answered by a mark"),
        (4, 0, "ws.gone is not in the loaded banks"),
        (5, 0, "no question 6"),
    ]:
        with pytest.raises(WorkshopError, match=message):
            answer_by_letter(session, red, position, index)
    assert session.answers() == []


def test_letter_response_alone(by_id: dict[str, Question]) -> None:
    assert lettered_kinds() == ("single_choice", "multiple_choice", "true_false")
    sc = by_id["ws.sc1"]
    assert [letter_response(sc, SEED, i, None) for i in range(4)] == shown(sc)
    mc = by_id["ws.mc1"]
    first = shown(mc)[0]
    assert letter_response(mc, SEED, 0, "not a list") == [first]
    assert letter_response(mc, SEED, 0, [first]) == []
