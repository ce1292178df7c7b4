"""What every question kind has: the :class:`Question` fields, the right answer as
parts (:class:`RightAnswer`), how letter keys record a response (:class:`Letters`), and
the entry each kind module gives the registry (:class:`Kind`; its form on phones is
:class:`~trainer.core.kinds.phone.PhoneForm`).

Fixed words a kind writes ("True", "False") go through a :data:`Translate` hook: the
core passes :func:`english`, the screens pass Qt's translation (context ``Kinds``).
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from typing import Any, ClassVar, Generic, Literal, TypeVar

from trainer.core import numbers
from trainer.core.kinds.phone import PhoneForm

BLANK = "_____"

Translate = Callable[[str], str]
"""Turns a fixed English word of :data:`WORDS` into the words a person reads."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate reads
    """Marks ``text`` for translation in ``context`` (the UI translates it)."""
    return text


WORDS = (QT_TRANSLATE_NOOP("Kinds", "True"), QT_TRANSLATE_NOOP("Kinds", "False"))
"""Every fixed word a kind writes into a right answer or a response."""


def english(text: str) -> str:
    """The :data:`Translate` hook of the core: words stay in English (CSV, printouts)."""
    return text


class UnknownKindError(LookupError):
    """A question kind that no module of :mod:`trainer.core.kinds` describes: a bug."""


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


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
        names = _FIELD_NAMES.get(type(self))
        if names is None:
            names = _FIELD_NAMES[type(self)] = tuple(f.name for f in fields(self))
        return tuple(getattr(self, name) for name in names)

    def _rng(self, seed: int) -> random.Random:
        return random.Random(f"{seed}:{self.id}")


Q = TypeVar("Q", bound=Question)


@dataclass(frozen=True, slots=True)
class RightAnswer:
    """The right answer of a question as parts, written on one line or one per line."""

    parts: tuple[str, ...]
    joiner: str = "; "
    """Between the parts on one line (``" → "`` for an order)."""
    listing: Literal["", "numbered", "lines"] = ""
    """How the parts are written one per line (a study card's back, an Anki card):
    ``"numbered"`` (1. 2. 3.), ``"lines"``, or ``""`` to keep them on one line."""

    @property
    def text(self) -> str:
        """On one line: results, quiz feedback, slides, printouts, CSV."""
        return self.joiner.join(self.parts)

    @property
    def lines(self) -> str:
        """One part per line when :attr:`listing` says so, else :attr:`text`."""
        if self.listing == "numbered":
            return "\n".join(f"{n}. {part}" for n, part in enumerate(self.parts, 1))
        if self.listing == "lines":
            return "\n".join(self.parts)
        return self.text


def chosen_choices(choices: Sequence[str], response: Any) -> list[int]:
    """The indexes of the choices a response names (an option, or a list of them)."""
    values = response if isinstance(response, list) else [response]
    return [choices.index(v) for v in values if v in choices]


@dataclass(frozen=True, slots=True)
class Options:
    """How the item analysis reads a kind's options (its distractor analysis)."""

    listed: Callable[[Any], tuple[tuple[str, bool], ...]]
    """The options of a question in authored order, each with whether it is right."""
    chosen: Callable[[object], tuple[str, ...] | None]
    """The option texts a stored response names (``None``: it names none)."""


def listed_options(question: Any) -> tuple[tuple[str, bool], ...]:
    """A choice question's options (``options``, ``correct_options``), each with whether
    it is right."""
    right = set(question.correct_options)
    return tuple((text, text in right) for text in question.options)


def one_text(response: object) -> tuple[str, ...] | None:
    """A response that is one option's text."""
    return (response,) if isinstance(response, str) else None


def distinct_texts(response: object) -> tuple[str, ...] | None:
    """A response that is a list of option texts (each named once)."""
    if not isinstance(response, list):
        return None
    return tuple(dict.fromkeys(r for r in response if isinstance(r, str)))


@dataclass(frozen=True, slots=True)
class Letters:
    """How a facilitator's letter keys record a response to a kind (A = choice 0)."""

    response: Callable[[Sequence[str], int, Any], Any]
    """(choices, index of the letter, the team's current response) → the new response."""
    chosen: Callable[[Sequence[str], Any], list[int]] = chosen_choices
    """(choices, response) → the indexes of the letters that write it."""
    several: bool = False
    """A response may hold several letters: each letter toggles one choice."""
    count: int | None = None
    """How many letters answer, for a kind whose letters name no lettered choices of its
    own (true/false: A true, B false); ``None``: one letter per choice."""


def no_choices(_question: Any, _seed: int) -> tuple[str, ...]:
    """For kinds that letter nothing."""
    return ()


def written(_question: Any, response: Any, _tr: Translate) -> str:
    """A response written as it is (a typed text, a chosen option)."""
    return str(response)


def response_line(_question: Any, response: Any) -> str:
    """A recorded response (not ``None``) on one line, by its shape: an option or a text
    as it is, a number as a figure ("1,600"), a list joined by "; ", pairs as
    "left → right". The workshop's results and CSV files write responses so."""
    if isinstance(response, bool):
        return "True" if response else "False"
    if isinstance(response, int | float):
        return numbers.figure(response)
    if isinstance(response, str):
        return response
    if isinstance(response, dict):
        return "; ".join(f"{k} → {v}" for k, v in response.items())
    if isinstance(response, list | tuple):
        return "; ".join(response_line(_question, r) for r in response)
    return json.dumps(response, ensure_ascii=False)


@dataclass(frozen=True, slots=True)
class Kind(Generic[Q]):
    """Everything the core knows about one question kind, described once."""

    name: str
    """The ``kind`` of bank items and questions (``"single_choice"``)."""
    question: type[Q]
    from_item: Callable[[Any, dict[str, Any]], Q]
    """(a validated bank item of this kind, the common fields) → the question."""
    score: Callable[[Q, Any], float] | None
    """(question, a response that is not ``None``) → the fraction right, 0 to 1; a
    response of the wrong type scores 0. ``None``: self-graded, never scored."""
    right_answer: Callable[[Q, Translate], RightAnswer]
    response_text: Callable[[Q, Any, Translate], str]
    """A learner's response (not ``None``) as the results screen writes it."""
    example: Callable[[Q, bool], Any] | None
    """A right (``True``) or wrong response, as an answer widget gives it (the
    screenshots and the tests answer with it); ``None`` for a kind not scored."""
    choices: Callable[[Q, int], tuple[str, ...]] = no_choices
    """The choices lettered A, B, C… on paper and on the workshop's screen, in the
    order of ``seed``; ``()`` when nothing is lettered."""
    letters: Letters | None = None
    """How letter keys record a response; ``None`` when letters cannot."""
    options: Options | None = None
    """How the item analysis reads its options; ``None``: a kind without options."""
    response_line: Callable[[Q, Any], str] = response_line
    """A recorded response (not ``None``) on one line, as the workshop's results and
    CSV files write it; by its shape unless the kind says otherwise (a year stays
    "2013")."""
    phone: PhoneForm[Q] | None = None
    """How phones are sent it and answer it (:mod:`trainer.core.kinds.phone`); ``None``:
    phones cannot answer it."""
