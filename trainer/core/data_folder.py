"""One data folder's banks, progress store and study service, without Qt.

``DataFolder`` holds the loaded banks, the open progress store and the engine's
``Trainer`` service for one data folder. The app calls it only inside
``TaskRunner.run`` jobs, so every database access happens on the one worker thread,
in order; the command line and the self-test call it directly. It makes no decisions
of its own.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

# Loaded is defined beside HomeSnapshot, which holds one (no import circle).
from trainer.core.home_snapshot import Loaded as Loaded
from trainer.core.overview import summarise
from trainer.paths import backups_dir, cache_dir, database_path, shipped_banks_dir, user_banks_dir

if TYPE_CHECKING:
    from trainer.core.banks import LoadResult, Question
    from trainer.core.home_snapshot import HomeSnapshot
    from trainer.core.study import Profile, Trainer
    from trainer.store import BackupInfo, RecoveryResult, Store

log = logging.getLogger("trainer.core.data_folder")


class DataFolder:
    """Banks, store and study service of one data folder (one thread at a time)."""

    def __init__(self, data_dir: Path, bank_paths: list[Path] | None = None) -> None:
        self.data_dir = data_dir
        self.bank_paths = bank_paths
        """Override of the bank folders (tests); default: shipped + the user's folder."""
        self.result: LoadResult | None = None
        self.store: Store | None = None
        self.trainer: Trainer | None = None
        self._start_banks: LoadResult | None = None
        """The banks the quick Home read, for the full load that follows (then None)."""

    def bank_folders(self) -> list[Path]:
        """Where the banks are read from: the override, or the shipped banks and the
        user's bank folder (when there is one)."""
        if self.bank_paths is not None:
            return list(self.bank_paths)
        user = user_banks_dir(self.data_dir)
        return [shipped_banks_dir()] + ([user] if user.is_dir() else [])

    def read_banks(self, *, use_cache: bool = True) -> LoadResult:
        """Read the banks, through the folder's cache unless ``use_cache`` is false (the
        command line leaves no file in the data folder); the progress store is untouched.

        Raises :class:`~trainer.core.banks.BankLoadError` for a bank path that does not
        exist; a problem inside a bank is one of the result's ``errors``.
        """
        from trainer.core.banks import load_banks

        paths = self.bank_folders()
        result = load_banks(paths, cache_dir=cache_dir(self.data_dir) if use_cache else None)
        log.info(
            "banks loaded: %d banks, %d questions, %d errors, from %s",
            len(result.banks),
            len(result.questions),
            len(result.errors),
            ", ".join(str(p) for p in paths),
        )
        return result

    def open_store(self) -> Store:
        """The progress database, opened (created or upgraded) on first use."""
        from trainer.store import open_store

        if self.store is None:
            self.store = open_store(
                database_path(self.data_dir), backups_dir=backups_dir(self.data_dir)
            )
            log.info("progress database %s open", self.store.where)
        return self.store

    def load(self) -> Loaded:
        """Read the banks, open the store (first time) and record the items."""
        from trainer.core.study import Trainer

        result, self._start_banks = self._start_banks or self.read_banks(), None
        store = self.open_store()
        if self.trainer is None:
            self.trainer = Trainer(store, result.questions)
        else:
            self.trainer.sync_items(result.questions)
        self.result = result
        return self.loaded(result, self.trainer.profiles())

    def loaded(self, result: LoadResult, profiles: list[Profile]) -> Loaded:
        """What a load shows: the banks' overview, where each bank is from, the profiles."""
        user = user_banks_dir(self.data_dir).resolve()
        sources = {
            bank.id: "user" if user in bank.path.resolve().parents else "shipped"
            for bank in result.banks
        }
        return Loaded(summarise(result), profiles, sources)

    def load_home(self, preferred_learner: int | None) -> HomeSnapshot | None:
        """Home for ``preferred_learner`` (or the first profile), read without
        SQLAlchemy, or None when only the full :meth:`load` can tell
        (``trainer.core.home_fast``). Writes nothing; the folder's state is unchanged."""
        from trainer.core.home_fast import read_home

        return read_home(self, preferred_learner)

    def banks_for_start(self) -> LoadResult:
        """The banks read for the quick Home (:meth:`load_home`), kept for the full
        :meth:`load` that follows it at start-up, so that they are read once."""
        self._start_banks = self.read_banks()
        return self._start_banks

    @property
    def study(self) -> Trainer:
        if self.trainer is None:
            raise RuntimeError("the banks are not loaded yet")
        return self.trainer

    def question(self, item_id: str) -> Question:
        assert self.result is not None
        return self.result.by_id[item_id]

    # -- backups -------------------------------------------------------------------
    def backups_folder(self) -> Path:
        return backups_dir(self.data_dir)

    def database_file(self) -> Path | None:
        """The SQLite file in use (``TRAINER_DATABASE_URL`` counts), or None for a server."""
        from trainer.store.engine import resolve_url, sqlite_file

        return sqlite_file(resolve_url(database_path(self.data_dir)))

    def list_backups(self) -> tuple[list[BackupInfo], BackupInfo | None]:
        """The backups, newest name first, and the one holding the newest progress (the
        one recovery would restore); also when the database could not be opened."""
        from trainer.store.backups import list_backups, recovery_choice

        folder = self.backups_folder()
        return list_backups(folder), recovery_choice(folder)[0]

    def backup_now(self) -> BackupInfo:
        """A backup asked for by the user (labelled ``manual``)."""
        from trainer.store import StoreError

        info = self.store.backup_now(label="manual") if self.store is not None else None
        if info is None:
            raise StoreError("The progress database is not open, so it cannot be backed up.")
        return info

    def restore(self, backup: Path) -> Loaded:
        """Restore ``backup`` (the store saves a ``pre-restore`` backup first), then load
        again with a new ``Trainer``: the old one's caches describe the old content."""
        from trainer.store import StoreError

        if self.store is None:
            raise StoreError("The progress database is not open, so no backup can be restored.")
        try:
            self.store.restore_backup(backup)
        finally:
            self.trainer = None
        return self.load()

    def find_recovery(self) -> tuple[BackupInfo | None, list[BackupInfo]]:
        """The backup a recovery would restore (the newest progress, whatever the clock
        said), and the backups it would skip as damaged."""
        from trainer.store.backups import recovery_choice

        return recovery_choice(self.backups_folder())

    def recover(self, use_backup: bool) -> RecoveryResult:
        """Set the damaged database aside and restore the backup with the newest progress
        (or none).

        A store left open by a failed load is released first, without a backup: a
        backup of a damaged database would only push a good one out.
        """
        from datetime import UTC, datetime

        from trainer.store import StoreError, recover_from_backup

        database = self.database_file()
        if database is None:
            raise StoreError("Only a progress database file can be recovered from a backup.")
        if self.store is not None:
            self.store.changed = False
            self.store.close()
        self.store = None
        self.trainer = None
        return recover_from_backup(
            database, self.backups_folder(), datetime.now(UTC), use_backup=use_backup
        )

    def __enter__(self) -> DataFolder:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Back up if anything changed and release the database."""
        store = self.store
        if store is not None:
            changed = store.changed
            self.store = None
            self.trainer = None
            store.close()
            if changed:
                log.info("progress saved and backed up to %s", store.backups_dir)
            else:
                log.info("progress saved; nothing changed since the last backup")
