"""The Qt side of every question kind, one entry each (:data:`VIEWS`): its name, the
instruction under a quiz question, its answer widget, the front of its study card and
its workshop slide. The core side (scoring, the right answer...) is in
:mod:`trainer.core.kinds`; ``tests/ui/test_kind_views.py`` checks that both tables
name the same kinds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from trainer.core.kinds import KINDS, UnknownKindError, kind_of
from trainer.ui.widgets.answer_base import AnswerWidget
from trainer.ui.widgets.answer_widgets import (
    ClozeAnswer,
    MultipleChoiceAnswer,
    NumericAnswer,
    ShortAnswer,
    SingleChoiceAnswer,
    TrueFalseAnswer,
)
from trainer.ui.widgets.arrange_answers import MatchingAnswer, OrderingAnswer
from trainer.ui.workshop import kind_slides
from trainer.ui.workshop.kind_slides import SlideParts


def _bullets(question: Any, entries: Any) -> str:
    return str(question.prompt) + "\n\n" + "\n".join(f"• {e}" for e in entries)


def _front_prompt(question: Any) -> str:
    return str(question.prompt)


def _front_choices(question: Any) -> str:
    """The prompt, then the choices (options or entries to order) in a fixed order."""
    return _bullets(question, kind_of(question).choices(question, 0))


def _front_true_false(question: Any) -> str:
    return str(question.statement) + "\n\n" + QCoreApplication.translate("Texts", "True or false?")


def _front_lefts(question: Any) -> str:
    return _bullets(question, question.lefts)


def _cloze_instruction(question: Any) -> str:
    if question.unordered:
        return QCoreApplication.translate(
            "Texts", "Fill in the blanks, in any order (Tab moves to the next one)."
        )
    return QCoreApplication.translate("Texts", "Fill in each blank (Tab moves to the next one).")


@dataclass(frozen=True, slots=True)
class KindView:
    """How the screens show one kind."""

    name: Callable[[], str]
    """The kind's name, translated when called."""
    study_front: Callable[[Any], str]
    """The question side of its study card."""
    slide: Callable[[Any, int, str], SlideParts]
    """(question, seed, right answer) → what its workshop slide shows."""
    instruction: Callable[[Any], str] | None = None
    """The line under a quiz question that says what to do; ``None``: never in a quiz."""
    answer_widget: Callable[[Any, int], AnswerWidget] | None = None
    """(question, seed) → the widget that collects a response; ``None``: never in a quiz."""
    prompt_in_answer: bool = False
    """The answer widget shows the prompt itself (a cloze's sentence with its blanks)."""


VIEWS: dict[str, KindView] = {
    "single_choice": KindView(
        name=lambda: QCoreApplication.translate("Texts", "Single choice"),
        study_front=_front_choices,
        instruction=lambda _q: QCoreApplication.translate(
            "Texts", "Choose one answer (arrow keys or 1–9)."
        ),
        answer_widget=lambda q, seed: SingleChoiceAnswer(kind_of(q).choices(q, seed)),
        slide=kind_slides.single_choice_slide,
    ),
    "multiple_choice": KindView(
        name=lambda: QCoreApplication.translate("Texts", "Multiple choice"),
        study_front=_front_choices,
        instruction=lambda _q: QCoreApplication.translate(
            "Texts", "Choose every right answer (Space or 1–9)."
        ),
        answer_widget=lambda q, seed: MultipleChoiceAnswer(kind_of(q).choices(q, seed)),
        slide=kind_slides.multiple_choice_slide,
    ),
    "true_false": KindView(
        name=lambda: QCoreApplication.translate("Texts", "True or false"),
        study_front=_front_true_false,
        instruction=lambda _q: QCoreApplication.translate("Texts", "True or false? (T or F)"),
        answer_widget=lambda _q, _seed: TrueFalseAnswer(),
        slide=kind_slides.true_false_slide,
    ),
    "numeric": KindView(
        name=lambda: QCoreApplication.translate("Texts", "Number"),
        study_front=_front_prompt,
        instruction=lambda _q: QCoreApplication.translate("Texts", "Type a number."),
        answer_widget=lambda q, _seed: NumericAnswer(q),
        slide=kind_slides.numeric_slide,
    ),
    "short_answer": KindView(
        name=lambda: QCoreApplication.translate("Texts", "Short answer"),
        study_front=_front_prompt,
        instruction=lambda _q: QCoreApplication.translate("Texts", "Type your answer."),
        answer_widget=lambda _q, _seed: ShortAnswer(),
        slide=kind_slides.short_answer_slide,
    ),
    "cloze": KindView(
        name=lambda: QCoreApplication.translate("Texts", "Fill in the blanks"),
        study_front=_front_prompt,
        instruction=_cloze_instruction,
        answer_widget=lambda q, _seed: ClozeAnswer(q),
        slide=kind_slides.cloze_slide,
        prompt_in_answer=True,
    ),
    "ordering": KindView(
        name=lambda: QCoreApplication.translate("Texts", "Put in order"),
        study_front=_front_choices,
        instruction=lambda _q: QCoreApplication.translate(
            "Texts", "Put the entries in order: drag them, or Alt+Up and Alt+Down."
        ),
        answer_widget=lambda q, seed: OrderingAnswer(kind_of(q).choices(q, seed)),
        slide=kind_slides.ordering_slide,
    ),
    "matching": KindView(
        name=lambda: QCoreApplication.translate("Texts", "Matching"),
        study_front=_front_lefts,
        instruction=lambda _q: QCoreApplication.translate(
            "Texts", "Pick the match for each entry."
        ),
        answer_widget=lambda q, seed: MatchingAnswer(q.lefts, kind_of(q).choices(q, seed)),
        slide=kind_slides.matching_slide,
    ),
    "flashcard": KindView(
        name=lambda: QCoreApplication.translate("Texts", "Flashcard"),
        study_front=_front_prompt,
        slide=kind_slides.plain_slide,
    ),
}
"""Every kind of :data:`trainer.core.kinds.KINDS`, in the same order."""

SUPPORTED_KINDS = tuple(name for name, view in VIEWS.items() if view.answer_widget is not None)
"""The kinds a quiz can ask (each has an answer widget)."""


def kind_view(kind: str) -> KindView:
    """How the screens show ``kind``; an unknown kind raises :class:`UnknownKindError`."""
    try:
        return VIEWS[kind]
    except KeyError:
        known = "described" if kind in KINDS else "not described in trainer/core/kinds"
        raise UnknownKindError(f"kind {kind!r} has no entry in kind_views ({known})") from None


def make_answer_widget(question: Any, seed: int) -> AnswerWidget:
    """The input widget for ``question``; choice orders depend only on ``seed`` and the id."""
    factory = kind_view(question.kind).answer_widget
    if factory is None:
        raise ValueError(f"no answer widget for kind {question.kind!r}")
    return factory(question, seed)
