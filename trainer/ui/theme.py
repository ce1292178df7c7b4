"""Light, dark or the system's colours, the text size, and the style sheet with a visible
keyboard focus (``resources/styles/app.qss``, tokens filled in per theme)."""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar

from trainer.paths import resources_dir

TOKENS = {
    "light": {
        "error": "#b00020",
        "good": "#1b5e20",
        "muted": "#505050",
        "border": "#b0b0b0",
        "panel": "#f7f7f2",
        "focus": "#1a5fb4",
        "focusbg": "#dbe8fa",
        "indicator": "#5f6368",
        "indicatorbg": "#ffffff",
        "accent": "#1a5fb4",
    },
    "dark": {
        "error": "#ff8a80",
        "good": "#a5d6a7",
        "muted": "#c0c0c0",
        "border": "#606060",
        "panel": "#2b2b2b",
        "focus": "#8ab4f8",
        "focusbg": "#2f3f57",
        "indicator": "#bdc1c6",
        "indicatorbg": "#17181a",
        "accent": "#3b6fb6",
    },
}

_base_font: QFont | None = None
_base_class_fonts: dict[str, QFont] = {}
FONT_CLASSES = (
    "QMenuBar",
    "QMenu",
    "QMenuItem",
    "QMessageBox",
    "QLabel",
    "QTipLabel",
    "QStatusBar",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QToolButton",
    "QAbstractItemView",
    "QListView",
    "QHeaderView",
    "QComboMenuItem",
    "QComboLineEdit",
    "QDockWidgetTitle",
)
"""Classes a platform theme may give a font of their own (QApplication keeps those apart
from the application font): each is scaled with the text size too (the menu bar stayed
at 100% after a restart with 200% text)."""
_base_palette: QPalette | None = None
_applied: tuple[str, int] | None = None
"""The (theme, font scale) last applied: applying it again would restyle every widget."""


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#17181a",
        QPalette.ColorRole.AlternateBase: "#26282b",
        QPalette.ColorRole.ToolTipBase: "#303134",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#303134",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: "#3b6fb6",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.Mid: "#5f6368",
        QPalette.ColorRole.Dark: "#111111",
        QPalette.ColorRole.Light: "#404144",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7f8388"))
    return palette


def _scaled(base: QFont, factor: float) -> QFont:
    font = QFont(base)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * factor)
    return font


def is_dark(app: QApplication) -> bool:
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def style_sheet(theme: str) -> str:
    path = resources_dir() / "styles" / "app.qss"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return ""
    for key, value in TOKENS[theme].items():
        text = text.replace(f"@{key}@", value)
    return text.replace("@styles@", path.parent.as_posix())


def apply_theme(app: QApplication, theme: str = "system", font_scale: int = 100) -> None:
    """Set colours (``system``/``light``/``dark``) and text size (percent) for the whole app.

    Setting a style or a style sheet on the application restyles every widget of every
    screen (most of a second once all are built), so only what changed is set again.
    """
    global _base_font, _base_palette, _applied
    if _applied == (theme, font_scale):
        return
    if _base_font is None:
        _base_font = QFont(app.font())
        # app.palette() is already a copy; QPalette(...) would pick among constructors
        # that take Qt enums, making PySide build the whole Qt namespace (12 ms).
        _base_palette = app.palette()
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    if theme == "dark":
        app.setPalette(dark_palette())
    elif theme == "light":
        app.setPalette(app.style().standardPalette())
    else:
        assert _base_palette is not None
        app.setPalette(_base_palette)
    factor = max(50, min(font_scale, 300)) / 100
    if not _base_class_fonts:
        # (PySide6 takes the class name as str, whatever its stubs say)
        _base_class_fonts.update({n: QFont(app.font(n)) for n in FONT_CLASSES})  # type: ignore[call-overload]
    app.setFont(_scaled(_base_font, factor))
    sheet = style_sheet("dark" if is_dark(app) else "light")
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
    # Setting the application font or a style sheet drops the fonts a platform theme
    # gives some classes (menus, tooltips...): give them back, scaled.
    for name, base in _base_class_fonts.items():
        if base != _base_font:  # only the classes the theme gave a font of their own
            app.setFont(_scaled(base, factor), name)  # type: ignore[arg-type]
    # With a style sheet, menu bars and menus that exist already keep their old font
    # (the menu bar stayed at 100% after a restart with 200% text): give it to them.
    for widget in app.allWidgets():
        if isinstance(widget, QMenuBar | QMenu):
            widget.setFont(app.font(widget))
    # After the style sheet, which re-polishes every widget. Scaled fonts exist only once
    # the screens (and so that module) are loaded; the first call comes before that,
    # and importing it then would delay the first paint.
    common = sys.modules.get("trainer.ui.widgets.common")
    if common is not None:
        common.rescale_all()
    _applied = (theme, font_scale)
