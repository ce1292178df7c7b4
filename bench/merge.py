"""Benchmark importing a class's progress files against a raw insert of the same rows.

Makes 100 learner progress files of 5,000 reviews each (every 25th review a quiz answer,
in quiz attempts of 10 questions; each learner meets 1,000 of a pool of 3,000 items in 8
banks), then imports them one by one into a facilitator's database
that knows those banks: each file read and checked (the whole-file digest, the pydantic
models), merged in one transaction and the learner's memory replayed through FSRS;
one backup before the first (as ``import_progress_files`` does). The baseline is plain
``sqlite3`` writing exactly the rows the import wrote (learner, ids, reviews, attempts,
answers, memory states, the import log: read back from the imported database), one
transaction per file, on a copy of the same starting database with the same settings
(WAL, ``synchronous=FULL``), measured in the same run. Prints the time per file
(median, p90) and for all, and their ratios to the baseline. No goal is set yet: the
import does what the baseline does not (checking, replaying every review), so the
ratio says what that costs.

Then the Class view's query (``class_view``: every learner's reviews, accuracy, last
activity and mastery per bank and topic, in one read transaction) on the imported
database, against plain ``sqlite3`` reading the same numbers' rows (the review log
counted per learner, bank and topic; every memory row), best of five each.

    .venv/bin/python bench/merge.py [--files 100] [--reviews 5000]
    .venv/bin/python bench/merge.py --files 10 --reviews 2000     # a quick run
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from trainer.core.analysis.class_view import class_view
from trainer.core.progress_files import merge_progress, read_progress_file
from trainer.core.progress_files.container import pack
from trainer.core.study import Trainer
from trainer.store import open_store

NOW = datetime(2026, 9, 1, 10, tzinfo=UTC)
T0_MS = int(datetime(2026, 1, 5, 8, tzinfo=UTC).timestamp() * 1000)
BANKS = 8
POOL = 3000
PER_LEARNER = 1000
QUIZ_EVERY = 25
QUIZ_SIZE = 10


@dataclass(frozen=True)
class Item:
    id: str
    topic: str
    bank_id: str
    kind: str = "single_choice"
    tags: tuple[str, ...] = ()
    difficulty: int = 1
    fact_id: str = ""
    form: str | None = None
    content_hash: str = "h1"
    group: str = ""


def pool() -> list[Item]:
    return [
        Item(f"bank{n % BANKS}.q{n}", f"topic {n % 41}", f"bank{n % BANKS}", fact_id=f"f{n}")
        for n in range(POOL)
    ]


def make_file(learner: int, n_reviews: int, items: list[Item]) -> bytes:
    """One learner's progress file, written as JSON directly (the import checks it all)."""
    rng = random.Random(learner)

    def uid() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    mine = rng.sample(items, PER_LEARNER)
    reviews, attempts = [], []
    at = T0_MS + learner * 60_000
    for n in range(n_reviews):
        item = rng.choice(mine)
        review = {
            "uuid": uid(),
            "item": item.id,
            "mode": "flashcard",
            "rating": rng.choice((1, 2, 3, 3, 3, 4)),
            "response_ms": rng.randint(800, 9000),
            "reviewed_at": at,
            "retention": 0.9,
            "hash": "h1",
        }
        if n % QUIZ_EVERY == 0:  # a quiz answer, in a 10-question attempt
            if not attempts or len(attempts[-1]["answers"]) == QUIZ_SIZE:
                attempts.append(
                    {
                        "uid": uid(),
                        "spec": {"count": QUIZ_SIZE, "seed": n},
                        "seed": n,
                        "items": [],
                        "started_at": at,
                        "finished_at": at + 600_000,
                        "answers": [],
                    }
                )
            attempt = attempts[-1]
            score = rng.choice((0.0, 0.5, 1.0))
            attempt["answers"].append(
                {
                    "position": len(attempt["items"]),
                    "item": item.id,
                    "response": json.dumps({"picked": rng.randrange(4)}),
                    "score": score,
                    "correct": score == 1.0,
                    "response_ms": 4000,
                    "answered_at": at,
                }
            )
            attempt["items"].append(item.id)
            review.update(
                mode="quiz", score=score, rating=1 + 2 * int(score), attempt=attempt["uid"]
            )
        reviews.append(review)
        at += rng.choice((20_000, 40_000, 3_600_000, 86_400_000))
    used = {r["item"] for r in reviews}
    progress = {
        "learner": {
            "id": uid(),
            "name": f"Learner {learner:03d}",
            "created_at": T0_MS,
            "desired_retention": 0.9,
            "daily_new_limit": 20,
            "rollover_hour": 4,
        },
        "items": [
            {
                "id": i.id,
                "bank": i.bank_id,
                "topic": i.topic,
                "fact": i.fact_id,
                "kind": i.kind,
                "hash": i.content_hash,
                "first_seen": T0_MS,
                "last_seen": T0_MS,
            }
            for i in mine
            if i.id in used
        ],
        "reviews": reviews,
        "attempts": attempts,
    }
    content = json.dumps(progress, separators=(",", ":")).encode()
    manifest = {
        "format": "trainer-progress",
        "format_version": 1,
        "app_version": "bench",
        "exported_at": int(NOW.timestamp() * 1000),
        "content_sha256": hashlib.sha256(content).hexdigest(),
    }
    return pack(json.dumps(manifest).encode(), content, NOW)


LEARNER_OF = {  # how each table's rows of one learner are found
    "learner": "id = ?",
    "learner_uid": "learner_id = ?",
    "quiz_attempt": "learner_id = ?",
    "quiz_answer": "attempt_id IN (SELECT id FROM quiz_attempt WHERE learner_id = ?)",
    "review": "learner_id = ?",
    "memory_state": "learner_id = ?",
    "progress_import": "learner_id = ?",
}


def rows_written(db: Path, learner_id: int) -> dict[str, list[tuple[object, ...]]]:
    """The rows an import wrote for one learner (read back from the imported database)."""
    raw = sqlite3.connect(db)
    try:
        return {
            table: raw.execute(f"SELECT * FROM {table} WHERE {where}", (learner_id,)).fetchall()
            for table, where in LEARNER_OF.items()
        }
    finally:
        raw.close()


def raw_insert(db: Path, batches: list[dict[str, list[tuple[object, ...]]]]) -> list[float]:
    """Seconds to insert each batch of rows with plain sqlite3, one transaction each."""
    raw = sqlite3.connect(db, isolation_level=None)
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA synchronous = FULL")
    raw.execute("PRAGMA foreign_keys = ON")
    times = []
    for batch in batches:
        start = time.perf_counter()
        raw.execute("BEGIN IMMEDIATE")
        for table, rows in batch.items():
            if rows:
                marks = ", ".join("?" * len(rows[0]))
                raw.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
        raw.execute("COMMIT")
        times.append(time.perf_counter() - start)
    raw.close()
    return times


RAW_CLASS = (
    "SELECT r.learner_id, i.bank_id, i.topic, count(*), sum(r.rating >= 2), max(r.reviewed_at) "
    "FROM review r JOIN item i ON i.id = r.item_id "
    "WHERE r.uuid NOT IN (SELECT review_uuid FROM review_undo) "
    "GROUP BY r.learner_id, i.bank_id, i.topic",
    "SELECT learner_id, item_id, state, stability, last_review FROM memory_state",
)


def time_class_view(db: Path, items: list[Item]) -> tuple[float, float, int]:
    """Best-of-five seconds of the Class view's query and of the raw sqlite3 reads of the
    same numbers; and the learners it showed."""
    by_id = {i.id: i for i in items}
    store = open_store(db, clock=lambda: NOW)
    view_s, shown = [], 0
    for _ in range(5):
        start = time.perf_counter()
        shown = len(class_view(store, by_id, NOW).learners)
        view_s.append(time.perf_counter() - start)
    store.close()
    raw = sqlite3.connect(db)
    raw_s = []
    for _ in range(5):
        start = time.perf_counter()
        raw.execute("BEGIN")
        for query in RAW_CLASS:
            raw.execute(query).fetchall()
        raw.execute("COMMIT")
        raw_s.append(time.perf_counter() - start)
    raw.close()
    return min(view_s), min(raw_s), shown


def summary(times: list[float]) -> tuple[float, float, float]:
    ordered = sorted(times)
    return statistics.median(times), ordered[int(len(ordered) * 0.9)], sum(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=100)
    parser.add_argument("--reviews", type=int, default=5000)
    args = parser.parse_args()
    items = pool()
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        files = []
        for n in range(args.files):
            path = folder / f"learner-{n:03d}.trainer-progress"
            path.write_bytes(make_file(n, args.reviews, items))
            files.append(path)
        made_s = time.perf_counter() - start
        size_kb = statistics.mean(p.stat().st_size for p in files) / 1024
        (folder / "start").mkdir()
        start_db = folder / "start" / "trainer.sqlite3"
        store = open_store(start_db, clock=lambda: NOW)
        Trainer(store, items, clock=lambda: NOW, tz=UTC)  # the banks here: items synced
        store.close()
        (folder / "imported").mkdir()
        db = folder / "imported" / "trainer.sqlite3"
        shutil.copy(start_db, db)
        (folder / "raw").mkdir()
        shutil.copy(start_db, folder / "raw" / "trainer.sqlite3")

        store = open_store(db, clock=lambda: NOW)
        start = time.perf_counter()
        store.backup_now(label="pre-import")
        backup_s = time.perf_counter() - start
        reads, merges, learners = [], [], []
        for n, path in enumerate(files):
            start = time.perf_counter()
            file = read_progress_file(path)
            middle = time.perf_counter()
            result = merge_progress(store, file, same_name=None, now=NOW + timedelta(seconds=n))
            reads.append(middle - start)
            merges.append(time.perf_counter() - middle)
            learners.append(result.learner_id)
            assert result.reviews_added == args.reviews
        store.close()
        batches = [rows_written(db, learner) for learner in learners]
        raw_times = raw_insert(folder / "raw" / "trainer.sqlite3", batches)
        view_s, raw_view_s, shown = time_class_view(db, items)

    imports = [r + m for r, m in zip(reads, merges, strict=True)]
    raw_med, raw_p90, raw_all = summary(raw_times)
    med, p90, total = summary(imports)
    total += backup_s
    rows = sum(len(r) for b in batches for r in b.values()) / len(batches)
    print(
        f"{args.files} files of {args.reviews:,} reviews ({size_kb:.0f} KB each on average, "
        f"{rows:,.0f} rows written per file), made in {made_s:.1f} s"
    )
    print(
        f"raw sqlite3 insert of the same rows: per file median {raw_med * 1e3:7.1f} ms, "
        f"p90 {raw_p90 * 1e3:7.1f} ms; all {raw_all:6.2f} s"
    )
    print(
        f"import (read + check + merge + replay): per file median {med * 1e3:7.1f} ms "
        f"({med / raw_med:.1f}x), p90 {p90 * 1e3:7.1f} ms ({p90 / raw_p90:.1f}x); "
        f"all {total:6.2f} s ({total / raw_all:.1f}x, with the backup: {backup_s:.2f} s)"
    )
    print(
        f"  of which reading and checking a file: median {statistics.median(reads) * 1e3:.1f} ms; "
        f"merging and replaying: median {statistics.median(merges) * 1e3:.1f} ms"
    )
    print(
        f"class view of {shown} learners: {view_s * 1e3:.1f} ms; raw sqlite3 reading the same "
        f"numbers' rows: {raw_view_s * 1e3:.1f} ms ({view_s / raw_view_s:.1f}x)"
    )


if __name__ == "__main__":
    main()
