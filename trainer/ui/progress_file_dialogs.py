"""The dialogs of File ▸ Export my progress… and Import progress…: the Qt side of
:class:`~trainer.ui.progress_files_presenter.ProgressFilesView`.

Dialogs open with ``open()`` (the window keeps running) and are kept (``dialog``,
``question``, ``summary``) so that tests can answer them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from trainer.ui.progress_files_presenter import SKIP

if TYPE_CHECKING:
    from trainer.ui.main_window import MainWindow


class ProgressFileDialogs(QObject):
    """File dialogs and message boxes over ``window``; its two actions show busy."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: QFileDialog | None = None
        self.question: QMessageBox | None = None
        self.summary: QMessageBox | None = None

    def set_busy(self, busy: bool) -> None:
        self.window.export_progress_action.setEnabled(not busy)
        self.window.import_progress_action.setEnabled(not busy)

    def show_status(self, text: str, msecs: int) -> None:
        self.window.show_message(text, msecs)

    def _file_dialog(self, title: str, save: bool) -> QFileDialog:
        from trainer.core.progress_files import SUFFIX

        dialog = QFileDialog(self.window, title)
        dialog.setAcceptMode(
            QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen
        )
        dialog.setFileMode(
            QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFiles
        )
        dialog.setNameFilter(self.tr("Progress files (*{suffix})").format(suffix=SUFFIX))
        dialog.setDefaultSuffix(SUFFIX.lstrip("."))
        self.dialog = dialog
        return dialog

    def ask_export_path(self, suggested: str, chosen: Callable[[Path], None]) -> None:
        dialog = self._file_dialog(self.tr("Export my progress"), save=True)
        dialog.selectFile(suggested)
        dialog.fileSelected.connect(lambda path: chosen(Path(path)))
        dialog.open()

    def ask_import_paths(self, chosen: Callable[[list[Path]], None]) -> None:
        dialog = self._file_dialog(self.tr("Import progress"), save=False)
        dialog.filesSelected.connect(lambda paths: chosen([Path(p) for p in paths]))
        dialog.open()

    def ask_same_name(self, text: str, local: str, answered: Callable[[str], None]) -> None:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("A learner with the same name"))
        box.setTextFormat(Qt.TextFormat.PlainText)  # names and paths come from files
        box.setText(text)
        merge = box.addButton(
            self.tr("&Merge into {local}").format(local=local), QMessageBox.ButtonRole.YesRole
        )
        apart = box.addButton(self.tr("&Keep apart"), QMessageBox.ButtonRole.NoRole)
        skip = box.addButton(self.tr("&Skip this file"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(apart)
        box.setEscapeButton(skip)
        answers = {merge: "merge", apart: "apart"}
        box.buttonClicked.connect(lambda button: answered(answers.get(button, SKIP)))
        self.question = box
        box.open()

    def show_import_summary(self, text: str, added: bool) -> None:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Information if added else QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Import progress"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(text)
        self.summary = box
        box.open()
