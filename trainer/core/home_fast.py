"""Home read at start-up without SQLAlchemy: the fast path of ``DataFolder.load_home``.

The banks come from their cache and the progress database is read with :mod:`sqlite3`
alone (read-only, writing nothing beside it), through the same reading code the study
service runs (``study.home_reads``, ``study.stats_reads``, ``workshop.session_list``) on
the same statements, frozen for SQLite in ``trainer.store.frozen_sql``. Whenever the
full load could see something else, the answer is None and the app takes the full load:
no database file, a database named by ``TRAINER_DATABASE_URL`` that is not a plain
SQLite file, a file SQLAlchemy's checks would refuse or cannot be written, a schema
other than the head revision (an upgrade), items that ``items.sync_items`` would
record (a bank edited, added or removed), no profile, or any SQLite error (damage:
the full load offers a backup).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from trainer.core.home_snapshot import HOME_HISTORY_DAYS, HomeSnapshot
from trainer.core.study import home_reads
from trainer.core.study.days import SystemLocal, day_bounds
from trainer.core.study.stats_reads import read_statistics
from trainer.core.workshop.session_list import read_sessions
from trainer.paths import database_path
from trainer.store.fast import FastCursor, frozen
from trainer.store.frozen_sql import HEAD_REVISION
from trainer.store.sqlite_read import (
    ENV_DATABASE_URL,
    HEADER_SIZE,
    MAGIC,
    connect_read_only,
    read_revision,
    size_needed,
)

if TYPE_CHECKING:
    from trainer.core.banks import LoadResult
    from trainer.core.home_snapshot import Loaded
    from trainer.core.study.home_reads import Profile
    from trainer.core.study.protocols import StudyItem

log = logging.getLogger("trainer.core.home_fast")


class Folder(Protocol):
    """What the fast path uses of a ``DataFolder``."""

    @property
    def data_dir(self) -> Path: ...
    def banks_for_start(self) -> LoadResult: ...
    def loaded(self, result: LoadResult, profiles: list[Profile]) -> Loaded: ...


def database_file(data_dir: Path) -> Path | None:
    """The SQLite file the full load would open, when it is a plain one for certain:
    the data folder's, or ``sqlite:///<path>`` in ``TRAINER_DATABASE_URL`` (no query,
    no escapes); None for anything else (a server, memory, options)."""
    override = os.environ.get(ENV_DATABASE_URL)
    if not override:
        return Path(database_path(data_dir)).expanduser().resolve()
    prefix = "sqlite:///"
    rest = override[len(prefix) :] if override.startswith(prefix) else ""
    if not rest or rest == ":memory:" or rest.startswith("file:") or any(c in rest for c in "?%#"):
        return None
    return Path(rest).resolve()  # relative to the working folder, as the full load reads it


def _usable(path: Path) -> bool:
    """Whether the file passes, for certain, the checks the full load makes first
    (``store.filecheck``): a regular SQLite file, not cut short, writable."""
    try:
        info = path.stat()
        with path.open("rb") as file:
            header = file.read(HEADER_SIZE)
    except OSError:
        return False
    if not stat.S_ISREG(info.st_mode) or not header.startswith(MAGIC):
        return False
    needed = size_needed(path, header)
    if needed is not None and needed > info.st_size:
        return False
    sides = [path.with_name(path.name + s) for s in ("-wal", "-shm")]
    if sides[0].exists() and not sides[1].exists():
        return False  # reading that -wal would create the -shm: the fast path writes nothing
    return (
        os.access(path, os.W_OK)
        and os.access(path.parent, os.W_OK | os.X_OK)
        and all(os.access(s, os.W_OK) for s in sides if s.exists())
    )


def read_home(
    folder: Folder,
    preferred_learner: int | None,
    *,
    now: datetime | None = None,
    tz: tzinfo | None = None,
) -> HomeSnapshot | None:
    """Home for ``preferred_learner`` (or the first profile), or None: take the full load.

    ``now`` and ``tz`` default to the study service's: the system's clock and zone.
    """
    path = database_file(folder.data_dir)
    if path is None or not _usable(path):
        log.info("home fast path: no plain, usable database file; full load")
        return None
    from trainer.core.banks import BankLoadError

    try:
        result = folder.banks_for_start()
    except BankLoadError:
        return None
    try:
        conn = connect_read_only(path)
        try:
            conn.isolation_level = None  # one explicit read transaction: one snapshot
            conn.execute("BEGIN")
            when = now or datetime.now(UTC)
            zone = tz if tz is not None else SystemLocal()
            return _read(conn, folder, result, preferred_learner, when, zone)
        finally:
            conn.close()
    except (sqlite3.Error, OSError, ValueError) as error:
        log.info("home fast path: %s; full load", error)
        return None


def _read(
    conn: sqlite3.Connection,
    folder: Folder,
    result: LoadResult,
    preferred_learner: int | None,
    now: datetime,
    tz: tzinfo,
) -> HomeSnapshot | None:
    revision, _tables = read_revision(conn)
    if revision != HEAD_REVISION:
        log.info("home fast path: schema %s, not %s; full load", revision, HEAD_REVISION)
        return None
    cur = FastCursor(conn.cursor())
    items: dict[str, StudyItem] = {q.id: q for q in result.questions}
    if not home_reads.items_match(home_reads.active_items(cur, frozen), items):
        log.info("home fast path: the banks' items changed; full load")
        return None
    profiles = home_reads.read_profiles(cur, frozen)
    if not profiles:
        return None
    chosen = [p for p in profiles if p.id == preferred_learner]
    profile = chosen[0] if chosen else profiles[0]
    learner = profile.id
    start, following = day_bounds(now, tz, profile.rollover_hour)
    seen = home_reads.read_seen(cur, frozen, learner)
    counts = home_reads.count_home(
        home_reads.due_by_group(cur, frozen, learner, following, items),
        home_reads.item_totals(items),
        home_reads.by_group(seen, items),
        home_reads.new_today(cur, frozen, learner, start),
        profile.daily_new_limit,
    )
    statistics = read_statistics(
        cur, frozen, learner, items, now, tz, profile.rollover_hour, HOME_HISTORY_DAYS
    )
    workshops = read_sessions(cur, frozen, "workshop.unfinished_sessions")
    return HomeSnapshot(
        loaded=folder.loaded(result, profiles),
        learner_id=learner,
        profile=profile,
        counts=counts,
        statistics=statistics,
        unfinished_quizzes=home_reads.unfinished_quizzes(cur, frozen, learner),
        interrupted_workshop=workshops[0].title if workshops else "",
    )
