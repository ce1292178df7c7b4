"""The study items Trainer asks: one frozen dataclass per kind, all sharing :class:`Question`.

Authored items and items generated from facts are the same types; generated ones have a
``form`` (``"choice"``, ``"card"``...) and an id ``<fact id>/<form>``. Every field is
plain data (str, int, float, bool, None and tuples of them) so a question can be written
to the cache with :meth:`Question.to_plain` and rebuilt with :func:`from_plain`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, fields
from typing import Any, ClassVar

from trainer.core import numbers

BLANK = "_____"


@dataclass(frozen=True, slots=True)
class Question:
    """Fields common to every study item."""

    id: str
    kind: str
    bank_id: str
    topic: str
    tags: tuple[str, ...]
    difficulty: int
    explanation: str
    source: str
    fact_id: str
    """The fact this item comes from; for authored items, the item's own id."""
    group: str
    """Items that answer one another share it: the bank's ``group``, else ``fact_id``.
    A quiz, a workshop or a printout takes at most one item of a group."""
    form: str | None
    """``None`` for authored items, else the generated form (``"choice"``, ``"card"``...)."""
    content_hash: str
    """Changes when the author edits the item (or the fact it comes from)."""

    KIND: ClassVar[str] = ""

    @property
    def prompt(self) -> str:
        """The text shown to the learner."""
        raise NotImplementedError

    def to_plain(self) -> tuple[Any, ...]:
        """Field values in declaration order (for the cache)."""
        return tuple(getattr(self, name) for name in _FIELD_NAMES[type(self).KIND])

    def _rng(self, seed: int) -> random.Random:
        return random.Random(f"{seed}:{self.id}")


@dataclass(frozen=True, slots=True)
class SingleChoiceQuestion(Question):
    """One right option among several."""

    question: str
    correct: str
    wrong: tuple[str, ...]
    KIND: ClassVar[str] = "single_choice"

    @property
    def prompt(self) -> str:
        return self.question

    @property
    def options(self) -> tuple[str, ...]:
        """All options as authored: the right one first."""
        return (self.correct, *self.wrong)

    @property
    def correct_options(self) -> tuple[str, ...]:
        return (self.correct,)

    def shuffled_options(self, seed: int) -> list[str]:
        """The options in an order that depends only on ``seed`` and the item id."""
        options = list(self.options)
        self._rng(seed).shuffle(options)
        return options


@dataclass(frozen=True, slots=True)
class MultipleChoiceQuestion(Question):
    """Several right options; partial credit (see :mod:`trainer.core.scoring`)."""

    question: str
    correct: tuple[str, ...]
    wrong: tuple[str, ...]
    KIND: ClassVar[str] = "multiple_choice"

    @property
    def prompt(self) -> str:
        return self.question

    @property
    def options(self) -> tuple[str, ...]:
        return (*self.correct, *self.wrong)

    @property
    def correct_options(self) -> tuple[str, ...]:
        return self.correct

    def shuffled_options(self, seed: int) -> list[str]:
        options = list(self.options)
        self._rng(seed).shuffle(options)
        return options


@dataclass(frozen=True, slots=True)
class TrueFalseQuestion(Question):
    """A statement to judge."""

    statement: str
    answer: bool
    KIND: ClassVar[str] = "true_false"

    @property
    def prompt(self) -> str:
        return self.statement


@dataclass(frozen=True, slots=True)
class NumericQuestion(Question):
    """A number, right when within ``tolerance`` of ``answer``."""

    question: str
    answer: float | int
    tolerance: float | int
    unit: str | None
    template: str | None
    """How the answer is written, with ``{value}`` (e.g. ``"USD {value} billion"``)."""
    number_format: str = "plain"
    """``"year"``: a calendar year, never grouped ("2013"); ``"plain"``: a quantity."""
    KIND: ClassVar[str] = "numeric"

    @property
    def prompt(self) -> str:
        return self.question

    @property
    def expected_text(self) -> str:
        number = numbers.answer_number(self.answer, self.number_format)
        if self.template:
            return self.template.replace("{value}", number)
        return f"{number} {self.unit}" if self.unit else number


@dataclass(frozen=True, slots=True)
class ShortAnswerQuestion(Question):
    """A typed answer; any of ``answers`` counts (normalised)."""

    question: str
    answers: tuple[str, ...]
    KIND: ClassVar[str] = "short_answer"

    @property
    def prompt(self) -> str:
        return self.question


@dataclass(frozen=True, slots=True)
class ClozeQuestion(Question):
    """A sentence with blanks: ``parts`` surround the blanks, ``blanks`` hold accepted answers."""

    text: str
    parts: tuple[str, ...]
    blanks: tuple[tuple[str, ...], ...]
    unordered: bool = False
    """The blanks form a set: right words score in any order (each once)."""
    KIND: ClassVar[str] = "cloze"

    @property
    def prompt(self) -> str:
        return BLANK.join(self.parts)

    @property
    def answer_text(self) -> str:
        """The sentence with the first accepted answer in each blank."""
        out = [self.parts[0]]
        for blank, part in zip(self.blanks, self.parts[1:], strict=True):
            out += [blank[0], part]
        return "".join(out)


@dataclass(frozen=True, slots=True)
class OrderingQuestion(Question):
    """Entries to put in order; ``sequence`` is the right order."""

    question: str
    sequence: tuple[str, ...]
    KIND: ClassVar[str] = "ordering"

    @property
    def prompt(self) -> str:
        return self.question

    def shuffled_items(self, seed: int) -> list[str]:
        """The entries in a seed-determined order that is never already the right one."""
        entries = list(self.sequence)
        rng = self._rng(seed)
        for _ in range(8):
            rng.shuffle(entries)
            if tuple(entries) != self.sequence:
                break
        if tuple(entries) == self.sequence:
            entries.reverse()
        return entries


@dataclass(frozen=True, slots=True)
class MatchingQuestion(Question):
    """Pairs ``(left, right)`` to match."""

    question: str
    pairs: tuple[tuple[str, str], ...]
    KIND: ClassVar[str] = "matching"

    @property
    def prompt(self) -> str:
        return self.question

    @property
    def lefts(self) -> tuple[str, ...]:
        return tuple(left for left, _ in self.pairs)

    @property
    def rights(self) -> tuple[str, ...]:
        return tuple(right for _, right in self.pairs)

    def shuffled_rights(self, seed: int) -> list[str]:
        rights = list(self.rights)
        self._rng(seed).shuffle(rights)
        return rights


@dataclass(frozen=True, slots=True)
class FlashcardQuestion(Question):
    """Front and back; self-graded, not scored."""

    front: str
    back: str
    KIND: ClassVar[str] = "flashcard"

    @property
    def prompt(self) -> str:
        return self.front


QUESTION_TYPES: dict[str, type[Question]] = {
    cls.KIND: cls
    for cls in (
        SingleChoiceQuestion,
        MultipleChoiceQuestion,
        TrueFalseQuestion,
        NumericQuestion,
        ShortAnswerQuestion,
        ClozeQuestion,
        OrderingQuestion,
        MatchingQuestion,
        FlashcardQuestion,
    )
}
KINDS = tuple(QUESTION_TYPES)
_FIELD_NAMES: dict[str, tuple[str, ...]] = {
    kind: tuple(f.name for f in fields(cls)) for kind, cls in QUESTION_TYPES.items()
}


def from_plain(values: tuple[Any, ...] | list[Any]) -> Question:
    """Rebuild a question from :meth:`Question.to_plain` output (``values[1]`` is the kind)."""
    return QUESTION_TYPES[values[1]](*values)
