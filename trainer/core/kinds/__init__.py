"""Every question kind, described once: one module per kind holds its question class, how
a response is scored, its right answer as text, how a response is written, a right and a
wrong example response, the choices it letters, how letter keys answer it and how
phones ask it (``Kind.phone``, :mod:`trainer.core.kinds.phone`).

Screens read the Qt side of a kind from ``trainer/ui/kind_views.py``; each export and the
printout say in their own table which kinds they hold. ``docs/adding-a-kind.md`` lists
the steps of a new kind. Looking up a kind no module describes raises
:class:`UnknownKindError`: it is a bug, never an empty text.
"""

from __future__ import annotations

from typing import Any

from trainer.core.kinds import (
    cloze,
    flashcard,
    matching,
    multiple_choice,
    numeric,
    ordering,
    short_answer,
    single_choice,
    true_false,
)
from trainer.core.kinds.base import (
    Kind,
    Question,
    RightAnswer,
    Translate,
    UnknownKindError,
    english,
)

KINDS: dict[str, Kind[Any]] = {
    kind.name: kind
    for kind in (
        single_choice.KIND,
        multiple_choice.KIND,
        true_false.KIND,
        numeric.KIND,
        short_answer.KIND,
        cloze.KIND,
        ordering.KIND,
        matching.KIND,
        flashcard.KIND,
    )
}
"""Every kind, in the order menus list them."""


def kind_of(question: Question | str) -> Kind[Any]:
    """The description of ``question``'s kind (or of the kind named so)."""
    name = question if isinstance(question, str) else question.kind
    try:
        return KINDS[name]
    except KeyError:
        raise UnknownKindError(f"no module of trainer.core.kinds describes kind {name!r}") from None


def scored_kinds() -> tuple[str, ...]:
    """The kinds a quiz or a workshop can ask (every kind but the self-graded ones)."""
    return tuple(name for name, kind in KINDS.items() if kind.score is not None)


def right_answer(question: Question, tr: Translate = english) -> RightAnswer:
    """The right answer of ``question``, its fixed words passed through ``tr``."""
    return kind_of(question).right_answer(question, tr)


def response_text(question: Question, response: Any, tr: Translate = english) -> str:
    """A learner's response to ``question`` (not ``None``) as the results write it."""
    return kind_of(question).response_text(question, response, tr)


__all__ = [
    "KINDS",
    "Kind",
    "Question",
    "RightAnswer",
    "Translate",
    "UnknownKindError",
    "english",
    "kind_of",
    "response_text",
    "right_answer",
    "scored_kinds",
]
