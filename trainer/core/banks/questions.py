"""The study items Trainer asks: one frozen dataclass per kind, all sharing :class:`Question`.

Each kind's class lives in its module of :mod:`trainer.core.kinds`; this module gathers
them for the loader and the cache. Authored items and items generated from facts are the
same types; generated ones have a ``form`` (``"choice"``, ``"card"``...) and an id
``<fact id>/<form>``. Every field is plain data (str, int, float, bool, None and tuples of
them) so a question can be written to the cache with :meth:`Question.to_plain` and
rebuilt with :func:`from_plain`.
"""

from __future__ import annotations

from typing import Any

from trainer.core.kinds import KINDS as _REGISTRY
from trainer.core.kinds.base import BLANK, Question
from trainer.core.kinds.cloze import ClozeQuestion
from trainer.core.kinds.flashcard import FlashcardQuestion
from trainer.core.kinds.matching import MatchingQuestion
from trainer.core.kinds.multiple_choice import MultipleChoiceQuestion
from trainer.core.kinds.numeric import NumericQuestion
from trainer.core.kinds.ordering import OrderingQuestion
from trainer.core.kinds.short_answer import ShortAnswerQuestion
from trainer.core.kinds.single_choice import SingleChoiceQuestion
from trainer.core.kinds.true_false import TrueFalseQuestion

QUESTION_TYPES: dict[str, type[Question]] = {
    name: kind.question for name, kind in _REGISTRY.items()
}
KINDS = tuple(QUESTION_TYPES)


def from_plain(values: tuple[Any, ...] | list[Any]) -> Question:
    """Rebuild a question from :meth:`Question.to_plain` output (``values[1]`` is the kind)."""
    return QUESTION_TYPES[values[1]](*values)


__all__ = [
    "BLANK",
    "KINDS",
    "QUESTION_TYPES",
    "ClozeQuestion",
    "FlashcardQuestion",
    "MatchingQuestion",
    "MultipleChoiceQuestion",
    "NumericQuestion",
    "OrderingQuestion",
    "Question",
    "ShortAnswerQuestion",
    "SingleChoiceQuestion",
    "TrueFalseQuestion",
    "from_plain",
]
