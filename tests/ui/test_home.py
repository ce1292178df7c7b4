"""Start-up, first run and the home screen, with the real loader and database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from trainer.ui.app import Session
from ui.uikit import DATA, close_session, create_profile, make_session, shot


def test_first_run_creates_profile_and_shows_counts(qtbot: QtBot, new_session: Session) -> None:
    window = new_session.window
    assert window.current_screen() == "first_run"
    assert window.first_run.banks.count() == 1
    shot(window, "first_run")
    create_profile(qtbot, new_session, "Amina")
    home = window.home
    assert "Amina" in home.title.text()
    assert "New today: 16" in home.status.text()  # 16 study items, limit 20
    assert home.tree.topLevelItemCount() == 1
    bank = home.tree.topLevelItem(0)
    assert bank.text(0) == "UI test bank"
    assert bank.childCount() == 3  # three topics
    assert sum(int(bank.child(i).text(2)) for i in range(3)) == 16
    shot(window, "home")


def test_empty_name_is_refused(qtbot: QtBot, new_session: Session) -> None:
    first = new_session.window.first_run
    first.go_button.click()
    assert first.error.isVisibleTo(new_session.window)
    assert new_session.window.current_screen() == "first_run"


def test_profile_is_remembered(qtbot: QtBot, tmp_path: Path) -> None:
    session = make_session(qtbot, tmp_path)
    create_profile(qtbot, session, "Amina")
    close_session(session)
    again = make_session(qtbot, tmp_path)
    qtbot.waitUntil(lambda: again.window.current_screen() == "home")
    assert "Amina" in again.window.home.title.text()
    close_session(again)


def test_banks_chosen_at_first_run_limit_study(qtbot: QtBot, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    text = (DATA / "ui_test.yaml").read_text(encoding="utf-8")
    text = text.replace("id: uitest", "id: other").replace("id: ui.", "id: other.")
    (other / "other.yaml").write_text(text.replace("title: UI test bank", "title: Other"))
    session = make_session(qtbot, tmp_path / "data", banks=[DATA, other])
    first = session.window.first_run
    assert first.banks.count() == 2
    first.banks.item(1).setCheckState(Qt.CheckState.Unchecked)  # keep only one bank
    create_profile(qtbot, session, "Amina")
    assert session.controller.state.chosen_banks() == ("uitest",)
    session.controller.navigate("study")
    study = session.window.study
    for _ in range(4):
        qtbot.waitUntil(lambda: study.reveal_button.isEnabled(), timeout=10_000)
        item = session.controller.study.card
        assert item is not None and item.item_id.startswith("ui.")
        study.reveal_requested.emit()
        study.rated.emit(3)
    close_session(session)


def test_nothing_on_home_starts_while_the_banks_load(qtbot: QtBot, session: Session) -> None:
    home = session.window.home
    session.window.show_screen("home")
    home.reload_button.click()  # loading starts at once; its result comes from the worker
    buttons = (home.study_button, home.quiz_button, home.progress_button, home.practice_button)
    assert [b.text() for b in buttons if b.isEnabled()] == []
    qtbot.waitUntil(lambda: all(b.isEnabled() for b in buttons), timeout=30_000)
