"""Shared by the bank tests: texts of a minimal valid bank, a figure item's text, and
the right answer to any question."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from trainer.core.banks import (
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

DATA = Path(__file__).parent / "data"

HEADER = """\
format: 1
id: t
title: T
version: "1"
language: en
description: D
source: S
items:
"""
# Line 9 onwards: one single-choice item.
ITEM = """\
  - id: t.a
    kind: single_choice
    topic: T
    difficulty: 1
    source: S
    explanation: E
    question: Q?
    correct: A
    wrong: [B, C]
"""
VALID = HEADER + ITEM


def figure(extra: str = "", drop: str = "") -> str:
    lines = [
        "  - id: t.f",
        "    kind: figure",
        "    topic: T",
        "    difficulty: 1",
        "    source: S",
        "    explanation: E",
        "    question: How many in 2013?",
        "    statement: In 2013 there were {value}.",
        "    value: 1600",
        "    unit: things",
        "    year: 2013",
    ]
    lines = [line for line in lines if not drop or not line.strip().startswith(drop)]
    return HEADER + "\n".join(lines) + "\n" + extra


def right_answer(q: Question) -> Any:
    """The response a learner who knows the answer would give, built from public fields."""
    if isinstance(q, SingleChoiceQuestion):
        return q.correct
    if isinstance(q, MultipleChoiceQuestion):
        return list(q.correct)
    if isinstance(q, TrueFalseQuestion):
        return q.answer
    if isinstance(q, NumericQuestion):
        return q.answer
    if isinstance(q, ShortAnswerQuestion):
        return q.answers[-1]
    if isinstance(q, ClozeQuestion):
        return [b[0] for b in q.blanks]
    if isinstance(q, OrderingQuestion):
        return list(q.sequence)
    if isinstance(q, MatchingQuestion):
        return dict(q.pairs)
    raise AssertionError(q)
