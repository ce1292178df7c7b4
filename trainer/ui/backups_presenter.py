"""Backups: fill the Backups dialog and carry out its requests, and, when the progress
database cannot be opened at start-up, offer to restore the good backup with the newest
progress or to start with no progress (the damaged file is always kept, renamed). Both
propose the same backup: the one holding the newest progress, told by what the backups
hold rather than by the clock times in their names (``trainer.store.progress``).

All file and database work runs on the task runner's worker thread through the
:class:`~trainer.ui.backend.Backend`; the choices themselves are the core's
(``trainer.store.backups``).
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, QObject
from PySide6.QtWidgets import QMessageBox

from trainer.ui.backups_screen import BackupRow, BackupsDialog

if TYPE_CHECKING:
    from trainer.store import BackupInfo, RecoveryResult
    from trainer.ui.app_host import AppHost
    from trainer.ui.backend import Loaded

log = logging.getLogger("trainer.ui.backups")


def when_text(moment: datetime) -> str:
    """A backup's time in the computer's time zone, e.g. ``1 May 2026, 11:00:05``."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(local, "d MMM yyyy, HH:mm:ss")


def size_text(size: int) -> str:
    fmt = QLocale.DataSizeFormat.DataSizeTraditionalFormat
    return QLocale().formattedDataSize(size, 0 if size < 1 << 20 else 1, fmt)


class BackupsPresenter(QObject):
    """The Backups dialog and the start-up recovery for one window."""

    def __init__(self, app: AppHost) -> None:
        super().__init__(app.window)
        self.app = app
        self.dialog: BackupsDialog | None = None
        self.recovery_box: QMessageBox | None = None
        self.recovered_box: QMessageBox | None = None

    def kind_text(self, label: str) -> str:
        if not label:
            return self.tr("Automatic")
        if label.endswith("kept"):
            return self.tr("Kept from before a fresh start")
        if label.startswith("pre-upgrade"):
            return self.tr("Before an upgrade")
        return {
            "manual": self.tr("Made by you"),
            "pre-restore": self.tr("Before a restore"),
            "pre-delete": self.tr("Before deleting a profile"),
            "pre-import": self.tr("Before importing progress"),
        }.get(label, label)

    # -- the dialog ----------------------------------------------------------------
    def open(self) -> None:
        if self.dialog is None:
            self.dialog = BackupsDialog(self.app.window)
            self.dialog.backup_now_requested.connect(self.backup_now)
            self.dialog.restore_requested.connect(self.restore)
            self.dialog.open_folder_requested.connect(self.open_folder)
        self.dialog.set_folder(str(self.app.backend.backups_folder()))
        self.dialog.show_message("")
        self.dialog.open()
        self.refresh()

    def refresh(self) -> None:
        self.app.tasks.run(self.app.backend.list_backups, self._listed, self._failed)

    def _listed(self, found: tuple[list[BackupInfo], BackupInfo | None]) -> None:
        """The backups by name, with the one holding the newest progress marked and
        selected: the one start-up recovery would restore too."""
        backups, newest = found
        if self.dialog is None:
            return
        newest_path = None if newest is None else newest.path
        rows = [
            BackupRow(
                b.path,
                when_text(b.created_at),
                self.kind_text(b.label),
                size_text(b.size),
                newest=b.path == newest_path,
            )
            for b in backups
        ]
        self.dialog.set_backups(rows)

    def _failed(self, exc: BaseException) -> None:
        if self.dialog is not None:
            self.dialog.set_busy(False)
            self.dialog.show_message(self.app.describe(exc), error=True)

    def backup_now(self) -> None:
        assert self.dialog is not None
        self.dialog.set_busy(True)

        def done(info: BackupInfo) -> None:
            assert self.dialog is not None
            self.dialog.set_busy(False)
            self.dialog.show_message(
                self.tr("Backup made: {when}.").format(when=when_text(info.created_at))
            )
            self.refresh()

        self.app.tasks.run(self.app.backend.backup_now, done, self._failed)

    def restore(self, row: BackupRow) -> None:
        assert self.dialog is not None
        self.dialog.set_busy(True)
        self.dialog.show_message(self.tr("Restoring…"))
        self._stop_quiz()
        app = self.app
        app.window.home.show_loading()
        app.window.set_navigation_enabled(False)

        def done(loaded: Loaded) -> None:
            app._loaded(loaded)
            if self.dialog is not None:
                self.dialog.set_busy(False)
                self.dialog.show_message(
                    self.tr(
                        "Your progress is back to {when}. Your progress from before the "
                        'restore is kept as the backup "Before a restore".'
                    ).format(when=row.when)
                )
            self.refresh()

        def failed(exc: BaseException) -> None:
            self._failed(exc)
            app.load_banks()  # the engine is rebuilt either way

        app.tasks.run(lambda: app.backend.restore(row.path), done, failed)

    def _stop_quiz(self) -> None:
        """A quiz or a workshop in progress belongs to the content being replaced: the
        quiz's clock stops, the workshop's windows close (its session is saved first,
        on the same worker, and can be resumed if the restored progress has it)."""
        if self.app._built:
            self.app.quiz.abandon()
        builder = getattr(self.app, "workshop_builder", None)
        if builder is not None:
            builder.shut_down()

    def open_folder(self) -> None:
        folder = self.app.backend.backups_folder()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._failed(exc)
            return
        from trainer.ui.folders import open_in_file_manager

        open_in_file_manager(self.dialog or self.app.window, folder)

    # -- start-up recovery -----------------------------------------------------------
    def offer_recovery(self, exc: BaseException) -> bool:
        """When ``exc`` says the database is damaged, look for a backup and ask what to do."""
        from trainer.store import StoreCorruptError, StoreMissingError

        if not isinstance(exc, StoreCorruptError):  # only damage is mended by a backup
            return False
        database = self.app.backend.database_file()
        missing = isinstance(exc, StoreMissingError)
        if database is None or database.exists() == missing:
            return False
        if self.recovery_box is not None and self.recovery_box.isVisible():
            return True  # already asking (the banks were reloaded meanwhile)
        self.app.tasks.run(
            self.app.backend.find_recovery,
            lambda found: self._ask(database, found[0], len(found[1]), missing=missing),
            self.app._failed,
        )
        return True

    def _ask(
        self, database: Path, backup: BackupInfo | None, skipped: int, *, missing: bool = False
    ) -> None:
        box = QMessageBox(self.app.window)
        box.setIcon(QMessageBox.Icon.Warning)
        if missing:
            box.setWindowTitle(self.tr("Progress database missing"))
            box.setText(
                self.tr(
                    "Your progress database is missing, but there are backups of your "
                    "progress. It may have been moved or deleted."
                )
            )
        else:
            box.setWindowTitle(self.tr("Progress database damaged"))
            box.setText(
                self.tr(
                    "Trainer cannot open your progress database. It may have been damaged, "
                    "for example when the laptop lost power."
                )
            )
        if backup is not None:
            first = self.tr(
                "The backup in good order with your newest progress was made on {when}. "
                "Restore it to go on from there."
            ).format(when=when_text(backup.created_at))
        elif skipped:
            first = self.tr("None of the backups can be read: they are damaged too.")
        else:
            first = self.tr("There is no backup to restore.")
        kept = self.tr(
            "The damaged file is not deleted: Trainer renames it and leaves it in {folder}."
        ).format(folder=database.parent)
        box.setInformativeText(first if missing else first + "\n\n" + kept)
        self.restore_button = None
        if backup is not None:
            self.restore_button = box.addButton(
                self.tr("&Restore the backup"), QMessageBox.ButtonRole.AcceptRole
            )
        self.empty_button = box.addButton(
            self.tr("&Start with no progress"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.later_button = box.addButton(self.tr("&Not now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.restore_button or self.later_button)
        box.setEscapeButton(self.later_button)
        box.buttonClicked.connect(self._chosen)
        self.recovery_box = box
        box.open()

    def _chosen(self, button: object) -> None:
        if button is self.later_button:
            log.warning("recovery of the damaged database postponed by the user")
            return
        use_backup = button is self.restore_button
        self.app.tasks.run(
            lambda: self.app.backend.recover(use_backup),
            self._recovered,
            self.app._failed,
        )

    def _recovered(self, result: RecoveryResult) -> None:
        log.warning(
            "damaged database kept as %s; restored %s; skipped %s",
            result.kept_as,
            result.restored.path if result.restored else None,
            [b.path.name for b in result.skipped],
        )
        if result.restored is not None:
            text = self.tr("Your progress was restored from the backup made on {when}.").format(
                when=when_text(result.restored.created_at)
            )
        else:
            text = self.tr(
                "Trainer starts again with no progress. Your earlier backups are kept "
                "for good: File ▸ Backups… can restore one later."
            )
        box = QMessageBox(self.app.window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Trainer"))
        box.setText(text)
        if result.kept_as is not None:
            box.setInformativeText(
                self.tr("The damaged file was kept as:\n{path}").format(path=result.kept_as)
            )
        self.recovered_box = box
        box.open()
        self.app.window.show_message(text, 15000)
        self.app.load_banks()
