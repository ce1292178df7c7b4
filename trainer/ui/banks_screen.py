"""Banks: the shipped and the user's banks with their item counts, broken banks with
their ``file:line`` errors, a button to open the user's bank folder, and reload.

A passive view; the controller fills it with the loaded overview.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.core.overview import Overview
from trainer.ui.widgets.common import heading, on_keys, plain_tooltip, wrapping_label


class BanksScreen(QWidget):
    reload_requested = Signal()
    open_folder_requested = Signal()
    home_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banks")
        self.summary = wrapping_label()
        self.table = QTableWidget(0, 4)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setHorizontalHeaderLabels(
            [self.tr("Bank"), self.tr("Where"), self.tr("Study items"), self.tr("Topics")]
        )
        self.table.setAccessibleName(self.tr("Loaded banks"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.errors_title = wrapping_label()
        self.errors = QListWidget()
        self.errors.setObjectName("bankErrors")
        self.errors.setAccessibleName(self.tr("Errors in broken banks"))
        self.errors.setWordWrap(True)
        self.folder = wrapping_label(selectable=True)
        self.open_button = QPushButton(self.tr("&Open my bank folder"))
        self.open_button.setToolTip(self.tr("Put your own bank files (.yaml) in this folder"))
        self.open_button.clicked.connect(self.open_folder_requested)
        self.reload_button = QPushButton(self.tr("Re&load banks"))
        self.reload_button.setToolTip(self.tr("Read the bank files again (F5)"))
        self.reload_button.clicked.connect(self.reload_requested)
        self.home_button = QPushButton(self.tr("Ho&me"))
        self.home_button.setToolTip(self.tr("Back to the home screen (Ctrl+1)"))
        self.home_button.clicked.connect(self.home_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.home_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.reload_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Question banks")))
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.errors_title)
        layout.addWidget(self.errors, 1)
        layout.addWidget(self.folder)
        layout.addLayout(buttons)
        on_keys(self, ("Escape",), self.home_requested.emit)
        self.first_focus = self.reload_button

    def show_folder(self, folder: Path) -> None:
        """Open ``folder`` (which exists) in the file manager, or say where it is."""
        from trainer.ui.folders import open_in_file_manager

        open_in_file_manager(self, folder)

    def show_banks(self, overview: Overview, sources: dict[str, str], folder: str) -> None:
        where = {"user": self.tr("yours"), "shipped": self.tr("shipped")}
        self.table.setRowCount(len(overview.banks))
        for row, bank in enumerate(overview.banks):
            cells = [
                bank.title,
                where.get(sources.get(bank.bank_id, "shipped"), ""),
                str(bank.questions),
                str(len(bank.topics)),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(plain_tooltip(bank.path))
                if col >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        self.summary.setText(
            self.tr("%n study item(s)", "", overview.total_questions)
            + " · "
            + self.tr("%n bank(s)", "", len(overview.banks))
        )
        self.errors.clear()
        self.errors.addItems(list(overview.errors))
        self.errors.setVisible(bool(overview.errors))
        self.errors_title.setText(
            self.tr("%n problem(s) in broken banks (file:line:column):", "", len(overview.errors))
            if overview.errors
            else self.tr("No problems found in the bank files.")
        )
        self.folder.setText(self.tr("Your bank folder: {path}").format(path=folder))
