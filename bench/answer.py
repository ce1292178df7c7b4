"""Benchmark one study step: schedule, durable commit, next item ready.

Compares Trainer's step (``answer_card`` then ``next_card``) with a raw ``sqlite3``
insert + commit using the same pragmas (WAL, synchronous=FULL), both measured in
this run on the same disk. Prints medians and p99 and their ratios.

    .venv/bin/python bench/answer.py [--steps 1000]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from trainer.core.engine import Trainer
from trainer.store import open_store
from trainer.store.fast import FastCursor, Prepared


@dataclass(frozen=True)
class Item:
    id: str
    topic: str
    bank_id: str = "bench"
    kind: str = "flashcard"
    tags: tuple[str, ...] = ()
    difficulty: int = 1
    fact_id: str = ""
    form: str | None = None
    content_hash: str = "h"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 5, 10, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))]


def raw_baseline(folder: Path, steps: int, warmup: int) -> list[float]:
    conn = sqlite3.connect(folder / "raw.sqlite3", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("CREATE TABLE log (id INTEGER PRIMARY KEY, item TEXT, rating INT, at INT)")
    times = []
    for n in range(warmup + steps):
        start = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute("INSERT INTO log (item, rating, at) VALUES (?, ?, ?)", (f"q{n}", 3, n))
        conn.execute("COMMIT")
        times.append(time.perf_counter() - start)
    conn.close()
    return times


class WriteLog:
    """Records the statements of each write transaction of the store (for the replay)."""

    def __init__(self) -> None:
        self.steps: list[list[tuple[str, object]]] = []
        self.recording = False

    def install(self) -> None:
        original = FastCursor.execute
        log = self

        def execute(cur: FastCursor, prepared: Prepared, values: object) -> FastCursor:
            if log.recording and not prepared.sql.lstrip().upper().startswith("SELECT"):
                log.steps[-1].append((prepared.sql, prepared.args(values)))  # type: ignore[arg-type]
            return original(cur, prepared, values)  # type: ignore[arg-type]

        FastCursor.execute = execute  # type: ignore[method-assign]


def trainer_steps(
    folder: Path, steps: int, n_items: int, warmup: int = 0, log: WriteLog | None = None
) -> list[float]:
    """Time Trainer's steps; with ``log``, copy the database before the first step (as
    ``before.sqlite3``) and record the writes of every step, warm-up included."""
    clock = Clock()
    path = folder / "trainer.sqlite3"
    store = open_store(path, clock=clock)
    items = [Item(f"q{n}", f"topic {n % 20}", fact_id=f"q{n}") for n in range(n_items)]
    trainer = Trainer(store, items, clock=clock, tz=UTC)
    learner = trainer.create_profile("bench", daily_new_limit=9999).id
    card = trainer.next_card(learner)
    times = []
    for n in range(warmup + steps):
        assert card is not None
        if log is not None and n == 0:
            source, copy = sqlite3.connect(path), sqlite3.connect(folder / "before.sqlite3")
            source.backup(copy)
            source.close()
            copy.close()
            log.recording = True
        if log is not None and log.recording:
            log.steps.append([])
        start = time.perf_counter()
        trainer.answer_card(learner, card.item_id, 3 if n % 5 else 1, 1500)
        card = trainer.next_card(learner)
        times.append(time.perf_counter() - start)
        clock.now += timedelta(seconds=20)
    if log is not None:
        log.recording = False
    store.close()
    return times[warmup:]


def replay_writes(folder: Path, log: WriteLog, warmup: int) -> list[float]:
    """The same rows as Trainer's steps, written by raw ``sqlite3``: one transaction per
    step (``BEGIN IMMEDIATE``, its inserts and updates, ``COMMIT``) on the same schema
    with the same pragmas, from the database as it was before the first step. Nothing
    else: no scheduling, no reads, no next item. Timed after the same warm-up."""
    conn = sqlite3.connect(folder / "before.sqlite3", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    times = []
    for statements in log.steps:
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        for sql, args in statements:
            conn.execute(sql, args)  # type: ignore[arg-type]
        conn.execute("COMMIT")
        times.append(time.perf_counter() - start)
    conn.close()
    return times[warmup:]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--steps", type=int, default=1000)
    parser.add_argument("--items", type=int, default=5000)
    args = parser.parse_args()
    log = WriteLog()
    log.install()
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as tmp:
        folder = Path(tmp)
        # The raw baseline is reported twice: over its first steps (the WAL file still
        # grows, so each fsync also writes file-size metadata) and after 2,500 warm-up
        # steps (the WAL has wrapped round, the steady state of a long session).
        raw_all = raw_baseline(folder, args.steps, warmup=max(0, 2500 - args.steps))
        raw_cold = raw_all[: args.steps] if len(raw_all) > args.steps else raw_all
        raw = raw_all[-args.steps :]
        ours = trainer_steps(folder, args.steps, args.items, warmup=300, log=log)
        same = replay_writes(folder, log, warmup=300)
    med, p99 = statistics.median(ours), percentile(ours, 0.99)
    per_step = sum(len(s) for s in log.steps) / len(log.steps)
    print(f"steps: {args.steps} (after 300 warm-up steps), items: {args.items}")
    print(f"trainer study step          : median {med * 1e3:.3f} ms, p99 {p99 * 1e3:.3f} ms")
    for name, base in (
        ("raw, WAL wrapped (steady)", raw),
        ("raw, fresh WAL", raw_cold),
        (f"raw, same rows ({per_step:.0f} stmts)", same),
    ):
        b_med, b_p99 = statistics.median(base), percentile(base, 0.99)
        print(
            f"{name:28}: median {b_med * 1e3:.3f} ms, p99 {b_p99 * 1e3:.3f} ms -> ratio "
            f"median {med / b_med:.2f}x, p99 {p99 / b_p99:.2f}x (goal <= 1.5)"
        )
    print("reference: Anki's library 0.26 ms median, 0.88 ms p99 (PLATFORM.md)")


if __name__ == "__main__":
    main()
