"""Learners' stable ids: each learner's own id, and the other ids merged into it.

A learner's own id is made when the profile is made (older profiles got one in schema
revision 0005; one is also made here for a learner that somehow lacks it). Every
function works inside the caller's transaction.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Collection
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from trainer.store.progress_models import LearnerAlias, LearnerUid

CHUNK = 500
"""Ids per ``IN (...)`` query (well under SQLite's limit of bound parameters)."""


def new_uid() -> str:
    """A new random stable id (a version 4 UUID, lower-case, with hyphens)."""
    return str(uuid.uuid4())


def time_ordered_uid(at_ms: int) -> str:
    """A new stable id that sorts by time: a version 7 UUID (RFC 9562, section 5.7).

    48 bits of epoch milliseconds, the version, 74 random bits and the variant. The
    random bits keep ids made on other computers apart, as a version 4 UUID's do; the
    time in front makes a unique index on them grow at its end, so recording one more
    review writes one index page instead of a random one (``bench/answer.py``).
    Python 3.14's ``uuid.uuid7`` makes the same layout.
    """
    if not 0 <= at_ms < 1 << 48:
        raise ValueError(f"time out of a version 7 UUID's range: {at_ms} ms")
    # Made as text (every answer makes one): 12 time digits, then 20 random ones, of
    # which the version (7) replaces one and the variant (8, 9, a or b) two bits of another.
    h = (at_ms.to_bytes(6, "big") + os.urandom(10)).hex()
    variant = "89ab"[int(h[16], 16) & 3]
    return f"{h[:8]}-{h[8:12]}-7{h[13:16]}-{variant}{h[17:20]}-{h[20:]}"


def own_uid(conn: Connection, learner_id: int) -> str | None:
    """The learner's own stable id, or None when it has none yet."""
    row = conn.execute(sa.select(LearnerUid.uid).where(LearnerUid.learner_id == learner_id))
    found = row.scalar_one_or_none()
    return None if found is None else str(found)


def ensure_own_uid(conn: Connection, learner_id: int, uid: str | None = None) -> str:
    """The learner's own stable id, made (``uid``, or a new one) when it has none."""
    found = own_uid(conn, learner_id)
    if found is not None:
        return found
    uid = uid or new_uid()
    conn.execute(sa.insert(LearnerUid).values(learner_id=learner_id, uid=uid))
    return uid


def aliases(conn: Connection, learner_id: int) -> list[str]:
    """The other ids merged into the learner, sorted."""
    rows = conn.execute(
        sa.select(LearnerAlias.uid)
        .where(LearnerAlias.learner_id == learner_id)
        .order_by(LearnerAlias.uid)
    )
    return [str(r[0]) for r in rows]


def learners_by_uid(conn: Connection, uids: Collection[str]) -> dict[str, int]:
    """The local learner each of ``uids`` names (own ids and aliases); unknown ids are left
    out."""
    found: dict[str, int] = {}
    wanted = sorted(set(uids))
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        for table in (LearnerUid, LearnerAlias):
            rows = conn.execute(sa.select(table.uid, table.learner_id).where(table.uid.in_(chunk)))
            found.update({str(u): int(i) for u, i in rows})
    return found


def add_aliases(conn: Connection, learner_id: int, uids: Collection[str], now: datetime) -> None:
    """Record ``uids`` as names of the learner, except those already naming a learner."""
    known = learners_by_uid(conn, uids)
    fresh = sorted(set(uids) - set(known))
    if fresh:
        conn.execute(
            sa.insert(LearnerAlias),
            [{"uid": u, "learner_id": learner_id, "added_at": now} for u in fresh],
        )
