"""Practice: the learner's weakest items and "review my mistakes"."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

import sqlalchemy as sa

from trainer.core.study.protocols import StudyItem
from trainer.core.study.scheduling import Grade
from trainer.core.study.stats import recall
from trainer.store import Store
from trainer.store.models import MemoryState, Review, ReviewUndo

MISTAKES_DAYS = 14


def weak_items(
    store: Store, learner_id: int, items: Mapping[str, StudyItem], now: datetime, limit: int
) -> list[str]:
    """Loaded items with the lowest recall probability now, then the most lapses."""
    with store.read() as conn:
        rows = conn.execute(
            sa.select(
                MemoryState.item_id,
                MemoryState.stability,
                MemoryState.last_review,
                MemoryState.lapses,
            ).where(MemoryState.learner_id == learner_id)
        ).all()
    ranked = sorted(
        (recall(s, lr, now), -lapses, str(i)) for i, s, lr, lapses in rows if i in items
    )
    return [item_id for _r, _l, item_id in ranked[:limit]]


def mistakes(
    store: Store, learner_id: int, items: Mapping[str, StudyItem], since: datetime, limit: int
) -> list[str]:
    """Loaded items rated Again (not undone) since ``since``, most recent first."""
    with store.read() as conn:
        rows = conn.execute(
            sa.select(Review.item_id, sa.func.max(Review.reviewed_at).label("last"))
            .where(
                Review.learner_id == learner_id,
                Review.reviewed_at >= since,
                Review.rating == int(Grade.AGAIN),
                Review.uuid.not_in(sa.select(ReviewUndo.review_uuid)),
            )
            .group_by(Review.item_id)
            .order_by(sa.desc("last"))
        ).all()
    return [str(r[0]) for r in rows if r[0] in items][:limit]
