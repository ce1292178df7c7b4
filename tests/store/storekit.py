"""Helpers shared by the store tests: a settable clock and a file digest."""

from __future__ import annotations

import hashlib
import signal
import sqlite3
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

T0 = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)


class Clock:
    """A clock the test moves by hand (starts at ``T0``)."""

    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class StopAtStatement:
    """A sqlite3 trace callback for crash workers: counts the statements every traced
    connection starts while ``counting`` (COMMIT included); just before the ``stop``-th
    runs it prints ``at STOP VERB`` (VERB: the statement's first word) and waits there
    for the test's SIGKILL, so that the kill lands at a chosen statement instead of at
    a moment guessed from a clock."""

    def __init__(self, stop: int) -> None:
        self.stop = stop
        self.count = 0
        self.counting = False

    def __call__(self, sql: str) -> None:
        if not self.counting:
            return
        self.count += 1
        if self.count == self.stop:
            verb = (sql.split() or ["?"])[0].upper()
            sys.stdout.write(f"at {self.count} {verb}\n")
            sys.stdout.flush()
            signal.pause()  # until the SIGKILL


def trace_every_connection(callback: Callable[[str], None]) -> None:
    """Every SQLite connection opened from now on reports its statements to ``callback``."""
    connect = sqlite3.connect

    def connect_traced(*args: object, **kwargs: object) -> sqlite3.Connection:
        conn = connect(*args, **kwargs)  # type: ignore[call-overload]
        conn.set_trace_callback(callback)
        return conn

    # SQLAlchemy's driver calls sqlite3.dbapi2.connect, the module's own name for it
    sqlite3.connect = sqlite3.dbapi2.connect = connect_traced  # type: ignore[assignment]
