"""The last line of defence in the GUI: log the traceback, show a plain dialog."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger("trainer.ui")


def crash_message(log_path: Path) -> str:
    return QApplication.translate(
        "Crash",
        "Something went wrong, and Trainer could not finish what it was doing. "
        "Your progress up to the last answer is saved.\n\n"
        "The details were written to:\n{path}",
    ).format(path=log_path)


class CrashHandler:
    """A ``sys.excepthook`` that logs the exception and shows a short dialog."""

    def __init__(self, log_path: Path, parent: QWidget | None = None) -> None:
        self.log_path = log_path
        self.parent = parent
        self.last_box: QMessageBox | None = None

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        log.error("uncaught exception", exc_info=(exc_type, exc, tb))
        if QApplication.instance() is None:
            print(crash_message(self.log_path), file=sys.stderr)
            return
        from PySide6.QtCore import Qt  # not at import: PySide builds Qt's namespace (30 ms)

        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QApplication.translate("Crash", "Trainer"))
        box.setTextFormat(Qt.TextFormat.PlainText)  # the log's path is not HTML
        box.setText(crash_message(self.log_path))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAccessibleName(QApplication.translate("Crash", "Error"))
        self.last_box = box
        box.open()  # not exec(): a crash inside a nested event loop must not stack dialogs

    def install(self) -> None:
        sys.excepthook = self
