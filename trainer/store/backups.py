"""Backups of the SQLite progress database with SQLite's online backup API.

A backup is a complete, self-contained SQLite file (journal mode DELETE) named
``trainer-YYYYMMDD-HHMMSS-ffffff[-label].sqlite3`` (UTC), written to a temporary
name and renamed, so a half-written backup never looks like a real one.

Regular backups (no label) are thinned: the newest 10 are kept, plus the newest
of each day for the last 7 days, plus the newest of each ISO week for the last
31 days. Labelled backups (``pre-upgrade-…``, ``pre-restore``) keep the newest
3 per label.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

KEEP_LAST = 10
KEEP_DAILY_DAYS = 7
KEEP_WEEKLY_DAYS = 31
KEEP_PER_LABEL = 3
_NAME = re.compile(r"^trainer-(\d{8}-\d{6}-\d{6})(?:-([a-z0-9-]+))?\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where it is, when it was made (UTC), its label and size."""

    path: Path
    created_at: datetime
    label: str
    size: int


def _parse(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    created = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f").replace(tzinfo=UTC)
    return BackupInfo(path, created, match.group(2) or "", path.stat().st_size)


def list_backups(directory: Path) -> list[BackupInfo]:
    """The backups in ``directory``, newest first."""
    if not directory.is_dir():
        return []
    found = [info for p in directory.iterdir() if (info := _parse(p)) is not None]
    return sorted(found, key=lambda b: b.created_at, reverse=True)


def _copy(source: sqlite3.Connection, dest: Path) -> None:
    target = sqlite3.connect(dest)
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
        target.commit()
    finally:
        target.close()


def make_backup(database: Path, directory: Path, now: datetime, label: str = "") -> BackupInfo:
    """Copy ``database`` (a consistent snapshot, WAL included) into ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    stamp = now.astimezone(UTC).strftime("%Y%m%d-%H%M%S-%f")
    name = f"trainer-{stamp}{'-' + label if label else ''}.sqlite3"
    final = directory / name
    temp = directory / (name + ".part")
    source = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
    try:
        _copy(source, temp)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    finally:
        source.close()
    os.replace(temp, final)
    info = _parse(final)
    assert info is not None
    return info


def choose_kept(backups: Iterable[BackupInfo], now: datetime) -> set[Path]:
    """The backups the thinning rules keep (see the module docstring)."""
    backups = list(backups)  # read twice below: regular, then labelled
    regular = sorted((b for b in backups if not b.label), key=lambda b: b.created_at, reverse=True)
    kept = {b.path for b in regular[:KEEP_LAST]}
    days: set[object] = set()
    weeks: set[object] = set()
    for b in regular:  # newest first, so the first seen per bucket is the newest
        age = now - b.created_at
        if age <= timedelta(days=KEEP_DAILY_DAYS) and b.created_at.date() not in days:
            days.add(b.created_at.date())
            kept.add(b.path)
        week = b.created_at.isocalendar()[:2]
        if age <= timedelta(days=KEEP_WEEKLY_DAYS) and week not in weeks:
            weeks.add(week)
            kept.add(b.path)
    by_label: dict[str, list[BackupInfo]] = {}
    for b in backups:
        if b.label:
            by_label.setdefault(b.label, []).append(b)
    for group in by_label.values():
        group.sort(key=lambda b: b.created_at, reverse=True)
        kept.update(b.path for b in group[:KEEP_PER_LABEL])
    return kept


def thin_backups(directory: Path, now: datetime) -> list[Path]:
    """Delete the backups the thinning rules do not keep; returns the deleted paths."""
    backups = list_backups(directory)
    kept = choose_kept(backups, now)
    deleted = []
    for b in backups:
        if b.path not in kept:
            b.path.unlink(missing_ok=True)
            deleted.append(b.path)
    return deleted


def check_backup(path: Path) -> bool:
    """True when ``path`` is a SQLite file that passes ``PRAGMA integrity_check``."""
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute("PRAGMA integrity_check").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
    return row is not None and row[0] == "ok"


def copy_into(backup: Path, database: Path) -> None:
    """Overwrite ``database``'s content with ``backup``'s through the backup API."""
    source = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(database)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
