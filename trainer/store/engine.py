"""Database URL resolution and SQLAlchemy engine set-up (the only SQLite-specific code).

Every SQLite connection gets, in a ``connect`` listener: WAL journal,
``synchronous=FULL`` (each commit survives power loss), foreign keys and a busy
timeout. Transactions are begun explicitly (``BEGIN``, or ``BEGIN IMMEDIATE``
for writes) so that a write takes the lock before doing any work.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, make_url

from trainer.store import errors
from trainer.store.sqlite_read import ENV_DATABASE_URL as ENV_DATABASE_URL
from trainer.store.sqlite_read import connect_read_only as connect_read_only

BUSY_TIMEOUT_MS = 5000
WRITE_OPTION = "trainer_write"


def _given() -> str:
    """Where the URL in use came from, for messages."""
    return f"in the {ENV_DATABASE_URL} variable" if os.environ.get(ENV_DATABASE_URL) else ""


def _parse(text: str) -> URL:
    try:
        return make_url(text)
    except sa_exc.ArgumentError:
        raise errors.unusable_url(
            text, _given(), f"it is not a database URL (such as {errors.URL_EXAMPLE})"
        ) from None


def resolve_url(url_or_path: str | os.PathLike[str]) -> URL:
    """The database URL: ``TRAINER_DATABASE_URL`` wins, else a path or URL as given.

    Raises :class:`~trainer.store.errors.StoreError` for a URL that cannot be read,
    and for a variable naming a database kept in memory (it would keep nothing).
    """
    override = os.environ.get(ENV_DATABASE_URL)
    if override:
        url = _parse(override)
        if url.get_backend_name() == "sqlite" and sqlite_file(url) is None:
            raise errors.unusable_url(
                override,
                _given(),
                "it names a database kept in memory, which loses all progress when Trainer closes",
            )
        return url
    text = os.fspath(url_or_path)
    if "://" in text:
        return _parse(text)
    try:
        return URL.create("sqlite", database=str(Path(text).expanduser().resolve()))
    except (RuntimeError, OSError) as error:  # "~nosuchuser", a loop of symbolic links
        raise errors.StoreError(
            f"The progress database {text!r} cannot be used: {error}."
        ) from None


def sqlite_file(url: URL) -> Path | None:
    """The database file of a file-based SQLite URL, else None (memory or server)."""
    if url.get_backend_name() != "sqlite":
        return None
    database = url.database or ""
    if database in ("", ":memory:"):
        return None
    if database.startswith("file:"):
        database = database[len("file:") :].split("?", 1)[0]
    return Path(database)


def read_only_url(url: URL) -> bool:
    """True when ``url`` asks SQLite for reading only (``mode=ro`` or ``immutable=1``)."""
    query = {k: str(v) for k, v in url.query.items()}
    return query.get("mode") == "ro" or query.get("immutable") == "1"


def _on_connect(dbapi_connection: Any, connection_record: Any) -> None:
    dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        with contextlib.suppress(sqlite3.OperationalError):  # read-only keeps its mode
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def _on_begin(connection: Any) -> None:
    write = connection.info.get(WRITE_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def make_engine(url: URL) -> Engine:
    """An engine for ``url``; SQLite connections get the pragmas above."""
    if url.get_backend_name() != "sqlite":
        shown = url.render_as_string(hide_password=True)
        try:
            return create_engine(url)
        except sa_exc.NoSuchModuleError:
            reason = f"Trainer knows no database of the kind {url.get_backend_name()!r}"
            raise errors.unusable_url(shown, _given(), reason) from None
        except ImportError as error:  # the database's Python driver is not installed
            reason = f"the Python driver it needs ({error.name or error}) is not installed"
            raise errors.unusable_url(shown, _given(), reason) from None
    connect_args: dict[str, Any] = {"timeout": BUSY_TIMEOUT_MS / 1000}
    if (url.database or "").startswith("file:"):
        connect_args["uri"] = True
    engine = create_engine(url, connect_args=connect_args)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine
