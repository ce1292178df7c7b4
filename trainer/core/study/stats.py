"""The statistics' statements (SQLAlchemy Core), and the dashboard read through them.

The reading code is ``stats_reads`` (no SQLAlchemy), which the start-up's fast path
also runs on the same statements frozen for SQLite; the figures' types live there too.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, tzinfo

import sqlalchemy as sa
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.sql.expression import Executable

from trainer.core.study import stats_reads
from trainer.core.study.days import DAY_MS
from trainer.core.study.protocols import StudyItem
from trainer.core.study.stats_reads import _DECAY as _DECAY
from trainer.core.study.stats_reads import _FACTOR as _FACTOR
from trainer.core.study.stats_reads import MASTERED_STABILITY_DAYS as MASTERED_STABILITY_DAYS
from trainer.core.study.stats_reads import DayStat as DayStat
from trainer.core.study.stats_reads import Mastery as Mastery
from trainer.core.study.stats_reads import Statistics as Statistics
from trainer.core.study.stats_reads import recall as recall
from trainer.store import Store
from trainer.store.fast import FastCursor
from trainer.store.models import MemoryState, Review, ReviewUndo

_MEMORIES = sa.select(
    MemoryState.item_id, MemoryState.state, MemoryState.stability, MemoryState.last_review
).where(MemoryState.learner_id == sa.bindparam("learner"))


def _day_expr(column: InstrumentedAttribute[datetime]) -> sa.ColumnElement[int]:
    ms = sa.type_coerce(column, sa.BigInteger)
    return (ms + sa.bindparam("shift", type_=sa.BigInteger)) // DAY_MS


_DAY = _day_expr(Review.reviewed_at).label("day")
_PER_DAY = (
    sa.select(_DAY, sa.func.count(), sa.func.sum(sa.case((Review.rating >= 2, 1), else_=0)))
    .where(
        Review.learner_id == sa.bindparam("learner"),
        Review.reviewed_at >= sa.bindparam("since"),
        Review.uuid.not_in(sa.select(ReviewUndo.review_uuid)),
    )
    .group_by(_DAY)
)
_LAST_BEFORE = sa.select(sa.func.max(Review.reviewed_at)).where(
    Review.learner_id == sa.bindparam("learner"),
    Review.reviewed_at < sa.bindparam("before"),
    Review.uuid.not_in(sa.select(ReviewUndo.review_uuid)),
)
_DUE_UNTIL = sa.select(MemoryState.item_id, MemoryState.due).where(
    MemoryState.learner_id == sa.bindparam("learner"),
    MemoryState.due < sa.bindparam("until"),
)


STATEMENTS: dict[str, Executable] = {
    "stats.memories": _MEMORIES,
    "stats.per_day": _PER_DAY,
    "stats.last_before": _LAST_BEFORE,
    "stats.due_until": _DUE_UNTIL,
}
"""The statistics' reads, by name (run by ``stats_reads``; frozen for the start-up)."""


def mastery(
    store: Store, cur: FastCursor, learner_id: int, items: Mapping[str, StudyItem], now: datetime
) -> tuple[dict[str, Mastery], dict[tuple[str, str], Mastery]]:
    """Mastery per bank and per (bank, topic), over the loaded items."""
    return stats_reads.mastery(cur, store.preparer(STATEMENTS), learner_id, items, now)


def statistics(
    store: Store,
    learner_id: int,
    items: Mapping[str, StudyItem],
    now: datetime,
    tz: tzinfo,
    rollover_hour: int,
    history_days: int = 30,
) -> Statistics:
    """The dashboard's figures for one learner."""
    with store.fast_read() as cur:
        return stats_reads.read_statistics(
            cur,
            store.preparer(STATEMENTS),
            learner_id,
            items,
            now,
            tz,
            rollover_hour,
            history_days,
        )
