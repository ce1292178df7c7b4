"""Merging a progress file's items: unknown ones are kept as retired items.

An item of the banks here is never changed by a file (the banks say what it is). An
item this database does not know is added as a retired item, retired at the import's
time; a retired item takes the details (bank, topic, kind, content hash) of the file
that saw it last (the newest ``last_seen``), whatever the order of the imports. Content
versions (``item_revision``) the file's reviews were made on are recorded, seen at the
import's time.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from trainer.core.progress_files.rows import insert_many, ms, raw_insert, select_in
from trainer.core.progress_files.schema import ItemRecord, ReviewRecord
from trainer.store.models import Item, ItemRevision, from_millis

_INSERT_ITEM = raw_insert(
    Item,
    (
        "id",
        "bank_id",
        "topic",
        "fact_id",
        "kind",
        "content_hash",
        "first_seen",
        "last_seen",
        "retired_at",
    ),
    ("first_seen", "last_seen", "retired_at"),
)


def _details(item: ItemRecord) -> dict[str, Any]:
    return {
        "bank_id": item.bank,
        "topic": item.topic,
        "fact_id": item.fact,
        "kind": item.kind,
        "content_hash": item.hash,
    }


def merge_items(
    conn: Connection, items: Sequence[ItemRecord], reviews: Sequence[ReviewRecord], now: int
) -> int:
    """Add the items this database lacks (as retired items); a retired item takes the
    details of the file that saw it last; record the content versions not yet known.
    Returns the number of items added."""
    columns = (Item.id, Item.retired_at, ms(Item.first_seen), ms(Item.last_seen))
    known = {
        str(r[0]): (r[1] is not None, int(r[2]), int(r[3]), str(r[4]))
        for r in select_in(conn, (*columns, Item.content_hash), Item.id, (i.id for i in items))
    }
    fresh = []
    for item in items:
        old = known.get(item.id)
        if old is None:
            times = {"first_seen": item.first_seen, "last_seen": item.last_seen, "retired_at": now}
            fresh.append({"id": item.id, **_details(item), **times})
            continue
        retired, first_seen, last_seen, content_hash = old
        if not retired:
            continue  # an item of the banks here: the banks say what it is
        values: dict[str, Any] = {}
        if (item.last_seen, item.hash) > (last_seen, content_hash):
            values = {**_details(item), "last_seen": from_millis(item.last_seen)}
        if item.first_seen < first_seen:
            values["first_seen"] = from_millis(item.first_seen)
        if values:
            conn.execute(sa.update(Item).where(Item.id == item.id).values(**values))
    if fresh:
        insert_many(conn, _INSERT_ITEM, fresh)
    versions = {(i.id, i.hash) for i in items} | {(r.item, r.hash) for r in reviews}
    pairs = (ItemRevision.item_id, ItemRevision.content_hash)
    recorded = {
        (str(r[0]), str(r[1]))
        for r in select_in(conn, pairs, ItemRevision.item_id, (i.id for i in items))
    }
    missing = sorted(versions - recorded)
    if missing:
        seen_at = from_millis(now)
        conn.execute(
            sa.insert(ItemRevision),
            [{"item_id": i, "content_hash": h, "seen_at": seen_at} for i, h in missing],
        )
    return len(fresh)
