"""The workshop sessions listed for resuming, read without SQLAlchemy.

The statements are ``session_records.STATEMENTS`` (compiled by the store), or the same
frozen for SQLite when the start-up's fast path reads Home (``trainer.core.home_fast``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from trainer.store.fast import FastCursor, Prepare
from trainer.store.millis import from_millis


@dataclass(frozen=True, slots=True)
class SessionInfo:
    """A session as listed for resuming."""

    id: int
    title: str
    position: int
    questions: int
    teams: int
    answers: int
    started_at: datetime
    updated_at: datetime


def read_sessions(cur: FastCursor, prepare: Prepare, statement: str) -> list[SessionInfo]:
    """The sessions ``statement`` lists (``"workshop.unfinished_sessions"``...), in its
    order."""
    return [
        SessionInfo(
            int(r[0]),
            str(r[1]),
            int(r[2]),
            len(json.loads(r[3])),
            int(r[4]),
            int(r[5]),
            from_millis(r[6]),
            from_millis(r[7]),
        )
        for r in cur.execute(prepare(statement), {}).all()
    ]
