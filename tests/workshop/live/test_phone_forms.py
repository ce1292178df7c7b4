"""Each kind's phone form (``Kind.phone``, in the kind's own module) is what the phone game
uses: a phone's raw answer to every kind goes through that kind's own check, which bounds
it (oversized texts, lists and numbers refused) and refuses malformed ones; the game
turns its refusal into ``invalid_answer``. A workshop asking a kind phones cannot answer
is refused when its phone game is built."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from kindkit import RIGHT_RESPONSES, samples
from livekit import done, live_workshop

from trainer.core.banks import Question
from trainer.core.kinds import KINDS, kind_of
from trainer.core.kinds.phone import MAX_LIST, AnswerRefused
from trainer.core.scoring import score
from trainer.core.workshop import WorkshopError
from trainer.core.workshop.live import LiveGame, LiveRefused
from trainer.core.workshop.live.phone_forms import checked_answer
from trainer.store import open_store

PLAYABLE = sorted(name for name in RIGHT_RESPONSES if kind_of(samples()[name]).phone)
"""The scored samples whose kind phones can answer."""

MALFORMED: list[Any] = [
    None,
    [[None]],
    {"": None},
    float("nan"),
    float("inf"),
    "\u202eGeneva",  # a bidirectional override
    "Gen\x00eva",
]
"""Raw answers no kind accepts."""


def oversized(right: Any) -> list[Any]:
    """Answers of the right answer's shape, each too large: a text longer than any typed
    answer, a list or an object with more entries than any question has, a number out of
    range."""
    if isinstance(right, bool):
        return []
    if isinstance(right, str):
        return [right + " x" * 150, "x" * 100_000]
    if isinstance(right, int | float):
        return [1e16, -1e300, "9" * 41]
    if isinstance(right, list):
        return [right * (MAX_LIST + 1), [text + " x" * 150 for text in right]]
    assert isinstance(right, dict)
    return [right | {f"extra {n}": "x" for n in range(MAX_LIST + 1)}]


def refusals(question: Question, response: Any) -> tuple[str, str]:
    """The kind's own refusal of ``response`` and the game's, as (kind's, game's)."""
    form = kind_of(question).phone
    assert form is not None
    with pytest.raises(AnswerRefused) as own:
        form.check(question, response)
    with pytest.raises(LiveRefused) as game:
        checked_answer(question, response)
    assert game.value.code == "invalid_answer"
    return str(own.value), str(game.value)


def test_every_kind_but_the_self_graded_ones_is_played_on_phones() -> None:
    assert {name for name, kind in KINDS.items() if kind.phone is None} == {"flashcard"}


@pytest.mark.parametrize("name", PLAYABLE)
def test_the_right_answer_passes_the_kinds_check_and_scores_right(name: str) -> None:
    question = samples()[name]
    clean = checked_answer(question, RIGHT_RESPONSES[name])
    assert score(question, clean).correct


@pytest.mark.parametrize("name", PLAYABLE)
def test_oversized_answers_are_refused_by_the_kinds_own_check(name: str) -> None:
    question = samples()[name]
    for response in oversized(RIGHT_RESPONSES[name]):
        own, game = refusals(question, response)
        assert own == game, name


@pytest.mark.parametrize("name", PLAYABLE)
def test_malformed_answers_are_refused_by_the_kinds_own_check(name: str) -> None:
    question = samples()[name]
    for response in MALFORMED:
        own, game = refusals(question, response)
        assert own == game and own.startswith(("This answer", "The answer", "The number"))


def test_a_game_asking_a_kind_phones_cannot_answer_is_refused_when_built(
    tmp_path: Path, questions: list[Question], by_id: dict[str, Question]
) -> None:
    store = open_store(tmp_path / "live.sqlite3")
    try:
        workshop = live_workshop(questions, items=("ws.sc1", "ws.fc1"))
        with pytest.raises(WorkshopError, match=r"ws\.fc1 \(flashcard\)"):
            LiveGame.start(store, workshop, by_id)
        game = LiveGame.start(store, live_workshop(questions, items=("ws.sc1",)), by_id)
        done(game.show(0))
        game.close()
    finally:
        store.close()
