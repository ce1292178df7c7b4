"""Pydantic models of a progress file's two JSON documents, format version 1.

``manifest.json`` (:class:`Manifest`) says what the file is; ``progress.json``
(:class:`Progress`) holds one learner's progress. Everything is bounded (lengths,
counts, ranges) and strictly typed, because a progress file comes from another
computer: a string where a number belongs, an unknown field, an absurd count or a
reference to nothing is an error, never guessed at. ``docs/progress-file.md`` describes
the same fields for people; a change here is a new format version there.
"""

from __future__ import annotations

import json
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from trainer.core.banks.schema import SINGLE_LINE
from trainer.core.study.quiz import SEED_MAX

FORMAT = "trainer-progress"
"""The ``format`` of every progress file's manifest."""
FORMAT_VERSION = 1
"""The newest format version this Trainer writes and reads (it reads every older one)."""

MAX_REVIEWS = 500_000
MAX_ITEMS = 100_000
MAX_ATTEMPTS = 50_000
MAX_QUIZ_ITEMS = 1_000
"""Most questions in one quiz attempt (and so most answers in it)."""
MAX_ALIASES = 1_000
MAX_RESPONSE = 20_000
"""Most characters of one stored answer (its JSON text)."""
MAX_FILTER = 1_000
"""Most entries of one filter list of a quiz's specification."""
MAX_MS = 32_503_680_000_000
"""Times are epoch milliseconds (UTC) before the year 3000."""

_CONFIG = ConfigDict(extra="forbid", strict=True, allow_inf_nan=False, frozen=True)

Uid = Annotated[
    str, Field(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
]
Millis = Annotated[int, Field(ge=0, le=MAX_MS)]
Line = Annotated[str, Field(min_length=1, max_length=300, pattern=SINGLE_LINE)]
Hash = Annotated[str, Field(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9_+/=-]+$")]
Kind = Annotated[str, Field(min_length=1, max_length=40, pattern=r"^[a-z][a-z0-9_]*$")]
Retention = Annotated[float, Field(ge=0.7, le=0.99)]
Fraction = Annotated[float, Field(ge=0.0, le=1.0)]
Duration = Annotated[int, Field(ge=0, le=2**31 - 1)]
Mode = Literal["flashcard", "quiz", "workshop"]
"""The review modes (``trainer.core.study.answers.MODES``; a test checks they agree)."""


class _Model(BaseModel):
    model_config = _CONFIG


class Manifest(_Model):
    """``manifest.json``: what the file is and a digest of ``progress.json``."""

    format: Literal["trainer-progress"]
    format_version: Annotated[int, Field(ge=1, le=FORMAT_VERSION)]
    app_version: Annotated[str, Field(min_length=1, max_length=40, pattern=SINGLE_LINE)]
    exported_at: Millis
    content_sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


class LearnerRecord(_Model):
    """Who the progress is of: the stable id, other ids merged in, the name, settings."""

    id: Uid
    also_known_as: Annotated[list[Uid], Field(max_length=MAX_ALIASES)] = []
    name: Annotated[str, Field(min_length=1, max_length=200, pattern=SINGLE_LINE)]
    created_at: Millis
    desired_retention: Retention
    daily_new_limit: Annotated[int, Field(ge=0, le=9999)]
    rollover_hour: Annotated[int, Field(ge=0, le=23)]

    @field_validator("name")
    @classmethod
    def _has_letters(cls, name: str) -> str:
        if not name.strip():
            raise ValueError("a learner's name cannot be blank")
        return name


class ItemRecord(_Model):
    """An item the progress refers to, as the exporting Trainer knew it."""

    id: Line
    bank: Annotated[str, Field(min_length=1, max_length=100, pattern=SINGLE_LINE)]
    topic: Line
    fact: Line
    kind: Kind
    hash: Hash
    first_seen: Millis
    last_seen: Millis
    retired_at: Millis | None = None


class ReviewRecord(_Model):
    """One review-log row; ``undone_at`` when it was undone."""

    uuid: Uid
    item: Line
    mode: Mode
    rating: Annotated[int, Field(ge=1, le=4)]
    score: Fraction | None = None
    response_ms: Duration | None = None
    reviewed_at: Millis
    retention: Retention
    hash: Hash
    attempt: Uid | None = None
    undone_at: Millis | None = None


class AnswerRecord(_Model):
    """One answer of a quiz attempt; ``response`` is its JSON text, as stored."""

    position: Annotated[int, Field(ge=0, lt=MAX_QUIZ_ITEMS)]
    item: Line
    response: Annotated[str, Field(max_length=MAX_RESPONSE)]
    score: Fraction
    correct: bool
    response_ms: Duration | None = None
    answered_at: Millis

    @field_validator("response")
    @classmethod
    def _is_json(cls, text: str) -> str:
        try:
            json.loads(text)
        except (ValueError, RecursionError):
            raise ValueError("the answer is not valid JSON") from None
        return text


Filter = Annotated[list[Line], Field(max_length=MAX_FILTER)]


class SpecRecord(_Model):
    """A quiz's specification (the fields of ``trainer.core.study.quiz.QuizSpec``)."""

    count: Annotated[int, Field(ge=0, le=MAX_QUIZ_ITEMS)]
    banks: Filter = []
    topics: Filter = []
    tags: Filter = []
    kinds: Filter = []
    difficulties: Annotated[list[Annotated[int, Field(ge=0, le=99)]], Field(max_length=99)] = []
    seed: Annotated[int, Field(ge=0, le=SEED_MAX)] | None = None
    time_limit_s: Duration | None = None
    shuffle: bool = True


class AttemptRecord(_Model):
    """A quiz attempt with its answers."""

    uid: Uid
    spec: SpecRecord
    seed: Annotated[int, Field(ge=0, le=2**63 - 1)]
    items: Annotated[list[Line], Field(min_length=1, max_length=MAX_QUIZ_ITEMS)]
    time_limit_s: Duration | None = None
    started_at: Millis
    finished_at: Millis | None = None
    answers: Annotated[list[AnswerRecord], Field(max_length=MAX_QUIZ_ITEMS)] = []

    @model_validator(mode="after")
    def _answers_fit(self) -> AttemptRecord:
        positions = [a.position for a in self.answers]
        if len(set(positions)) != len(positions):
            raise ValueError("a question of the attempt is answered twice")
        for answer in self.answers:
            if answer.position >= len(self.items) or self.items[answer.position] != answer.item:
                raise ValueError(f"answer {answer.position + 1} is not the attempt's question")
        return self


class Progress(_Model):
    """``progress.json``: one learner's progress."""

    learner: LearnerRecord
    items: Annotated[list[ItemRecord], Field(max_length=MAX_ITEMS)]
    reviews: Annotated[list[ReviewRecord], Field(max_length=MAX_REVIEWS)]
    attempts: Annotated[list[AttemptRecord], Field(max_length=MAX_ATTEMPTS)]

    @model_validator(mode="after")
    def _references_hold(self) -> Progress:
        """Ids are unique and every reference names something in the file."""
        items = {i.id for i in self.items}
        if len(items) != len(self.items):
            raise ValueError("an item is listed twice")
        attempts = {a.uid for a in self.attempts}
        if len(attempts) != len(self.attempts):
            raise ValueError("a quiz attempt is listed twice")
        if len({r.uuid for r in self.reviews}) != len(self.reviews):
            raise ValueError("a review is listed twice")
        if self.learner.id in self.learner.also_known_as:
            raise ValueError("the learner's id is also listed among their other ids")
        for n, review in enumerate(self.reviews):
            if review.item not in items:
                raise ValueError(f"review {n + 1} is of an item the file does not list")
            if review.attempt is not None and review.attempt not in attempts:
                raise ValueError(f"review {n + 1} belongs to a quiz attempt the file lacks")
        for n, attempt in enumerate(self.attempts):
            if not items.issuperset(attempt.items):
                raise ValueError(f"quiz attempt {n + 1} asks an item the file does not list")
        return self
