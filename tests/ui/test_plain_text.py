"""K1: every text that comes from a person (profile and team names, typed answers) or a
bank is shown as plain text. The screens are walked with a hostile profile name, bank
and team names; no label, tooltip or message box may render the marker as rich text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from PySide6 import QtGui
from PySide6.QtCharts import QBarCategoryAxis
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QMessageBox,
    QTableWidget,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ui.uikit import (
    DATA,
    answer_by_keyboard,
    close_session,
    create_profile,
    key,
    make_session,
    settle,
    wait_for,
)

MARK = "<b>X</b>"
NAME = "<b>Bold</b> <img src=x>"
TEXT_KEYS = ("title", "description", "source", "explanation", "question", "statement", "topic")
TEXT_KEYS += ("front", "back", "correct", "wrong", "sequence", "text")


def _mark(value: Any) -> Any:
    if isinstance(value, str):
        return f"{value} {MARK}"
    if isinstance(value, list):
        return [_mark(v) for v in value]
    return value


def hostile_bank(folder: Path) -> Path:
    """The UI test bank with the marker in every text a learner sees."""
    bank = yaml.safe_load((DATA / "ui_test.yaml").read_text(encoding="utf-8"))
    for field in ("title", "description", "source"):
        bank[field] = _mark(bank[field])
    for item in bank["items"]:
        for field in TEXT_KEYS:
            if field in item and not (item["kind"] == "figure" and field == "statement"):
                item[field] = _mark(item[field])
        for pair in item.get("pairs", []):
            pair["left"], pair["right"] = _mark(pair["left"]), _mark(pair["right"])
    folder.mkdir()
    (folder / "hostile.yaml").write_text(yaml.safe_dump(bank), encoding="utf-8")
    (folder / "<b>broken<i>.yaml").write_text("format: 1\nid: <b>x</b>\n", encoding="utf-8")
    return folder


def rich_texts(widgets: list[QWidget]) -> list[str]:
    """Each label, tooltip or message box that would render the marker as HTML."""
    found = []
    for widget in widgets:
        tips = [widget.toolTip()]
        if isinstance(widget, QTreeWidget):
            items = widget.findItems("", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive)
            tips += [i.toolTip(c) for i in items for c in range(widget.columnCount())]
        if isinstance(widget, QListWidget):
            tips += [widget.item(r).toolTip() for r in range(widget.count())]
        if isinstance(widget, QTableWidget):
            rows, columns = range(widget.rowCount()), range(widget.columnCount())
            cells = [widget.item(r, c) for r in rows for c in columns]
            tips += [cell.toolTip() for cell in cells if cell is not None]
        for tip in tips:
            if "<b>" in tip and QtGui.Qt.mightBeRichText(tip):
                found.append(f"tooltip in {type(widget).__name__}: {tip!r}")
        labelled = isinstance(widget, QLabel | QMessageBox) and "<b>" in widget.text()
        if labelled and widget.textFormat() != Qt.TextFormat.PlainText:  # type: ignore[union-attr]
            found.append(f"{type(widget).__name__} {widget.objectName()}: {widget.text()!r}")
    return found


class Watch:
    """Collects rich-text findings on every screen visited, and in message boxes."""

    def __init__(self) -> None:
        self.found: list[str] = []

    def check(self) -> None:
        self.found += rich_texts(QApplication.allWidgets())

    def answer_boxes(self, button: QMessageBox.StandardButton, times: int) -> None:
        """Check and answer the next ``times`` message boxes with ``button``."""
        left = [times]

        def press() -> None:
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox):
                self.found += rich_texts([box, *box.findChildren(QWidget)])
                box.button(button).click()
                left[0] -= 1
            if left[0]:
                QTimer.singleShot(50, press)

        QTimer.singleShot(50, press)


def test_every_screen_shows_people_and_bank_texts_as_plain_text(
    qtbot: QtBot, tmp_path: Path
) -> None:
    data = tmp_path / "<b>data<i>"  # shown in the banks screen and in messages
    session = make_session(qtbot, data, banks=[hostile_bank(tmp_path / "<b>banks<i>")])
    window, watch = session.window, Watch()
    try:
        create_profile(qtbot, session, NAME)
        assert NAME in window.home.title.text()
        watch.check()

        key(qtbot, session, "Ctrl+2")  # study: a card, revealed
        study = window.study
        wait_for(qtbot, lambda: study.reveal_button.isVisible() and study.reveal_button.isEnabled())
        key(qtbot, session, "Space")
        wait_for(qtbot, study.answer_frame.isVisible)
        watch.check()
        key(qtbot, session, "Escape")
        wait_for(qtbot, lambda: window.current_screen() == "home")

        key(qtbot, session, "Ctrl+3")  # quiz set-up, then every question answered wrongly
        watch.check()
        key(qtbot, session, "Return")
        quiz = window.quiz
        for _ in range(5):
            wait_for(
                qtbot, lambda: quiz.submit_button.isVisible() and quiz.submit_button.isEnabled()
            )
            watch.check()
            presenter = session.controller.quiz
            assert presenter.state is not None
            item = presenter.state.item_ids[presenter.position]
            answer_by_keyboard(
                qtbot, quiz.answer, session.controller.data_folder.question(item), False
            )
            key(qtbot, session, "Return")
            wait_for(qtbot, lambda: quiz.feedback.isVisible())
            watch.check()
            key(qtbot, session, "Return")
        wait_for(qtbot, lambda: window.current_screen() == "results")
        watch.check()
        details = window.results.details.toPlainText()
        assert MARK in details  # the results' HTML escapes the bank's texts

        screens = (("Ctrl+4", "progress"), ("Ctrl+5", "banks"), ("Ctrl+,", "settings"))
        for shortcut, screen in (*screens, ("Ctrl+6", "profiles")):
            key(qtbot, session, shortcut)
            wait_for(qtbot, lambda s=screen: window.current_screen() == s)  # type: ignore[misc]
            settle(qtbot, session)
            watch.check()
        mastery = window.progress.mastery.chart()  # Qt Charts reads every label as HTML
        axis = next(a for a in mastery.axes() if isinstance(a, QBarCategoryAxis))
        assert any("&lt;b&gt;X&lt;/b&gt;" in label for label in axis.categories())
        assert not any("<b>" in label for label in axis.categories())
        broken = window.banks.errors
        assert any("<b>broken<i>" in broken.item(r).text() for r in range(broken.count()))

        profiles = window.profiles  # a second profile, then delete it: two questions
        key(qtbot, session, "Ctrl+6")
        profiles.name.setText("<b>Other</b>")
        profiles.create_button.click()
        wait_for(qtbot, lambda: profiles.list.count() == 2)
        watch.check()
        row = next(r for r in range(2) if "Other" in profiles.list.item(r).text())
        profiles.list.setCurrentRow(row)
        watch.answer_boxes(QMessageBox.StandardButton.Yes, 2)
        profiles.delete_button.click()
        wait_for(qtbot, lambda: profiles.list.count() == 1)
    finally:
        close_session(session)
    assert not watch.found, "\n".join(sorted(set(watch.found)))


def test_workshop_screens_show_team_names_and_bank_texts_as_plain_text(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from ui.workshop.wskit import build, give_answer, open_builder, presenter_ready, press, settle

    session = make_session(qtbot, tmp_path / "data", banks=[hostile_bank(tmp_path / "<b>banks<i>")])
    watch = Watch()
    try:
        builder = open_builder(qtbot, session)
        builder.view.title.setText("<b>Title</b>")
        build(qtbot, builder, 4, seed=3)
        watch.check()
        builder.view.teams.setPlainText("<b>Red</b>\nBlue & <b>Co</b>")
        builder.view.start_button.click()
        presenter = presenter_ready(qtbot, builder)
        for _ in range(4):
            press(qtbot, presenter, Qt.Key.Key_S)
            press(qtbot, presenter, Qt.Key.Key_1, Qt.Key.Key_Minus)  # marked by the facilitator
            give_answer(qtbot, presenter, 2, right=True)
            settle(qtbot, session, presenter)
            watch.check()
            press(qtbot, presenter, Qt.Key.Key_R)
            settle(qtbot, session, presenter)
            watch.check()
            press(qtbot, presenter, Qt.Key.Key_L)  # the leaderboard
            settle(qtbot, session, presenter)
            watch.check()
            press(qtbot, presenter, Qt.Key.Key_L, Qt.Key.Key_N)
            settle(qtbot, session, presenter)
        watch.check()
        presenter.console.close()
        presenter.audience.close()
    finally:
        close_session(session)
    assert not watch.found, "\n".join(sorted(set(watch.found)))
