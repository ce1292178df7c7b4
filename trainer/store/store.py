"""Opening the progress database: checks, backup before upgrade, Alembic, the Store handle.

``open_store`` refuses a database written by a newer Trainer (leaving it
untouched), backs the file up before any schema upgrade, and runs the shipped
migrations. The returned :class:`Store` hands out transactions, tracks whether
anything changed, and makes backups on close and on ``maybe_backup``.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL, Connection
from sqlalchemy.sql.expression import Executable

from trainer.store import backups as bk
from trainer.store import migrate
from trainer.store.engine import (
    WRITE_OPTION,
    make_engine,
    read_only_url,
    resolve_url,
    sqlite_file,
)
from trainer.store.errors import (
    StoreCorruptError,
    StoreDiskFullError,
    StoreError,
    StoreReadOnlyError,
    StoreTooNewError,
    is_database_error,
    sqlite_code,
    translate,
)
from trainer.store.fast import FastTransaction, Prepare, Prepared
from trainer.store.filecheck import (
    check_database,
    check_existing,
    check_missing,
    check_writable,
)

log = logging.getLogger("trainer.store")
Clock = Callable[[], datetime]
BACKUP_EVERY = timedelta(minutes=5)


def system_clock() -> datetime:
    """The current time, timezone-aware UTC."""
    return datetime.now(UTC)


class Store:
    """An open progress database. Use :func:`open_store` to make one."""

    def __init__(
        self, engine: Engine, url: URL, path: Path | None, backups_dir: Path | None, clock: Clock
    ) -> None:
        self.engine = engine
        self.url = url
        self.path = path
        self.backups_dir = backups_dir
        self.clock = clock
        self.changed = False
        self._last_backup: datetime | None = None
        self._closed = False
        self._conn: Connection | None = None
        self._prepared: dict[Executable, Prepared] = {}
        self._sqlite = url.get_backend_name() == "sqlite"

    @property
    def where(self) -> str:
        """The file path (or URL without password) for messages."""
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)

    def _raise(self, error: BaseException) -> None:
        mapped = translate(error, self.where)
        if mapped is not None:
            raise mapped from error

    def _connection(self) -> Connection:
        """The store's one connection (opened on first use). Not for several threads."""
        if self._conn is None or self._conn.closed:
            try:
                self._conn = self.engine.connect()
            except Exception as error:
                if is_database_error(error):
                    self._raise(error)
                raise
        return self._conn

    def _release(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _set_foreign_keys(self, on: bool) -> None:
        """Switch SQLite's foreign keys (only possible outside a transaction)."""
        if not self._sqlite:
            return
        dbapi = self._connection().connection.dbapi_connection
        assert dbapi is not None
        dbapi.execute(f"PRAGMA foreign_keys = {'ON' if on else 'OFF'}")

    def reconnect(self) -> None:
        """Drop the store's connection and pool; the next use connects afresh."""
        self._release()
        self.engine.dispose()

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """The connection in a read transaction (or the caller's transaction when nested)."""
        conn = self._connection()
        if conn.in_transaction():
            yield conn
            return
        try:
            with conn.begin():
                yield conn
        except StoreError:
            raise
        except Exception as error:
            if is_database_error(error):
                self._raise(error)
            raise

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """The connection in a write transaction, committed durably when the block ends."""
        conn = self._connection()
        if conn.in_transaction():
            raise RuntimeError("write transactions do not nest")
        try:
            conn.info[WRITE_OPTION] = True
            try:
                transaction = conn.begin()
            finally:
                conn.info[WRITE_OPTION] = False
            with transaction:
                yield conn
        except StoreError:
            raise
        except Exception as error:
            if is_database_error(error):
                self._raise(error)
            raise
        self.changed = True

    def prepare(self, statement: Executable) -> Prepared:
        """``statement`` compiled once for this database (see ``trainer.store.fast``)."""
        prepared = self._prepared.get(statement)  # (statements hash by identity)
        if prepared is None:
            prepared = self._prepared[statement] = Prepared(statement, self.engine.dialect)
        return prepared

    def preparer(self, statements: Mapping[str, Executable]) -> Prepare:
        """The named ``statements`` compiled for this database (``fast.Prepare``)."""
        return lambda name: self.prepare(statements[name])

    def _fast(self, begin: str | None, done: Callable[[], None] | None) -> FastTransaction:
        conn = self._connection()
        if conn.in_transaction():
            raise RuntimeError("fast transactions do not nest")
        dbapi = conn.connection.dbapi_connection
        assert dbapi is not None
        return FastTransaction(dbapi, begin if self._sqlite else None, self._fail, done)

    def _fail(self, error: BaseException) -> None:
        if is_database_error(error):
            self._raise(error)

    def _written(self) -> None:
        self.changed = True

    def fast_write(self) -> FastTransaction:
        """A raw cursor in a write transaction, committed durably when the block ends."""
        return self._fast("BEGIN IMMEDIATE", self._written)

    def fast_read(self) -> FastTransaction:
        """A raw cursor in a read transaction."""
        return self._fast("BEGIN", None)

    def fast_query(self) -> FastTransaction:
        """A raw cursor outside a transaction: each statement reads the latest committed
        state on its own, with no BEGIN and COMMIT around it (for one query, or for
        queries that need not agree with each other)."""
        return self._fast(None, None)

    # -- backups -----------------------------------------------------------------
    def backup_now(self, label: str = "", *, thin: bool = True) -> bk.BackupInfo | None:
        """Back up now (SQLite files only) and thin old backups; None when not possible."""
        if self.path is None or self.backups_dir is None:
            return None
        now = self.clock()
        try:
            info = bk.make_backup(self.path, self.backups_dir, now, label)
        except (sqlite3.Error, OSError) as error:
            raise self._backup_error(error) from error
        if thin:
            self._thin(now)
        self._last_backup = now
        if not label:
            self.changed = False
        return info

    def _backup_error(self, error: BaseException) -> StoreError:
        """A failed backup, told about the backups folder (the database itself is fine)."""
        folder = self.backups_dir
        code = sqlite_code(error)
        text = str(error).lower()
        if (
            code == 13
            or "disk is full" in text
            or (isinstance(error, OSError) and error.errno == errno.ENOSPC)
        ):
            return StoreDiskFullError(
                f"The disk holding the backups folder {folder} is full, so no backup was "
                "made. Free some space there; your progress itself is saved."
            )
        folder_ok = folder is not None and folder.is_dir() and os.access(folder, os.W_OK)
        if folder_ok and not isinstance(error, OSError):
            reason = None  # the folder is fine: the error is elsewhere, say it as it is
        elif code in (8, 14) or "readonly" in text or "unable to open" in text:
            reason = ""
        elif isinstance(error, OSError):
            reason = f" ({error.strerror or error})"
        else:
            reason = None
        if reason is not None:
            return StoreReadOnlyError(
                f"The backups folder {folder} cannot be written{reason}, so no backup was "
                "made. Make it a writable folder; your progress itself is saved."
            )
        return StoreError(f"A backup into {folder} failed: {error}. Your progress is saved.")

    def _thin(self, now: datetime) -> None:
        """Thin old backups; a file that cannot be removed is left (and logged)."""
        assert self.backups_dir is not None
        try:
            bk.thin_backups(self.backups_dir, now)
        except OSError as error:
            log.warning("thinning the backups in %s failed: %s", self.backups_dir, error)

    def maybe_backup(self, now: datetime | None = None) -> bk.BackupInfo | None:
        """Back up when something changed and the last backup is a few minutes old.

        The app calls this on a timer; it is cheap when there is nothing to do.
        """
        now = self.clock() if now is None else now
        if not self.changed:
            return None
        last = self._last_backup
        if last is not None and timedelta(0) <= now - last < BACKUP_EVERY:
            return None  # (a clock set back since the last backup does not wait for it)
        self.checkpoint()
        return self.backup_now()

    def checkpoint(self) -> None:
        """Copy the WAL into the main file now (passive: never waits for readers)."""
        if not self._sqlite:
            return
        conn = self._connection()
        dbapi = conn.connection.dbapi_connection
        assert dbapi is not None
        try:
            dbapi.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        except Exception as error:
            if is_database_error(error):
                self._raise(error)
            raise

    def list_backups(self) -> list[bk.BackupInfo]:
        """The backups of this database, newest first."""
        return [] if self.backups_dir is None else bk.list_backups(self.backups_dir)

    def migrate(self) -> None:
        """Bring the schema to this Trainer's revision (creating it when empty).

        Foreign keys are off while migrating: a migration that rebuilds a table
        (Alembic's batch mode) drops the old one, and with foreign keys on that drop
        would cascade-delete the rows pointing at it. They are checked afterwards.
        """
        head = migrate.head_revision()
        self._set_foreign_keys(False)
        try:
            with self.write() as conn:
                current = migrate.current_revision(conn)
                if current is not None and current not in migrate.known_revisions():
                    raise StoreTooNewError(
                        f"The progress database {self.where} was written by a newer "
                        f"version of Trainer (schema {current}). Install the newer Trainer."
                    )
                if current != head:
                    migrate.upgrade(conn)
                    migrate.check_foreign_keys(conn)
        finally:
            self._set_foreign_keys(True)

    def restore_backup(self, backup: Path) -> None:
        """Replace the database's content with ``backup``'s.

        The current content is first saved as a ``pre-restore`` backup. Services
        holding cached state must be created anew afterwards.
        """
        if self.path is None:
            raise StoreError("Only SQLite file databases can be restored from a backup.")
        if not backup.is_file():
            raise StoreError(f"The backup {backup} does not exist; nothing was restored.")
        if not bk.check_backup(backup):
            raise StoreCorruptError(f"The backup {backup} is damaged; it was not restored.")
        revision = check_existing(backup, str(backup))  # refuses too-new or foreign files
        if revision is None:
            raise StoreCorruptError(f"The backup {backup} holds no Trainer data.")
        # Not thinned now: thinning could delete the very backup being restored.
        self.backup_now(label="pre-restore", thin=False)
        self._release()
        self.engine.dispose()
        try:
            bk.copy_into(backup, self.path)
        except sqlite3.Error as error:
            mapped = translate(error, self.where)
            raise (mapped or StoreError(f"Restore failed: {error}")) from error
        self.migrate()  # an older backup (e.g. pre-upgrade) is upgraded again
        self.changed = False
        if self.backups_dir is not None:
            self._thin(self.clock())

    def close(self) -> None:
        """Back up when something changed, then release the database."""
        if self._closed:
            return
        self._closed = True
        try:
            self._release()
            if self.changed:
                self.backup_now()
        finally:
            self.engine.dispose()


def open_store(
    url_or_path: str | os.PathLike[str],
    *,
    backups_dir: Path | None = None,
    clock: Clock | None = None,
) -> Store:
    """Open (creating or upgrading) the progress database.

    ``TRAINER_DATABASE_URL`` overrides ``url_or_path``. For a SQLite file, backups
    go to ``backups_dir`` (default: a ``backups`` folder beside the file), and the
    file is backed up before any schema upgrade.
    """
    clock = clock or system_clock
    url = resolve_url(url_or_path)
    path = sqlite_file(url)
    where = str(path) if path else url.render_as_string(hide_password=True)
    revision: str | None = None
    if path is not None:
        if backups_dir is None:
            backups_dir = path.parent / "backups"
        writable = not read_only_url(url)  # e.g. ?mode=ro: for reading only
        if os.path.lexists(path):
            revision = check_database(path, where, backups_dir, writable=writable)
        else:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise StoreError(f"Cannot create the folder for {where}: {error}") from error
            if writable:
                check_writable(path, where)
                check_missing(where, backups_dir)
    head = migrate.head_revision()
    engine = make_engine(url)
    store = Store(engine, url, path, backups_dir, clock)
    try:
        if path is not None and revision is not None and revision != head:
            store.backup_now(label=f"pre-upgrade-{revision}")
        store.migrate()
    except BaseException:
        store._release()
        engine.dispose()
        raise
    store.changed = False
    return store
