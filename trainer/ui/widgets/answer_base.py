"""The base class of the answer widgets: collect one response, say when it changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QListWidget, QWidget


class AnswerWidget(QWidget):
    """Base class: collects one response; emits ``changed`` when it changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answer")
        self.locked = False

    def response(self) -> Any | None:
        raise NotImplementedError

    def set_response(self, value: Any) -> None:
        raise NotImplementedError

    def set_locked(self, locked: bool) -> None:
        self.locked = locked
        for child in self.findChildren(QWidget):
            if isinstance(child, QAbstractButton | QLineEdit | QComboBox | QListWidget):
                child.setEnabled(not locked) if not isinstance(child, QLineEdit) else (
                    child.setReadOnly(locked)
                )

    def first_input(self) -> QWidget | None:
        """The input that takes the focus when the page appears: the first one that
        Tab reaches inside this widget (the checked one of a group of radio buttons)."""
        for child in self.findChildren(QAbstractButton):
            if isinstance(child, QAbstractButton) and child.isChecked() and child.isEnabled():
                return child
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self:
            tab = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            if self.isAncestorOf(widget) and tab and widget.isEnabled():
                return widget
            widget = widget.nextInFocusChain()
        return None

    def focus_first(self) -> None:
        """Put the keyboard focus on the first input, so typed keys (digits, letters,
        text) reach the answer at once, wherever the focus was before."""
        target = self.first_input()
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)
