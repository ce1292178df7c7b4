"""Class: every learner of this database (local and imported from progress files), their
last activity, reviews, accuracy and mastery, filtered by bank and topic, sortable;
the selected learner's mastery per bank and topic; export as CSV and a printable report.

A passive view (:class:`trainer.ui.class_presenter.ClassViewLike`): the presenter fills it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from trainer.ui.table_presenter import Choice, TableRow
from trainer.ui.widgets.common import StatusLine, heading, on_keys, wrapping_label
from trainer.ui.widgets.report_table import ReportTable, SaveAsker, fill_choices, labelled


class ClassScreen(QWidget):
    home_requested = Signal()
    filters_changed = Signal(str, str)
    export_requested = Signal()
    print_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("class")
        self.bank = QComboBox()
        self.topic = QComboBox()
        self.bank.activated.connect(lambda _i: self._bank_chosen())
        self.topic.activated.connect(lambda _i: self._filters_chosen())
        self.table = ReportTable(self.tr("Learners"))
        self.sort_requested = self.table.sort_requested
        self.selected = self.table.selected
        self.detail = wrapping_label(selectable=True)
        self.detail.setObjectName("classDetail")
        self.message = StatusLine()
        self.export_button = QPushButton(self.tr("Export &CSV…"))
        self.export_button.setToolTip(self.tr("Save the learners shown as a CSV file"))
        self.export_button.clicked.connect(self.export_requested)
        self.print_button = QPushButton(self.tr("&Print report…"))
        self.print_button.setToolTip(
            self.tr("Save a PDF report: a summary page and one page per learner")
        )
        self.print_button.clicked.connect(self.print_requested)
        self.home_button = QPushButton(self.tr("Ho&me"))
        self.home_button.setToolTip(self.tr("Back to the home screen (Ctrl+1)"))
        self.home_button.clicked.connect(self.home_requested)
        self.saver = SaveAsker(self)
        filters = QHBoxLayout()
        filters.addWidget(labelled(self.tr("&Bank:"), self.bank))
        filters.addWidget(self.bank, 1)
        filters.addWidget(labelled(self.tr("&Topic:"), self.topic))
        filters.addWidget(self.topic, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.home_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Class")))
        layout.addLayout(filters)
        layout.addLayout(self.table.sort_controls())
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        on_keys(self, ("Escape",), self.home_requested.emit)
        self.first_focus = self.table

    def _bank_chosen(self) -> None:
        self.topic.setCurrentIndex(0)  # a topic of another bank would choose nothing
        self._filters_chosen()

    def _filters_chosen(self) -> None:
        self.filters_changed.emit(self.bank.currentData() or "", self.topic.currentData() or "")

    # -- what the presenter calls ------------------------------------------------------
    def set_busy(self, busy: bool) -> None:
        for widget in (self.export_button, self.print_button):
            widget.setEnabled(not busy)

    def set_columns(self, headers: list[str]) -> None:
        self.table.set_columns(headers, numeric=range(2, len(headers)))

    def set_filters(self, banks: list[Choice], topics: list[Choice]) -> None:
        fill_choices(self.bank, banks)
        fill_choices(self.topic, topics)

    def show_rows(self, rows: list[TableRow], sort_column: int, descending: bool) -> None:
        self.table.show_rows(rows, sort_column, descending)
        has_rows = bool(rows)
        self.export_button.setEnabled(has_rows)
        self.print_button.setEnabled(has_rows)
        if self.table.currentRow() < 0:
            self.detail.setText(self.tr("Select a learner to see their mastery per topic."))

    def show_detail(self, text: str) -> None:
        self.detail.setText(text)

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.show_text(text, error)

    def ask_save_path(
        self, title: str, suggested: str, name_filter: str, chosen: Callable[[Path], None]
    ) -> None:
        self.saver.ask(title, suggested, name_filter, chosen)
