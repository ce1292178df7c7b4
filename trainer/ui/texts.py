"""How questions, answers and intervals are written on screen (translated; no rules).

These functions only format what the core gives: the right answer of a question as
text, a learner's response as text, a scheduling interval as a short label, and the
display name of an item kind. What differs by kind is read from the kind's entries
(:mod:`trainer.core.kinds` and :mod:`trainer.ui.kind_views`), never switched on here.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication

from trainer.core import kinds, numbers
from trainer.ui.kind_views import VIEWS, kind_view

# Questions are typed loosely so that this module does not import the bank loader (and
# YAML, pydantic) before the first window is painted.
Question = Any


def kind_words(text: str) -> str:
    """The translation hook the core's kinds write their fixed words with ("True")."""
    return QCoreApplication.translate("Kinds", text)


def kind_names() -> dict[str, str]:
    """Every kind's display name, in the registry's order."""
    return {kind: view.name() for kind, view in VIEWS.items()}


def instruction(question: Question) -> str:
    """The line under the prompt that says what to do ("" for a kind never in a quiz)."""
    view = kind_view(question.kind)
    return view.instruction(question) if view.instruction is not None else ""


def quiz_prompt(question: Question) -> str:
    """The prompt above a quiz question's answer ("" when the answer widget shows it)."""
    return "" if kind_view(question.kind).prompt_in_answer else str(question.prompt)


def answer_text(question: Question) -> str:
    """The right answer, one entry a line where the kind lists several (a card's back)."""
    return kinds.right_answer(question, kind_words).lines


def answer_line(question: Question) -> str:
    """The right answer on one line (quiz feedback, results, slides)."""
    return kinds.right_answer(question, kind_words).text


def response_text(question: Question, response: Any) -> str:
    """A learner's response, written for the results page."""
    if response is None or response == [] or response == {}:
        return QCoreApplication.translate("Texts", "(no answer)")
    return kinds.response_text(question, response, kind_words)


def study_front(question: Question) -> str:
    """The question side of a card for any kind (choices listed, blanks shown)."""
    return kind_view(question.kind).study_front(question)


def interval_text(interval: timedelta) -> str:
    """A short label for an interval: "<1 min", "10 min", "3 h", "4 d", "2 mo", "1.5 y"."""
    seconds = interval.total_seconds()
    if seconds < 60:
        return QCoreApplication.translate("Texts", "<1 min")
    if seconds < 3600:
        return QCoreApplication.translate("Texts", "{n} min").format(n=round(seconds / 60))
    if seconds < 86400:
        return QCoreApplication.translate("Texts", "{n} h").format(n=round(seconds / 3600))
    days = seconds / 86400
    if days < 31:
        return QCoreApplication.translate("Texts", "{n} d").format(n=round(days))
    if days < 365:
        return QCoreApplication.translate("Texts", "{n} mo").format(n=round(days / 30.4))
    return QCoreApplication.translate("Texts", "{n} y").format(
        n=numbers.figure(round(days / 365, 1))
    )
