"""The questions of start-up recovery as message boxes: the Qt side of
:class:`~trainer.ui.recovery_presenter.RecoveryView`.

The boxes open with ``open()`` (the window keeps running) and are kept
(``recovery_box``, ``recovered_box`` and the buttons) so that tests can answer them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from trainer.ui.recovery_presenter import RecoveryChoice, RecoveryQuestion


class RecoveryDialogs(QObject):
    """Asks what to do about a damaged database, then says what was done."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        """The parent of the boxes."""
        self.recovery_box: QMessageBox | None = None
        self.recovered_box: QMessageBox | None = None
        self.restore_button: QPushButton | None = None
        self.empty_button: QPushButton | None = None
        self.later_button: QPushButton | None = None

    def is_asking(self) -> bool:
        return self.recovery_box is not None and self.recovery_box.isVisible()

    def ask_recovery(
        self, question: RecoveryQuestion, answered: Callable[[RecoveryChoice], None]
    ) -> None:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(question.title)
        box.setText(question.text)
        box.setInformativeText(question.informative)
        self.restore_button = None
        if question.can_restore:
            self.restore_button = box.addButton(
                self.tr("&Restore the backup"), QMessageBox.ButtonRole.AcceptRole
            )
        self.empty_button = box.addButton(
            self.tr("&Start with no progress"), QMessageBox.ButtonRole.DestructiveRole
        )
        later = box.addButton(self.tr("&Not now"), QMessageBox.ButtonRole.RejectRole)
        self.later_button = later
        box.setDefaultButton(self.restore_button or later)
        box.setEscapeButton(later)
        choices = {
            self.restore_button: RecoveryChoice.RESTORE,
            self.empty_button: RecoveryChoice.START_EMPTY,
        }
        box.buttonClicked.connect(
            lambda button: answered(choices.get(button, RecoveryChoice.LATER))
        )
        self.recovery_box = box
        box.open()

    def say_recovered(self, text: str, detail: str) -> None:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Trainer"))
        box.setText(text)
        if detail:
            box.setInformativeText(detail)
        self.recovered_box = box
        box.open()
