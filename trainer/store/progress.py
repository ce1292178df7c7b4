"""What a backup holds: which backup carries the newest progress, told without the clock.

A backup's name holds the computer's clock time when it was made. A clock that was a
day ahead once makes that backup look newest for a day, so names alone must not pick
the backup to restore. Backups are compared by what they hold instead:

- ``rows``: the rows that record progress (profiles, reviews and their undos, quiz
  attempts and answers, workshop sessions, teams and answers);
- ``last_review``: the id of the review with the highest sequence number.

Backup B *carries on from* backup A when B holds at least as many rows and holds A's
last review. The review log only grows, so of two backups of one line of history the
later one carries on from the earlier, whatever their names say. The *tips* are the
backups that no other one carries on from (of backups with equal contents, only the
newest name). Several tips mean several lines of history, e.g. an older backup
restored and studied on, a profile deleted, or a fresh start; among tips the newest
name wins.

The tip with the newest name that passes ``integrity_check`` is what recovery
restores and what the Backups dialog proposes (:func:`newest_usable`, through
``recovery_choice`` in ``trainer.store.backups``); thinning keeps every tip, so it
never deletes the backup that holds the most progress. Reading what a backup holds
is cheap (a few counts); only tips get the full ``integrity_check``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol, TypeVar, cast

from trainer.store import migrate
from trainer.store.sqlite_read import connect_read_only

PROGRESS_TABLES = (
    "learner",
    "review",
    "review_undo",
    "quiz_attempt",
    "quiz_answer",
    "workshop_session",
    "workshop_team",
    "workshop_answer",
)
_CACHE_LIMIT = 1024
T = TypeVar("T")


class BackupFile(Protocol):
    """What this module needs of a backup (``trainer.store.backups.BackupInfo``)."""

    @property
    def path(self) -> Path: ...

    @property
    def created_at(self) -> datetime: ...


B = TypeVar("B", bound=BackupFile)


@dataclass(frozen=True)
class Progress:
    """What one backup holds (see the module docstring)."""

    rows: int
    last_review: str | None


_Pair = tuple[BackupFile, Progress]


def check_backup(path: Path) -> bool:
    """True when ``path`` is a SQLite file that passes ``PRAGMA integrity_check``."""
    try:
        conn = connect_read_only(path)
        try:
            row = conn.execute("PRAGMA integrity_check").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
    return row is not None and row[0] == "ok"


def usable_backup(path: Path) -> bool:
    """True when ``path`` passes ``integrity_check`` and is a Trainer database this
    version can open (a known schema revision)."""
    if not check_backup(path):
        return False
    try:
        revision, _tables = migrate.sqlite_revision(path)
    except sqlite3.Error:
        return False
    return revision is not None and revision in migrate.known_revisions()


_cache: dict[tuple[str, int, int, str], object] = {}


def _cached(path: Path, what: str, read: Callable[[Path], T]) -> T | None:
    """``read(path)``, kept per (path, size, mtime): a backup never changes once made,
    so each one is read once per run, not at every thinning. None when it is gone."""
    try:
        info = path.stat()
    except OSError:
        return None
    key = (str(path), info.st_size, info.st_mtime_ns, what)
    if key not in _cache:
        if len(_cache) >= _CACHE_LIMIT:
            _cache.clear()
        _cache[key] = read(path)
    return cast("T", _cache[key])


def read_progress(path: Path) -> Progress | None:
    """What the backup ``path`` holds; None when it cannot be read or is not a Trainer
    database this version knows (no integrity check: see :func:`newest_usable`)."""
    return _cached(path, "progress", _read)


def _read(path: Path) -> Progress | None:
    try:
        revision, _tables = migrate.sqlite_revision(path)
        if revision is None or revision not in migrate.known_revisions():
            return None
        conn = connect_read_only(path)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            rows = sum(
                int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
                for table in PROGRESS_TABLES
                if table in tables
            )
            last = conn.execute("SELECT uuid FROM review ORDER BY seq DESC LIMIT 1").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return Progress(rows, None if last is None else str(last[0]))


def _held(path: Path, reviews: set[str]) -> set[str]:
    """Which of ``reviews`` (review ids) the backup ``path`` holds."""
    if not reviews:
        return set()
    marks = ",".join("?" * len(reviews))
    try:
        conn = connect_read_only(path)
        try:
            found = conn.execute(f"SELECT uuid FROM review WHERE uuid IN ({marks})", list(reviews))
            return {str(r[0]) for r in found}
        finally:
            conn.close()
    except sqlite3.Error:
        return set()


def tips(backups: Iterable[B]) -> tuple[list[B], list[B]]:
    """The readable backups no other one carries on from, newest name first (of equal
    contents only the newest name); and the unreadable ones, newest name first."""
    readable: list[tuple[B, Progress]] = []
    unreadable: list[B] = []
    for backup in backups:
        progress = read_progress(backup.path)
        if progress is None:
            unreadable.append(backup)
        else:
            readable.append((backup, progress))
    wanted = {p.last_review for _b, p in readable if p.last_review is not None}
    held = {b.path: _held(b.path, wanted) for b, _p in readable}

    def carries_on(later: _Pair, earlier: _Pair) -> bool:
        (b, pb), (_a, pa) = later, earlier
        return pb.rows >= pa.rows and (pa.last_review is None or pa.last_review in held[b.path])

    def supersedes(later: _Pair, earlier: _Pair) -> bool:
        if not carries_on(later, earlier):
            return False
        return not carries_on(earlier, later) or _by_name(later[0]) > _by_name(earlier[0])

    found = [
        one[0]
        for one in readable
        if not any(supersedes(other, one) for other in readable if other[0].path != one[0].path)
    ]
    return sorted(found, key=_by_name, reverse=True), sorted(unreadable, key=_by_name, reverse=True)


def _by_name(backup: BackupFile) -> tuple[datetime, str]:
    return backup.created_at, backup.path.name


def _usable(path: Path) -> bool:
    return bool(_cached(path, "usable", usable_backup))


def newest_usable(backups: Iterable[B]) -> tuple[B | None, list[B]]:
    """The backup with the newest progress that passes :func:`usable_backup`, and the
    damaged or too-new backups met on the way, newest name first.

    Only the tips are checked in full (``integrity_check`` reads every page), one at a
    time: a damaged tip is dropped and the tips of the others are taken again.
    """
    candidates = list(backups)
    unusable: list[B] = []
    while True:
        found, unreadable = tips(candidates)
        unusable += unreadable
        if found and _usable(found[0].path):
            return found[0], sorted(unusable, key=_by_name, reverse=True)
        if not found:
            return None, sorted(unusable, key=_by_name, reverse=True)
        unusable.append(found[0])  # damaged: what it carried on from may be a tip now
        gone = {b.path for b in unreadable} | {found[0].path}
        candidates = [b for b in candidates if b.path not in gone]
