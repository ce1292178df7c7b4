"""What a workshop slide shows of each kind: its lettered choices (and numbered entries
for matching), the hint under the prompt, the right choices and the answer revealed.

``trainer/ui/kind_views.py`` names the function of each kind; ``stage_slides.make_slide``
puts the parts on a slide.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from trainer.core.kinds import kind_of
from trainer.core.workshop.letters import option_letter as letter


@dataclass(frozen=True, slots=True)
class SlideParts:
    """The parts of a slide that depend on the kind."""

    hint: str
    answer: str
    """What the reveal shows: letters, then the right answer where letters are not enough."""
    choices: tuple[str, ...] = ()
    """Lettered A, B, C… (options, entries to order, or right-hand sides to match)."""
    lefts: tuple[str, ...] = ()
    """Numbered 1, 2, 3… (matching only)."""
    right: tuple[int, ...] = ()
    """Indexes of the right choices (choice and true/false kinds)."""


def options_slide(question: Any, seed: int, hint: str) -> SlideParts:
    """The options lettered, the right ones (``question.correct_options``) lit."""
    choices = kind_of(question).choices(question, seed)
    right = tuple(i for i, c in enumerate(choices) if c in question.correct_options)
    if len(right) == 1:
        answer = f"{letter(right[0])}  {choices[right[0]]}"
    else:  # the options are lit on the screen: the letters are enough
        answer = ", ".join(letter(i) for i in right)
    return SlideParts(hint, answer, choices, right=right)


def single_choice_slide(question: Any, seed: int, _answer: str) -> SlideParts:
    return options_slide(
        question, seed, QCoreApplication.translate("Workshop", "Choose one answer.")
    )


def multiple_choice_slide(question: Any, seed: int, _answer: str) -> SlideParts:
    return options_slide(
        question, seed, QCoreApplication.translate("Workshop", "Choose every right answer.")
    )


def true_false_slide(question: Any, _seed: int, _answer: str) -> SlideParts:
    choices = (
        QCoreApplication.translate("Workshop", "True"),
        QCoreApplication.translate("Workshop", "False"),
    )
    right = (0,) if question.answer else (1,)
    answer = f"{letter(right[0])}  {choices[right[0]]}"
    return SlideParts(
        QCoreApplication.translate("Workshop", "True or false?"), answer, choices, right=right
    )


def ordering_slide(question: Any, seed: int, answer: str) -> SlideParts:
    choices = kind_of(question).choices(question, seed)
    letters = "  ".join(letter(choices.index(e)) for e in question.sequence)
    return SlideParts(
        QCoreApplication.translate("Workshop", "Put these in order."),
        f"{letters}\n{answer}",
        choices,
    )


def matching_slide(question: Any, seed: int, answer: str) -> SlideParts:
    choices = kind_of(question).choices(question, seed)
    letters = "   ".join(
        f"{n}–{letter(choices.index(r))}" for n, (_l, r) in enumerate(question.pairs, 1)
    )
    hint = QCoreApplication.translate("Workshop", "Match each numbered entry with a letter.")
    return SlideParts(hint, f"{letters}\n{answer}", choices, tuple(question.lefts))


def numeric_slide(question: Any, _seed: int, answer: str) -> SlideParts:
    unit = question.unit or ""
    if unit:
        return SlideParts(
            QCoreApplication.translate("Workshop", "Answer with a number ({unit}).").format(
                unit=unit
            ),
            answer,
        )
    return SlideParts(QCoreApplication.translate("Workshop", "Answer with a number."), answer)


def short_answer_slide(_question: Any, _seed: int, answer: str) -> SlideParts:
    return SlideParts(QCoreApplication.translate("Workshop", "Write a short answer."), answer)


def cloze_slide(_question: Any, _seed: int, answer: str) -> SlideParts:
    return SlideParts(QCoreApplication.translate("Workshop", "Fill in the blanks."), answer)


def plain_slide(_question: Any, _seed: int, answer: str) -> SlideParts:
    """The prompt and, revealed, the answer (a flashcard a workshop was told to ask)."""
    return SlideParts("", answer)
