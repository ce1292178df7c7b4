"""FSRS scheduling: the rating rule, one review step, previews, and replay of the log.

Fuzz (the small random spread of long intervals) is made deterministic: it is
drawn from a generator seeded with the review's UUID, so replaying the review
log reproduces every due date exactly.

Rating rule for scored answers (quiz, workshop): a score fraction of 1.0 is
Good, 0.5 or more is Hard, anything lower is Again. Flashcards are rated
Again/Hard/Good/Easy directly.
"""

from __future__ import annotations

import math
import random
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import IntEnum
from functools import lru_cache

from fsrs import Card, Rating, Scheduler, State

_FUZZ_RANGES = ((2.5, 7.0, 0.15), (7.0, 20.0, 0.1), (20.0, math.inf, 0.05))
MAX_INTERVAL_DAYS = 36500


class Grade(IntEnum):
    """The four answer ratings (same numbers as ``fsrs.Rating``)."""

    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4


class CardState(IntEnum):
    """Memory states (same numbers as ``fsrs.State``)."""

    LEARNING = 1
    REVIEW = 2
    RELEARNING = 3


def grade_for_score(fraction: float) -> Grade:
    """The rating a scored answer counts as: 1.0 → Good, ≥ 0.5 → Hard, else Again."""
    if not 0.0 <= fraction <= 1.0:
        raise ValueError(f"score fraction must be within 0..1, got {fraction}")
    if fraction >= 1.0 - 1e-9:
        return Grade.GOOD
    if fraction >= 0.5:
        return Grade.HARD
    return Grade.AGAIN


@dataclass(frozen=True)
class Memory:
    """A learner's memory of one item (the ``memory_state`` row without its keys)."""

    state: int
    step: int | None
    stability: float | None
    difficulty: float | None
    due: datetime
    last_review: datetime | None
    first_review: datetime
    reps: int
    lapses: int
    last_rating: int


@lru_cache(maxsize=16)
def scheduler_for(desired_retention: float) -> Scheduler:
    """An FSRS scheduler (without its own random fuzz) for a desired retention."""
    return Scheduler(desired_retention=desired_retention, enable_fuzzing=False)


_STATES = {int(s): s for s in State}
_RATINGS = {int(r): r for r in Rating}


def _rating(grade: int) -> Rating:
    """``Rating(grade)`` without the enum's lookup machinery (one per answer)."""
    found = _RATINGS.get(grade)
    return Rating(grade) if found is None else found  # (ValueError for a bad grade)


class _Card(Card):
    """An FSRS card with a cheap shallow copy (``review_card`` copies every card it is
    given; the copy module's generic way goes through ``__reduce_ex__``)."""

    def __copy__(self) -> _Card:
        twin = object.__new__(_Card)
        twin.__dict__.update(self.__dict__)
        return twin


def _card_id(item_id: str) -> int:
    return zlib.crc32(item_id.encode("utf-8"))


def _to_card(item_id: str, memory: Memory | None, at: datetime) -> Card:
    if memory is None:
        return _Card(card_id=_card_id(item_id), due=at)
    return _Card(
        card_id=_card_id(item_id),
        state=_STATES.get(memory.state) or State(memory.state),
        step=memory.step,
        stability=memory.stability,
        difficulty=memory.difficulty,
        due=memory.due,
        last_review=memory.last_review,
    )


def _fuzz(interval: timedelta, seed: str) -> timedelta:
    days = interval.days
    if days < 2.5:
        return interval
    delta = 1.0
    for start, end, factor in _FUZZ_RANGES:
        delta += factor * max(min(float(days), end) - start, 0.0)
    low = max(2, round(days - delta))
    high = min(round(days + delta), MAX_INTERVAL_DAYS)
    low = min(low, high)
    drawn = random.Random(seed).random() * (high - low + 1) + low
    return timedelta(days=min(round(drawn), MAX_INTERVAL_DAYS))


def review(
    item_id: str,
    memory: Memory | None,
    grade: int,
    at: datetime,
    desired_retention: float,
    seed: str,
) -> Memory:
    """The memory after answering with ``grade`` at ``at`` (``seed``: the review UUID)."""
    card = _to_card(item_id, memory, at)
    new, _log = scheduler_for(desired_retention).review_card(card, _rating(grade), at)
    due = new.due
    if new.state == State.Review:
        due = at + _fuzz(new.due - at, seed)
    was_review = memory is not None and memory.state == CardState.REVIEW
    return Memory(
        state=int(new.state),
        step=new.step,
        stability=new.stability,
        difficulty=new.difficulty,
        due=due,
        last_review=at,
        first_review=at if memory is None else memory.first_review,
        reps=(0 if memory is None else memory.reps) + 1,
        lapses=(0 if memory is None else memory.lapses)
        + (1 if was_review and grade == Grade.AGAIN else 0),
        last_rating=int(grade),
    )


def preview(
    item_id: str, memory: Memory | None, at: datetime, desired_retention: float
) -> dict[Grade, timedelta]:
    """The interval each rating would give now (before fuzz), for the answer buttons."""
    out: dict[Grade, timedelta] = {}
    for grade in Grade:
        card = _to_card(item_id, memory, at)
        new, _ = scheduler_for(desired_retention).review_card(card, Rating(grade), at)
        out[grade] = new.due - at
    return out


def retrievability(item_id: str, memory: Memory, at: datetime) -> float:
    """The probability of recall now, by FSRS (0 for never-stabilised memories)."""
    if memory.stability is None:
        return 0.0
    card = _to_card(item_id, memory, at)
    return float(scheduler_for(0.9).get_card_retrievability(card, at))


@dataclass(frozen=True)
class LoggedReview:
    """What replay needs from one review-log row."""

    learner_id: int
    item_id: str
    grade: int
    at: datetime
    desired_retention: float
    uuid: str


def replay(reviews: Iterable[LoggedReview]) -> dict[tuple[int, str], Memory]:
    """Rebuild every memory state from reviews given in time order (undone ones left out)."""
    memories: dict[tuple[int, str], Memory] = {}
    for r in reviews:
        key = (r.learner_id, r.item_id)
        memories[key] = review(
            r.item_id, memories.get(key), r.grade, r.at, r.desired_retention, r.uuid
        )
    return memories
