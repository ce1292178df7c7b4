"""Scoring one response to one question: a fraction in [0, 1], whether it is right, and
the right answer as text.

Responses per kind (``None`` always means *skipped* and scores 0):

===================  ===========================  ==========================================
kind                 response                     fraction
===================  ===========================  ==========================================
single_choice        the chosen option (str)      1 if it is the right option, else 0
multiple_choice      the chosen options           (right picks - wrong picks) / number of
                     (any collection of str)      right options, never below 0
true_false           bool                         1 if equal to the answer
numeric              number (or text such as      1 if within ``tolerance`` of the answer
                     "1,600")
short_answer         str                          1 if it matches an accepted answer once
                                                  case, accents, punctuation between
                                                  letters, spaces, "&"/"and" and a leading
                                                  article are ignored (numbers compare as
                                                  numbers; "1/2" is not "12")
cloze                list of str, one per blank   share of blanks right (each as
                                                  short_answer); an ``unordered`` cloze
                                                  takes the words in any order, each
                                                  right word counting once
ordering             list of str (the entries)    share of all pairs of entries that are in
                                                  the right relative order (Kendall): 1 for
                                                  the right order, 0 when fully reversed
matching             dict left -> right           share of pairs right
flashcard            -                            not scored: :class:`NotScoredError`
===================  ===========================  ==========================================

``Score.correct`` is ``fraction == 1``. A response of the wrong type scores 0.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from trainer.core import numbers
from trainer.core.banks.normalize import answer_key, option_key, parse_number
from trainer.core.banks.questions import (
    ClozeQuestion,
    FlashcardQuestion,
    MatchingQuestion,
    MultipleChoiceQuestion,
    NumericQuestion,
    OrderingQuestion,
    Question,
    ShortAnswerQuestion,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)


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
    """The right answer, written for the learner."""


def _make(fraction: float, expected: str) -> Score:
    fraction = min(1.0, max(0.0, fraction))
    return Score(fraction, fraction == 1.0, expected)


def text_matches(response: str, accepted: Sequence[str]) -> bool:
    """Whether a typed answer matches one of ``accepted`` (normalised; numbers by value)."""
    key = answer_key(response)
    number = parse_number(response)
    for answer in accepted:
        expected_number = parse_number(answer)
        if number is not None and expected_number is not None:
            if math.isclose(number, expected_number, rel_tol=1e-9, abs_tol=1e-12):
                return True
        elif key == answer_key(answer) and key:
            return True
    return False


def _numeric(question: NumericQuestion, response: Any) -> float:
    if isinstance(response, bool):
        return 0.0
    if isinstance(response, str):
        parsed = parse_number(response)
        if parsed is None:
            return 0.0
        response = parsed
    if not isinstance(response, int | float) or not math.isfinite(response):
        return 0.0
    slack = question.tolerance + 1e-9 * max(1.0, abs(question.answer))
    return 1.0 if abs(response - question.answer) <= slack else 0.0


def _multiple(question: MultipleChoiceQuestion, response: Any) -> float:
    if isinstance(response, str) or not isinstance(response, Collection):
        return 0.0
    right = {option_key(c) for c in question.correct}
    picks = {option_key(p) for p in response if isinstance(p, str)}
    hits = len(picks & right)
    misses = len(picks - right)
    return max(0.0, (hits - misses) / len(right))


def _ordering(question: OrderingQuestion, response: Any) -> float:
    if isinstance(response, str) or not isinstance(response, Sequence):
        return 0.0
    position = {entry: i for i, entry in enumerate(question.sequence)}
    entries = dict.fromkeys(e for e in response if isinstance(e, str))  # unhashables score 0
    given = [position[e] for e in entries if e in position]
    total = len(question.sequence) * (len(question.sequence) - 1) // 2
    concordant = sum(
        1 for i in range(len(given)) for j in range(i + 1, len(given)) if given[i] < given[j]
    )
    return concordant / total if total else 0.0


def _set_matches(answers: Sequence[Any], blanks: Sequence[Sequence[str]]) -> int:
    """The most blanks that distinct answers can fill (bipartite matching, augmenting paths)."""
    fits = [
        [b for b, accepted in enumerate(blanks) if isinstance(a, str) and text_matches(a, accepted)]
        for a in answers
    ]
    owner: dict[int, int] = {}

    def place(answer: int, tried: set[int]) -> bool:
        for blank in fits[answer]:
            if blank in tried:
                continue
            tried.add(blank)
            if blank not in owner or place(owner[blank], tried):
                owner[blank] = answer
                return True
        return False

    return sum(1 for answer in range(len(fits)) if place(answer, set()))


def _cloze(question: ClozeQuestion, response: Any) -> float:
    if isinstance(response, str) or not isinstance(response, Sequence):
        return 0.0
    if question.unordered:
        answers = list(response)[: len(question.blanks)]
        return _set_matches(answers, question.blanks) / len(question.blanks)
    right = sum(
        1
        for answer, accepted in zip(response, question.blanks, strict=False)
        if isinstance(answer, str) and text_matches(answer, accepted)
    )
    return right / len(question.blanks)


def _matching(question: MatchingQuestion, response: Any) -> float:
    if not isinstance(response, Mapping):
        return 0.0
    right = sum(1 for left, value in question.pairs if response.get(left) == value)
    return right / len(question.pairs)


def expected_text(question: Question) -> str:
    """The right answer of ``question`` as shown after answering."""
    if isinstance(question, SingleChoiceQuestion):
        return question.correct
    if isinstance(question, MultipleChoiceQuestion):
        return "; ".join(question.correct)
    if isinstance(question, TrueFalseQuestion):
        return "True" if question.answer else "False"
    if isinstance(question, NumericQuestion):
        text = question.expected_text
        tolerance = numbers.figure(question.tolerance)
        return f"{text} (± {tolerance})" if question.tolerance else text
    if isinstance(question, ShortAnswerQuestion):
        return question.answers[0]
    if isinstance(question, ClozeQuestion):
        return question.answer_text
    if isinstance(question, OrderingQuestion):
        return " → ".join(question.sequence)
    if isinstance(question, MatchingQuestion):
        return "; ".join(f"{left} → {right}" for left, right in question.pairs)
    if isinstance(question, FlashcardQuestion):
        return question.back
    raise TypeError(f"unknown question type {type(question).__name__}")


def score(question: Question, response: Any) -> Score:
    """Score ``response`` to ``question`` (see the module docstring for each kind).

    Raises :class:`NotScoredError` for flashcards.
    """
    if isinstance(question, FlashcardQuestion):
        raise NotScoredError("flashcards are self-graded and not scored")
    expected = expected_text(question)
    if response is None:
        return _make(0.0, expected)
    fraction: float
    if isinstance(question, SingleChoiceQuestion):
        ok = isinstance(response, str) and option_key(response) == option_key(question.correct)
        fraction = 1.0 if ok else 0.0
    elif isinstance(question, MultipleChoiceQuestion):
        fraction = _multiple(question, response)
    elif isinstance(question, TrueFalseQuestion):
        fraction = 1.0 if isinstance(response, bool) and response == question.answer else 0.0
    elif isinstance(question, NumericQuestion):
        fraction = _numeric(question, response)
    elif isinstance(question, ShortAnswerQuestion):
        ok = isinstance(response, str) and text_matches(response, question.answers)
        fraction = 1.0 if ok else 0.0
    elif isinstance(question, ClozeQuestion):
        fraction = _cloze(question, response)
    elif isinstance(question, OrderingQuestion):
        fraction = _ordering(question, response)
    else:
        assert isinstance(question, MatchingQuestion)
        fraction = _matching(question, response)
    return _make(fraction, expected)
