"""The study queue: what to show next, and the home screen's counts.

Order: (1) items due now, most overdue first; (2) reviews due later in the study
day (a review is due for the whole day, as the home screen counts it); (3) new
items, up to the daily limit, interleaved across topics (round robin; within a
topic easiest first, then bank order); (4) learning steps due later today,
earliest first ("learn ahead").
Retired items (gone from the banks) and items not loaded never appear. Filters
restrict by bank, topic and tag (an item matches when every non-empty filter
matches).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.sql.expression import Executable

from trainer.core.study import home_reads
from trainer.core.study.answers import MEMORY_COLUMNS
from trainer.core.study.protocols import StudyItem
from trainer.store import Store
from trainer.store.fast import FastCursor
from trainer.store.models import Item, MemoryState, Review, to_millis

_PAGE = 64


@dataclass(frozen=True)
class StudyFilter:
    """Which items to study; empty sets mean "any"."""

    banks: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()

    def matches(self, item: StudyItem) -> bool:
        return (
            (not self.banks or item.bank_id in self.banks)
            and (not self.topics or item.topic in self.topics)
            and (not self.tags or not self.tags.isdisjoint(item.tags))
        )


ALL = StudyFilter()


@dataclass
class LearnerCache:
    """Per-learner facts kept in memory to make each step cheap: the items seen."""

    seen: set[str]
    seen_by_group: Counter[tuple[str, str]] = field(default_factory=Counter)
    new_cursor: dict[StudyFilter, int] = field(default_factory=dict)
    new_today: tuple[int, int] | None = None
    """(start of the study day in epoch ms, items met for the first time since then)."""


def interleave(items: Iterable[StudyItem]) -> list[str]:
    """Item ids round robin across topics (topics in first-seen order), easiest first."""
    by_topic: dict[tuple[str, str], list[tuple[int, int, str]]] = {}
    for index, item in enumerate(items):
        by_topic.setdefault((item.bank_id, item.topic), []).append(
            (item.difficulty, index, item.id)
        )
    lanes = [sorted(lane) for lane in by_topic.values()]
    order: list[str] = []
    depth = 0
    while True:
        row = [lane[depth][2] for lane in lanes if depth < len(lane)]
        if not row:
            return order
        order.extend(row)
        depth += 1


def _due_query(*conditions: sa.ColumnElement[bool]) -> Executable:
    """Loaded, unretired items due in ``[after, until]`` (with ``conditions``), earliest
    first, a page at a time: the item id, then the memory columns ``answers`` reads."""
    return (
        sa.select(MemoryState.item_id, *MEMORY_COLUMNS)
        .join(Item, Item.id == MemoryState.item_id)
        .where(
            MemoryState.learner_id == sa.bindparam("learner"),
            MemoryState.due <= sa.bindparam("until"),
            MemoryState.due >= sa.bindparam("after"),
            *conditions,
            Item.retired_at.is_(None),
        )
        .order_by(MemoryState.due, MemoryState.item_id)
        .limit(_PAGE)
    )


DUE_QUERY = _due_query()
TODAY_QUERY = _due_query(MemoryState.state == 2)
"""Reviews (not learning steps) due later in the study day: due today, like Anki's."""
AHEAD_QUERY = _due_query(MemoryState.state != 2)
"""Learning and relearning steps due later today ("learn ahead")."""
STUDY_MODE = "flashcard"
"""The review mode of studying: the only one that uses up the day's new items."""
_NEW_TODAY = sa.select(sa.func.count()).where(
    MemoryState.learner_id == sa.bindparam("learner"),
    MemoryState.first_review >= sa.bindparam("since"),
    # met first while studying: a quiz or a workshop meets items without using up the
    # day's allowance of new ones
    sa.exists().where(
        Review.learner_id == MemoryState.learner_id,
        Review.item_id == MemoryState.item_id,
        Review.reviewed_at == MemoryState.first_review,
        Review.mode == STUDY_MODE,
    ),
)


def first_due(
    store: Store,
    cur: FastCursor,
    query: Executable,
    learner_id: int,
    until: datetime,
    accept: Mapping[str, StudyItem],
    filt: StudyFilter,
) -> tuple[Any, ...] | None:
    """The first row (by due date) of ``query`` whose item is loaded and matches ``filt``.

    Rows are stepped one at a time, so the usual case (the first row matches) reads
    one row: the row is (item id, then the memory columns of ``answers.MEMORY_COLUMNS``).
    """
    prepared = store.prepare(query)
    after: int = 0
    until_ms = to_millis(until)
    while True:
        rows = cur.execute(prepared, {"learner": learner_id, "until": until_ms, "after": after})
        count = 0
        page_first: int | None = None
        last_due: int = 0
        for row in rows:
            item = accept.get(row[0])
            if item is not None and (filt is ALL or filt.matches(item)):
                return row
            count += 1
            last_due = int(row[5])
            if page_first is None:
                page_first = last_due
        if count < _PAGE:
            return None
        if page_first == last_due:
            return None  # a whole page with one due date and no match: give up here
        after = last_due  # next page (items sharing this due date are re-read; fine)


def new_today(store: Store, cur: FastCursor, learner_id: int, since: datetime) -> int:
    """How many items the learner met for the first time since ``since``, studying."""
    return home_reads.new_today(cur, store.preparer(STATEMENTS), learner_id, since)


_SEEN = sa.select(MemoryState.item_id).where(MemoryState.learner_id == sa.bindparam("learner"))


def load_seen(store: Store, learner_id: int, items: Mapping[str, StudyItem]) -> LearnerCache:
    """The learner's seen items, grouped by (bank, topic) for loaded items."""
    with store.fast_read() as cur:
        seen = home_reads.read_seen(cur, store.preparer(STATEMENTS), learner_id)
    return LearnerCache(seen, home_reads.by_group(seen, items))


def next_new(order: list[str], cache: LearnerCache, filt: StudyFilter) -> str | None:
    """The first unseen id in ``order``, remembering where the scan stopped."""
    start = cache.new_cursor.get(filt, 0)
    for index in range(start, len(order)):
        if order[index] not in cache.seen:
            cache.new_cursor[filt] = index
            return order[index]
    cache.new_cursor[filt] = len(order)
    return None


_DUE_BEFORE = sa.select(MemoryState.item_id).where(
    MemoryState.learner_id == sa.bindparam("learner"),
    MemoryState.due < sa.bindparam("until"),
)


def due_by_group(
    store: Store, learner_id: int, until: datetime, items: Mapping[str, StudyItem]
) -> Counter[tuple[str, str]]:
    """Loaded items due before ``until`` per (bank, topic) (an index-only scan)."""
    with store.fast_read() as cur:
        return home_reads.due_by_group(cur, store.preparer(STATEMENTS), learner_id, until, items)


STATEMENTS: dict[str, Executable] = {
    "queue.seen": _SEEN,
    "queue.new_today": _NEW_TODAY,
    "queue.due_before": _DUE_BEFORE,
}
"""Home's reads of the queue, by name (run by ``home_reads``; frozen for the start-up)."""
