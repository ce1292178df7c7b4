"""Recording the bank items Trainer knows: new ones, content changes, removals.

An item whose content hash changes keeps its history (reviews, memory) and gets
a new ``item_revision`` row. An item missing from the banks is marked retired:
it leaves the queues but stays in the history; it comes back if it reappears.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.sql.expression import Executable

from trainer.core.study import home_reads
from trainer.core.study.protocols import StudyItem
from trainer.store import Store
from trainer.store.models import Item, ItemRevision, to_millis


@dataclass(frozen=True)
class SyncReport:
    """What ``sync_items`` found: ids added, changed, retired and returned."""

    added: tuple[str, ...]
    changed: tuple[str, ...]
    retired: tuple[str, ...]
    returned: tuple[str, ...]


LAST_SEEN_RESOLUTION = timedelta(days=1)


STATEMENTS: dict[str, Executable] = {
    "items.active": sa.select(Item.id, Item.content_hash).where(Item.retired_at.is_(None)),
}
"""Home's read of the items, by name (run by ``home_reads``; frozen for the start-up)."""
_STALE = (
    sa.select(Item.id)
    .where(Item.retired_at.is_(None), Item.last_seen < sa.bindparam("before"))
    .limit(1)
)


def _up_to_date(store: Store, current: Mapping[str, StudyItem], now: datetime) -> bool:
    with store.fast_read() as cur:
        active = home_reads.active_items(cur, store.preparer(STATEMENTS))
        before = to_millis(now - LAST_SEEN_RESOLUTION)
        stale = cur.execute(store.prepare(_STALE), {"before": before}).one_or_none()
    return stale is None and home_reads.items_match(active, current)


def _new_row(item: StudyItem, now: datetime) -> dict[str, Any]:
    """The ``item`` row of an item seen for the first time."""
    return {
        "id": item.id,
        "bank_id": item.bank_id,
        "topic": item.topic,
        "fact_id": item.fact_id,
        "kind": item.kind,
        "content_hash": item.content_hash,
        "first_seen": now,
        "last_seen": now,
        "retired_at": None,
    }


def _retire(conn: Connection, item_ids: list[str], now: datetime) -> None:
    """Mark items no bank holds any more as retired (500 ids a statement)."""
    for start in range(0, len(item_ids), 500):
        conn.execute(
            sa.update(Item).where(Item.id.in_(item_ids[start : start + 500])).values(retired_at=now)
        )


def sync_items(store: Store, items: Iterable[StudyItem], now: datetime) -> SyncReport:
    """Bring the ``item`` table in line with the loaded items, in one transaction.

    Nothing is written when nothing changed and ``last_seen`` was refreshed less
    than a day ago (so an ordinary start leaves the database, and its backups, alone).
    """
    current = {item.id: item for item in items}
    if _up_to_date(store, current, now):
        return SyncReport((), (), (), ())
    added: list[str] = []
    changed: list[str] = []
    returned: list[str] = []
    with store.write() as conn:
        known = {
            row.id: (row.content_hash, row.retired_at)
            for row in conn.execute(sa.select(Item.id, Item.content_hash, Item.retired_at))
        }
        new_rows = []
        revisions = []
        for item_id, item in current.items():
            old = known.get(item_id)
            if old is None:
                added.append(item_id)
                new_rows.append(_new_row(item, now))
                revisions.append({"item_id": item_id, "content_hash": item.content_hash})
                continue
            old_hash, retired_at = old
            if old_hash != item.content_hash:
                changed.append(item_id)
                revisions.append({"item_id": item_id, "content_hash": item.content_hash})
            if retired_at is not None:
                returned.append(item_id)
            if old_hash != item.content_hash or retired_at is not None:
                conn.execute(
                    sa.update(Item)
                    .where(Item.id == item_id)
                    .values(
                        content_hash=item.content_hash,
                        bank_id=item.bank_id,
                        topic=item.topic,
                        fact_id=item.fact_id,
                        kind=item.kind,
                        retired_at=None,
                    )
                )
        if new_rows:
            conn.execute(sa.insert(Item), new_rows)
        if revisions:
            conn.execute(sa.insert(ItemRevision), [{**r, "seen_at": now} for r in revisions])
        retired = sorted(
            item_id
            for item_id, (_hash, retired_at) in known.items()
            if item_id not in current and retired_at is None
        )
        _retire(conn, retired, now)
        conn.execute(sa.update(Item).where(Item.retired_at.is_(None)).values(last_seen=now))
    return SyncReport(tuple(added), tuple(changed), tuple(retired), tuple(returned))
