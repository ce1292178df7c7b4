"""The Qt table of kinds (trainer/ui/kind_views.py) has an entry with every part for each
kind of the core registry; an unknown kind is an error, never an empty text; the right
answer's fixed words reach the translation wherever a screen shows them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

import pytest
from kindkit import RIGHT_RESPONSES, samples, toy
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from trainer.core.kinds import KINDS, UnknownKindError, scored_kinds
from trainer.ui import texts
from trainer.ui.kind_views import SUPPORTED_KINDS, VIEWS, kind_view, make_answer_widget
from trainer.ui.widgets.answer_base import AnswerWidget
from trainer.ui.workshop.stage_slides import make_slide


def test_every_core_kind_has_one_view_in_the_same_order() -> None:
    assert list(VIEWS) == list(KINDS)
    assert scored_kinds() == SUPPORTED_KINDS


@pytest.mark.parametrize("name", sorted(samples()))
def test_every_view_has_every_part(name: str, qtbot: QtBot) -> None:
    question = samples()[name]
    view = kind_view(question.kind)
    assert view.name() and texts.study_front(question)
    assert make_slide(question, 1, 1, 0).answer
    asked = question.kind in scored_kinds()
    assert (view.instruction is not None) == (view.answer_widget is not None) == asked
    if asked:
        assert texts.instruction(question)
        widget = make_answer_widget(question, 0)
        qtbot.addWidget(widget)
        assert isinstance(widget, AnswerWidget)


def test_an_unknown_kind_is_an_error_never_an_empty_text() -> None:
    question = toy()
    for show in (
        texts.answer_text,
        texts.answer_line,
        texts.study_front,
        texts.instruction,
        texts.quiz_prompt,
    ):
        with pytest.raises(UnknownKindError):
            show(question)
    with pytest.raises(UnknownKindError):
        texts.response_text(question, "x")
    with pytest.raises(UnknownKindError):
        make_answer_widget(question, 0)


class French(QTranslator):
    WORDS: ClassVar[dict[tuple[str, str], str]] = {
        ("Kinds", "True"): "Vrai",
        ("Kinds", "False"): "Faux",
    }

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return self.WORDS.get((context, source), "")


@pytest.fixture
def french(qapp: QCoreApplication) -> Iterator[None]:
    translator = French()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_true_and_false_are_translated_wherever_the_right_answer_is_shown(french: None) -> None:
    tf = samples()["true_false"]
    assert texts.answer_text(tf) == "Faux"  # a study card's back
    assert texts.answer_line(tf) == "Faux"  # quiz feedback, results
    assert texts.response_text(tf, RIGHT_RESPONSES["true_false"]) == "Faux"
    from trainer.ui.quiz_results import results_data

    class Attempt:
        item_ids = (tf.id,)
        answers = ()
        score = 0.0
        seed = 1

        def by_topic(self, _topic: object) -> dict[str, object]:
            return {}

    data = results_data(Attempt(), lambda _id: tf, time_up=False)  # type: ignore[arg-type]
    assert data.lines[0].expected == "Faux"
