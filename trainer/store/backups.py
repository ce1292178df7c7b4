"""Backups of the SQLite progress database with SQLite's online backup API.

A backup is a complete, self-contained SQLite file (journal mode DELETE) named
``trainer-YYYYMMDD-HHMMSS-ffffff[-label].sqlite3`` (UTC), written to a temporary
name and renamed, so a half-written backup never looks like a real one.

Regular backups (no label) are thinned: the newest 10 are kept, plus the newest
of each day for the last 7 days, plus the newest of each ISO week for the last
31 days. Backups made before an upgrade (``pre-upgrade-<revision>``) keep the newest
3 per label. Backups a person's action made are never thinned: ``manual`` (Back up
now), ``pre-restore`` and ``pre-delete`` (the progress just before a restore or a
profile deletion), and ``…kept`` (the progress set aside by starting afresh after
damage). Those rules go by the clock times in the names; whatever they say, the
backups holding the newest progress (``trainer.store.progress``) are kept too.

:func:`recover_from_backup` is for a database that can no longer be opened: it
moves the damaged file (with its ``-wal`` and ``-shm``) aside under a
``.damaged-YYYYMMDD-HHMMSS`` name, never deleting or overwriting it, and puts the
usable backup with the newest progress (:func:`recovery_choice`: told by what the
backups hold, not by their names) in its place (or nothing, so that the database
starts empty).
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from trainer.store import progress
from trainer.store.errors import StoreError
from trainer.store.progress import check_backup, usable_backup

__all__ = ["BackupInfo", "RecoveryResult", "check_backup", "recover_from_backup", "usable_backup"]

KEEP_LAST = 10
KEEP_DAILY_DAYS = 7
KEEP_WEEKLY_DAYS = 31
KEEP_PER_LABEL = 3
KEPT = "kept"
NEVER_THINNED = ("manual", "pre-restore", "pre-delete")
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
    try:
        size = path.stat().st_size
    except OSError:  # e.g. a broken link, or removed meanwhile: not a usable backup
        return None
    return BackupInfo(path, created, match.group(2) or "", size)


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
    moment = now.astimezone(UTC)
    while True:  # a clock set back (or a coarse one) must not reuse a backup's name
        stamp = moment.strftime("%Y%m%d-%H%M%S-%f")
        name = f"trainer-{stamp}{'-' + label if label else ''}.sqlite3"
        final = directory / name
        if not os.path.lexists(final):
            break
        moment += timedelta(microseconds=1)
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
    _sync_folder(directory)  # the new name survives a power cut too
    info = _parse(final)
    assert info is not None
    return info


def never_thinned(label: str) -> bool:
    """Whether thinning leaves every backup with this label (see the module docstring)."""
    return label in NEVER_THINNED or label.endswith(KEPT)


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
    for label, group in by_label.items():
        group.sort(key=lambda b: b.created_at, reverse=True)
        kept.update(b.path for b in (group if never_thinned(label) else group[:KEEP_PER_LABEL]))
    return kept


def keep_forever(directory: Path) -> list[Path]:
    """Relabel every backup in ``directory`` so that thinning never deletes it
    (``…-kept``); returns the new paths. A backup that cannot be renamed is left."""
    renamed = []
    for b in list_backups(directory):
        if b.label.endswith(KEPT):
            continue
        label = f"{b.label}-{KEPT}" if b.label else KEPT
        target = b.path.with_name(f"trainer-{b.created_at:%Y%m%d-%H%M%S-%f}-{label}.sqlite3")
        if target.exists():
            continue
        try:
            os.replace(b.path, target)
        except OSError:
            continue
        renamed.append(target)
    if renamed:
        _sync_folder(directory)
    return renamed


def thin_backups(directory: Path, now: datetime) -> list[Path]:
    """Delete the backups the thinning rules do not keep; returns the deleted paths.

    Whatever the rules say, the backups no other one carries on from are kept (the
    tips of ``trainer.store.progress``): the newest progress is never deleted, even
    when a clock that was ahead once gave older backups newer names.
    """
    backups = list_backups(directory)
    kept = choose_kept(backups, now) | {b.path for b in progress.tips(backups)[0]}
    deleted = []
    for b in backups:
        if b.path not in kept:
            b.path.unlink(missing_ok=True)
            deleted.append(b.path)
    return deleted


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


# -- recovery of a database that cannot be opened ----------------------------------
SIDE_FILES = ("-wal", "-shm")


@dataclass(frozen=True)
class RecoveryResult:
    """What :func:`recover_from_backup` did."""

    kept_as: Path
    """Where the damaged database file is now (renamed, in the same folder)."""
    moved: tuple[Path, ...]
    """Every file moved aside: the database, then its ``-wal`` and ``-shm`` if present."""
    restored: BackupInfo | None
    """The backup now in the database's place; None when the database starts empty."""
    skipped: tuple[BackupInfo, ...]
    """Backups passed over because they are damaged or from a newer Trainer."""


def recovery_choice(directory: Path) -> tuple[BackupInfo | None, list[BackupInfo]]:
    """The backup that holds the newest progress, told by what the backups hold and not
    by the clock times in their names (see ``trainer.store.progress``); and the backups
    that cannot be used (damaged or too new), newest name first."""
    return progress.newest_usable(list_backups(directory))


def _sync_folder(folder: Path) -> None:
    """Make renames in ``folder`` durable (POSIX; Windows has no directory handles)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _aside_names(database: Path, now: datetime) -> list[tuple[Path, Path]]:
    """(current, new) paths for the database and its side files; new names are unused."""
    stamp = now.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    sources = [database] + [database.with_name(database.name + s) for s in SIDE_FILES]
    suffixes = ["", *SIDE_FILES]
    n = 1
    while True:
        base = f"{database.name}.damaged-{stamp}" + (f"-{n}" if n > 1 else "")
        targets = [database.with_name(base + s) for s in suffixes]
        if not any(os.path.lexists(t) for t in targets):
            break
        n += 1
    return [(src, dst) for src, dst in zip(sources, targets, strict=True) if src.exists()]


def set_aside(database: Path, now: datetime) -> list[Path]:
    """Rename ``database`` and its ``-wal``/``-shm`` to ``<name>.damaged-<UTC stamp>[-wal|-shm]``.

    Nothing is overwritten (a free name is chosen); when a rename fails, the ones
    already made are undone so the files stay together. Returns the new paths.
    """
    moves = _aside_names(database, now)
    if not moves or moves[0][0] != database:
        raise FileNotFoundError(f"{database} does not exist")
    done: list[tuple[Path, Path]] = []
    try:
        for src, dst in moves:
            if os.path.lexists(dst):  # os.rename would replace it on POSIX
                raise FileExistsError(f"{dst} already exists")
            os.rename(src, dst)
            done.append((src, dst))
    except BaseException:
        for src, dst in reversed(done):
            os.rename(dst, src)
        raise
    _sync_folder(database.parent)
    return [dst for _src, dst in done]


def _copy_durably(source: Path, dest: Path) -> None:
    with source.open("rb") as read, dest.open("xb") as write:
        while chunk := read.read(1 << 20):
            write.write(chunk)
        write.flush()
        os.fsync(write.fileno())


def _discard(temp: Path) -> None:
    with contextlib.suppress(OSError):
        temp.unlink(missing_ok=True)


def recover_from_backup(
    database: Path, backups_dir: Path, now: datetime, *, use_backup: bool = True
) -> RecoveryResult:
    """Put a damaged ``database`` aside and restore the backup with the newest progress.

    The damaged file and its ``-wal``/``-shm`` are renamed, never deleted or
    overwritten (see :func:`set_aside`). With ``use_backup`` the backup that
    :func:`recovery_choice` names (it passes ``integrity_check``, holds a Trainer
    schema this version knows, and holds the newest progress whatever the clock
    said when it was made) is copied into place first under a temporary name, so a
    failed copy changes nothing; damaged backups are skipped and reported. Without
    ``use_backup``, or when no backup is usable, no file is left at ``database`` and
    opening the store afterwards starts an empty database; the old backups are then
    relabelled ``…-kept`` so that thinning never deletes them. Opening it also upgrades an older
    backup's schema. Raises :class:`StoreError` with a plain message on failure.
    """
    chosen, skipped = recovery_choice(backups_dir) if use_backup else (None, [])
    temp = database.with_name(database.name + ".restoring")
    moved: list[Path] = []
    try:
        if chosen is not None:
            temp.unlink(missing_ok=True)  # our own leftover from an interrupted recovery
            _copy_durably(chosen.path, temp)
            if not usable_backup(temp):
                raise StoreError(
                    f"The copy of the backup {chosen.path} could not be read back; "
                    "nothing was changed. Check the disk and free space."
                )
        moved = set_aside(database, now)
        if chosen is not None:
            os.replace(temp, database)
            _sync_folder(database.parent)
        else:  # starting afresh: the old progress stays restorable, never thinned
            keep_forever(backups_dir)
    except OSError as error:
        _discard(temp)
        if moved:  # set aside, but the backup could not be put in place: keep them all
            keep_forever(backups_dir)
        raise StoreError(
            f"Trainer could not set the damaged progress database {database} aside: "
            f"{error.strerror or error}. Nothing was deleted."
        ) from error
    except BaseException:
        _discard(temp)
        raise
    return RecoveryResult(moved[0], tuple(moved), chosen, tuple(skipped))
