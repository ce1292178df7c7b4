"""Reading a SQLite progress file with :mod:`sqlite3` alone (no SQLAlchemy).

The checks before opening (``filecheck``), the backups' reads and the start-up's fast
path to Home (``trainer.core.home_fast``) read the file through
:func:`connect_read_only`, which writes nothing to the file or beside it.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

ENV_DATABASE_URL = "TRAINER_DATABASE_URL"
"""The variable naming the database to use instead of the data folder's file."""
HEADER_SIZE = 100
MAGIC = b"SQLite format 3\x00"
VERSION_TABLE = "alembic_version"


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection to the file ``path`` that writes nothing beside it.

    Reading a WAL-mode file makes SQLite create its ``-wal`` and ``-shm`` files. With
    no ``-wal`` beside the file, the file itself holds everything, so it is opened as
    immutable, which creates nothing; with one, it is opened read-only as usual.
    """
    wal = path.with_name(path.name + "-wal")
    options = "mode=ro" if os.path.lexists(wal) else "mode=ro&immutable=1"
    return sqlite3.connect(f"{path.as_uri()}?{options}", uri=True)


def size_needed(path: Path, header: bytes) -> int | None:
    """The size a SQLite file's ``header`` says the file ``path`` has at least, when that
    is more than the header (a cut-short header needs ``HEADER_SIZE``); None when the
    header gives no size or a ``-wal`` beside the file may hold the rest."""
    if len(header) < HEADER_SIZE:
        return HEADER_SIZE
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid_for = header[92:96] == header[24:28]  # the count is valid for this change
    if not (valid_for and pages) or os.path.lexists(path.with_name(path.name + "-wal")):
        return None
    return pages * page_size


def read_revision(conn: sqlite3.Connection) -> tuple[str | None, bool]:
    """The schema revision recorded in the database on ``conn``, and whether it has any
    table at all (a revision of None with tables: not a Trainer database)."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if VERSION_TABLE not in tables:
        return None, bool(tables)
    row = conn.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
    return (None if row is None else str(row[0])), True


def sqlite_revision(path: Path) -> tuple[str | None, bool]:
    """Read a SQLite file's revision without writing to it (or beside it).

    Returns (revision, has_tables). Raises ``sqlite3.DatabaseError`` for files that
    are not SQLite databases.
    """
    conn = connect_read_only(path)
    try:
        return read_revision(conn)
    finally:
        conn.close()
