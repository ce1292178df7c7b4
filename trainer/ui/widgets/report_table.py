"""What the Class and Item analysis screens share: a read-only table of plain-text rows
that asks its presenter to sort (by a header click or the "Sort by" list, so the keyboard
can too), marks flagged rows with the theme's meaning colour and a sign, and says which
row is selected; filter lists; and a save dialog whose choice is handed back."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from trainer.ui import theme
from trainer.ui.table_presenter import Choice, TableRow

KEY_ROLE = Qt.ItemDataRole.UserRole


def fill_choices(combo: QComboBox, choices: Sequence[Choice]) -> None:
    """Replace ``combo``'s entries, keeping the chosen value when it is still there."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for choice in choices:
        combo.addItem(choice.text, choice.value)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


def labelled(text: str, field: QWidget) -> QLabel:
    """A label whose Alt+letter moves to ``field`` (and names it for screen readers)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setBuddy(field)
    field.setAccessibleName(text.replace("&", "").rstrip(":"))
    return label


class ReportTable(QTableWidget):
    """Rows of text; ``sort_requested(column, descending)`` and ``selected(key)``."""

    sort_requested = Signal(int, bool)
    selected = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(0, 0, parent)
        self.setAccessibleName(name)
        self.setTabKeyNavigation(False)  # Tab leaves the table
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        self.numeric = range(0)
        self.stretch = 0
        self.sort_by = QComboBox()
        self.descending = QCheckBox(self.tr("&Descending"))
        self.sort_by.activated.connect(lambda _i: self._ask_sort())
        self.descending.toggled.connect(lambda _on: self._ask_sort())
        header = self.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.sectionClicked.connect(self._header_clicked)
        self.currentCellChanged.connect(lambda row, _c, _pr, _pc: self._selected(row))

    def sort_controls(self) -> QHBoxLayout:
        """ "Sort by" and "Descending", for the keyboard."""
        row = QHBoxLayout()
        row.addWidget(labelled(self.tr("S&ort by:"), self.sort_by))
        row.addWidget(self.sort_by)
        row.addWidget(self.descending)
        row.addStretch(1)
        return row

    def set_columns(self, headers: list[str], numeric: range = range(0), stretch: int = 0) -> None:
        """The headers; the ``numeric`` columns are aligned right, ``stretch`` takes the
        room left."""
        self.numeric = numeric
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(headers)
        self.sort_by.clear()
        self.sort_by.addItems(headers)
        self.stretch = stretch
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)

    def _fit_columns(self) -> None:
        """Each column as wide as its text, but a long text column (a topic) no wider than
        a seventh of the table; the ``stretch`` column (a name, a question) takes the room
        left, and at least a fifth of it (the table scrolls sideways then)."""
        room = self.viewport().width()
        widest = max(room // 7, 100)
        others = 0
        for column in range(self.columnCount()):
            if column != self.stretch:
                self.resizeColumnToContents(column)
                if column not in self.numeric:
                    self.setColumnWidth(column, min(self.columnWidth(column), widest))
                others += self.columnWidth(column)
        if 0 <= self.stretch < self.columnCount():
            self.setColumnWidth(self.stretch, max(room - others, room // 5))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _header_clicked(self, column: int) -> None:
        same = column == self.sort_by.currentIndex()
        self.sort_by.blockSignals(True)
        self.descending.blockSignals(True)
        self.sort_by.setCurrentIndex(column)
        self.descending.setChecked(not self.descending.isChecked() if same else False)
        self.sort_by.blockSignals(False)
        self.descending.blockSignals(False)
        self._ask_sort()

    def _ask_sort(self) -> None:
        self.sort_requested.emit(self.sort_by.currentIndex(), self.descending.isChecked())

    def _selected(self, row: int) -> None:
        item = self.item(row, 0) if row >= 0 else None
        self.selected.emit(str(item.data(KEY_ROLE)) if item is not None else "")

    def show_rows(self, rows: list[TableRow], sort_column: int, descending: bool) -> None:
        """Show ``rows`` (plain text: a name is never read as HTML), flagged ones in the
        theme's "wrong" colour with a bold last cell; the selection follows its key."""
        current = self.item(self.currentRow(), 0) if self.currentRow() >= 0 else None
        keep = current.data(KEY_ROLE) if current is not None else None
        self.blockSignals(True)
        self.setRowCount(len(rows))
        flag = theme.colour("wrong")
        chosen = -1
        for r, row in enumerate(rows):
            for c, text in enumerate(row.cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c in self.numeric and text[:1] in "-−0123456789":  # words stay left
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if row.flagged:
                    item.setForeground(flag)
                    if c == len(row.cells) - 1:
                        bold = QFont(self.font())
                        bold.setBold(True)
                        item.setFont(bold)
                if c == 0:
                    item.setData(KEY_ROLE, row.key)
                self.setItem(r, c, item)
            if row.key and row.key == keep:
                chosen = r
        self.horizontalHeader().setSortIndicator(
            sort_column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        )
        self.sort_by.setCurrentIndex(sort_column)
        self.descending.blockSignals(True)
        self.descending.setChecked(descending)
        self.descending.blockSignals(False)
        if chosen >= 0:
            self.setCurrentCell(chosen, 0)
        self.blockSignals(False)
        self._fit_columns()


class SaveAsker:
    """Opens a save dialog (kept in ``dialog`` for the tests) and hands the chosen path
    back to the presenter."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent
        self.dialog: QFileDialog | None = None

    def ask(
        self, title: str, suggested: str, name_filter: str, chosen: Callable[[Path], None]
    ) -> None:
        dialog = QFileDialog(self.parent.window(), title)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilter(name_filter)
        dialog.setDefaultSuffix(Path(suggested).suffix.lstrip("."))
        dialog.selectFile(suggested)
        dialog.fileSelected.connect(lambda path: chosen(Path(path)))
        self.dialog = dialog
        dialog.open()
