"""The design's colours and type scale: every text colour, the accents that carry a
meaning (due, new, right, wrong) among them, reads at WCAG AA 4.5:1 on every surface of
both themes; the type scale grows with the text size; a change of colours reaches every
widget."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from trainer.ui import theme
from trainer.ui.widgets.common import heading
from ui.contrastkit import contrast

AA_TEXT = 4.5


@pytest.mark.parametrize("name", sorted(theme.PALETTES))
def test_every_text_colour_reads_on_every_surface(name: str) -> None:
    colours = theme.PALETTES[name]
    weak = [
        f"{text} on {surface}: {ratio:.2f}"
        for text in theme.TEXT_COLOURS
        for surface in theme.TEXT_BACKGROUNDS
        if (ratio := contrast(QColor(colours[text]), QColor(colours[surface]))) < AA_TEXT
    ]
    weak += [
        f"{text} on {fill}: {ratio:.2f}"
        for text, fill in theme.TEXT_ON_FILL
        if (ratio := contrast(QColor(colours[text]), QColor(colours[fill]))) < AA_TEXT
    ]
    assert weak == [], name


def test_both_themes_name_the_same_colours_and_every_accent() -> None:
    light, dark = (set(theme.PALETTES[n]) for n in ("light", "dark"))
    assert light == dark
    assert {"due", "new", "right", "wrong"} <= set(theme.ACCENTS) <= light


@pytest.mark.parametrize("name", sorted(theme.PALETTES))
def test_the_style_sheet_has_every_token_filled(name: str) -> None:
    sheet = theme.style_sheet(name)
    assert sheet
    assert re.findall(r"@[\w-]+@", sheet) == []


@pytest.fixture
def restore_theme(qtbot: QtBot):  # type: ignore[no-untyped-def]
    yield
    theme.apply_theme(QApplication.instance(), "system", 100)  # type: ignore[arg-type]


def test_the_type_scale_grows_with_the_text_size(qtbot: QtBot, restore_theme: None) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply_theme(app, "light", 100)
    title = heading("Title")
    body = QLabel("Body")
    qtbot.addWidget(title)
    qtbot.addWidget(body)
    title.ensurePolished()
    body.ensurePolished()
    small = title.font().pointSizeF()
    assert small == pytest.approx(body.font().pointSizeF() * theme.TEXT_STYLES["title"], abs=0.1)
    theme.apply_theme(app, "light", 200)
    qtbot.waitUntil(lambda: title.font().pointSizeF() == pytest.approx(2 * small, abs=0.2))
    assert title.font().bold()


def test_new_colours_reach_a_scroll_area(qtbot: QtBot, restore_theme: None) -> None:
    """From the system's colours to the light theme (the same style sheet), a scroll
    area kept the system's grey."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply_theme(app, "system", 100)
    page = QWidget()
    qtbot.addWidget(page)
    area = QScrollArea()
    area.setWidgetResizable(True)
    content = QWidget()
    QVBoxLayout(content).addWidget(QLabel("text"))
    area.setWidget(content)
    QVBoxLayout(page).addWidget(area)
    page.resize(200, 200)
    page.show()
    qtbot.waitExposed(page)
    theme.apply_theme(app, "light", 100)
    window = QColor(theme.PALETTES["light"]["window"])
    qtbot.waitUntil(lambda: content.palette().window().color() == window)
    assert page.grab().toImage().pixelColor(100, 150) == window
