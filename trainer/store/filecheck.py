"""Checks of the database file before SQLAlchemy opens it (and SQLite writes beside it).

``open_store`` calls :func:`check_database` first. It refuses, with the messages of
``trainer.store.errors`` and without writing to the file or beside it:

- something other than a regular file in the database's place (a folder, a pipe);
- an empty file (0 bytes, or SQLite with no tables) while backups of progress exist,
  and a file shorter than SQLite's header or than the size its header gives: damage,
  for which the app offers a backup; so is a missing file while backups of progress
  exist (:func:`check_missing`). Backups kept from before a fresh start do not count;
- a file that is not SQLite, not a Trainer database, or from a newer Trainer;
- a file, or folder, that cannot be written: SQLite would open it read-only without
  a word, and the first answer would be lost.

Every read here goes through :func:`~trainer.store.sqlite_read.connect_read_only`, so
refusing a file leaves no ``-wal`` or ``-shm`` beside it.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from trainer.store import errors, migrate
from trainer.store.backups import list_backups
from trainer.store.sqlite_read import HEADER_SIZE, MAGIC, size_needed

SIDE_FILES = ("-wal", "-shm")


def check_database(
    path: Path, where: str, backups_dir: Path | None, *, writable: bool
) -> str | None:
    """Check an existing database file; its schema revision (None: empty, start it).

    With ``writable``, also check that the file and its folder can be written.
    """
    try:
        info = path.stat()
    except OSError as error:
        raise errors.StoreError(
            f"Trainer cannot read the progress database {where}: {error.strerror or error}."
        ) from error
    if not stat.S_ISREG(info.st_mode):
        raise errors.not_a_file(where, folder=stat.S_ISDIR(info.st_mode))
    if info.st_size == 0 and _has_backups(backups_dir):
        raise errors.empty_database(where, "0 bytes")
    if info.st_size > 0:
        _check_header(path, where, info.st_size)
    revision = check_existing(path, where) if info.st_size else None
    if info.st_size and revision is None and _has_backups(backups_dir):
        raise errors.empty_database(where, "no tables")  # a valid SQLite file, but empty
    if writable:
        check_writable(path, where)
    return revision


def _has_backups(folder: Path | None) -> bool:
    """Whether ``folder`` holds backups of progress that a new database would bury.

    Backups kept from before a fresh start (``…kept``) do not count: after "Start with
    no progress" the database is missing (or, cut short, empty) on purpose.
    """
    return folder is not None and any(not b.label.endswith("kept") for b in list_backups(folder))


def check_missing(where: str, backups_dir: Path | None) -> None:
    """Refuse to start a new database where one is missing while backups of it exist."""
    if _has_backups(backups_dir):
        raise errors.missing_database(where, str(backups_dir))


def _check_header(path: Path, where: str, size: int) -> None:
    """A file shorter than its header says is cut short (with no WAL to hold the rest)."""
    try:
        with path.open("rb") as file:
            header = file.read(HEADER_SIZE)
    except OSError as error:
        raise errors.StoreError(
            f"Trainer cannot read the progress database {where}: {error.strerror or error}."
        ) from error
    if not header.startswith(MAGIC[: len(header)]):
        return  # not SQLite at all: SQLite itself says so below
    needed = size_needed(path, header)
    if needed is not None and needed > size:
        raise errors.cut_short(where, size, needed)


def check_existing(path: Path, where: str) -> str | None:
    """The revision of an existing SQLite file; refuses damaged, too-new or foreign files."""
    try:
        revision, has_tables = migrate.sqlite_revision(path)
    except sqlite3.Error as error:
        mapped = errors.translate(error, where)
        raise (mapped or errors.StoreCorruptError(f"Cannot read {where}: {error}")) from error
    if revision is None and has_tables:
        raise errors.StoreCorruptError(
            f"{where} is a SQLite database but not a Trainer database; it was not changed."
        )
    if revision is not None and revision not in migrate.known_revisions():
        raise errors.StoreTooNewError(
            f"The progress database {where} was written by a newer version of Trainer "
            f"(schema {revision}). Install the newer Trainer; the file was not changed."
        )
    return revision


def check_writable(path: Path, where: str) -> None:
    """Refuse a database (existing or to be created) that cannot be written."""
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        raise errors.read_only_file(where)
    for suffix in SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.exists() and not os.access(side, os.W_OK):
            raise errors.read_only_file(str(side))
    if folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
        raise errors.read_only_folder(str(folder), where)
