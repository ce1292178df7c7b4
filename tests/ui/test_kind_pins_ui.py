"""What the screens show of each kind, pinned per kind: its name and instruction, the
right answer (study back and results), a response as the results write it, the study
front, the answer widget and the workshop slide.

The expected values are in ``data/kind_pins_ui.json``; a change there is a change a
person sees, so it is made on purpose, not by copying what the code now writes.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest
from kindkit import RIGHT_RESPONSES, WRONG_RESPONSES, samples
from pytestqt.qtbot import QtBot

from trainer.core.banks.questions import Question
from trainer.core.workshop import WorkshopError
from trainer.core.workshop.letter_answers import letter_response as core_letter_response
from trainer.ui import texts
from trainer.ui.kind_views import make_answer_widget
from trainer.ui.workshop.stage_slides import make_slide, response_letters

PINS = Path(__file__).parent / "data" / "kind_pins_ui.json"


def pins() -> dict[str, Any]:
    return dict(json.loads(PINS.read_text("utf-8")))


def letter_response(q: Question, index: int, current: Any) -> tuple[bool, Any]:
    """The core's response to a letter as the pins hold it: (True, response), or
    (False, None) where letters do not answer the question (seed 3, as the slide's)."""
    try:
        return True, core_letter_response(q, 3, index, current)
    except WorkshopError:
        return False, None


def shown(name: str, q: Question, qtbot: QtBot) -> dict[str, Any]:
    """Everything the screens write of ``q``."""
    out: dict[str, Any] = {
        "name": texts.kind_names()[q.kind],
        "study_front": texts.study_front(q),
        "answer": texts.answer_text(q),
        "no_response": texts.response_text(q, None),
    }
    if name not in RIGHT_RESPONSES:
        return out
    right, wrong = RIGHT_RESPONSES[name], WRONG_RESPONSES[name]
    out["instruction"] = texts.instruction(q)
    out["responses"] = [texts.response_text(q, right), texts.response_text(q, wrong)]
    widget = make_answer_widget(q, 3)
    qtbot.addWidget(widget)
    widget.set_response(right)
    out["widget"] = [type(widget).__name__, widget.response() == right]
    slide = make_slide(q, 1, 2, 3)
    out["slide"] = {
        k: list(v) if isinstance(v, tuple) else v for k, v in dataclasses.asdict(slide).items()
    }
    out["slide_letters"] = [
        slide.lettered,
        list(letter_response(q, 0, None)),
        list(letter_response(q, 1, letter_response(q, 0, None)[1])),
        response_letters(slide, right),
    ]
    return out


@pytest.mark.parametrize("name", sorted(samples()))
def test_each_kind_is_shown_as_pinned(name: str, qtbot: QtBot) -> None:
    assert shown(name, samples()[name], qtbot) == pins()[name]


def test_every_sample_is_pinned() -> None:
    assert sorted(pins()) == sorted(samples())
