"""Trainer's visual design, defined once: the colours of the light and the dark theme
(surfaces, text, and the accents that carry a meaning: due, new, right, wrong), the
typographic scale (title, heading, lead, body, caption) and the spacing between blocks.

``resources/styles/app.qss`` applies them by object name and by the ``textStyle``
property (``@tokens@`` filled in here per theme and text size), so the type scale grows
with the text size setting. Views colour an item by meaning with :func:`colour`.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLayout, QMenu, QMenuBar, QStackedWidget, QWidget

from trainer.paths import resources_dir

PALETTES: dict[str, dict[str, str]] = {
    "light": {
        # surfaces
        "window": "#f4f5f7",
        "base": "#ffffff",
        "alternate": "#f0f2f5",
        "panel": "#ffffff",
        "hero": "#e8f0fc",
        "heroborder": "#b9cdef",
        "button": "#ffffff",
        "hover": "#e9edf3",
        "pressed": "#dde3eb",
        "track": "#e3e7ec",
        "meter": "#9fd3ad",
        "bevel": "#ffffff",
        "shadow": "#8c929b",
        # text
        "text": "#1d2127",
        "muted": "#59606b",
        "disabled": "#8c929b",
        "placeholder": "#6b7280",
        # lines and controls
        "border": "#c3c8d0",
        "indicator": "#5f6368",
        "indicatorbg": "#ffffff",
        "accent": "#1a5fb4",
        "focus": "#1a5fb4",
        "focusbg": "#dbe8fa",
        "primary": "#1a5fb4",
        "onprimary": "#ffffff",
        "primaryhover": "#174f96",
        "primaryfocus": "#0b2d5c",
        "selection": "#1a5fb4",
        "onselection": "#ffffff",
        # meaning
        "due": "#9a4700",
        "new": "#1a5fb4",
        "right": "#1b6e2a",
        "wrong": "#b3261e",
        "error": "#b3261e",
    },
    "dark": {
        "window": "#1f2023",
        "base": "#17181b",
        "alternate": "#24262a",
        "panel": "#2a2c30",
        "hero": "#1e2b40",
        "heroborder": "#34507a",
        "button": "#2b2d31",
        "hover": "#35383d",
        "pressed": "#3f4348",
        "track": "#2f3236",
        "meter": "#2e6b40",
        "bevel": "#3a3d42",
        "shadow": "#111214",
        "text": "#e8eaed",
        "muted": "#b0b5bd",
        "disabled": "#7f8388",
        "placeholder": "#9aa0a6",
        "border": "#4a4e55",
        "indicator": "#bdc1c6",
        "indicatorbg": "#17181a",
        "accent": "#3b6fb6",
        "focus": "#8ab4f8",
        "focusbg": "#2f3f57",
        "primary": "#8ab4f8",
        "onprimary": "#0b1a30",
        "primaryhover": "#a8c7fa",
        "primaryfocus": "#ffffff",
        "selection": "#3b6fb6",
        "onselection": "#ffffff",
        "due": "#f2b663",
        "new": "#8ab4f8",
        "right": "#81c995",
        "wrong": "#f28b82",
        "error": "#f28b82",
    },
}
"""Each theme's colours by name. The light theme is designed too, not the style's grey."""

ACCENTS = ("due", "new", "right", "wrong", "error")
"""The colours that carry a meaning, used for text (a count, a verdict, a message)."""
TEXT_COLOURS = ("text", "muted", *ACCENTS)
TEXT_BACKGROUNDS = ("window", "base", "alternate", "panel", "hero", "button", "hover")
"""The surfaces text sits on: every one of :data:`TEXT_COLOURS` reads at 4.5:1 (WCAG
AA) on each (``tests/ui/test_theme_contrast.py``)."""
TEXT_ON_FILL = (
    ("onprimary", "primary"),
    ("onprimary", "primaryhover"),
    ("onselection", "selection"),
    ("text", "meter"),
    ("text", "track"),
)
"""Text on a filled control or bar: (text, fill), 4.5:1 too."""

TEXT_STYLES: dict[str, float] = {
    "title": 1.6,
    "heading": 1.3,
    "lead": 1.2,
    "body": 1.0,
    "caption": 0.9,
}
"""The typographic scale: each text style's size as a multiple of the body text (which
is the text size setting). ``app.qss`` uses them as ``@title-size@`` and so on, and says
which labels have which style (the ``textStyle`` property or the object name)."""

SPACING = {"page": 16, "block": 12, "related": 8}
"""Pixels: a screen's margins, the gap between its blocks, and between related controls
(buttons of one row)."""

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


def palette_of(theme: str) -> QPalette:
    """The Qt palette of ``theme`` ("light" or "dark"), from :data:`PALETTES`."""
    colours = PALETTES[theme]
    role = QPalette.ColorRole
    roles = {
        role.Window: "window",
        role.WindowText: "text",
        role.Base: "base",
        role.AlternateBase: "alternate",
        role.ToolTipBase: "panel",
        role.ToolTipText: "text",
        role.PlaceholderText: "placeholder",
        role.Text: "text",
        role.Button: "button",
        role.ButtonText: "text",
        role.Highlight: "selection",
        role.HighlightedText: "onselection",
        role.Link: "focus",
        role.Mid: "border",
        role.Midlight: "alternate",
        role.Light: "bevel",
        role.Dark: "shadow",
    }
    palette = QPalette()
    for qt_role, name in roles.items():
        palette.setColor(qt_role, QColor(colours[name]))
    palette.setColor(role.BrightText, QColor("#ffffff"))
    for qt_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, qt_role, QColor(colours["disabled"]))
    return palette


def _scaled(base: QFont, factor: float) -> QFont:
    font = QFont(base)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * factor)
    return font


def is_dark(app: QApplication) -> bool:
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def current_theme() -> str:
    """ "light" or "dark": whose colours are showing now."""
    app = QApplication.instance()
    return "dark" if isinstance(app, QApplication) and is_dark(app) else "light"


def colour(name: str) -> QColor:
    """A colour of the theme showing now, by name ("due", "right", ...)."""
    return QColor(PALETTES[current_theme()][name])


def text_sizes(font: QFont) -> dict[str, str]:
    """Each text style's size for a body text in ``font``, as the style sheet writes it."""
    if font.pointSizeF() > 0:
        body, unit = font.pointSizeF(), "pt"
    else:
        body, unit = float(max(font.pixelSize(), 1)), "px"
    return {f"{name}-size": f"{body * factor:.1f}{unit}" for name, factor in TEXT_STYLES.items()}


def style_sheet(theme: str, font: QFont | None = None) -> str:
    path = resources_dir() / "styles" / "app.qss"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return ""
    tokens = {**PALETTES[theme], **text_sizes(font or QFont())}
    for key, value in tokens.items():
        text = text.replace(f"@{key}@", value)
    return text.replace("@styles@", path.parent.as_posix())


def space_screen(screen: QWidget) -> None:
    """Give a screen the page margins and the gap between its blocks (the pages' of a
    screen made of pages, such as Study's card and summary)."""
    layout = screen.layout()
    if not isinstance(layout, QLayout):
        return
    item = layout.itemAt(0) if layout.count() == 1 else None
    only = item.widget() if item is not None else None
    if isinstance(only, QStackedWidget):
        layout.setContentsMargins(0, 0, 0, 0)
        for page in (only.widget(index) for index in range(only.count())):
            if page is not None:
                space_screen(page)
        return
    margin = SPACING["page"]
    layout.setContentsMargins(margin, margin, margin, margin)
    layout.setSpacing(SPACING["block"])


def _tell_font_changed(app: QApplication) -> None:
    """The style sheet gives styled widgets (line edits, buttons...) their new font only
    after their parents heard of the new size: tell every widget again, so that one
    measuring its children (a cloze sizing its blanks) sees their new font."""
    for widget in app.allWidgets():
        QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.FontChange))


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
    if theme in PALETTES:
        app.setPalette(palette_of(theme))
    else:
        assert _base_palette is not None
        app.setPalette(_base_palette)
    factor = max(50, min(font_scale, 300)) / 100
    if not _base_class_fonts:
        # (PySide6 takes the class name as str, whatever its stubs say)
        _base_class_fonts.update({n: QFont(app.font(n)) for n in FONT_CLASSES})  # type: ignore[call-overload]
    app.setFont(_scaled(_base_font, factor))
    sheet = style_sheet("dark" if is_dark(app) else "light", app.font())
    if app.styleSheet() != sheet or (_applied is not None and _applied[0] != theme):
        # Also for new colours with the same sheet (system to light): without the
        # polish a style sheet gives, scroll areas kept the colours they had.
        app.setStyleSheet(sheet)
        if _applied is not None and _applied[1] != font_scale:
            _tell_font_changed(app)
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
