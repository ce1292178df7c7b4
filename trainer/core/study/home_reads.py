"""Home's reads: profiles, the items seen, due and new today, unfinished quizzes.

No SQLAlchemy here: each function runs named statements (``prepare("queue.seen")``)
on a :class:`~trainer.store.fast.FastCursor`. The study service passes its store's
statements, compiled from the Core statements defined beside the code that writes the
same tables (``profiles``, ``queue``, ``attempts``, ``items``); the start-up's fast
path (``trainer.core.home_fast``) passes ``trainer.store.fast.frozen``, the same
statements frozen for SQLite. One implementation for both.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from trainer.core.study.protocols import StudyItem
from trainer.store.fast import FastCursor, Prepare
from trainer.store.millis import from_millis, to_millis


@dataclass(frozen=True)
class Profile:
    """A learner and their settings."""

    id: int
    name: str
    created_at: datetime
    desired_retention: float
    daily_new_limit: int
    rollover_hour: int


@dataclass(frozen=True)
class GroupCounts:
    due: int
    new: int


@dataclass(frozen=True)
class HomeCounts:
    """Due today and new available, overall and per bank / (bank, topic).

    ``new_today`` is what the daily limit still allows; per-group ``new`` counts
    are the unseen items of that group before the limit.
    """

    due: int
    new_today: int
    by_bank: dict[str, GroupCounts]
    by_topic: dict[tuple[str, str], GroupCounts]


def _profile(row: tuple[Any, ...]) -> Profile:
    learner_id, name, created_at, retention, limit, rollover = row
    return Profile(int(learner_id), str(name), from_millis(created_at), retention, limit, rollover)


def read_profiles(cur: FastCursor, prepare: Prepare) -> list[Profile]:
    """All profiles, by name (ignoring case)."""
    return [_profile(r) for r in cur.execute(prepare("profiles.list_all"), {}).all()]


def read_profile(cur: FastCursor, prepare: Prepare, learner_id: int) -> Profile | None:
    """One profile, or None when there is no such learner."""
    row = cur.execute(prepare("profiles.get"), {"learner": learner_id}).one_or_none()
    return None if row is None else _profile(row)


def active_items(cur: FastCursor, prepare: Prepare) -> dict[str, str]:
    """The unretired items the database knows: id → content hash."""
    return {str(i): str(h) for i, h in cur.execute(prepare("items.active"), {}).all()}


def items_match(active: Mapping[str, str], current: Mapping[str, StudyItem]) -> bool:
    """Whether the loaded items are the database's unretired ones, unchanged (else
    ``items.sync_items`` records new, changed, returned or retired items)."""
    if len(active) != len(current):
        return False
    return all(active.get(i) == item.content_hash for i, item in current.items())


def read_seen(cur: FastCursor, prepare: Prepare, learner_id: int) -> set[str]:
    """The items the learner has a memory of (met at least once)."""
    return {str(r[0]) for r in cur.execute(prepare("queue.seen"), {"learner": learner_id}).all()}


def by_group(item_ids: Iterable[str], items: Mapping[str, StudyItem]) -> Counter[tuple[str, str]]:
    """The loaded ones of ``item_ids`` counted per (bank, topic)."""
    counts: Counter[tuple[str, str]] = Counter()
    for item_id in item_ids:
        item = items.get(item_id)
        if item is not None:
            counts[(item.bank_id, item.topic)] += 1
    return counts


def new_today(cur: FastCursor, prepare: Prepare, learner_id: int, since: datetime) -> int:
    """How many items the learner met for the first time since ``since``, studying."""
    row = cur.execute(
        prepare("queue.new_today"), {"learner": learner_id, "since": to_millis(since)}
    ).one_or_none()
    return 0 if row is None else int(row[0])


def due_by_group(
    cur: FastCursor,
    prepare: Prepare,
    learner_id: int,
    until: datetime,
    items: Mapping[str, StudyItem],
) -> Counter[tuple[str, str]]:
    """Loaded items due before ``until`` per (bank, topic) (an index-only scan)."""
    rows = cur.execute(
        prepare("queue.due_before"), {"learner": learner_id, "until": to_millis(until)}
    ).all()
    return by_group((str(r[0]) for r in rows), items)


def count_home(
    due: Mapping[tuple[str, str], int],
    totals: Mapping[tuple[str, str], int],
    seen: Mapping[tuple[str, str], int],
    met_today: int,
    daily_new_limit: int,
) -> HomeCounts:
    """Home's counts from the items due and seen per group, the loaded items per group
    (``totals``), and the new items met today against the daily limit."""
    by_topic = {
        key: GroupCounts(due.get(key, 0), n - seen.get(key, 0)) for key, n in totals.items()
    }
    by_bank: dict[str, GroupCounts] = {}
    for (bank, _topic), c in by_topic.items():
        old = by_bank.get(bank, GroupCounts(0, 0))
        by_bank[bank] = GroupCounts(old.due + c.due, old.new + c.new)
    new_total = sum(c.new for c in by_topic.values())
    return HomeCounts(
        sum(c.due for c in by_topic.values()),
        max(0, min(new_total, daily_new_limit - met_today)),
        by_bank,
        by_topic,
    )


def item_totals(items: Mapping[str, StudyItem]) -> Counter[tuple[str, str]]:
    """The loaded items per (bank, topic)."""
    return Counter((i.bank_id, i.topic) for i in items.values())


def unfinished_quizzes(cur: FastCursor, prepare: Prepare, learner_id: int) -> list[int]:
    """Ids of the learner's attempts not yet finished, newest first."""
    rows = cur.execute(prepare("attempts.unfinished"), {"learner": learner_id}).all()
    return [int(r[0]) for r in rows]
