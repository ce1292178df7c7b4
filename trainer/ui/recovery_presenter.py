"""Start-up recovery: when the progress database cannot be opened (damaged, or gone while
backups of it exist), offer to restore the good backup with the newest progress or to
start with no progress. The damaged file is always kept, renamed.

The backup proposed is the one the Backups dialog marks (``trainer.store.progress``
tells it by what the backups hold); the work is an operation on the worker through the
:class:`~trainer.core.data_folder.DataFolder`, the choice the store's
(``trainer.store.backups``). The questions are asked through a :class:`RecoveryView`
(``trainer.ui.recovery_dialogs`` shows them as message boxes).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject

from trainer.core.data_folder import DataFolder
from trainer.ui.app_state import AppState
from trainer.ui.backups_presenter import when_text
from trainer.ui.operations import Operations

if TYPE_CHECKING:
    from trainer.store import BackupInfo, RecoveryResult

log = logging.getLogger("trainer.ui.backups")


class RecoveryChoice(Enum):
    RESTORE = "restore"
    """Restore the backup proposed."""
    START_EMPTY = "start empty"
    """Start with no progress (the damaged file is kept, renamed)."""
    LATER = "later"
    """Not now: nothing is touched; asked again at the next load."""


@dataclass(frozen=True)
class RecoveryQuestion:
    title: str
    text: str
    informative: str
    can_restore: bool
    """A good backup was found (else only starting empty or later are offered)."""


class RecoveryView(Protocol):
    """Where the presenter asks and tells (``trainer.ui.recovery_dialogs``)."""

    def is_asking(self) -> bool: ...
    def ask_recovery(
        self, question: RecoveryQuestion, answered: Callable[[RecoveryChoice], None]
    ) -> None: ...
    def say_recovered(self, text: str, detail: str) -> None: ...


class RecoveryPresenter(QObject):
    """Asks what to do about a damaged progress database, and does it."""

    def __init__(
        self,
        view: RecoveryView,
        ops: Operations,
        data_folder: DataFolder,
        app_state: AppState,
        reload: Callable[[], None],
        show_status: Callable[[str, int], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.ops = ops
        self.data_folder = data_folder
        self.app_state = app_state
        self.reload = reload
        """Loads the banks and the progress again, once recovered."""
        self.show_status = show_status
        """Shows a text for some milliseconds in the window's status bar."""

    def offer_recovery(self, exc: BaseException) -> bool:
        """When ``exc`` says the database is damaged, look for a backup and ask what to do."""
        from trainer.store import StoreCorruptError, StoreMissingError

        if not isinstance(exc, StoreCorruptError):  # only damage is mended by a backup
            return False
        database = self.data_folder.database_file()
        missing = isinstance(exc, StoreMissingError)
        if database is None or database.exists() == missing:
            return False
        if self.view.is_asking():
            return True  # already asking (the banks were reloaded meanwhile)
        self.ops.run(
            self.data_folder.find_recovery,
            lambda found: self._ask(database, found[0], len(found[1]), missing=missing),
        )
        return True

    def _texts(
        self, database: Path, backup: BackupInfo | None, skipped: int, missing: bool
    ) -> tuple[str, str, str]:
        """The question's title, text and informative text."""
        if missing:
            title = self.tr("Progress database missing")
            text = self.tr(
                "Your progress database is missing, but there are backups of your "
                "progress. It may have been moved or deleted."
            )
        else:
            title = self.tr("Progress database damaged")
            text = self.tr(
                "Trainer cannot open your progress database. It may have been damaged, "
                "for example when the laptop lost power."
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
        return title, text, first if missing else first + "\n\n" + kept

    def _ask(
        self, database: Path, backup: BackupInfo | None, skipped: int, *, missing: bool = False
    ) -> None:
        title, text, informative = self._texts(database, backup, skipped, missing)
        question = RecoveryQuestion(title, text, informative, can_restore=backup is not None)
        self.view.ask_recovery(question, self._chosen)

    def _chosen(self, choice: RecoveryChoice) -> None:
        if choice is RecoveryChoice.LATER:
            log.warning("recovery of the damaged database postponed by the user")
            return
        use_backup = choice is RecoveryChoice.RESTORE
        self.app_state.progress_replaced()
        data_folder = self.data_folder
        self.ops.run(lambda: data_folder.recover(use_backup), self._recovered)

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
        detail = ""
        if result.kept_as is not None:
            detail = self.tr("The damaged file was kept as:\n{path}").format(path=result.kept_as)
        self.view.say_recovered(text, detail)
        self.show_status(text, 15000)
        self.reload()
