"""Showing a folder to the user: in the file manager, or, when none answers (a bare
desktop, a kiosk, no xdg-open), its path in a box with a button to copy it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("Folders", text)


def open_in_file_manager(parent: QWidget, folder: Path) -> None:
    """Open ``folder`` (which exists) in the file manager, or say where it is."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        return
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(_tr("Open the folder"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(_tr("No file manager could be opened. The folder is:\n{path}").format(path=folder))
    copy = box.addButton(_tr("&Copy the path"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(copy)
    box.exec()
    if box.clickedButton() is copy:
        QApplication.clipboard().setText(str(folder))
