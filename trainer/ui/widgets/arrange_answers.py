"""Answer widgets that arrange entries: ordering (drag, or Alt+Up / Alt+Down) and
matching (a drop-down list per left-hand entry)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
)

from trainer.ui.widgets.answer_base import AnswerWidget
from trainer.ui.widgets.common import plain_label


class OrderingAnswer(AnswerWidget):
    """A list to reorder by dragging, with Alt+Up / Alt+Down, or with the two buttons."""

    def __init__(self, entries: Sequence[str]) -> None:
        super().__init__()
        self.touched = False
        self.list = QListWidget()
        self.list.addItems(list(entries))
        self.list.setWordWrap(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setAccessibleName(self.tr("Entries to put in order"))
        self.list.setToolTip(self.tr("Drag, or use Alt+Up and Alt+Down to move the selected entry"))
        self.list.setCurrentRow(0)
        self.list.model().rowsMoved.connect(self._moved)
        self.up = QPushButton(self.tr("Move &up"))
        self.up.setToolTip(self.tr("Move the selected entry up (Alt+Up)"))
        self.down = QPushButton(self.tr("Move &down"))
        self.down.setToolTip(self.tr("Move the selected entry down (Alt+Down)"))
        self.up.clicked.connect(lambda: self.move_entry(-1))
        self.down.clicked.connect(lambda: self.move_entry(1))
        buttons = QVBoxLayout()
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.list.installEventFilter(self)
        rows = len(entries)
        self.list.setSpacing(2)
        row_height = self.list.sizeHintForRow(0) + 4
        self.list.setMinimumHeight(row_height * min(rows, 6) + 8)
        self.list.setMaximumHeight(row_height * min(rows, 12) + 8)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if (
            watched is self.list
            and isinstance(event, QKeyEvent)
            and event.type() == event.Type.KeyPress
        ):
            alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
            if alt and event.key() == Qt.Key.Key_Up:
                self.move_entry(-1)
                return True
            if alt and event.key() == Qt.Key.Key_Down:
                self.move_entry(1)
                return True
        return super().eventFilter(watched, event)

    def move_entry(self, step: int) -> None:
        if self.locked:
            return
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self._moved()

    def _moved(self, *_args: Any) -> None:
        self.touched = True
        self.changed.emit()

    def entries(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def response(self) -> list[str] | None:
        """The order shown; submitting it unchanged is a valid answer."""
        return self.entries()

    def set_response(self, value: Any) -> None:
        if not value:
            return
        self.list.clear()
        self.list.addItems(list(value))
        self.list.setCurrentRow(0)
        self.touched = True


class MatchingAnswer(AnswerWidget):
    """A drop-down list of the right-hand entries beside each left-hand entry."""

    def __init__(self, lefts: Sequence[str], rights: Sequence[str]) -> None:
        super().__init__()
        self.lefts = list(lefts)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.boxes: list[QComboBox] = []
        for left in self.lefts:
            box = QComboBox()
            box.addItem(self.tr("— choose —"), None)
            for right in rights:
                box.addItem(right, right)
            box.setAccessibleName(self.tr("Match for: {left}").format(left=left))
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(12)
            box.currentIndexChanged.connect(lambda _i: self.changed.emit())
            label = plain_label(left)
            label.setWordWrap(True)
            label.setBuddy(box)
            form.addRow(label, box)
            self.boxes.append(box)

    def response(self) -> dict[str, str] | None:
        chosen = {
            left: box.currentData()
            for left, box in zip(self.lefts, self.boxes, strict=True)
            if box.currentData() is not None
        }
        return chosen or None

    def set_response(self, value: Any) -> None:
        value = dict(value or {})
        for left, box in zip(self.lefts, self.boxes, strict=True):
            index = box.findData(value.get(left)) if left in value else 0
            box.setCurrentIndex(max(index, 0))
