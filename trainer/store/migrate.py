"""Alembic run in code: the configuration is built here, the scripts ship in the package.

The migration scripts are found next to this module (``Path(__file__).parent``),
so the PyInstaller bundle needs no ``alembic.ini``.
"""

from __future__ import annotations

import functools
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

from trainer.store.engine import connect_read_only

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration pointing at the shipped scripts."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The schema revision this version of Trainer writes."""
    head = _revisions(MIGRATIONS_DIR)[0]
    if head is None:
        raise RuntimeError("no migrations shipped")
    return head


def known_revisions() -> set[str]:
    """Every schema revision this version of Trainer knows how to upgrade from."""
    return set(_revisions(MIGRATIONS_DIR)[1])


@functools.lru_cache(maxsize=4)
def _revisions(scripts: Path) -> tuple[str | None, frozenset[str]]:
    """(head, every revision) of the scripts in ``scripts`` (the current
    ``MIGRATIONS_DIR``), read once: parsing them takes about 20 ms."""
    script = ScriptDirectory.from_config(alembic_config())
    return script.get_current_head(), frozenset(rev.revision for rev in script.walk_revisions())


def current_revision(connection: Connection) -> str | None:
    """The revision recorded in the database, or None for an empty database."""
    return MigrationContext.configure(connection).get_current_revision()


def sqlite_revision(path: Path) -> tuple[str | None, bool]:
    """Read a SQLite file's revision without writing to it (or beside it).

    Returns (revision, has_tables). Raises ``sqlite3.DatabaseError`` for files that
    are not SQLite databases.
    """
    conn = connect_read_only(path)
    try:
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if "alembic_version" not in tables:
            return None, bool(tables)
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return (None if row is None else str(row[0])), True
    finally:
        conn.close()


def check_foreign_keys(connection: Connection) -> None:
    """Fail (rolling the migration back) when a migration left dangling references."""
    if connection.dialect.name != "sqlite":
        return
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise RuntimeError(f"migration left {len(broken)} broken references, e.g. {broken[0]}")


def upgrade(connection: Connection, target: str = "head") -> None:
    """Upgrade the database on ``connection`` to ``target``, one migration per transaction."""
    command.upgrade(alembic_config(connection), target)
