"""How questions, answers and intervals are written on screen (translated; no rules).

These functions only format what the core gives: the right answer of a
question as text, a learner's response as text, a scheduling interval as a
short label, and the display name of an item kind.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication

from trainer.core import numbers

# Questions are duck-typed on their ``kind`` so that this module does not import the
# bank loader (and YAML, pydantic) before the first window is painted.
Question = Any


def kind_names() -> dict[str, str]:
    return {
        "single_choice": QCoreApplication.translate("Texts", "Single choice"),
        "multiple_choice": QCoreApplication.translate("Texts", "Multiple choice"),
        "true_false": QCoreApplication.translate("Texts", "True or false"),
        "numeric": QCoreApplication.translate("Texts", "Number"),
        "short_answer": QCoreApplication.translate("Texts", "Short answer"),
        "cloze": QCoreApplication.translate("Texts", "Fill in the blanks"),
        "ordering": QCoreApplication.translate("Texts", "Put in order"),
        "matching": QCoreApplication.translate("Texts", "Matching"),
        "flashcard": QCoreApplication.translate("Texts", "Flashcard"),
    }


def instruction(question: Question) -> str:
    """The line under the prompt that says what to do."""
    if question.kind == "cloze" and getattr(question, "unordered", False):
        return QCoreApplication.translate(
            "Texts", "Fill in the blanks, in any order (Tab moves to the next one)."
        )
    return {
        "single_choice": QCoreApplication.translate(
            "Texts", "Choose one answer (arrow keys or 1–9)."
        ),
        "multiple_choice": QCoreApplication.translate(
            "Texts", "Choose every right answer (Space or 1–9)."
        ),
        "true_false": QCoreApplication.translate("Texts", "True or false? (T or F)"),
        "numeric": QCoreApplication.translate("Texts", "Type a number."),
        "short_answer": QCoreApplication.translate("Texts", "Type your answer."),
        "cloze": QCoreApplication.translate(
            "Texts", "Fill in each blank (Tab moves to the next one)."
        ),
        "ordering": QCoreApplication.translate(
            "Texts", "Put the entries in order: drag them, or Alt+Up and Alt+Down."
        ),
        "matching": QCoreApplication.translate("Texts", "Pick the match for each entry."),
    }.get(question.kind, "")


def yes_no(value: bool) -> str:
    return (
        QCoreApplication.translate("Texts", "True")
        if value
        else QCoreApplication.translate("Texts", "False")
    )


def answer_text(question: Question) -> str:
    """The right answer, written for the learner."""
    kind = question.kind
    if kind == "single_choice":
        return str(question.correct)
    if kind == "multiple_choice":
        return "; ".join(question.correct)
    if kind == "true_false":
        return yes_no(question.answer)
    if kind == "numeric":
        return str(question.expected_text)
    if kind == "short_answer":
        return str(question.answers[0])
    if kind == "cloze":
        return str(question.answer_text)
    if kind == "ordering":
        return "\n".join(f"{n}. {entry}" for n, entry in enumerate(question.sequence, 1))
    if kind == "matching":
        return "\n".join(f"{left} → {right}" for left, right in question.pairs)
    if kind == "flashcard":
        return str(question.back)
    return ""


def response_text(question: Question, response: Any) -> str:
    """A learner's response, written for the results page."""
    if response is None or response == [] or response == {}:
        return QCoreApplication.translate("Texts", "(no answer)")
    kind = question.kind
    if kind == "true_false":
        return yes_no(bool(response))
    if kind == "numeric":
        number = numbers.answer_number(float(response), question.number_format)
        return f"{number} {question.unit}" if question.unit else number
    if kind == "multiple_choice":
        return "; ".join(str(r) for r in response)
    if kind == "cloze":
        return " / ".join(str(r) or "…" for r in response)
    if kind == "ordering":
        return "\n".join(f"{n}. {entry}" for n, entry in enumerate(response, 1))
    if kind == "matching":
        return "\n".join(f"{left} → {response.get(left, '…')}" for left in question.lefts)
    return str(response)


def study_front(question: Question) -> str:
    """The question side of a card for any kind (choices listed, blanks shown)."""
    kind = question.kind
    if kind in ("single_choice", "multiple_choice"):
        options = question.shuffled_options(0)
        return str(question.prompt) + "\n\n" + "\n".join(f"• {o}" for o in options)
    if kind == "true_false":
        return (
            str(question.statement) + "\n\n" + QCoreApplication.translate("Texts", "True or false?")
        )
    if kind == "ordering":
        entries = question.shuffled_items(0)
        return str(question.prompt) + "\n\n" + "\n".join(f"• {e}" for e in entries)
    if kind == "matching":
        return str(question.prompt) + "\n\n" + "\n".join(f"• {left}" for left in question.lefts)
    return str(question.prompt)


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
