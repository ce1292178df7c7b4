"""How a question kind is played on phones (the phone game, issue 11): each kind's module
gives its :class:`PhoneForm` as ``Kind.phone``; ``None`` means phones cannot answer it
(flashcards are self-graded), and a phone game asking it is refused when it is built.

A form says what a phone is sent for a question (never its answer), which answers a
phone may send and their bounds, what the reveal shows, how the room's answers are
counted for the answer chart, and which renderer of the phone page draws it (a key of
``KINDS`` in ``trainer/net/page/kinds.js``; kinds whose answers have one shape share a
renderer). Choices, entries to order and right-hand sides to match are listed in the
workshop seed's order, the order of the projector's letters.

Everything a phone sends is untrusted: :attr:`PhoneForm.check` returns the answer
validated, bounded and normalised (then scored by the kind's ``score``), or raises
:class:`AnswerRefused` saying why; the game turns that into its ``invalid_answer``
refusal. ``docs/live-protocol.md`` lists the answers each kind accepts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from trainer.core.phone_text import PhoneTextError, plain_line

Plain = dict[str, Any]
QuestionT = TypeVar("QuestionT")

MAX_ANSWER_TEXT = 200
"""Most characters of a typed answer (short answer, each blank of a cloze)."""
MAX_NUMBER_TEXT = 40
"""Most characters of a number typed as text."""
MAX_LIST = 50
"""Most entries of a list or mapping in an answer (options, blanks, entries, pairs)."""


class AnswerRefused(ValueError):
    """A phone's answer that does not fit its question; the message says why."""


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar of the answer distribution: ``key`` is stable (an option's text, or
    ``true``/``false``/``right``/``partial``/``wrong``), ``label`` is shown."""

    key: str
    label: str
    count: int
    correct: bool | None

    def to_plain(self) -> Plain:
        return {"key": self.key, "label": self.label, "count": self.count, "correct": self.correct}


Tally = Callable[[QuestionT, int, Sequence[tuple[Any, float]]], list[Bar]]


def by_score(_question: Any, _seed: int, answers: Sequence[tuple[Any, float]]) -> list[Bar]:
    """Three bars, right, partly right and wrong, from the fraction of every answer."""
    fractions = [f for _r, f in answers]
    return [
        Bar("right", "Right", sum(1 for f in fractions if f >= 1.0), True),
        Bar("partial", "Partly right", sum(1 for f in fractions if 0.0 < f < 1.0), None),
        Bar("wrong", "Wrong", sum(1 for f in fractions if f <= 0.0), False),
    ]


@dataclass(frozen=True, slots=True)
class PhoneForm(Generic[QuestionT]):
    """A question kind on phones."""

    renderer: str
    """The key of the phone page's renderer that draws it (``KINDS`` in kinds.js)."""
    public: Callable[[QuestionT, int], Plain]
    """The question's fields a phone needs, without its answer: ``(question, seed)``."""
    check: Callable[[QuestionT, Any], Any]
    """A phone's raw answer, validated, bounded and normalised; or :class:`AnswerRefused`."""
    reveal: Callable[[QuestionT], Plain]
    """The right answer, structured for the phone to mark its choices."""
    tally: Tally[QuestionT] = by_score
    """Bars from ``(response, fraction)`` of every answer (by default: by score)."""


# -- the checks the kinds share ------------------------------------------------------------
def refuse(detail: str) -> AnswerRefused:
    """The refusal of an answer, ``detail`` saying what does not fit."""
    return AnswerRefused(f"This answer does not fit the question: {detail}.")


def answer_text(value: Any, most: int = MAX_ANSWER_TEXT, what: str = "answer") -> str:
    """A typed text as one line of plain text of at most ``most`` characters."""
    try:
        return plain_line(value, most, what)
    except PhoneTextError as error:
        raise AnswerRefused(str(error)) from None


def answer_list(value: Any, most: int) -> list[Any]:
    """A list of at most ``most`` (and :data:`MAX_LIST`) entries."""
    if not isinstance(value, list):
        raise refuse("a list was expected")
    if len(value) > min(most, MAX_LIST):
        raise refuse(f"at most {min(most, MAX_LIST)} entries")
    return value


def one_of(value: Any, allowed: Sequence[str]) -> str:
    """One of the texts ``allowed``, exactly."""
    if not isinstance(value, str) or value not in allowed:
        raise refuse("not one of the choices")
    return value


def distinct(values: Sequence[str]) -> None:
    """Refuses a choice given twice."""
    if len(set(values)) != len(values):
        raise refuse("a choice is given twice")


def nothing(_question: Any, _seed: int) -> Plain:
    """For kinds whose phone needs nothing beyond the prompt."""
    return {}


# -- the choice kinds (``options``, ``correct_options``, ``shuffled_options``) -------------------
def choice_reveal(question: Any) -> Plain:
    """The right options, for the phone to mark them."""
    return {"correct": list(question.correct_options)}


def choice_tally(question: Any, seed: int, answers: Sequence[tuple[Any, float]]) -> list[Bar]:
    """One bar per option, in the seed's order: how many answers chose it."""
    counts = dict.fromkeys(question.shuffled_options(seed), 0)
    for response, _fraction in answers:
        for pick in response if isinstance(response, list) else [response]:
            if pick in counts:
                counts[pick] += 1
    right = set(question.correct_options)
    return [Bar(o, o, n, o in right) for o, n in counts.items()]
