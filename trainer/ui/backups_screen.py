"""Backups (File ▸ Backups…): the copies of the progress database, newest first, with
"Back up now", "Restore…" and "Open backups folder".

A passive dialog: it shows the rows and messages it is given and forwards the
user's requests as signals; ``backups_presenter`` does the work.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.ui.theme import space_screen
from trainer.ui.widgets.common import StatusLine, heading, wrapped_height, wrapping_label


@dataclass(frozen=True)
class BackupRow:
    """One backup as shown: its file and three ready-made texts."""

    path: Path
    when: str
    kind: str
    size: str
    newest: bool = False
    """Holds the newest progress: proposed for a restore (selected and marked)."""


class BackupsDialog(QDialog):
    backup_now_requested = Signal()
    restore_requested = Signal(object)
    """Carries the chosen :class:`BackupRow` (after the user confirmed)."""
    open_folder_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backups")
        self.setWindowTitle(self.tr("Backups"))
        self.rows: list[BackupRow] = []
        intro = wrapping_label(
            self.tr(
                "Trainer keeps copies of your progress: every few minutes while you study "
                "and when you close it. Restoring one brings your progress back to that "
                "moment; your progress now is kept as a backup first."
            )
        )
        self.table = QTableWidget(0, 3)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Kind"), self.tr("Size")])
        self.table.setAccessibleName(self.tr("Backups, newest first"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.empty = wrapping_label(
            self.tr("No backups yet. Trainer makes the first one a few minutes after you study.")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty.setVisible(False)
        self.newest = wrapping_label()
        self.newest.setVisible(False)
        self.folder = wrapping_label(selectable=True)
        self.message = StatusLine()
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.setToolTip(self.tr("Save a copy of your progress now"))
        self.backup_button.clicked.connect(self.backup_now_requested)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setToolTip(self.tr("Bring your progress back to the chosen backup"))
        self.restore_button.clicked.connect(self._restore_clicked)
        self.folder_button = QPushButton(self.tr("&Open backups folder"))
        self.folder_button.clicked.connect(self.open_folder_requested)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Backups")))
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)  # takes the table's room when there is no backup
        layout.addWidget(self.newest)
        layout.addWidget(self.folder)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        space_screen(self)
        self.resize(640, 440)
        self._busy = False
        self._selection_changed()

    def showEvent(self, event: QShowEvent) -> None:
        """Room for a few rows at the current text size (up to 200%), within the screen."""
        self._fit()
        wanted = self.size().expandedTo(self.sizeHint())
        screen = self.screen()
        if screen is not None:
            wanted = wanted.boundedTo(screen.availableGeometry().size())
        self.resize(wanted)
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()

    def _fit(self) -> None:
        """Never shorter than its wrapped texts need at its narrowest: squeezed, "Folder:"
        was drawn over the table at 200% text."""
        self.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        layout = self.layout()
        assert layout is not None
        needed = wrapped_height(layout, layout.totalMinimumSize().width())
        screen = self.screen()
        if screen is not None:
            needed = min(needed, screen.availableGeometry().height())
        self.setMinimumHeight(needed)

    # -- filled by the presenter --------------------------------------------------
    def set_folder(self, folder: str) -> None:
        self.folder.setText(self.tr("Folder: {path}").format(path=folder))

    def set_backups(self, rows: list[BackupRow]) -> None:
        """Show ``rows`` (newest first); select, in bold, the one with the newest progress
        (else the first)."""
        self.rows = list(rows)
        self.table.setRowCount(len(rows))
        proposed = next((i for i, row in enumerate(rows) if row.newest), 0)
        for index, row in enumerate(rows):
            for col, text in enumerate((row.when, row.kind, row.size)):
                item = QTableWidgetItem(text)
                item.setToolTip(str(row.path))
                if row.newest:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                if col == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(index, col, item)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        newest = [row for row in rows if row.newest]
        self.newest.setText(
            self.tr(
                "In bold: the backup with your newest progress, made on {when}. Restore "
                "this one if your progress was damaged."
            ).format(when=newest[0].when)
            if newest and len(rows) > 1
            else ""
        )
        self.newest.setVisible(bool(newest) and len(rows) > 1)
        self._fit()
        if rows:
            self.table.selectRow(proposed)
        self._selection_changed()

    def selected(self) -> BackupRow | None:
        row = self.table.currentRow()
        chosen = self.table.selectionModel().isRowSelected(row) if row >= 0 else False
        return self.rows[row] if chosen and row < len(self.rows) else None

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.backup_button.setEnabled(not busy)
        self._selection_changed()

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.show_text(text, error)

    def show_folder(self, folder: Path) -> None:
        """Open ``folder`` (which exists) in the file manager, or say where it is."""
        from trainer.ui.folders import open_in_file_manager

        open_in_file_manager(self, folder)

    # -- the user's requests ------------------------------------------------------
    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(not self._busy and self.selected() is not None)

    def _restore_clicked(self) -> None:
        row = self.selected()
        if row is not None and self.confirm_restore(row):
            self.restore_requested.emit(row)

    def confirm_restore(self, row: BackupRow) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Restore a backup"))
        box.setText(self.tr("Restore the backup made on {when}?").format(when=row.when))
        box.setInformativeText(
            self.tr(
                "Your progress goes back to that moment: answers given after it will no "
                "longer count.\n\nNothing is lost: your progress as it is now is first "
                'saved as a backup ("Before a restore" in this list), so you can '
                "restore it again."
            )
        )
        restore = box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirm_box = box
        box.exec()
        return box.clickedButton() is restore
