"""Check boxes and radio buttons are visible in both themes, ticked or not, and their
boxes grow with the text size (the dark theme showed unticked items with no box)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from trainer.ui import theme
from ui.contrastkit import contrast


def best_contrast(image: QImage, x0: int, y0: int, size: int, background: QColor) -> float:
    """The strongest contrast with the background inside a square of the image."""
    best = 1.0
    for x in range(max(0, x0), min(image.width(), x0 + size)):
        for y in range(max(0, y0), min(image.height(), y0 + size)):
            best = max(best, contrast(image.pixelColor(x, y), background))
    return best


@pytest.fixture
def restore_theme(qtbot: QtBot):  # type: ignore[no-untyped-def]
    yield
    theme.apply_theme(QApplication.instance(), "light", 100)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["dark", "light"])
@pytest.mark.parametrize("scale", [100, 200])
def test_every_check_indicator_stands_out(
    qtbot: QtBot, restore_theme: None, name: str, scale: int
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply_theme(app, name, scale)
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    boxes = [QCheckBox("Unticked"), QCheckBox("Ticked"), QRadioButton("Not chosen")]
    boxes[1].setChecked(True)
    listing = QListWidget()
    for text, state in (("Off", Qt.CheckState.Unchecked), ("On", Qt.CheckState.Checked)):
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(state)
        listing.addItem(item)
    for widget in (*boxes, listing):
        layout.addWidget(widget)
    page.resize(300, 300)
    page.show()
    qtbot.waitExposed(page)
    image = page.grab().toImage()
    background = app.palette().color(page.backgroundRole())
    base = app.palette().color(listing.viewport().backgroundRole())
    em = page.fontMetrics().height()
    for box in boxes:
        top_left = box.mapTo(page, box.rect().topLeft())
        found = best_contrast(image, top_left.x(), top_left.y(), em, background)
        assert found >= 3.0, (
            f"{name} {scale}%: the box of {box.text()!r} hardly shows ({found:.1f})"
        )
        metric = QStyle.PixelMetric.PM_IndicatorHeight
        if isinstance(box, QRadioButton):
            metric = QStyle.PixelMetric.PM_ExclusiveIndicatorHeight
        size = box.style().pixelMetric(metric, None, box)
        assert size >= 0.7 * box.fontMetrics().height(), f"{name} {scale}%: a {size} px box"
    for row in range(listing.count()):
        rect = listing.visualItemRect(listing.item(row))
        origin = listing.viewport().mapTo(page, rect.topLeft())
        found = best_contrast(image, origin.x(), origin.y(), em, base)
        assert found >= 3.0, f"{name} {scale}%: list row {row}'s box hardly shows ({found:.1f})"


def test_a_font_the_platform_gives_a_class_grows_with_the_text() -> None:
    """Desktops give menus (and some other classes) a font of their own: it must scale
    too. Run apart, since the first theme applied in a process records the fonts."""
    import os
    import subprocess
    import sys

    code = (
        "from PySide6.QtWidgets import QApplication\n"
        "from PySide6.QtGui import QFont\n"
        "from trainer.ui.theme import apply_theme\n"
        "app = QApplication([])\n"
        "app.setFont(QFont(app.font().family(), 7), 'QMenuBar')\n"
        "apply_theme(app, 'light', 200)\n"
        "print(app.font('QMenuBar').pointSizeF(), app.font().pointSizeF())\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    menu, app = (float(v) for v in proc.stdout.split())
    assert menu == 14.0 and app > menu
