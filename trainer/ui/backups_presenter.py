"""Backups: fill the Backups dialog and carry out its requests (list, back up now,
restore, open the folder). The dialog proposes the backup holding the newest progress,
told by what the backups hold rather than by the clock times in their names
(``trainer.store.progress``); start-up recovery (``recovery_presenter``) proposes the
same one.

All file and database work is an operation on the worker (``trainer.ui.operations``)
through the :class:`~trainer.core.data_folder.DataFolder`; the choices themselves are the
store's (``trainer.store.backups``). Before a restore replaces the progress, the app
state tells whoever holds part of it (a running quiz, a workshop, Home) to let go.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QDateTime, QLocale, QObject, SignalInstance

from trainer.core.data_folder import DataFolder
from trainer.ui.app_state import AppState
from trainer.ui.backups_screen import BackupRow
from trainer.ui.operations import Failure, Operations, describe

if TYPE_CHECKING:
    from trainer.core.data_folder import Loaded
    from trainer.store import BackupInfo


def when_text(moment: datetime) -> str:
    """A backup's time in the computer's time zone, e.g. ``1 May 2026, 11:00:05``."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(local, "d MMM yyyy, HH:mm:ss")


def size_text(size: int) -> str:
    fmt = QLocale.DataSizeFormat.DataSizeTraditionalFormat
    return QLocale().formattedDataSize(size, 0 if size < 1 << 20 else 1, fmt)


class BackupsView(Protocol):
    """What the presenter needs of the dialog (``trainer.ui.backups_screen.BackupsDialog``)."""

    @property
    def backup_now_requested(self) -> SignalInstance: ...
    @property
    def restore_requested(self) -> SignalInstance: ...
    @property
    def open_folder_requested(self) -> SignalInstance: ...
    def open(self) -> None: ...
    def set_folder(self, folder: str) -> None: ...
    def set_backups(self, rows: list[BackupRow]) -> None: ...
    def set_busy(self, busy: bool) -> None: ...
    def show_message(self, text: str, error: bool = False) -> None: ...
    def show_folder(self, folder: Path) -> None: ...


class BackupsPresenter(QObject):
    """The Backups dialog of one window."""

    def __init__(
        self,
        make_dialog: Callable[[], BackupsView],
        ops: Operations,
        data_folder: DataFolder,
        app_state: AppState,
        restored: Callable[[Loaded], None],
        reload: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.make_dialog = make_dialog
        """Creates the dialog, the first time it is asked for."""
        self.ops = ops
        self.data_folder = data_folder
        self.app_state = app_state
        self.restored = restored
        """Shows what a restore loaded (the banks and profiles, then Home)."""
        self.reload = reload
        """Loads the banks and the progress again (after a failed restore)."""
        self.dialog: BackupsView | None = None

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

    def open(self) -> None:
        if self.dialog is None:
            self.dialog = self.make_dialog()
            self.dialog.backup_now_requested.connect(self.backup_now)
            self.dialog.restore_requested.connect(self.restore)
            self.dialog.open_folder_requested.connect(self.open_folder)
        self.dialog.set_folder(str(self.data_folder.backups_folder()))
        self.dialog.show_message("")
        self.dialog.open()
        self.refresh()

    def refresh(self) -> None:
        self.ops.run(self.data_folder.list_backups, self._listed, failure=self._failed)

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

    def _failed(self, failure: Failure) -> None:
        if self.dialog is not None:
            self.dialog.show_message(failure.message, error=True)

    def backup_now(self) -> None:
        dialog = self.dialog
        assert dialog is not None

        def done(info: BackupInfo) -> None:
            dialog.show_message(
                self.tr("Backup made: {when}.").format(when=when_text(info.created_at))
            )
            self.refresh()

        self.ops.run(self.data_folder.backup_now, done, busy=dialog, failure=self._failed)

    def restore(self, row: BackupRow) -> None:
        dialog = self.dialog
        assert dialog is not None
        dialog.show_message(self.tr("Restoring…"))
        self.app_state.progress_replaced()  # a quiz or a workshop belongs to the old progress

        def done(loaded: Loaded) -> None:
            self.restored(loaded)
            dialog.show_message(
                self.tr(
                    "Your progress is back to {when}. Your progress from before the "
                    'restore is kept as the backup "Before a restore".'
                ).format(when=row.when)
            )
            self.refresh()

        def failed(failure: Failure) -> None:
            self._failed(failure)
            self.reload()  # the engine is rebuilt either way

        data_folder = self.data_folder
        self.ops.run(lambda: data_folder.restore(row.path), done, busy=dialog, failure=failed)

    def open_folder(self) -> None:
        folder = self.data_folder.backups_folder()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            if self.dialog is not None:
                self.dialog.show_message(describe(exc), error=True)
            return
        if self.dialog is not None:
            self.dialog.show_folder(folder)
