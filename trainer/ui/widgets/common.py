"""Small widget helpers shared by the screens: headings, wrapping labels, scaled fonts, and
the plain-text helpers for texts from a person or a bank file.

**Plain text.** ``QLabel``, ``QMessageBox`` and tooltips guess whether a text is HTML
(``Qt.mightBeRichText``), so a profile named ``<b>Bold</b>`` came out bold. Every label or
box that shows a profile or team name, a typed answer or a bank text is made with
:func:`plain_label` (or passed to :func:`plain`), every such message box with
:func:`plain_message`, every such tooltip goes through :func:`plain_tooltip`, and every
such chart label (Qt Charts always reads HTML) through :func:`chart_text`.
No field of a bank is rich text. ``tests/ui/test_plain_text.py`` walks the screens with
hostile texts."""

from __future__ import annotations

import html
from collections.abc import Callable

import shiboken6
from PySide6 import QtGui
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLayout,
    QMessageBox,
    QPushButton,
    QWidget,
)


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


def plain(label: QLabel) -> QLabel:
    """``label`` set to show its text as written (never as HTML)."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows its text as written (never as HTML)."""
    return plain(QLabel(text, parent))


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip that shows it as written (tooltips guess HTML too)."""
    rich = QtGui.Qt.mightBeRichText(text)  # (PySide6 has these two in QtGui's Qt)
    return QtGui.Qt.convertFromPlainText(text) if rich else text


def chart_text(text: str) -> str:
    """``text`` for a Qt Charts axis label, title or legend, which are always HTML."""
    return html.escape(text, quote=False)


def plain_message(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton,
    default: QMessageBox.StandardButton,
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
) -> QMessageBox.StandardButton:
    """Ask with a modal message box whose text is shown as written; returns the button."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(default)
    box.exec()
    return box.standardButton(box.clickedButton())


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """Give ``window`` its preferred size, but never more than its screen has room for
    (a 1366×768 laptop leaves about 700 pixels under the panels)."""
    screen = window.screen() or QApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, int(room.width() * 0.95))
        height = min(height, int(room.height() * 0.92))
    window.resize(max(width, window.minimumSizeHint().width()), height)


def wrapped_height(layout: QLayout, width: int) -> int:
    """The height a vertical ``layout`` needs at ``width`` with its labels wrapped (Qt's
    own figure takes a table's preferred height, even below its minimum)."""
    margins = layout.contentsMargins()
    inner = width - margins.left() - margins.right()
    heights = []
    for item in (layout.itemAt(index) for index in range(layout.count())):
        if item is None or item.isEmpty():
            continue
        height = item.minimumSize().height()
        if item.hasHeightForWidth():
            height = max(height, item.heightForWidth(inner))
        heights.append(height)
    spacing = max(layout.spacing(), 0) * max(len(heights) - 1, 0)
    return margins.top() + margins.bottom() + sum(heights) + spacing


def announce(widget: QWidget, text: str) -> None:
    """Have a screen reader say ``text`` now (a verdict, "Time's up"); nothing when none
    is running."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    if text and QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))


def heading(text: str, style: str = "title", parent: QWidget | None = None) -> QLabel:
    """A screen's title (or, with ``style="heading"``, a section's heading): its size and
    weight come from the type scale (``trainer/ui/theme.py``, ``app.qss``)."""
    label = plain_label(text, parent)
    set_text_style(label, style)
    label.setWordWrap(True)
    return label


def set_primary(button: QPushButton, primary: bool = True) -> None:
    """Show ``button`` as its screen's main action (filled with the accent colour)."""
    button.setProperty("primary", primary)
    button.style().unpolish(button)
    button.style().polish(button)


def set_text_style(label: QLabel, style: str) -> None:
    """Give ``label`` one of the type scale's styles: "title", "heading", "lead", "body",
    "caption" (``theme.TEXT_STYLES``)."""
    label.setProperty("textStyle", style)
    label.style().unpolish(label)
    label.style().polish(label)


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
