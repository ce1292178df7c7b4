"""Each question kind on a phone: what the phone sees, which answers it may send, what
the reveal shows, and how the room's answers are counted for the chart.

One entry per kind in :data:`LIVE_KINDS` (a kind missing here cannot be asked on
phones). Choices, entries to order and right-hand sides to match are listed in the
workshop seed's order, the order of the projector's letters (as ``stage_slides``).

Answers a phone may send (then scored by :func:`trainer.core.scoring.score`):

================  ==============================================================
single_choice     one option's text
multiple_choice   a list of distinct option texts (may be empty: "none of them")
true_false        ``true`` or ``false``
numeric           a finite number, or its text (at most 40 characters)
short_answer      text (at most 200 characters)
cloze             a list of texts, one per blank
ordering          every entry's text, once each, in the order chosen
matching          an object: left text → right text (every left at most once)
================  ==============================================================
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from trainer.core.banks.questions import (
    ClozeQuestion,
    MatchingQuestion,
    MultipleChoiceQuestion,
    NumericQuestion,
    OrderingQuestion,
    Question,
    ShortAnswerQuestion,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)
from trainer.core.normalize import parse_number
from trainer.core.workshop.live.limits import (
    MAX_ANSWER_TEXT,
    MAX_LIST,
    MAX_NUMBER_TEXT,
    LiveRefused,
)
from trainer.core.workshop.live.texts import clean_text

Plain = dict[str, Any]


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


@dataclass(frozen=True, slots=True)
class LiveKind:
    public: Callable[[Any, int], Plain]
    """The question without its answer: ``(question, seed) → fields``."""
    check: Callable[[Any, Any], Any]
    """A phone's answer, validated and normalised, or :class:`LiveRefused`."""
    reveal: Callable[[Any], Plain]
    """The right answer, structured for the phone to mark its choices."""
    tally: Callable[[Any, int, Sequence[tuple[Any, float]]], list[Bar]]
    """Bars from ``(response, fraction)`` of every answer."""


def _refuse(detail: str) -> LiveRefused:
    return LiveRefused("invalid_answer", f"This answer does not fit the question: {detail}.")


def _text(value: Any) -> str:
    return clean_text(value, MAX_ANSWER_TEXT, "answer", "invalid_answer")


def _short_check(q: ShortAnswerQuestion, response: Any) -> str:
    text = _text(response)
    if not text:
        raise _refuse("the answer is empty")
    return text


def _list(value: Any, most: int) -> list[Any]:
    if not isinstance(value, list):
        raise _refuse("a list was expected")
    if len(value) > min(most, MAX_LIST):
        raise _refuse(f"at most {min(most, MAX_LIST)} entries")
    return value


def _one_of(value: Any, allowed: Sequence[str]) -> str:
    if not isinstance(value, str) or value not in allowed:
        raise _refuse("not one of the choices")
    return value


def _distinct(values: Sequence[str]) -> None:
    if len(set(values)) != len(values):
        raise _refuse("a choice is given twice")


# -- choices ----------------------------------------------------------------------------
def _choice_public(q: SingleChoiceQuestion | MultipleChoiceQuestion, seed: int) -> Plain:
    many = isinstance(q, MultipleChoiceQuestion)
    return {"options": q.shuffled_options(seed), "select": "many" if many else "one"}


def _single_check(q: SingleChoiceQuestion, response: Any) -> str:
    return _one_of(response, q.options)


def _multiple_check(q: MultipleChoiceQuestion, response: Any) -> list[str]:
    picks = [_one_of(p, q.options) for p in _list(response, len(q.options))]
    _distinct(picks)
    return [o for o in q.options if o in picks]


def _choice_reveal(q: SingleChoiceQuestion | MultipleChoiceQuestion) -> Plain:
    return {"correct": list(q.correct_options)}


def _choice_tally(
    q: SingleChoiceQuestion | MultipleChoiceQuestion,
    seed: int,
    answers: Sequence[tuple[Any, float]],
) -> list[Bar]:
    counts = dict.fromkeys(q.shuffled_options(seed), 0)
    for response, _fraction in answers:
        for pick in response if isinstance(response, list) else [response]:
            if pick in counts:
                counts[pick] += 1
    right = set(q.correct_options)
    return [Bar(o, o, n, o in right) for o, n in counts.items()]


# -- true/false ---------------------------------------------------------------------------
def _tf_check(q: TrueFalseQuestion, response: Any) -> bool:
    if not isinstance(response, bool):
        raise _refuse("true or false was expected")
    return response


def _tf_tally(q: TrueFalseQuestion, seed: int, answers: Sequence[tuple[Any, float]]) -> list[Bar]:
    said = [r for r, _f in answers]
    return [
        Bar("true", "True", said.count(True), q.answer),
        Bar("false", "False", said.count(False), not q.answer),
    ]


# -- typed answers --------------------------------------------------------------------------
def _numeric_check(q: NumericQuestion, response: Any) -> float | int | str:
    if isinstance(response, bool):
        raise _refuse("a number was expected")
    if isinstance(response, int | float):
        if not math.isfinite(response) or abs(response) > 1e15:
            raise _refuse("the number is out of range")
        return response
    if isinstance(response, str):
        text = clean_text(response, MAX_NUMBER_TEXT, "number", "invalid_answer")
        if parse_number(text) is None:
            raise _refuse("this is not a number")
        return text
    raise _refuse("a number was expected")


def _cloze_check(q: ClozeQuestion, response: Any) -> list[str]:
    answers = _list(response, len(q.blanks))
    if len(answers) != len(q.blanks):
        raise _refuse(f"{len(q.blanks)} blanks to fill")
    return [_text(a) for a in answers]


def _by_score(q: Question, seed: int, answers: Sequence[tuple[Any, float]]) -> list[Bar]:
    fractions = [f for _r, f in answers]
    return [
        Bar("right", "Right", sum(1 for f in fractions if f >= 1.0), True),
        Bar("partial", "Partly right", sum(1 for f in fractions if 0.0 < f < 1.0), None),
        Bar("wrong", "Wrong", sum(1 for f in fractions if f <= 0.0), False),
    ]


# -- ordering and matching --------------------------------------------------------------------
def _ordering_check(q: OrderingQuestion, response: Any) -> list[str]:
    entries = [_one_of(e, q.sequence) for e in _list(response, len(q.sequence))]
    _distinct(entries)
    if len(entries) != len(q.sequence):
        raise _refuse("every entry is placed once")
    return entries


def _matching_check(q: MatchingQuestion, response: Any) -> dict[str, str]:
    if not isinstance(response, dict):
        raise _refuse("pairs were expected")
    if len(response) > min(len(q.pairs), MAX_LIST):
        raise _refuse("more pairs than the question has")
    return {_one_of(left, q.lefts): _one_of(right, q.rights) for left, right in response.items()}


LIVE_KINDS: dict[str, LiveKind] = {
    "single_choice": LiveKind(_choice_public, _single_check, _choice_reveal, _choice_tally),
    "multiple_choice": LiveKind(_choice_public, _multiple_check, _choice_reveal, _choice_tally),
    "true_false": LiveKind(
        lambda q, seed: {}, _tf_check, lambda q: {"correct": q.answer}, _tf_tally
    ),
    "numeric": LiveKind(
        lambda q, seed: {"unit": q.unit},
        _numeric_check,
        lambda q: {"answer": q.answer, "tolerance": q.tolerance},
        _by_score,
    ),
    "short_answer": LiveKind(
        lambda q, seed: {},
        _short_check,
        lambda q: {"accepted": list(q.answers)},
        _by_score,
    ),
    "cloze": LiveKind(
        lambda q, seed: {"parts": list(q.parts), "blanks": len(q.blanks)},
        _cloze_check,
        lambda q: {"blanks": [b[0] for b in q.blanks], "unordered": q.unordered},
        _by_score,
    ),
    "ordering": LiveKind(
        lambda q, seed: {"entries": q.shuffled_items(seed)},
        _ordering_check,
        lambda q: {"sequence": list(q.sequence)},
        _by_score,
    ),
    "matching": LiveKind(
        lambda q, seed: {"lefts": list(q.lefts), "rights": q.shuffled_rights(seed)},
        _matching_check,
        lambda q: {"pairs": [list(p) for p in q.pairs]},
        _by_score,
    ),
}
"""Every kind a phone can answer (flashcards are self-graded and are not asked)."""


def live_kind(question: Question) -> LiveKind:
    """The entry of ``question``'s kind, or :class:`LiveRefused` ``not_answerable``."""
    entry = LIVE_KINDS.get(question.kind)
    if entry is None:
        raise LiveRefused("not_answerable")
    return entry
