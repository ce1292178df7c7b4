"""Profiles, settings and banks screens against the real store and loader."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from trainer.paths import backups_dir, user_banks_dir
from trainer.ui.app import Session
from ui.uikit import (
    DATA,
    close_session,
    create_profile,
    engine,
    key,
    make_session,
    shot,
    wait_for,
)


def answer_boxes(button: QMessageBox.StandardButton, times: int) -> list[str]:
    """Answer the next ``times`` message boxes with ``button``; returns their texts."""
    seen: list[str] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.button(button).click()
            if len(seen) < times:
                QTimer.singleShot(50, press)
        else:
            QTimer.singleShot(50, press)

    QTimer.singleShot(50, press)
    return seen


def row_of(profiles: object, name: str) -> int:
    for row in range(profiles.list.count()):  # type: ignore[attr-defined]
        if profiles.list.item(row).data(Qt.ItemDataRole.UserRole + 1) == name:  # type: ignore[attr-defined]
            return row
    return -1


def test_profiles_create_rename_switch_delete(qtbot: QtBot, session: Session) -> None:
    window = session.window
    key(qtbot, session, "Ctrl+6")
    profiles = window.profiles
    wait_for(qtbot, lambda: profiles.list.count() == 1)
    assert "(current)" in profiles.list.item(0).text()
    profiles.name.setText("Amina")
    profiles.create_button.click()
    wait_for(qtbot, lambda: "already a profile" in profiles.message.text())
    profiles.name.setText("Bilal")
    profiles.create_button.click()
    wait_for(qtbot, lambda: profiles.list.count() == 2)
    profiles.list.setCurrentRow(row_of(profiles, "Bilal"))
    profiles.name.setText("Bilal K.")
    profiles.rename_button.click()
    wait_for(qtbot, lambda: row_of(profiles, "Bilal K.") >= 0)
    shot(window, "profiles")
    profiles.list.setCurrentRow(row_of(profiles, "Bilal K."))
    profiles.switch_button.click()
    wait_for(
        qtbot, lambda: window.current_screen() == "home" and "Bilal K." in window.home.title.text()
    )

    # delete Amina: asked twice, backup first
    key(qtbot, session, "Ctrl+6")
    wait_for(qtbot, lambda: "(current)" in profiles.list.item(row_of(profiles, "Bilal K.")).text())
    assert profiles.message.text() == ""  # "Renamed…" belonged to the visit before
    profiles.list.setCurrentRow(row_of(profiles, "Amina"))
    seen = answer_boxes(QMessageBox.StandardButton.Yes, 2)
    profiles.delete_button.click()
    assert len(seen) == 2 and "Amina" in seen[0] and "backup" in seen[1]
    wait_for(qtbot, lambda: profiles.list.count() == 1)
    assert [p.name for p in engine(session).profiles()] == ["Bilal K."]
    assert any("pre-delete" in p.name for p in backups_dir(session.data_dir).iterdir())


def test_delete_cancelled_at_second_question(qtbot: QtBot, session: Session) -> None:
    key(qtbot, session, "Ctrl+6")
    profiles = session.window.profiles
    wait_for(qtbot, lambda: profiles.list.count() == 1)
    profiles.list.setCurrentRow(0)
    assert not profiles.delete_button.isEnabled()  # the only profile stays
    profiles.name.setText("Bilal")
    profiles.create_button.click()
    wait_for(qtbot, lambda: profiles.list.count() == 2)
    profiles.list.setCurrentRow(row_of(profiles, "Bilal"))
    seen: list[str] = []

    def first_yes_then_cancel() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, first_yes_then_cancel)
            return
        seen.append(box.text())
        if len(seen) == 1:
            box.button(QMessageBox.StandardButton.Yes).click()
            QTimer.singleShot(50, first_yes_then_cancel)
        else:
            box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(50, first_yes_then_cancel)
    profiles.delete_button.click()
    assert len(seen) == 2
    assert [p.name for p in engine(session).profiles()] == ["Amina", "Bilal"]


def test_settings_saved_and_applied(qtbot: QtBot, session: Session) -> None:
    window = session.window
    key(qtbot, session, "Ctrl+,")
    screen = window.settings_screen
    wait_for(qtbot, lambda: screen.new_limit.value() == 20)
    assert screen.retention.value() == 0.9
    base = QApplication.font().pointSizeF()
    screen.font_scale.setValue(150)
    screen.theme.setCurrentIndex(screen.theme.findData("dark"))
    screen.feedback.setCurrentIndex(screen.feedback.findData("end"))
    screen.new_limit.setValue(5)
    screen.retention.setValue(0.85)
    key(qtbot, session, "Ctrl+Return")
    wait_for(qtbot, lambda: screen.message.text() == "Settings saved.")
    shot(window, "settings_dark")
    profile = engine(session).profile(session.controller.state.learner_id or 0)
    assert (profile.daily_new_limit, profile.desired_retention) == (5, 0.85)
    assert abs(QApplication.font().pointSizeF() - base * 1.5) < 0.6
    assert QApplication.palette().window().color().lightness() < 128
    assert session.controller.preferences.quiz_feedback == "end"
    text = (session.data_dir / "settings.ini").read_text(encoding="utf-8")
    assert "theme=dark" in text and "font_scale=150" in text
    key(qtbot, session, "Escape")
    wait_for(qtbot, lambda: "New today: 5" in window.home.status.text())
    # back to normal for the other tests
    screen.font_scale.setValue(100)
    screen.theme.setCurrentIndex(screen.theme.findData("system"))
    screen.apply_button.click()
    wait_for(qtbot, lambda: screen.message.text() == "Settings saved.")


def test_bad_retention_is_refused_plainly(qtbot: QtBot, session: Session) -> None:
    key(qtbot, session, "Ctrl+,")
    screen = session.window.settings_screen
    wait_for(qtbot, lambda: screen.new_limit.value() == 20)
    assert screen.retention.minimum() == 0.7 and screen.retention.maximum() == 0.99


def test_banks_screen_lists_user_and_broken_banks(qtbot: QtBot, tmp_path: Path) -> None:
    user = user_banks_dir(tmp_path)
    user.mkdir(parents=True)
    shutil.copy(DATA / "ui_test.yaml", user / "mine.yaml")
    (user / "mine.yaml").write_text(
        (user / "mine.yaml")
        .read_text(encoding="utf-8")
        .replace("id: uitest", "id: mine")
        .replace("id: ui.", "id: mine.")
        .replace("title: UI test bank", "title: My own bank"),
        encoding="utf-8",
    )
    (user / "broken.yaml").write_text("format: 1\nid: broken\nitems:\n  - id: x\n    kind: nope\n")
    session = make_session(qtbot, tmp_path, banks=[DATA, user])
    create_profile(qtbot, session, "Amina")
    key(qtbot, session, "Ctrl+5")
    banks = session.window.banks
    assert session.window.current_screen() == "banks"
    assert banks.table.rowCount() == 2
    where = {banks.table.item(r, 0).text(): banks.table.item(r, 1).text() for r in range(2)}
    assert sorted(where.values()) == ["shipped", "yours"]
    assert banks.errors.count() >= 1
    assert "broken.yaml:" in banks.errors.item(0).text()
    assert str(user) in banks.folder.text()
    assert "broken.yaml" in session.window.home.errors.text()
    shot(session.window, "banks")
    # reload after fixing the broken file
    (user / "broken.yaml").unlink()
    key(qtbot, session, "F5")
    wait_for(
        qtbot, lambda: banks.errors.count() == 0 and session.window.home.study_button.isEnabled()
    )
    assert session.window.current_screen() == "banks"  # reloading does not leave the screen
    close_session(session)


def test_bank_folder_without_a_file_manager_shows_its_path(qtbot: QtBot, session: Session) -> None:
    key(qtbot, session, "Ctrl+5")
    banks = session.window.banks
    seen: list[str] = []

    def copy_the_path() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, copy_the_path)
            return
        seen.append(box.text())
        next(b for b in box.buttons() if "Copy" in b.text()).click()

    QApplication.clipboard().clear()
    QTimer.singleShot(20, copy_the_path)
    banks.open_button.click()  # offscreen, no file manager answers
    folder = str(user_banks_dir(session.data_dir))
    assert len(seen) == 1 and folder in seen[0]
    assert QApplication.clipboard().text() == folder
