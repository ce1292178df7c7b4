"""The Class view: every learner of the database (local and imported) with their last
activity, reviews, accuracy and mastery per bank and topic, for the facilitator.

Read in one read transaction (:func:`class_view`): the learners, who was imported (a row
in ``progress_import``, the rule of ``docs/item-analysis.md``), the review log counted per
learner, bank and topic (undone reviews left out), and each learner's memory. The
definitions are the study package's (:mod:`trainer.core.study.stats`), so Home and the
Class screen agree: a review is correct when its rating is Hard or better; mastery of a
group is the mean recall probability over its loaded items (new ones count 0), an item is
mastered in review state with 21 days of stability or more.

Filters (banks, topics) choose the questions counted: reviews of items of those banks and
topics (the ``item`` table knows retired ones too) and mastery over the loaded items of
them. Names are untrusted text (a progress file brings them): the CSV goes through the
project's one CSV writer.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from trainer.core.csv_files import csv_document
from trainer.core.study.protocols import StudyItem
from trainer.core.study.stats import Mastery, mastery
from trainer.store import Store
from trainer.store.fast import FastCursor
from trainer.store.models import Item, Learner, Review, ReviewUndo, from_millis
from trainer.store.progress_models import ProgressImport


@dataclass(frozen=True, slots=True)
class ClassFilters:
    """The banks and topics counted (empty: all)."""

    banks: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()

    def wants(self, bank_id: str, topic: str) -> bool:
        return (not self.banks or bank_id in self.banks) and (
            not self.topics or topic in self.topics
        )


@dataclass(frozen=True, slots=True)
class GroupRow:
    """A learner's numbers over one bank (``topic`` empty) or one topic of a bank."""

    bank_id: str
    topic: str
    reviews: int
    correct: int
    accuracy: float | None
    items: int
    mastered: int
    mastery: float


@dataclass(frozen=True, slots=True)
class LearnerRow:
    """One learner's numbers over the filtered questions; every field sorts."""

    learner_id: int
    name: str
    imported: bool
    last_activity: datetime | None
    reviews: int
    correct: int
    accuracy: float | None
    """Correct reviews over reviews; ``None`` without reviews."""
    items: int
    mastered: int
    mastery: float
    """The mean recall probability over the loaded items (new ones count 0)."""
    groups: tuple[GroupRow, ...] = ()
    """Per bank, then per topic of it, in bank and topic order."""

    @property
    def origin(self) -> str:
        return "imported" if self.imported else "local"


@dataclass(frozen=True)
class ClassView:
    """Every learner, and what the filters could choose from."""

    learners: list[LearnerRow]
    banks: tuple[str, ...]
    topics: tuple[tuple[str, str], ...]
    """(bank, topic) of every loaded item."""
    filters: ClassFilters


_LEARNERS = sa.select(Learner.id, Learner.name)
_IMPORTED = sa.select(ProgressImport.learner_id).distinct()
_REVIEWS = (
    sa.select(
        Review.learner_id,
        Item.bank_id,
        Item.topic,
        sa.func.count(),
        sa.func.sum(sa.case((Review.rating >= 2, 1), else_=0)),
        sa.func.max(sa.type_coerce(Review.reviewed_at, sa.BigInteger)),
    )
    .join(Item, Item.id == Review.item_id)
    .where(Review.uuid.not_in(sa.select(ReviewUndo.review_uuid)))
    .group_by(Review.learner_id, Item.bank_id, Item.topic)
)

Counts = dict[tuple[str, str], tuple[int, int, int]]
"""(bank, topic) → reviews, correct, latest review (epoch ms)."""


def _review_counts(store: Store, cur: FastCursor, filters: ClassFilters) -> dict[int, Counts]:
    out: dict[int, Counts] = {}
    for learner, bank, topic, n, correct, last in cur.execute(store.prepare(_REVIEWS), {}).all():
        if filters.wants(str(bank), str(topic)):
            out.setdefault(int(learner), {})[(str(bank), str(topic))] = (
                int(n),
                int(correct or 0),
                int(last),
            )
    return out


def _accuracy(reviews: int, correct: int) -> float | None:
    return correct / reviews if reviews else None


def _groups(
    counts: Counts, by_bank: Mapping[str, Mastery], by_topic: Mapping[tuple[str, str], Mastery]
) -> tuple[GroupRow, ...]:
    keys = sorted(set(counts) | set(by_topic))
    rows: list[GroupRow] = []
    for bank in sorted({b for b, _t in keys}):
        topics = [k for k in keys if k[0] == bank]
        n = sum(counts.get(k, (0, 0, 0))[0] for k in topics)
        c = sum(counts.get(k, (0, 0, 0))[1] for k in topics)
        m = by_bank.get(bank, Mastery(0, 0, 0, 0, 0.0))
        rows.append(GroupRow(bank, "", n, c, _accuracy(n, c), m.items, m.mastered, m.recall))
        for key in topics:
            n, c, _last = counts.get(key, (0, 0, 0))
            t = by_topic.get(key, Mastery(0, 0, 0, 0, 0.0))
            rows.append(
                GroupRow(bank, key[1], n, c, _accuracy(n, c), t.items, t.mastered, t.recall)
            )
    return tuple(rows)


def _learner_row(
    learner_id: int,
    name: str,
    imported: bool,
    counts: Counts,
    marks: tuple[dict[str, Mastery], dict[tuple[str, str], Mastery]],
) -> LearnerRow:
    by_bank, by_topic = marks
    reviews = sum(n for n, _c, _l in counts.values())
    correct = sum(c for _n, c, _l in counts.values())
    last = max((lt for _n, _c, lt in counts.values()), default=None)
    items = sum(m.items for m in by_bank.values())
    recall = sum(m.recall * m.items for m in by_bank.values())
    return LearnerRow(
        learner_id,
        name,
        imported,
        None if last is None else from_millis(last),
        reviews,
        correct,
        _accuracy(reviews, correct),
        items,
        sum(m.mastered for m in by_bank.values()),
        recall / items if items else 0.0,
        _groups(counts, by_bank, by_topic),
    )


def class_view(
    store: Store,
    items: Mapping[str, StudyItem],
    now: datetime,
    filters: ClassFilters = ClassFilters(),
) -> ClassView:
    """Every learner's numbers over the questions ``filters`` want, read in one read
    transaction; ``items`` are the loaded banks' items by id, ``now`` the time recall is
    computed for."""
    chosen = {k: it for k, it in items.items() if filters.wants(it.bank_id, it.topic)}
    with store.fast_read() as cur:
        learners = cur.execute(store.prepare(_LEARNERS), {}).all()
        imported = {int(r[0]) for r in cur.execute(store.prepare(_IMPORTED), {}).all()}
        counts = _review_counts(store, cur, filters)
        rows = [
            _learner_row(
                int(lid),
                str(name),
                int(lid) in imported,
                counts.get(int(lid), {}),
                mastery(store, cur, int(lid), chosen, now),
            )
            for lid, name in learners
        ]
    rows.sort(key=lambda r: (r.name.casefold(), r.learner_id))
    topics = tuple(sorted({(it.bank_id, it.topic) for it in items.values()}))
    return ClassView(rows, tuple(sorted({b for b, _t in topics})), topics, filters)


CSV_HEADER = (
    "learner", "origin", "last_activity", "bank", "topic", "reviews", "correct",
    "accuracy", "items", "mastered", "mastery",
)  # fmt: skip
"""The columns of the Class CSV: one row per learner (bank and topic empty: everything
the filters chose), then one per bank and per topic of each learner."""


def _round(value: float | None) -> object:
    return "" if value is None else round(value, 4)


def csv_rows(learners: Iterable[LearnerRow]) -> list[list[object]]:
    """The cells of the Class CSV, in ``learners``' order."""
    out: list[list[object]] = []
    for r in learners:
        last = r.last_activity.isoformat() if r.last_activity else ""
        head: list[object] = [r.name, r.origin, last]
        out.append(
            [*head, "", "", r.reviews, r.correct, _round(r.accuracy), r.items, r.mastered,
             _round(r.mastery)]
        )  # fmt: skip
        for g in r.groups:
            out.append(
                [*head, g.bank_id, g.topic, g.reviews, g.correct, _round(g.accuracy), g.items,
                 g.mastered, _round(g.mastery)]
            )  # fmt: skip
    return out


def class_csv(learners: Iterable[LearnerRow]) -> bytes:
    """The Class CSV (the project's one CSV writer: formulas neutralised)."""
    return csv_document(CSV_HEADER, csv_rows(learners))
