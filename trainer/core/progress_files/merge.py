"""Merging a progress file into the progress database, in one transaction.

What is new is added, nothing else: reviews are keyed by their UUIDs, quiz attempts by
their stable ids, answers by their attempt and position, undo marks by their review.
Items the file refers to that this database does not know are added as retired items
(kept, never dropped; they come back to life if the banks here gain them). Then the
memory (FSRS state) of every item the merge touched is rebuilt by replaying the
learner's merged review log with the engine's own :func:`~trainer.core.study.
scheduling.replay`, so the learner carries on exactly where the log says.

The result does not depend on the order files are imported in (``A`` then ``B`` equals
``B`` then ``A``): every rule is a union, or keeps the earliest (an undo mark) or the
newest (a retired item's details: the newest ``last_seen``). Columns that say when this
database learnt something (``retired_at`` of an item first known from a file, an
``item_revision``'s ``seen_at``) hold the import's time.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from trainer.core.progress_files.container import ProgressFile
from trainer.core.progress_files.matching import SameName, resolve_learner
from trainer.core.progress_files.merge_items import merge_items
from trainer.core.progress_files.rows import chunks, insert_many, ms, raw_insert, select_in
from trainer.core.progress_files.schema import AttemptRecord, ReviewRecord
from trainer.core.study.answers import REVIEW_FIELDS
from trainer.core.study.quiz import QuizSpec
from trainer.core.study.scheduling import LoggedReview, Memory, replay
from trainer.store import Store
from trainer.store.models import (
    Learner,
    MemoryState,
    QuizAnswer,
    QuizAttempt,
    Review,
    ReviewUndo,
    from_millis,
    to_millis,
)
from trainer.store.progress_models import ProgressImport


@dataclass(frozen=True)
class MergeResult:
    """What merging one file did."""

    where: str
    learner_id: int
    learner_name: str
    how: str
    """"new learner", "same learner", "merged by name" or "kept apart"."""
    reviews_added: int
    undos_added: int
    attempts_added: int
    answers_added: int
    items_added: int
    """Items this database did not know, kept as retired items."""

    @property
    def nothing_new(self) -> bool:
        return not (
            self.reviews_added or self.undos_added or self.attempts_added or self.answers_added
        )


def _spec_json(attempt: AttemptRecord) -> str:
    spec = attempt.spec
    return QuizSpec(
        count=spec.count,
        banks=tuple(spec.banks),
        topics=tuple(spec.topics),
        tags=tuple(spec.tags),
        kinds=tuple(spec.kinds),
        difficulties=tuple(spec.difficulties),
        seed=spec.seed,
        time_limit_s=spec.time_limit_s,
        shuffle=spec.shuffle,
    ).to_json()


_INSERT_ANSWER = raw_insert(
    QuizAnswer,
    (
        "attempt_id",
        "position",
        "item_id",
        "response_json",
        "score",
        "correct",
        "response_ms",
        "answered_at",
    ),
    ("answered_at",),
)


def _insert_attempt(conn: Connection, learner_id: int, attempt: AttemptRecord) -> int:
    """Add a quiz attempt the database does not hold; its local id."""
    finished = attempt.finished_at
    key = conn.execute(
        sa.insert(QuizAttempt).values(
            learner_id=learner_id,
            uid=attempt.uid,
            spec_json=_spec_json(attempt),
            seed=attempt.seed,
            item_ids_json=json.dumps(attempt.items),
            time_limit_s=attempt.time_limit_s,
            started_at=from_millis(attempt.started_at),
            finished_at=None if finished is None else from_millis(finished),
        )
    ).inserted_primary_key
    assert key is not None
    return int(key[0])


def _merge_attempts(
    conn: Connection, learner_id: int, attempts: Sequence[AttemptRecord]
) -> tuple[dict[str, int], int, int]:
    """Add new attempts and answers; an attempt finished in either copy is finished (at
    the earliest time). Returns (attempt uid → local id, attempts added, answers added)."""
    columns = (QuizAttempt.uid, QuizAttempt.id, ms(QuizAttempt.finished_at))
    known = {
        str(r[0]): (int(r[1]), r[2])
        for r in select_in(conn, columns, QuizAttempt.uid, (a.uid for a in attempts))
    }
    ids: dict[str, int] = {}
    answers: list[dict[str, Any]] = []
    added = 0
    for attempt in attempts:
        old = known.get(attempt.uid)
        finished = attempt.finished_at
        if old is None:
            attempt_id, positions = _insert_attempt(conn, learner_id, attempt), set()
            added += 1
        else:
            attempt_id = old[0]
            if finished is not None and (old[1] is None or finished < old[1]):
                conn.execute(
                    sa.update(QuizAttempt)
                    .where(QuizAttempt.id == attempt_id)
                    .values(finished_at=from_millis(finished))
                )
            rows = conn.execute(
                sa.select(QuizAnswer.position).where(QuizAnswer.attempt_id == attempt_id)
            )
            positions = {int(r[0]) for r in rows}
        ids[attempt.uid] = attempt_id
        answers += [
            {
                "attempt_id": attempt_id,
                "position": a.position,
                "item_id": a.item,
                "response_json": a.response,
                "score": a.score,
                "correct": a.correct,
                "response_ms": a.response_ms,
                "answered_at": a.answered_at,
            }
            for a in attempt.answers
            if a.position not in positions
        ]
    if answers:
        insert_many(conn, _INSERT_ANSWER, answers)
    return ids, added, len(answers)


_INSERT_REVIEW = raw_insert(
    Review,
    REVIEW_FIELDS,
    ("reviewed_at",),
)


def _merge_reviews(
    conn: Connection, learner_id: int, reviews: Sequence[ReviewRecord], attempts: dict[str, int]
) -> tuple[set[str], int]:
    """Add the reviews this database lacks, in the file's order; returns (their items, how
    many)."""
    known = {
        str(r[0]) for r in select_in(conn, (Review.uuid,), Review.uuid, (r.uuid for r in reviews))
    }
    fresh = [r for r in reviews if r.uuid not in known]
    if fresh:
        insert_many(
            conn,
            _INSERT_REVIEW,
            [
                {
                    "uuid": r.uuid,
                    "learner_id": learner_id,
                    "item_id": r.item,
                    "mode": r.mode,
                    "rating": r.rating,
                    "score": r.score,
                    "response_ms": r.response_ms,
                    "reviewed_at": r.reviewed_at,
                    "desired_retention": r.retention,
                    "content_hash": r.hash,
                    "quiz_attempt_id": None if r.attempt is None else attempts[r.attempt],
                }
                for r in fresh
            ],
        )
    return {r.item for r in fresh}, len(fresh)


def _merge_undos(conn: Connection, reviews: Sequence[ReviewRecord]) -> tuple[set[str], int]:
    """Add the file's undo marks (the earliest time wins); returns (the items whose
    reviews were newly undone, marks added)."""
    undone = {r.uuid: r for r in reviews if r.undone_at is not None}
    if not undone:
        return set(), 0
    columns = (ReviewUndo.review_uuid, ms(ReviewUndo.undone_at))
    known = {str(r[0]): int(r[1]) for r in select_in(conn, columns, ReviewUndo.review_uuid, undone)}
    fresh = [r for u, r in undone.items() if u not in known]
    for uid, at in known.items():
        file_at = undone[uid].undone_at
        if file_at is not None and file_at < at:
            conn.execute(
                sa.update(ReviewUndo)
                .where(ReviewUndo.review_uuid == uid)
                .values(undone_at=from_millis(file_at))
            )
    if fresh:
        conn.execute(
            raw_insert(ReviewUndo, ("review_uuid", "undone_at"), ("undone_at",)),
            [{"review_uuid": r.uuid, "undone_at": r.undone_at} for r in fresh],
        )
    return {r.item for r in fresh}, len(fresh)


def _replay(conn: Connection, learner_id: int, items: set[str]) -> None:
    """Rebuild the learner's memory of ``items`` from their merged review log."""
    if not items:
        return
    rows = conn.execute(
        sa.select(
            Review.item_id,
            Review.rating,
            ms(Review.reviewed_at),
            Review.desired_retention,
            Review.uuid,
        )
        .where(
            Review.learner_id == learner_id,
            Review.uuid.not_in(sa.select(ReviewUndo.review_uuid)),
        )
        .order_by(Review.reviewed_at, Review.seq)
    )
    logged = [
        LoggedReview(learner_id, item, rating, from_millis(at), retention, uid)
        for item, rating, at, retention, uid in rows
        if item in items
    ]
    memories = replay(logged)
    for chunk in chunks(items):
        conn.execute(
            sa.delete(MemoryState).where(
                MemoryState.learner_id == learner_id, MemoryState.item_id.in_(chunk)
            )
        )
    insert_many(
        conn,
        _INSERT_MEMORY,
        [_memory_row(learner_id, item, m) for (_l, item), m in memories.items()],
    )


_MEMORY_TIMES = ("due", "last_review", "first_review")
_INSERT_MEMORY = raw_insert(
    MemoryState,
    ("learner_id", "item_id", *(f.name for f in dataclasses.fields(Memory))),
    _MEMORY_TIMES,
)


def _memory_row(learner_id: int, item_id: str, memory: Memory) -> dict[str, Any]:
    row = {"learner_id": learner_id, "item_id": item_id, **vars(memory)}
    for key in _MEMORY_TIMES:
        if row[key] is not None:
            row[key] = to_millis(row[key])
    return row


def merge_progress(
    store: Store, file: ProgressFile, *, same_name: SameName | None, now: datetime
) -> MergeResult:
    """Merge ``file`` into the database in one transaction (see the module docstring).

    :class:`~trainer.core.progress_files.matching.SameNameError` (nothing changed) when
    the file's learner has a local namesake and ``same_name`` is None.
    """
    progress = file.progress
    at = to_millis(now)
    with store.write() as conn:
        learner_id, how = resolve_learner(conn, progress.learner, same_name, now, file.where)
        items_added = merge_items(conn, progress.items, progress.reviews, at)
        attempts, attempts_added, answers_added = _merge_attempts(
            conn, learner_id, progress.attempts
        )
        touched, reviews_added = _merge_reviews(conn, learner_id, progress.reviews, attempts)
        undone, undos_added = _merge_undos(conn, progress.reviews)
        _replay(conn, learner_id, touched | undone)
        result = MergeResult(
            where=file.where,
            learner_id=learner_id,
            learner_name=str(
                conn.execute(sa.select(Learner.name).where(Learner.id == learner_id)).scalar_one()
            ),
            how=how,
            reviews_added=reviews_added,
            undos_added=undos_added,
            attempts_added=attempts_added,
            answers_added=answers_added,
            items_added=items_added,
        )
        if not result.nothing_new:
            _log(conn, file, result, now)
    return result


def _log(conn: Connection, file: ProgressFile, result: MergeResult, now: datetime) -> None:
    manifest = file.manifest
    conn.execute(
        sa.insert(ProgressImport).values(
            learner_id=result.learner_id,
            file_learner_uid=file.progress.learner.id,
            content_sha256=manifest.content_sha256,
            app_version=manifest.app_version,
            exported_at=from_millis(manifest.exported_at),
            imported_at=now,
            reviews_added=result.reviews_added,
            attempts_added=result.attempts_added,
            answers_added=result.answers_added,
        )
    )
