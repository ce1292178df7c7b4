"""Start-up, first run and the home screen, with the real loader and database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
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


def test_the_next_action_is_chosen_in_order() -> None:
    from trainer.ui.home_rows import next_action

    def lead(due: int, new: int, quiz: bool = False, workshop: str = "", has: bool = True) -> str:
        chosen = next_action(due, new, resume_quiz=quiz, workshop=workshop, has_questions=has)
        assert chosen.headline
        return chosen.action

    assert lead(6, 17) == "study"
    assert lead(0, 3) == "study" and lead(2, 0) == "study"
    assert lead(0, 0) == "quiz"  # all done for today
    assert lead(6, 17, quiz=True) == "resume_quiz"
    assert lead(6, 17, quiz=True, workshop="Migration morning") == "resume_workshop"
    assert lead(0, 0, has=False) == ""
    assert (
        "6 due, 17 new"
        in next_action(6, 17, resume_quiz=False, workshop="", has_questions=True).headline
    )


def test_home_leads_with_one_action_and_enter_takes_it(qtbot: QtBot, session: Session) -> None:
    """One filled button in the card, the keyboard focus on it; once a quiz is left
    unfinished, "Resume the quiz" takes its place, and Enter resumes it."""
    from ui.uikit import key, settle, wait_for

    window = session.window
    home = window.home

    def leading() -> list[str]:
        return [b.text() for b in home.actions_in_order if b.property("primary")]

    assert home.card.button is home.study_button
    assert leading() == [home.study_button.text()]
    assert "16 new" in home.headline.text()
    assert home.headline.text() in home.study_button.accessibleDescription()
    assert QApplication.focusWidget() is home.study_button
    key(qtbot, session, "Ctrl+3")
    wait_for(qtbot, lambda: window.current_screen() == "quiz_setup")
    window.quiz_setup.count.setValue(2)
    key(qtbot, session, "Return")
    wait_for(
        qtbot, lambda: window.current_screen() == "quiz" and window.quiz.submit_button.isEnabled()
    )
    key(qtbot, session, "Ctrl+1")
    wait_for(qtbot, lambda: home.card.button is home.resume_button)
    settle(qtbot, session)
    assert leading() == [home.resume_button.text()]
    assert home.study_button.isVisibleTo(window) and not home.study_button.property("primary")
    wait_for(qtbot, lambda: QApplication.focusWidget() is home.resume_button)
    key(qtbot, session, "Return")
    wait_for(qtbot, lambda: window.current_screen() == "quiz")
