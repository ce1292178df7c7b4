"""Scoring one response to one question: a fraction in [0, 1], whether it is right, and
the right answer as text.

How each kind takes and scores a response is said once, in its module of
:mod:`trainer.core.kinds` (``single_choice.py``...). For every kind, ``None`` means
*skipped* and scores 0, and a response of the wrong type scores 0. ``Score.correct`` is
``fraction == 1``. Self-graded kinds (flashcards) raise :class:`NotScoredError`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from trainer.core.kinds import kind_of, right_answer
from trainer.core.kinds.base import Question, Translate, english
from trainer.core.kinds.typed import text_matches

__all__ = ["NotScoredError", "Score", "expected_text", "score", "text_matches"]


class NotScoredError(ValueError):
    """Raised for flashcards: they are self-graded, so there is nothing to score."""


@dataclass(frozen=True, slots=True)
class Score:
    """The result of :func:`score`."""

    fraction: float
    """0.0 to 1.0; partial credit for multiple choice, cloze, ordering and matching."""
    correct: bool
    """``fraction == 1``."""
    expected: str
    """The right answer, written for the learner (fixed words in English)."""


def _make(fraction: float, expected: str) -> Score:
    fraction = min(1.0, max(0.0, fraction))
    return Score(fraction, fraction == 1.0, expected)


def expected_text(question: Question, tr: Translate = english) -> str:
    """The right answer of ``question`` on one line, as shown after answering."""
    return right_answer(question, tr).text


def score(question: Question, response: Any) -> Score:
    """Score ``response`` to ``question`` (see the module of its kind).

    Raises :class:`NotScoredError` for flashcards.
    """
    kind = kind_of(question)
    if kind.score is None:
        raise NotScoredError("flashcards are self-graded and not scored")
    expected = expected_text(question)
    if response is None:
        return _make(0.0, expected)
    return _make(kind.score(question, response), expected)
