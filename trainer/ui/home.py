"""The home screen: what there is to study. A passive view; the controller fills it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.core.overview import Overview


class HomeScreen(QWidget):
    """Shows the loaded banks with their item counts, and any broken banks."""

    reload_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("home")
        self.title = QLabel(self.tr("Trainer"))
        self.title.setObjectName("homeTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(
            self.tr("Migration governance: IOM, the Global Migration Group and HLD 2013")
        )
        self.subtitle.setWordWrap(True)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # indeterminate: "working"
        self.busy.setAccessibleName(self.tr("Loading question banks"))
        self.status = QLabel(self.tr("Loading question banks…"))
        self.status.setWordWrap(True)

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Bank"), self.tr("Study items"), self.tr("Topics")]
        )
        self.table.setAccessibleName(self.tr("Question banks"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

        self.errors = QLabel()
        self.errors.setObjectName("bankErrors")
        self.errors.setWordWrap(True)
        self.errors.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errors.setVisible(False)

        self.reload_button = QPushButton(self.tr("&Reload banks"))
        self.reload_button.setToolTip(self.tr("Read the bank files again (F5)"))
        self.reload_button.clicked.connect(self.reload_requested)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reload_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.errors)
        layout.addLayout(buttons)

    def show_loading(self) -> None:
        self.busy.setVisible(True)
        self.status.setText(self.tr("Loading question banks…"))
        self.reload_button.setEnabled(False)

    def show_overview(self, overview: Overview) -> None:
        self.busy.setVisible(False)
        self.reload_button.setEnabled(True)
        self.table.setRowCount(len(overview.banks))
        for row, bank in enumerate(overview.banks):
            cells = [bank.title, str(bank.questions), str(len(bank.topics))]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(bank.path)
                self.table.setItem(row, col, item)
        self.status.setText(
            self.tr("%n study item(s) ready", "", overview.total_questions)
            + " · "
            + self.tr("%n bank(s)", "", len(overview.banks))
        )
        if overview.errors:
            lines = "\n".join(overview.errors)
            self.errors.setText(self.tr("Some banks could not be loaded:") + "\n" + lines)
            self.errors.setVisible(True)
        else:
            self.errors.clear()
            self.errors.setVisible(False)

    def show_error(self, message: str) -> None:
        self.busy.setVisible(False)
        self.reload_button.setEnabled(True)
        self.status.setText(message)
