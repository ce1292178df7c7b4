"""Statistics: mastery per topic and bank, accuracy and reviews per day, streak,
and the due forecast. Every query is a range scan on an index
(``review(learner_id, reviewed_at)``, ``memory_state(learner_id, due)``).

Mastery of a group = the mean recall probability (FSRS retrievability) over its
loaded items, new items counting 0; an item is "mastered" when it is in review
state with at least 21 days of stability. A review counts as correct when its
rating is Hard or better (for scored answers: a score of 0.5 or more).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.orm import InstrumentedAttribute

from trainer.core.engine.days import DAY_MS, day_number_to_date, day_start, shift_ms
from trainer.core.engine.protocols import StudyItem
from trainer.store.models import Item, MemoryState, Review, ReviewUndo, to_millis

MASTERED_STABILITY_DAYS = 21.0
_DECAY = -0.1542  # FSRS-6 default w20
_FACTOR = 0.9 ** (1 / _DECAY) - 1


@dataclass(frozen=True)
class Mastery:
    """A group's items by stage, and its mean recall probability."""

    items: int
    new: int
    learning: int
    mastered: int
    recall: float


@dataclass(frozen=True)
class DayStat:
    """Reviews on one study day and how many were correct."""

    day: date
    reviews: int
    correct: int

    @property
    def accuracy(self) -> float | None:
        return None if self.reviews == 0 else self.correct / self.reviews


@dataclass(frozen=True)
class Statistics:
    """Everything the statistics dashboard shows."""

    by_bank: dict[str, Mastery]
    by_topic: dict[tuple[str, str], Mastery]
    days: tuple[DayStat, ...]
    streak: int
    forecast: tuple[tuple[date, int], ...]


def recall(stability: float | None, last_review: datetime | None, now: datetime) -> float:
    """FSRS-6 retrievability for a memory (0 when it has no stability yet)."""
    if stability is None or last_review is None or stability <= 0:
        return 0.0
    elapsed = max((now - last_review).total_seconds() / 86400, 0.0)
    return float((1 + _FACTOR * elapsed / stability) ** _DECAY)


def mastery(
    conn: Connection, learner_id: int, items: Mapping[str, StudyItem], now: datetime
) -> tuple[dict[str, Mastery], dict[tuple[str, str], Mastery]]:
    """Mastery per bank and per (bank, topic), over the loaded items."""
    acc: dict[tuple[str, str], list[float]] = {}
    for it in items.values():
        acc.setdefault((it.bank_id, it.topic), [0, 0, 0, 0, 0.0])[0] += 1
    rows = conn.execute(
        sa.select(
            MemoryState.item_id,
            MemoryState.state,
            MemoryState.stability,
            MemoryState.last_review,
        ).where(MemoryState.learner_id == learner_id)
    )
    for item_id, state, stability, last_review in rows:
        item = items.get(item_id)
        if item is None:
            continue
        group = acc[(item.bank_id, item.topic)]
        group[1] += 1  # seen
        if state == 2 and stability is not None and stability >= MASTERED_STABILITY_DAYS:
            group[3] += 1
        else:
            group[2] += 1
        group[4] += recall(stability, last_review, now)
    by_topic = {
        key: Mastery(int(n), int(n - seen), int(learning), int(done), r / n if n else 0.0)
        for key, (n, seen, learning, done, r) in acc.items()
    }
    banks: dict[str, list[float]] = {}
    for (bank, _topic), m in by_topic.items():
        b = banks.setdefault(bank, [0, 0, 0, 0, 0.0])
        for i, v in enumerate((m.items, m.new, m.learning, m.mastered, m.recall * m.items)):
            b[i] += v
    by_bank = {
        bank: Mastery(int(n), int(new), int(lrn), int(done), r / n if n else 0.0)
        for bank, (n, new, lrn, done, r) in banks.items()
    }
    return by_bank, by_topic


def _day_expr(column: InstrumentedAttribute[datetime], shift: int) -> sa.ColumnElement[int]:
    ms = sa.type_coerce(column, sa.BigInteger)
    return (ms + shift) // DAY_MS


def per_day(
    conn: Connection, learner_id: int, since: datetime, shift: int
) -> dict[int, tuple[int, int]]:
    """(reviews, correct) per study-day number since ``since`` (undone reviews left out)."""
    day = _day_expr(Review.reviewed_at, shift).label("day")
    rows = conn.execute(
        sa.select(
            day,
            sa.func.count(),
            sa.func.sum(sa.case((Review.rating >= 2, 1), else_=0)),
        )
        .where(
            Review.learner_id == learner_id,
            Review.reviewed_at >= since,
            Review.uuid.not_in(sa.select(ReviewUndo.review_uuid)),
        )
        .group_by(day)
    )
    return {int(d): (int(n), int(c or 0)) for d, n, c in rows}


def streak(conn: Connection, learner_id: int, today: int, shift: int) -> int:
    """Consecutive study days with a review, ending today (or yesterday if none today)."""
    window = 366
    while True:
        since_ms = (today - window + 1) * DAY_MS - shift
        day = _day_expr(Review.reviewed_at, shift)
        days = {
            int(d)
            for (d,) in conn.execute(
                sa.select(day)
                .where(
                    Review.learner_id == learner_id,
                    sa.type_coerce(Review.reviewed_at, sa.BigInteger) >= since_ms,
                )
                .group_by(day)
            )
        }
        start = today if today in days else today - 1
        count = 0
        while start - count in days:
            count += 1
        if count < window - 1:
            return count
        window *= 4


def forecast(
    conn: Connection, learner_id: int, today_start: datetime, shift: int, days: int = 14
) -> list[tuple[date, int]]:
    """Items due on each of the next ``days`` study days (overdue ones count on today)."""
    until = today_start + timedelta(days=days)
    day = _day_expr(MemoryState.due, shift).label("day")
    rows = conn.execute(
        sa.select(day, sa.func.count())
        .join(Item, Item.id == MemoryState.item_id)
        .where(
            MemoryState.learner_id == learner_id,
            MemoryState.due < until,
            Item.retired_at.is_(None),
        )
        .group_by(day)
    )
    first = (to_millis(today_start) + shift) // DAY_MS
    counts = [0] * days
    for d, n in rows:
        counts[max(int(d) - first, 0)] += int(n)
    return [(day_number_to_date(first + i), counts[i]) for i in range(days)]


def statistics(
    conn: Connection,
    learner_id: int,
    items: Mapping[str, StudyItem],
    now: datetime,
    tz: tzinfo,
    rollover_hour: int,
    history_days: int = 30,
) -> Statistics:
    """The dashboard's figures for one learner."""
    shift = shift_ms(now, tz, rollover_hour)
    start = day_start(now, tz, rollover_hour)
    today = (to_millis(start) + shift) // DAY_MS
    by_bank, by_topic = mastery(conn, learner_id, items, now)
    since = start - timedelta(days=history_days - 1)
    counts = per_day(conn, learner_id, since, shift)
    days = tuple(
        DayStat(day_number_to_date(d), *counts.get(d, (0, 0)))
        for d in range(today - history_days + 1, today + 1)
    )
    return Statistics(
        by_bank,
        by_topic,
        days,
        streak(conn, learner_id, today, shift),
        tuple(forecast(conn, learner_id, start, shift)),
    )
