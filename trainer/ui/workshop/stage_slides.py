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

from trainer.core.workshop.letter_answers import LETTERED_KINDS
from trainer.core.workshop.letters import KEY_LETTERS, option_letter

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
    def lettered(self) -> bool:
        return self.kind in LETTERED_KINDS


def missing_slide(number: int, total: int, item_id: str) -> Slide:
    text = _tr("This question ({id}) is not in the loaded banks.").format(id=item_id)
    return Slide(number, total, item_id, "", text, (), (), "", (), "", "", "")


def make_slide(question: Any, number: int, total: int, seed: int) -> Slide:
    """The slide of ``question`` (a core ``Question``), number ``number`` of ``total``."""
    from trainer.core.scoring import expected_text

    kind = question.kind
    choices: list[str] = []
    lefts: tuple[str, ...] = ()
    right: tuple[int, ...] = ()
    hint = ""
    answer = expected_text(question)
    if kind in ("single_choice", "multiple_choice"):
        choices = question.shuffled_options(seed)
        right = tuple(i for i, c in enumerate(choices) if c in question.correct_options)
        hint = (
            _tr("Choose one answer.")
            if kind == "single_choice"
            else _tr("Choose every right answer.")
        )
        if len(right) == 1:
            answer = f"{letter(right[0])}  {choices[right[0]]}"
        else:  # the options are lit on the screen: the letters are enough
            answer = ", ".join(letter(i) for i in right)
    elif kind == "true_false":
        choices = [_tr("True"), _tr("False")]
        right = (0,) if question.answer else (1,)
        hint = _tr("True or false?")
        answer = f"{letter(right[0])}  {choices[right[0]]}"
    elif kind == "ordering":
        choices = question.shuffled_items(seed)
        hint = _tr("Put these in order.")
        answer = "  ".join(letter(choices.index(e)) for e in question.sequence)
        answer += "\n" + " → ".join(question.sequence)
    elif kind == "matching":
        lefts = tuple(question.lefts)
        choices = question.shuffled_rights(seed)
        hint = _tr("Match each numbered entry with a letter.")
        answer = "   ".join(
            f"{n}–{letter(choices.index(r))}" for n, (_l, r) in enumerate(question.pairs, 1)
        )
        answer += "\n" + "; ".join(f"{left} → {r}" for left, r in question.pairs)
    elif kind == "numeric":
        unit = getattr(question, "unit", "") or ""
        hint = (
            _tr("Answer with a number ({unit}).").format(unit=unit)
            if unit
            else _tr("Answer with a number.")
        )
    elif kind == "short_answer":
        hint = _tr("Write a short answer.")
    elif kind == "cloze":
        hint = _tr("Fill in the blanks.")
    return Slide(
        number=number,
        total=total,
        item_id=question.id,
        kind=kind,
        prompt=str(question.prompt),
        choices=tuple(choices),
        lefts=lefts,
        hint=hint,
        right=right,
        answer=answer,
        explanation=str(question.explanation or "").strip(),
        source=str(question.source or "").strip(),
        number_format=str(getattr(question, "number_format", "plain")),
    )


def response_letters(slide: Slide, response: Any) -> str:
    """A recorded response written with the slide's letters ("B", "A C", "True")."""
    if response is None:
        return ""
    if slide.kind == "true_false" and isinstance(response, bool):
        return LETTERS[0 if response else 1]
    values = response if isinstance(response, list) else [response]
    letters = [letter(slide.choices.index(v)) for v in values if v in slide.choices]
    return " ".join(letters)
