"""Alembic run in code: the configuration is built here, the scripts ship in the package.

The migration scripts are found next to this module (``Path(__file__).parent``),
so the PyInstaller bundle needs no ``alembic.ini``.

Alembic itself (about half a second to import) is imported only when a migration
runs. Checking whether one is needed reads the ``revision`` and ``down_revision``
of each script (literal assignments, read with :mod:`ast`) and the database's
``alembic_version`` row with a plain query; ``tests/test_startup_imports.py``
checks that the scripts' revisions read this way are Alembic's own.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from trainer.store.sqlite_read import VERSION_TABLE as VERSION_TABLE
from trainer.store.sqlite_read import sqlite_revision as sqlite_revision

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration pointing at the shipped scripts."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@functools.lru_cache(maxsize=4)
def _script_revisions(scripts: Path) -> dict[str, str | None]:
    """Each script's ``revision`` and its ``down_revision`` in ``scripts`` (the current
    ``MIGRATIONS_DIR``), read without Alembic, once."""
    found: dict[str, str | None] = {}
    for script in sorted((scripts / "versions").glob("*.py")):
        values: dict[str, object] = {}
        for node in ast.parse(script.read_text(encoding="utf-8")).body:
            value: ast.expr | None
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target, value = node.targets[0], node.value
            elif isinstance(node, ast.AnnAssign):
                target, value = node.target, node.value
            else:
                continue
            if isinstance(target, ast.Name) and isinstance(value, ast.Constant):
                values[target.id] = value.value
        revision, down = values.get("revision"), values.get("down_revision")
        if isinstance(revision, str):
            found[revision] = down if isinstance(down, str) else None
    return found


def head_revision() -> str:
    """The schema revision this version of Trainer writes (the one no script revises)."""
    scripts = _script_revisions(MIGRATIONS_DIR)
    heads = set(scripts) - set(scripts.values())
    if len(heads) != 1:
        raise RuntimeError(f"the shipped migrations need exactly one head, not {sorted(heads)}")
    return heads.pop()


def known_revisions() -> set[str]:
    """Every schema revision this version of Trainer knows how to upgrade from."""
    return set(_script_revisions(MIGRATIONS_DIR))


def current_revision(connection: Connection) -> str | None:
    """The revision recorded in the database, or None for an empty database."""
    if not sa.inspect(connection).has_table(VERSION_TABLE):
        return None
    row = connection.execute(sa.text(f"SELECT version_num FROM {VERSION_TABLE}")).first()
    return None if row is None else str(row[0])


def check_foreign_keys(connection: Connection) -> None:
    """Fail (rolling the migration back) when a migration left dangling references."""
    if connection.dialect.name != "sqlite":
        return
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise RuntimeError(f"migration left {len(broken)} broken references, e.g. {broken[0]}")


def upgrade(connection: Connection, target: str = "head") -> None:
    """Upgrade the database on ``connection`` to ``target``, one migration per transaction."""
    from alembic import command

    command.upgrade(alembic_config(connection), target)
