"""Benchmark the home screen's counts and the statistics dashboard at scale.

Builds a database with 50,000 items, one learner who has met 40,000 of them, and
1,000,000 review-log rows spread over two years (generated with ``executemany``
in one transaction), then times ``Trainer.home_counts`` and ``Trainer.statistics``.
Each is compared with plain ``sqlite3`` queries that compute the same numbers from
the same database in the same run (``raw_home`` and ``raw_statistics`` below; the
bench checks that the numbers are equal). Goals: home counts <= 3x the raw
queries, statistics <= 2x the raw aggregates. Ratios, never fixed milliseconds:
this machine's speed varies from day to day.

    .venv/bin/python bench/scale.py [--items 50000] [--reviews 1000000]
    .venv/bin/python bench/scale.py --items 5000 --reviews 100000     # a quick run
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

from trainer.core.study import Trainer
from trainer.core.study.days import day_start, shift_ms
from trainer.core.study.stats import _DECAY, _FACTOR, MASTERED_STABILITY_DAYS
from trainer.store import open_store

NOW = datetime(2026, 6, 1, 10, tzinfo=UTC)
DAY_MS = 86_400_000
ROLLOVER = 4


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


def ms(dt: datetime) -> int:
    return int(dt.timestamp() * 1000)


GROUPED = (
    "FROM memory_state m JOIN item i ON i.id = m.item_id "
    "WHERE m.learner_id = 1 AND i.retired_at IS NULL"
)


def raw_home(raw: sqlite3.Connection) -> tuple[int, int, dict[tuple[str, str], tuple[int, int]]]:
    """Home's numbers straight from SQL: (due, new today, {(bank, topic): (due, new)})."""
    start = day_start(NOW, UTC, ROLLOVER)
    following = start + timedelta(days=1)
    due = dict(
        ((b, t), n)
        for b, t, n in raw.execute(
            f"SELECT i.bank_id, i.topic, count(*) {GROUPED} AND m.due < ? GROUP BY 1, 2",
            (ms(following),),
        )
    )
    seen = dict(
        ((b, t), n)
        for b, t, n in raw.execute(f"SELECT i.bank_id, i.topic, count(*) {GROUPED} GROUP BY 1, 2")
    )
    totals = raw.execute(
        "SELECT bank_id, topic, count(*) FROM item WHERE retired_at IS NULL GROUP BY 1, 2"
    ).fetchall()
    (met,) = raw.execute(
        "SELECT count(*) FROM memory_state WHERE learner_id = 1 AND first_review >= ?",
        (ms(start),),
    ).fetchone()
    (limit,) = raw.execute("SELECT daily_new_limit FROM learner WHERE id = 1").fetchone()
    groups = {(b, t): (due.get((b, t), 0), n - seen.get((b, t), 0)) for b, t, n in totals}
    new_total = sum(new for _due, new in groups.values())
    return sum(d for d, _new in groups.values()), max(0, min(new_total, limit - met)), groups


NOT_UNDONE = "uuid NOT IN (SELECT review_uuid FROM review_undo)"


def raw_statistics(raw: sqlite3.Connection, history_days: int = 30) -> tuple[object, ...]:
    """The dashboard's aggregates straight from SQL: mastery per (bank, topic), reviews
    and correct per day, the streak (one index seek per day, as an aggregate over the
    whole log would be slower) and the 14-day forecast."""
    start = day_start(NOW, UTC, ROLLOVER)
    shift = shift_ms(start, UTC, ROLLOVER)
    today = (ms(start) + shift) // DAY_MS
    mastery = raw.execute(
        "SELECT i.bank_id, i.topic, count(*), "
        "sum(CASE WHEN m.stability > 0 AND m.last_review IS NOT NULL AND m.state = 2 "
        "    AND m.stability >= :mastered THEN 1 ELSE 0 END), "
        "sum(CASE WHEN m.stability > 0 AND m.last_review IS NOT NULL THEN "
        "    pow(1 + :factor * max(:now - m.last_review, 0) / m.stability, :decay) "
        "    ELSE 0 END) "
        f"{GROUPED.replace('= 1', '= :learner')} GROUP BY 1, 2",
        {
            "learner": 1,
            "mastered": MASTERED_STABILITY_DAYS,
            "factor": _FACTOR / DAY_MS,
            "now": ms(NOW),
            "decay": _DECAY,
        },
    ).fetchall()
    since = start - timedelta(days=history_days - 1)
    days = raw.execute(
        "SELECT (reviewed_at + ?) / ? AS day, count(*), sum(rating >= 2) FROM review "
        f"WHERE learner_id = 1 AND reviewed_at >= ? AND {NOT_UNDONE} GROUP BY day",
        (shift, DAY_MS, ms(since)),
    ).fetchall()
    streak, day = 0, today
    while True:
        end = ms(start + timedelta(days=1)) if day == today else (day + 1) * DAY_MS - shift
        (latest,) = raw.execute(
            f"SELECT max(reviewed_at) FROM review WHERE learner_id = 1 AND reviewed_at < ? "
            f"AND {NOT_UNDONE}",
            (end,),
        ).fetchone()
        if latest is None or (latest + shift) // DAY_MS != day:
            if day == today and latest is not None and (latest + shift) // DAY_MS == today - 1:
                day -= 1  # no review yet today: the streak may end yesterday
                continue
            break
        streak += 1
        day -= 1
    forecast = raw.execute(
        "SELECT min(max((m.due + ?) / ? - ?, 0), 13) AS d, count(*) "
        f"{GROUPED} AND m.due < ? GROUP BY d",
        (shift, DAY_MS, today, ms(start + timedelta(days=14))),
    ).fetchall()
    return mastery, days, streak, forecast


def check_same(trainer: Trainer, raw: sqlite3.Connection) -> None:
    """The raw queries compute the numbers Trainer shows."""
    counts = trainer.home_counts(1)
    due, new_today, groups = raw_home(raw)
    assert (counts.due, counts.new_today) == (due, new_today), (
        (counts.due, counts.new_today),
        (due, new_today),
    )
    assert {k: (g.due, g.new) for k, g in counts.by_topic.items()} == groups
    figures = trainer.statistics(1)
    mastery, days, streak, forecast = raw_statistics(raw)
    assert figures.streak == streak, (figures.streak, streak)
    assert {k: m.mastered for k, m in figures.by_topic.items() if m.items - m.new} == {
        (b, t): done for b, t, _seen, done, _r in mastery
    }
    assert sum(d.reviews for d in figures.days) == sum(n for _d, n, _c in days)
    assert sum(n for _d, n in figures.forecast) == sum(n for _d, n in forecast)


def verdict(ratio: float, goal: float) -> str:
    return "met" if ratio <= goal else f"NOT met: {ratio / goal:.2f}x the goal"


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
        check_same(trainer, raw)
        trainer = Trainer(store, items, clock=clock, tz=UTC)  # cold caches again
        raw_home_s = timed(lambda: raw_home(raw))[1]
        home_first, home = timed(lambda: trainer.home_counts(1))
        raw_stats_s = timed(lambda: raw_statistics(raw), runs=7)[1]
        stats_first, stats = timed(lambda: trainer.statistics(1), runs=7)
        counts = trainer.home_counts(1)
        figures = trainer.statistics(1)
        raw.close()
        store.close()
    print(f"items {args.items:,}, review rows {args.reviews:,}, database {size_mb:.0f} MB")
    print(f"generation {fill_s:.1f} s, first item sync {sync_s:.2f} s, open + sync {open_s:.2f} s")
    print(f"due today {counts.due:,}, new today {counts.new_today}, streak {figures.streak}")
    print(f"raw sqlite3, home's numbers   : median {raw_home_s * 1e3:7.2f} ms")
    print(
        f"home counts   : first {home_first * 1e3:7.2f} ms ({home_first / raw_home_s:.2f}x), "
        f"median {home * 1e3:7.2f} ms -> ratio {home / raw_home_s:.2f}x "
        f"(goal <= 3x: {verdict(home / raw_home_s, 3)})"
    )
    print(f"raw sqlite3, the aggregates   : median {raw_stats_s * 1e3:7.2f} ms")
    print(
        f"statistics    : first {stats_first * 1e3:7.2f} ms ({stats_first / raw_stats_s:.2f}x), "
        f"median {stats * 1e3:7.2f} ms -> ratio {stats / raw_stats_s:.2f}x "
        f"(goal <= 2x: {verdict(stats / raw_stats_s, 2)})"
    )


if __name__ == "__main__":
    main()
