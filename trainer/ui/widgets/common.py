"""Small widget helpers shared by the screens: headings, wrapping labels, scaled fonts."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QWidget


class _FontScaler(QObject):
    """Keeps a widget's font a fixed multiple of the application font, also after the
    user changes the text size (``rescale_all`` is called by the theme code)."""

    def __init__(self, widget: QWidget, factor: float, bold: bool) -> None:
        super().__init__(widget)
        self.widget = widget
        self.factor = factor
        self.bold = bold
        widget.installEventFilter(self)
        _SCALERS.append(self)
        self.apply()

    def apply(self) -> None:
        font = QFont(QApplication.font())
        size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        font.setPointSizeF(size * self.factor)
        font.setBold(self.bold)
        self.widget.setFont(font)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationFontChange:
            self.apply()
        return False


_SCALERS: list[_FontScaler] = []


def scale_font(widget: QWidget, factor: float, *, bold: bool = False) -> None:
    _FontScaler(widget, factor, bold)


def rescale_all() -> None:
    """Re-apply every scaled font after the application font changed (Qt only tells
    top-level windows, and explicitly set fonts do not follow their parent)."""
    alive = []
    for scaler in _SCALERS:
        if shiboken6.isValid(scaler) and shiboken6.isValid(scaler.widget):
            scaler.apply()
            alive.append(scaler)
    _SCALERS[:] = alive


class StatusLine(QLabel):
    """A screen's message line ("Settings saved.", "Answer first…"): plain text, red for
    an error. It says something about the moment it was shown, so the main window
    clears it whenever its screen is shown again, and screens clear it when the state it
    spoke of has changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("message")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def show_text(self, text: str, error: bool = True) -> None:
        self.setText(text)
        self.setProperty("error", error)
        self.style().unpolish(self)
        self.style().polish(self)


def clear_status_lines(screen: QWidget) -> None:
    for line in screen.findChildren(StatusLine):
        line.clear()


def heading(text: str, scale: float = 1.5, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    scale_font(label, scale, bold=True)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def wrapping_label(text: str = "", *, selectable: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def on_keys(widget: QWidget, keys: tuple[str, ...], slot: Callable[[], object]) -> None:
    """Shortcuts active while the focus is anywhere inside ``widget`` (one screen)."""
    for key in keys:
        shortcut = QShortcut(
            QKeySequence(key), widget, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        shortcut.activated.connect(slot)


ENTER_KEYS = ("Return", "Enter", "Ctrl+Return", "Ctrl+Enter")
