"""Benchmark the home screen's counts and the statistics dashboard at scale.

Builds a database with 50,000 items, one learner who has met 40,000 of them, and
1,000,000 review-log rows spread over two years (generated with ``executemany``
in one transaction), then times ``Trainer.home_counts`` (goal <= 20 ms) and
``Trainer.statistics`` (goal <= 200 ms), and prints the database size. As a
baseline from the same run it also times a raw ``sqlite3`` ``SELECT count(*)``
over the due index, and prints the ratios.

    .venv/bin/python bench/scale.py [--items 50000] [--reviews 1000000]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from trainer.core.engine import Trainer
from trainer.store import open_store

NOW = datetime(2026, 6, 1, 10, tzinfo=UTC)
DAY_MS = 86_400_000


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
    content_hash: str = "h"


def make_items(n: int) -> list[Item]:
    return [
        Item(f"bank{i % 8}.q{i}", f"topic {i % 97}", f"bank{i % 8}", fact_id=f"f{i}")
        for i in range(n)
    ]


def fill(db: Path, items: list[Item], n_reviews: int, seen: int) -> None:
    rng = random.Random(1)
    now_ms = int(NOW.timestamp() * 1000)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA synchronous = OFF")
    with conn:
        conn.execute(
            "INSERT INTO learner VALUES (1, 'bench', ?, 0.9, 20, 4)", (now_ms - 800 * DAY_MS,)
        )
        memory = []
        for item in items[:seen]:
            stability = rng.uniform(0.5, 300.0)
            last = now_ms - int(rng.uniform(0, 200) * DAY_MS)
            due = last + int(stability * DAY_MS)
            first = last - int(rng.uniform(0, 500) * DAY_MS)
            memory.append(
                (
                    1,
                    item.id,
                    2,
                    None,
                    stability,
                    rng.uniform(1, 10),
                    due,
                    last,
                    first,
                    rng.randint(1, 40),
                    rng.randint(0, 5),
                    rng.randint(1, 4),
                )
            )
        conn.executemany(
            "INSERT INTO memory_state VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", memory
        )
        ids = [item.id for item in items[:seen]]
        span = 730 * DAY_MS
        rows = (
            (
                n + 1,
                str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                1,
                ids[rng.randrange(seen)],
                "flashcard",
                rng.choice((1, 3, 3, 3, 2, 4)),
                None,
                rng.randint(800, 9000),
                now_ms - span + n * span // n_reviews,
                0.9,
                "h",
                None,
            )
            for n in range(n_reviews)
        )
        conn.executemany("INSERT INTO review VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def timed(fn: Callable[[], object], runs: int = 15) -> tuple[float, float]:
    """(first run, median of the following runs) in seconds."""
    start = time.perf_counter()
    fn()
    first = time.perf_counter() - start
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return first, statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=50_000)
    parser.add_argument("--reviews", type=int, default=1_000_000)
    args = parser.parse_args()
    items = make_items(args.items)
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as tmp:
        db = Path(tmp) / "scale.sqlite3"
        clock = lambda: NOW  # noqa: E731
        store = open_store(db, clock=clock)
        start = time.perf_counter()
        trainer = Trainer(store, items, clock=clock, tz=UTC)
        sync_s = time.perf_counter() - start
        store.close()
        start = time.perf_counter()
        fill(db, items, args.reviews, seen=int(args.items * 0.8))
        fill_s = time.perf_counter() - start
        size_mb = db.stat().st_size / 1e6

        start = time.perf_counter()
        store = open_store(db, clock=clock)
        trainer = Trainer(store, items, clock=clock, tz=UTC)
        open_s = time.perf_counter() - start

        raw = sqlite3.connect(db)
        until = int((NOW + timedelta(days=1)).timestamp() * 1000)

        def baseline() -> None:
            raw.execute(
                "SELECT count(*) FROM memory_state WHERE learner_id = 1 AND due < ?", (until,)
            ).fetchone()

        _, base = timed(baseline)
        home_first, home = timed(lambda: trainer.home_counts(1))
        stats_first, stats = timed(lambda: trainer.statistics(1), runs=7)
        counts = trainer.home_counts(1)
        figures = trainer.statistics(1)
        raw.close()
        store.close()
    print(f"items {args.items:,}, review rows {args.reviews:,}, database {size_mb:.0f} MB")
    print(f"generation {fill_s:.1f} s, first item sync {sync_s:.2f} s, open + sync {open_s:.2f} s")
    print(f"due today {counts.due:,}, new today {counts.new_today}, streak {figures.streak}")
    print(f"raw sqlite3 due count (baseline) : {base * 1e3:7.2f} ms")
    print(
        f"home counts   : first {home_first * 1e3:7.2f} ms, median {home * 1e3:7.2f} ms "
        f"(goal <= 20 ms; {home / base:.1f}x baseline)"
    )
    print(
        f"statistics    : first {stats_first * 1e3:7.2f} ms, median {stats * 1e3:7.2f} ms "
        f"(goal <= 200 ms; {stats / base:.1f}x baseline)"
    )


if __name__ == "__main__":
    main()
