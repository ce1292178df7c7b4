"""Shared by the progress-file tests: data folders whose learners study and take quizzes
through the engine API, and the database's rows in a form two databases can be compared
in (stable ids instead of row numbers)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from trainer.core.study import QuizSpec, Trainer
from trainer.store import open_store

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@dataclass(frozen=True)
class Item:
    """A minimal item (the engine's StudyItem protocol)."""

    id: str
    topic: str = "t"
    bank_id: str = "b"
    kind: str = "single_choice"
    tags: tuple[str, ...] = ()
    difficulty: int = 1
    fact_id: str = ""
    form: str | None = None
    content_hash: str = "h1"
    group: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "fact_id", self.fact_id or self.id)
        object.__setattr__(self, "group", self.group or self.fact_id)


def items(bank: str, topics: int = 3, per_topic: int = 4) -> list[Item]:
    return [
        Item(f"{bank}.t{t}.q{q}", topic=f"topic {t}", bank_id=bank, difficulty=1 + q % 3)
        for t in range(topics)
        for q in range(per_topic)
    ]


def study(
    folder: Path, name: str, loaded: list[Item], seed: int, steps: int = 60, quizzes: int = 2
) -> Path:
    """A data folder whose learner ``name`` studied ``steps`` answers (undoing a few) and
    took ``quizzes`` quizzes (the last one left unfinished); returns the database path."""
    rng = random.Random(seed)
    clock = Clock(T0 + timedelta(minutes=seed))
    db = folder / "trainer.sqlite3"
    store = open_store(db, clock=clock)
    try:
        trainer = Trainer(store, loaded, clock=clock, tz=UTC)
        learner = trainer.create_profile(name, daily_new_limit=9999).id
        for step in range(steps):
            card = trainer.next_card(learner)
            if card is None:
                clock.now += timedelta(days=1)
                continue
            trainer.answer_card(learner, card.item_id, rng.randint(1, 4), rng.randint(500, 9000))
            if step % 13 == 12:
                trainer.undo_last(learner)
            clock.now += timedelta(minutes=rng.choice((1, 10, 600, 1500, 4000)))
        for n in range(quizzes):
            quiz = trainer.build_quiz(QuizSpec(count=4, seed=seed * 10 + n, time_limit_s=300))
            attempt = trainer.start_quiz(learner, quiz)
            for position in range(len(quiz.item_ids) - (1 if n == quizzes - 1 else 0)):
                fraction = rng.choice((0.0, 0.5, 1.0))
                trainer.answer_quiz(
                    attempt,
                    position,
                    fraction=fraction,
                    correct=fraction == 1.0,
                    response={"picked": ["x", position]},
                    response_ms=2000,
                )
                clock.now += timedelta(seconds=30)
            if n < quizzes - 1:
                trainer.finish_quiz(attempt)
            clock.now += timedelta(hours=5)
    finally:
        store.close()
    return db


_QUERIES = {
    "learners": "SELECT l.name, l.created_at, l.desired_retention, l.daily_new_limit, "
    "l.rollover_hour, u.uid FROM learner l LEFT JOIN learner_uid u ON u.learner_id = l.id",
    "aliases": "SELECT a.uid, l.name FROM learner_alias a JOIN learner l ON l.id = a.learner_id",
    "items": "SELECT * FROM item",
    "revisions": "SELECT item_id, content_hash, seen_at FROM item_revision",
    "reviews": "SELECT r.uuid, l.name, r.item_id, r.mode, r.rating, r.score, r.response_ms, "
    "r.reviewed_at, r.desired_retention, r.content_hash, a.uid FROM review r "
    "JOIN learner l ON l.id = r.learner_id LEFT JOIN quiz_attempt a ON a.id = r.quiz_attempt_id",
    "undos": "SELECT review_uuid, undone_at FROM review_undo",
    "memory": "SELECT l.name, m.item_id, m.state, m.step, m.stability, m.difficulty, m.due, "
    "m.last_review, m.first_review, m.reps, m.lapses, m.last_rating FROM memory_state m "
    "JOIN learner l ON l.id = m.learner_id",
    "attempts": "SELECT a.uid, l.name, a.spec_json, a.seed, a.item_ids_json, a.time_limit_s, "
    "a.started_at, a.finished_at FROM quiz_attempt a JOIN learner l ON l.id = a.learner_id",
    "answers": "SELECT a.uid, q.position, q.item_id, q.response_json, q.score, q.correct, "
    "q.response_ms, q.answered_at FROM quiz_answer q JOIN quiz_attempt a ON a.id = q.attempt_id",
}


def rows(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every learning row of ``db``, sorted, with stable ids in place of row numbers."""
    import sqlite3

    raw = sqlite3.connect(db)
    try:
        return {
            name: sorted(raw.execute(query).fetchall(), key=repr)
            for name, query in _QUERIES.items()
        }
    finally:
        raw.close()


def memory_of(db: Path, name: str) -> dict[str, tuple[Any, ...]]:
    """The learner's memory states by item (without the learner)."""
    return {row[1]: row[2:] for row in rows(db)["memory"] if row[0] == name}


def export_file(db: Path, out: Path, at: datetime = T0 + timedelta(days=30)) -> Path:
    """Export the progress of the only learner of ``db`` to ``out``."""
    from trainer.core.progress_files import export_progress

    store = open_store(db, clock=Clock(at))
    try:
        (learner,) = Trainer(store, [], clock=Clock(at), tz=UTC).profiles()
        export_progress(store, learner.id, out, at)
    finally:
        store.close()
    return out


def repack(path: Path, edit: Any, version: int | None = None) -> bytes:
    """The bytes of a well-formed progress file (a correct digest) whose progress is
    ``edit(tree)`` of ``path``'s (a JSON tree, edited in place); ``version``: another
    format version in the manifest."""
    import hashlib
    import json
    import zipfile

    from trainer.core.progress_files.container import pack

    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        tree = json.loads(archive.read("progress.json"))
    edit(tree)
    content = json.dumps(tree).encode("utf-8")
    manifest["content_sha256"] = hashlib.sha256(content).hexdigest()
    if version is not None:
        manifest["format_version"] = version
    return pack(json.dumps(manifest).encode(), content, T0)


def synthetic(name: str, reviews: int, seed: int, n_items: int = 400) -> bytes:
    """The bytes of a progress file of ``reviews`` reviews over ``n_items`` items, made
    up directly (much faster than studying them through the engine)."""
    import uuid

    from trainer.core.progress_files.export import progress_bytes
    from trainer.core.progress_files.schema import (
        ItemRecord,
        LearnerRecord,
        Progress,
        ReviewRecord,
    )

    rng = random.Random(seed)
    start = int(T0.timestamp() * 1000)

    def uid() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    records = [
        ItemRecord(
            id=f"s.q{n}",
            bank="s",
            topic=f"topic {n % 7}",
            fact=f"s.q{n}",
            kind="flashcard",
            hash="h1",
            first_seen=start,
            last_seen=start,
        )
        for n in range(n_items)
    ]
    log = [
        ReviewRecord(
            uuid=uid(),
            item=records[rng.randrange(n_items)].id,
            mode="flashcard",
            rating=rng.choice((1, 2, 3, 3, 3, 4)),
            response_ms=rng.randint(500, 9000),
            reviewed_at=start + n * 600_000,
            retention=0.9,
            hash="h1",
        )
        for n in range(reviews)
    ]
    learner = LearnerRecord(
        id=uid(),
        name=name,
        created_at=start,
        desired_retention=0.9,
        daily_new_limit=20,
        rollover_hour=4,
    )
    progress = Progress(learner=learner, items=records, reviews=log, attempts=[])
    return progress_bytes(progress, T0 + timedelta(days=400))
