"""Recording answers in the append-only review log, undo, and replay of the log.

Each answer is one write transaction: the review row and the updated memory
state, committed (WAL, ``synchronous=FULL``) before the call returns. Undo
appends a ``review_undo`` mark and recomputes that item's memory by replaying
its remaining reviews, so memory always equals the replay of the log.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from trainer.core.study.scheduling import LoggedReview, Memory, replay, review
from trainer.store import Store
from trainer.store.fast import FastCursor
from trainer.store.learner_ids import time_ordered_uid
from trainer.store.models import MemoryState, Review, ReviewUndo, from_millis, to_millis

MODES = ("flashcard", "quiz", "workshop")
MEMORY_COLUMNS = (
    MemoryState.state,
    MemoryState.step,
    MemoryState.stability,
    MemoryState.difficulty,
    MemoryState.due,
    MemoryState.last_review,
    MemoryState.first_review,
    MemoryState.reps,
    MemoryState.lapses,
    MemoryState.last_rating,
)
_LOAD_MEMORY = sa.select(*MEMORY_COLUMNS).where(
    MemoryState.learner_id == sa.bindparam("learner"),
    MemoryState.item_id == sa.bindparam("item"),
)
REVIEW_FIELDS = (
    # every column a review is written with (also by a progress import)
    "uuid",
    "learner_id",
    "item_id",
    "mode",
    "rating",
    "score",
    "response_ms",
    "reviewed_at",
    "desired_retention",
    "content_hash",
    "quiz_attempt_id",
)
_MEMORY_FIELDS = tuple(c.key for c in MEMORY_COLUMNS)
_INSERT_REVIEW = sa.insert(Review).values({f: sa.bindparam(f) for f in REVIEW_FIELDS})
_INSERT_MEMORY = sa.insert(MemoryState).values(
    {f: sa.bindparam(f) for f in ("learner_id", "item_id", *_MEMORY_FIELDS)}
)
_UPDATE_MEMORY = (
    sa.update(MemoryState)
    .where(
        MemoryState.learner_id == sa.bindparam("k_learner"),
        MemoryState.item_id == sa.bindparam("k_item"),
    )
    # first_review never changes; leaving it out of SET spares its index a write.
    .values({f: sa.bindparam(f"v_{f}") for f in _MEMORY_FIELDS if f != "first_review"})
)


def _to_memory(r: Sequence[Any]) -> Memory:
    return Memory(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9])


@lru_cache(maxsize=256)
def memory_from_row(r: tuple[Any, ...]) -> Memory:
    """A memory from a raw row (times as epoch milliseconds).

    Memories are immutable, so one made from the same row is handed out again: a study
    step reads an item's row twice (``next_card`` shows it, ``record`` answers it).
    """
    return Memory(
        r[0],
        r[1],
        r[2],
        r[3],
        from_millis(r[4]),
        None if r[5] is None else from_millis(r[5]),
        from_millis(r[6]),
        r[7],
        r[8],
        r[9],
    )


def load_memory(cur: FastCursor, store: Store, learner_id: int, item_id: str) -> Memory | None:
    """The stored memory of one item, or None when it was never answered."""
    row = cur.execute(
        store.prepare(_LOAD_MEMORY), {"learner": learner_id, "item": item_id}
    ).one_or_none()
    return None if row is None else memory_from_row(row)


def _memory_values(memory: Memory) -> dict[str, Any]:
    return {
        "state": memory.state,
        "step": memory.step,
        "stability": memory.stability,
        "difficulty": memory.difficulty,
        "due": memory.due,
        "last_review": memory.last_review,
        "first_review": memory.first_review,
        "reps": memory.reps,
        "lapses": memory.lapses,
        "last_rating": memory.last_rating,
    }


def _raw_memory(memory: Memory) -> tuple[Any, ...]:
    """The memory's columns as stored (``_MEMORY_FIELDS``' order, times in epoch ms)."""
    last = memory.last_review
    return (
        memory.state,
        memory.step,
        memory.stability,
        memory.difficulty,
        to_millis(memory.due),
        None if last is None else to_millis(last),
        to_millis(memory.first_review),
        memory.reps,
        memory.lapses,
        memory.last_rating,
    )


_INSERT_MEMORY_KEYS = ("learner_id", "item_id", *_MEMORY_FIELDS)
_UPDATE_MEMORY_KEYS = ("k_learner", "k_item", *(f"v_{f}" for f in _MEMORY_FIELDS))


def record(
    store: Store,
    cur: FastCursor,
    *,
    learner_id: int,
    item_id: str,
    content_hash: str,
    grade: int,
    at: datetime,
    desired_retention: float,
    mode: str,
    score: float | None = None,
    response_ms: int | None = None,
    attempt_id: int | None = None,
) -> tuple[str, Memory, Memory | None]:
    """Append one review and update the memory, inside the caller's fast transaction.

    A clock that went backwards is clamped to the item's last review, so each
    item's reviews stay in time order and replay gives the same memory.
    Returns the review's UUID, the new memory and the previous one.
    """
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}")
    if grade not in (1, 2, 3, 4):
        raise ValueError(f"rating must be 1 (Again) to 4 (Easy), got {grade}")
    previous = load_memory(cur, store, learner_id, item_id)
    if previous is not None and previous.last_review is not None:
        at = max(at, previous.last_review)
    at_ms = to_millis(at)
    review_id = time_ordered_uid(at_ms)
    memory = review(item_id, previous, grade, at, desired_retention, review_id)
    cur.execute(
        store.prepare(_INSERT_REVIEW),
        {
            "uuid": review_id,
            "learner_id": learner_id,
            "item_id": item_id,
            "mode": mode,
            "rating": grade,
            "score": score,
            "response_ms": response_ms,
            "reviewed_at": at_ms,
            "desired_retention": desired_retention,
            "content_hash": content_hash,
            "quiz_attempt_id": attempt_id,
        },
    )
    keys = _INSERT_MEMORY_KEYS if previous is None else _UPDATE_MEMORY_KEYS
    values = dict(zip(keys, (learner_id, item_id, *_raw_memory(memory)), strict=True))
    cur.execute(store.prepare(_INSERT_MEMORY if previous is None else _UPDATE_MEMORY), values)
    return review_id, memory, previous


def _not_undone() -> sa.ColumnElement[bool]:
    return Review.uuid.not_in(sa.select(ReviewUndo.review_uuid))


def logged_reviews(
    conn: Connection, learner_id: int | None = None, item_id: str | None = None
) -> list[LoggedReview]:
    """The reviews that count (not undone), in time order."""
    query = sa.select(
        Review.learner_id,
        Review.item_id,
        Review.rating,
        Review.reviewed_at,
        Review.desired_retention,
        Review.uuid,
    ).where(_not_undone())
    if learner_id is not None:
        query = query.where(Review.learner_id == learner_id)
    if item_id is not None:
        query = query.where(Review.item_id == item_id)
    query = query.order_by(Review.reviewed_at, Review.seq)
    return [LoggedReview(*row) for row in conn.execute(query)]


def undo_last(store: Store, learner_id: int, now: datetime) -> tuple[str, str] | None:
    """Undo the learner's last recorded review; returns (review UUID, item id) or None."""
    with store.write() as conn:
        row = conn.execute(
            sa.select(Review.uuid, Review.item_id)
            .where(Review.learner_id == learner_id, _not_undone())
            .order_by(Review.seq.desc())
            .limit(1)
        ).first()
        if row is None:
            return None
        review_id, item_id = str(row[0]), str(row[1])
        conn.execute(sa.insert(ReviewUndo).values(review_uuid=review_id, undone_at=now))
        remaining = logged_reviews(conn, learner_id, item_id)
        key = (MemoryState.learner_id == learner_id) & (MemoryState.item_id == item_id)
        if not remaining:
            conn.execute(sa.delete(MemoryState).where(key))
        else:
            memory = replay(remaining)[(learner_id, item_id)]
            conn.execute(sa.update(MemoryState).where(key).values(**_memory_values(memory)))
    return review_id, item_id


def stored_memories(conn: Connection) -> dict[tuple[int, str], Memory]:
    """Every stored memory state, keyed by (learner id, item id)."""
    rows = conn.execute(sa.select(MemoryState.learner_id, MemoryState.item_id, *MEMORY_COLUMNS))
    return {(int(r[0]), str(r[1])): _to_memory(r[2:]) for r in rows}


def replayed_memories(conn: Connection) -> dict[tuple[int, str], Memory]:
    """Every memory state rebuilt from the review log alone."""
    return replay(logged_reviews(conn))
