"""The app's own message boxes over the main window: an error the user should see, and
the question before quitting in the middle of a quiz. The controller asks through
these methods and creates no dialog itself; the error box is kept
(``last_error_box``) so that tests can read it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from trainer.ui.main_window import MainWindow

ERROR_STATUS_MS = 10000


class AppDialogs(QObject):
    """Errors and the quit question, over ``window``."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.last_error_box: QMessageBox | None = None

    def show_error(self, message: str) -> None:
        """In the status bar and in a box that does not block."""
        from PySide6.QtCore import Qt  # not at import: PySide builds Qt's namespace (30 ms)

        self.window.show_message(message, ERROR_STATUS_MS)
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Trainer"))
        box.setTextFormat(Qt.TextFormat.PlainText)  # messages name profiles and files
        box.setText(message)
        box.setAccessibleName(self.tr("Error"))
        self.last_error_box = box
        box.open()  # not exec(): the window keeps running

    def may_quit_mid_quiz(self) -> bool:
        answer = QMessageBox.question(
            self.window,
            self.tr("Quit Trainer"),
            self.tr(
                "You are in the middle of a quiz. Your answers so far are saved, and you can "
                "resume the quiz next time. Quit now?"
            ),
        )
        return answer == QMessageBox.StandardButton.Yes
