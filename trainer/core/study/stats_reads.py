"""Statistics: mastery per topic and bank, accuracy and reviews per day, streak,
and the due forecast. Every query is a range scan on an index
(``review(learner_id, reviewed_at)``, ``memory_state(learner_id, due)``).

No SQLAlchemy here: the statements are named (``stats.memories``...), defined in
``stats`` and compiled by the store, or frozen for SQLite for the start-up's fast path
(see ``home_reads``).

Mastery of a group = the mean recall probability (FSRS retrievability) over its
loaded items, new items counting 0; an item is "mastered" when it is in review
state with at least 21 days of stability. A review counts as correct when its
rating is Hard or better (for scored answers: a score of 0.5 or more).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from trainer.core.study.days import DAY_MS, day_bounds, day_number_to_date, shift_ms
from trainer.core.study.protocols import StudyItem
from trainer.store.fast import FastCursor, Prepare
from trainer.store.millis import to_millis

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
    cur: FastCursor,
    prepare: Prepare,
    learner_id: int,
    items: Mapping[str, StudyItem],
    now: datetime,
) -> tuple[dict[str, Mastery], dict[tuple[str, str], Mastery]]:
    """Mastery per bank and per (bank, topic), over the loaded items."""
    acc: dict[tuple[str, str], list[float]] = {}
    for it in items.values():
        acc.setdefault((it.bank_id, it.topic), [0, 0, 0, 0, 0.0])[0] += 1
    now_ms = to_millis(now)
    factor, decay, mastered = _FACTOR / DAY_MS, _DECAY, MASTERED_STABILITY_DAYS
    rows = cur.execute(prepare("stats.memories"), {"learner": learner_id}).all()
    for item_id, state, stability, last_review in rows:
        item = items.get(item_id)
        if item is None:
            continue
        group = acc[(item.bank_id, item.topic)]
        group[1] += 1  # seen
        if stability is None or last_review is None or stability <= 0:
            group[2] += 1
            continue
        if state == 2 and stability >= mastered:
            group[3] += 1
        else:
            group[2] += 1
        group[4] += (1 + factor * max(now_ms - last_review, 0) / stability) ** decay
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


def per_day(
    cur: FastCursor, prepare: Prepare, learner_id: int, since: datetime, shift: int
) -> dict[int, tuple[int, int]]:
    """(reviews, correct) per study-day number since ``since`` (undone reviews left out)."""
    rows = cur.execute(
        prepare("stats.per_day"),
        {"learner": learner_id, "since": to_millis(since), "shift": shift},
    ).all()
    return {int(d): (int(n), int(c or 0)) for d, n, c in rows}


def streak(
    cur: FastCursor, prepare: Prepare, learner_id: int, today: int, shift: int, today_end: int
) -> int:
    """Consecutive study days with a review, ending today (or yesterday if none today).

    One index seek per day of the streak: the latest review before the day's end.
    ``today_end`` is when today really ends (epoch ms): a 25-hour day when the clocks
    go back runs past ``today``'s bucket.
    """
    prepared = prepare("stats.last_before")

    def latest_day_until(day: int) -> int | None:
        end = today_end if day >= today else (day + 1) * DAY_MS - shift
        row = cur.execute(prepared, {"learner": learner_id, "before": end}).one_or_none()
        if row is None or row[0] is None:
            return None
        return min((int(row[0]) + shift) // DAY_MS, today)

    expected = latest_day_until(today)
    if expected is None or expected < today - 1:
        return 0
    count = 0
    while latest_day_until(expected) == expected:
        count += 1
        expected -= 1
    return count


def forecast(
    cur: FastCursor,
    prepare: Prepare,
    learner_id: int,
    items: Mapping[str, StudyItem],
    today_start: datetime,
    shift: int,
    days: int = 14,
) -> list[tuple[date, int]]:
    """Loaded items due on each of the next ``days`` study days (overdue count on today)."""
    until = to_millis(today_start + timedelta(days=days))
    rows = cur.execute(prepare("stats.due_until"), {"learner": learner_id, "until": until}).all()
    first = (to_millis(today_start) + shift) // DAY_MS
    counts = [0] * days
    for item_id, due in rows:
        if item_id in items:
            # Clamped: a clock change inside the window moves a boundary by an hour.
            counts[min(max((due + shift) // DAY_MS - first, 0), days - 1)] += 1
    return [(day_number_to_date(first + i), counts[i]) for i in range(days)]


def read_statistics(
    cur: FastCursor,
    prepare: Prepare,
    learner_id: int,
    items: Mapping[str, StudyItem],
    now: datetime,
    tz: tzinfo,
    rollover_hour: int,
    history_days: int = 30,
) -> Statistics:
    """The dashboard's figures for one learner."""
    start, following = day_bounds(now, tz, rollover_hour)
    # The offset at the start of today, so that today's start is a day boundary even
    # when the clocks changed between the rollover hour and now.
    shift = shift_ms(start, tz, rollover_hour)
    today = (to_millis(start) + shift) // DAY_MS
    since = start - timedelta(days=history_days - 1)
    by_bank, by_topic = mastery(cur, prepare, learner_id, items, now)
    counts = per_day(cur, prepare, learner_id, since, shift)
    for day in [d for d in counts if d > today]:  # the extra hour of a 25-hour day
        n, c = counts.pop(day)
        n0, c0 = counts.get(today, (0, 0))
        counts[today] = (n0 + n, c0 + c)
    days = tuple(
        DayStat(day_number_to_date(d), *counts.get(d, (0, 0)))
        for d in range(today - history_days + 1, today + 1)
    )
    return Statistics(
        by_bank,
        by_topic,
        days,
        streak(cur, prepare, learner_id, today, shift, to_millis(following)),
        tuple(forecast(cur, prepare, learner_id, items, start, shift)),
    )
