"""The Class and Item analysis screens with imported data: twelve learners take a quiz
here, two progress files come in from other laptops; the screens are driven by keys to
the focused widget (filters, sorting, selection, exports, the report), and rendered in
both themes and at 200% text on a 1366×768 laptop."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from classkit import import_two, take_quizzes
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from trainer.ui import theme
from trainer.ui.app import Session
from ui.uikit import engine, press, settle, shot, type_text, visit, wait_for


@pytest.fixture
def class_session(session: Session, tmp_path: Path) -> Session:
    trainer = engine(session)
    data_folder = session.controller.data_folder
    assert data_folder.result is not None and data_folder.store is not None
    take_quizzes(trainer, data_folder.result.by_id)
    import_two(data_folder.store, tmp_path / "laptops")
    return session


def save_through_dialog(qtbot: QtBot, saver: object, path: Path) -> None:
    """Type ``path`` into the save dialog that just opened, as a person does."""
    wait_for(qtbot, lambda: saver.dialog is not None and saver.dialog.isVisible())  # type: ignore[attr-defined]
    dialog = saver.dialog  # type: ignore[attr-defined]
    dialog.activateWindow()  # offscreen has no window manager to do it
    wait_for(qtbot, dialog.isActiveWindow)
    press(qtbot, "Ctrl+A")
    type_text(qtbot, str(path))
    press(qtbot, "Return")
    wait_for(qtbot, path.exists)
    window = dialog.parentWidget()
    window.activateWindow()  # back from the dialog (no window manager offscreen)
    wait_for(qtbot, window.isActiveWindow)


def cells(table: object, column: int) -> list[str]:
    t: object = table
    return [t.item(r, column).text() for r in range(t.rowCount())]  # type: ignore[attr-defined]


def test_the_class_screen(qtbot: QtBot, class_session: Session, tmp_path: Path) -> None:
    session = class_session
    screen = session.window.class_screen
    visit(qtbot, session, "Ctrl+7", "class")
    wait_for(qtbot, lambda: screen.table.rowCount() == 15)
    names = cells(screen.table, 0)
    assert names[:2] == ["=Zoe", "Amina"] and "Yusuf" in names
    origins = dict(zip(names, cells(screen.table, 1), strict=True))
    assert (origins["=Zoe"], origins["Yusuf"], origins["Amina"]) == (
        "imported",
        "imported",
        "local",
    )
    assert "15 learners; 2 of them imported." in screen.message.text()

    # Sort by reviews, most first: with the keyboard.
    press(qtbot, "Alt+O")
    assert QApplication.focusWidget() is screen.table.sort_by
    for _ in range(3):
        press(qtbot, "Down")
    press(qtbot, "Alt+D")
    wait_for(qtbot, lambda: cells(screen.table, 0)[0] in ("=Zoe", "Yusuf"))
    reviews = [int(n.replace(",", "")) for n in cells(screen.table, 3)]
    assert reviews == sorted(reviews, reverse=True) and reviews[-1] == 0

    # The selected learner's mastery per bank and topic.
    screen.table.setFocus()
    press(qtbot, "Home")
    wait_for(qtbot, lambda: screen.detail.text().startswith(cells(screen.table, 0)[0] + ":"))

    # Only the bank loaded here: the imported learners reviewed none of its questions.
    press(qtbot, "Alt+B")
    press(qtbot, "Down")
    wait_for(qtbot, lambda: cells(screen.table, 0)[0] not in ("=Zoe", "Yusuf"))
    settle(qtbot, session)
    by_name = dict(zip(cells(screen.table, 0), cells(screen.table, 3), strict=True))
    assert by_name["=Zoe"] == "0" and by_name["Learner 3"] == "3"

    press(qtbot, "Alt+C")
    out = tmp_path / "class.csv"
    save_through_dialog(qtbot, screen.saver, out)
    table = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    firsts = [r["learner"] for r in table if r["bank"] == ""]
    assert firsts[0] != "=Zoe" and "'=Zoe" in firsts and len(firsts) == 15

    screen.table.setFocus()
    press(qtbot, "Alt+P")
    pdf = tmp_path / "report.pdf"
    save_through_dialog(qtbot, screen.saver, pdf)
    settle(qtbot, session)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b", data)) == 16  # a summary and 15 learners
    shot(session.window, "class")


def test_the_item_analysis_screen(qtbot: QtBot, class_session: Session, tmp_path: Path) -> None:
    session = class_session
    screen = session.window.analysis
    visit(qtbot, session, "Ctrl+8", "analysis")
    wait_for(qtbot, lambda: screen.table.rowCount() > 3)
    questions = cells(screen.table, 0)
    verdicts = cells(screen.table, 6)
    assert any(v.startswith("⚑ ") for v in verdicts)  # the numeric's key wants checking
    flagged = [r for r, v in enumerate(verdicts) if v.startswith("⚑ ")]
    assert screen.table.item(flagged[0], 0).foreground().color() == theme.colour("wrong")
    assert "too few answers" in cells(screen.table, 4)  # the imported quizzes: few answers
    assert "far.t0.q0 (not in the loaded banks)" in questions  # imported, retired here

    # The option shares of the single-choice question, on selection.
    screen.table.setFocus()
    single = questions.index("Under what name was the GMG founded in 2003?")
    for _ in range(single + 1):
        press(qtbot, "Down")
    wait_for(qtbot, lambda: "Options chosen" in screen.detail.text())

    # Only the imported progress.
    press(qtbot, "Alt+R")
    assert QApplication.focusWidget() is screen.source
    while screen.source.currentData() != "imported":
        press(qtbot, "Down")
    wait_for(qtbot, lambda: set(cells(screen.table, 2)) == {"imported"})
    press(qtbot, "Alt+R")
    while screen.source.currentData() != "":
        press(qtbot, "Up")
    wait_for(qtbot, lambda: len(set(cells(screen.table, 2))) > 1)

    press(qtbot, "Alt+A")  # the chart
    wait_for(qtbot, lambda: screen.tabs.currentWidget() is screen.chart)
    points = sum(len(s.points()) for s in screen.chart.chart().series())
    assert points >= 3
    press(qtbot, "Alt+Q")
    press(qtbot, "Alt+C")
    out = tmp_path / "items.csv"
    save_through_dialog(qtbot, screen.saver, out)
    wait_for(qtbot, (tmp_path / "items-quizzes.csv").exists)
    shot(session.window, "analysis")


def test_both_screens_render_in_each_theme_and_at_200_percent(
    qtbot: QtBot, class_session: Session
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = class_session.window
    window.resize(1366, 768)
    try:
        for name, colours, size in (("light", "light", 100), ("dark", "dark", 100),
                                    ("large", "light", 200)):  # fmt: skip
            theme.apply_theme(app, colours, size)
            for keys, screen in (("Ctrl+7", "class"), ("Ctrl+8", "analysis")):
                visit(qtbot, class_session, keys, screen)
                table = window.screens[screen].table  # type: ignore[attr-defined]
                wait_for(qtbot, lambda t=table: t.rowCount() > 0)
                settle(qtbot, class_session)
                shot(window, f"{screen}-{name}")
                if screen == "analysis":
                    window.analysis.tabs.setCurrentIndex(1)
                    shot(window, f"chart-{name}")
                    window.analysis.tabs.setCurrentIndex(0)
    finally:
        theme.apply_theme(app, "system", 100)
