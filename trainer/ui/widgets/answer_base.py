"""The base class of the answer widgets: collect one response, say when it changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
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

    def focus_first(self) -> None:
        """Put the keyboard focus on the first input."""
        self.focusNextChild()
