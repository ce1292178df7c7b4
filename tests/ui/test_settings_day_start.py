"""Settings: the learner's "Day starts at" hour is saved with the profile, comes back in
a new session, and moves the engine's study day."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from trainer.ui.app import Session
from trainer.ui.theme import apply_theme
from ui.uikit import close_session, create_profile, engine, key, make_session, shot, wait_for


def open_settings(qtbot: QtBot, session: Session) -> None:
    key(qtbot, session, "Ctrl+,")
    screen = session.window.settings_screen
    wait_for(qtbot, lambda: screen.new_limit.value() == 20)


def local_start(session: Session) -> tuple[int, int]:
    trainer = engine(session)
    start = trainer.day_start(session.controller.state.learner_id or 0)
    now = trainer.clock()
    assert start <= now < start + timedelta(hours=25)
    local = start.astimezone(trainer.tz)
    return local.hour, local.minute


def test_day_start_hour_saved_reloaded_and_followed(qtbot: QtBot, tmp_path: Path) -> None:
    session = make_session(qtbot, tmp_path)
    create_profile(qtbot, session, "Amina")
    open_settings(qtbot, session)
    screen = session.window.settings_screen
    assert screen.rollover.count() == 24
    assert screen.rollover.currentData() == 4  # the engine's default
    assert "reset at this hour" in screen.rollover_hint.text()
    assert local_start(session) == (4, 0)
    for theme in ("light", "dark"):
        apply_theme(QApplication.instance(), theme, 100)  # type: ignore[arg-type]
        shot(session.window, f"settings_day_start_{theme}")
    apply_theme(QApplication.instance(), "system", 100)  # type: ignore[arg-type]

    screen.rollover.setFocus()
    screen.rollover.setCurrentIndex(screen.rollover.findData(7))
    key(qtbot, session, "Ctrl+Return")
    wait_for(qtbot, lambda: screen.message.text() == "Settings saved.")
    learner = session.controller.state.learner_id or 0
    assert engine(session).profile(learner).rollover_hour == 7
    assert local_start(session) == (7, 0)
    close_session(session)

    again = make_session(qtbot, tmp_path)
    open_settings(qtbot, again)
    assert again.window.settings_screen.rollover.currentData() == 7
    assert local_start(again) == (7, 0)
    again.window.settings_screen.rollover.setCurrentIndex(0)  # midnight
    again.window.settings_screen.apply_button.click()
    wait_for(qtbot, lambda: again.window.settings_screen.message.text() == "Settings saved.")
    assert local_start(again) == (0, 0)
    close_session(again)
