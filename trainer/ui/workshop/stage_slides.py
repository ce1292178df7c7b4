"""A workshop question as the screens show it: lettered choices, the right letters, the
answer, explanation and source; and a recorded response written in letters.

Choices are ordered with the workshop's seed (the same on the audience window, the
console and when recording: :mod:`trainer.core.workshop.letter_answers` turns a letter
into a team's response), so "B" always names the same option.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from trainer.core.kinds import kind_of
from trainer.core.kinds.base import Letters, chosen_choices
from trainer.core.workshop.letters import KEY_LETTERS, option_letter
from trainer.ui import texts
from trainer.ui.kind_views import kind_view

LETTERS = KEY_LETTERS
ANSWER_KEYS = LETTERS
"""Letters a facilitator can type to record a team's choice: while a team is picked, a
letter naming one of the question's choices is an answer, even the command letters
(S, R, N, P, L, H); otherwise letters are commands."""


def letter(index: int) -> str:
    """The letter of choice ``index``, as on paper (past Z, AA, AB…: no key records those)."""
    return option_letter(index)


def letter_range(count: int) -> str:
    """The letters of ``count`` choices: A–G for seven, A for one, nothing for none."""
    count = min(count, len(ANSWER_KEYS))
    if count <= 1:
        return LETTERS[:count]
    return f"A–{LETTERS[count - 1]}"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Workshop", text)


@dataclass(frozen=True)
class Slide:
    """What the audience and the console show for one question."""

    number: int
    total: int
    item_id: str
    kind: str
    prompt: str
    choices: tuple[str, ...]
    """Lettered A, B, C… (options, entries to order, or right-hand sides to match)."""
    lefts: tuple[str, ...]
    """Numbered 1, 2, 3… (matching only)."""
    hint: str
    right: tuple[int, ...]
    """Indexes of the right choices (choice and true/false kinds)."""
    answer: str
    explanation: str
    source: str
    number_format: str = "plain"
    """A numeric question's: ``"year"`` answers are written as years ("2013")."""

    @property
    def letter_keys(self) -> Letters | None:
        """How letters record a response to this slide's kind (``None``: they cannot, the
        facilitator marks answers right or wrong; also for a missing question)."""
        return kind_of(self.kind).letters if self.kind else None

    @property
    def lettered(self) -> bool:
        return self.letter_keys is not None

    @property
    def several_letters(self) -> bool:
        """A response may hold several letters (each letter toggles a choice)."""
        return self.letter_keys is not None and self.letter_keys.several


def missing_slide(number: int, total: int, item_id: str) -> Slide:
    text = _tr("This question ({id}) is not in the loaded banks.").format(id=item_id)
    return Slide(number, total, item_id, "", text, (), (), "", (), "", "", "")


def make_slide(question: Any, number: int, total: int, seed: int) -> Slide:
    """The slide of ``question`` (a core ``Question``), number ``number`` of ``total``."""
    parts = kind_view(question.kind).slide(question, seed, texts.answer_line(question))
    return Slide(
        number=number,
        total=total,
        item_id=question.id,
        kind=question.kind,
        prompt=str(question.prompt),
        choices=parts.choices,
        lefts=parts.lefts,
        hint=parts.hint,
        right=parts.right,
        answer=parts.answer,
        explanation=str(question.explanation or "").strip(),
        source=str(question.source or "").strip(),
        number_format=str(getattr(question, "number_format", "plain")),
    )


def response_letters(slide: Slide, response: Any) -> str:
    """A recorded response written with the slide's letters ("B", "A C", "True")."""
    if response is None:
        return ""
    keys = slide.letter_keys
    chosen = keys.chosen if keys is not None else chosen_choices
    return " ".join(letter(i) for i in chosen(slide.choices, response))
