"""Practising weak spots from home: the recent mistakes, then the weakest items; the
ratings are recorded as reviews; nothing to practise says so."""

from __future__ import annotations

import sqlalchemy as sa
from pytestqt.qtbot import QtBot

from trainer.core.study.practice import MISTAKES_DAYS
from trainer.store.models import Review
from trainer.ui.app import Session
from ui.uikit import engine, key, settle, shot, wait_for


def card_ready(session: Session) -> bool:
    study = session.window.study
    return study.pages.currentIndex() == 0 and study.reveal_button.isEnabled()


def study_cards(qtbot: QtBot, session: Session, grades: list[str]) -> list[str]:
    """Answer cards with these keys; returns the questions shown, in order."""
    study, shown = session.window.study, []
    for grade in grades:
        wait_for(qtbot, lambda: card_ready(session))
        shown.append(study.question.text())
        key(qtbot, session, "Space")
        key(qtbot, session, grade)
    return shown


def go_home(qtbot: QtBot, session: Session) -> None:
    """Escape, and wait until home has its fresh counts (as a user would see it)."""
    key(qtbot, session, "Escape")
    settle(qtbot, session)  # the refresh of the counts, delivered to home
    wait_for(qtbot, lambda: session.window.current_screen() == "home")


def reviewed_items(session: Session) -> list[str]:
    with engine(session).store.read() as conn:
        rows = conn.execute(sa.select(Review.item_id).order_by(Review.seq))
        return [str(r[0]) for r in rows]


def test_practise_mistakes_then_weakest(qtbot: QtBot, session: Session) -> None:
    window, home, study = session.window, session.window.home, session.window.study
    # Nothing answered yet: both practices say there is nothing to go over.
    home.mistakes_action.trigger()
    wait_for(qtbot, lambda: study.pages.currentIndex() == 1)
    assert f"No mistakes in the last {MISTAKES_DAYS} days" in study.summary.text()
    assert str(MISTAKES_DAYS) in home.mistakes_action.text()
    go_home(qtbot, session)
    home.weak_action.trigger()
    wait_for(qtbot, lambda: "Nothing to practise yet" in study.summary.text())
    assert study.pages.currentIndex() == 1
    go_home(qtbot, session)

    # Study six cards: the 2nd and 5th wrong (Again), the others Easy.
    key(qtbot, session, "Ctrl+2")
    study_cards(qtbot, session, ["4", "1", "4", "4", "1", "4"])
    wait_for(qtbot, lambda: card_ready(session))
    studied = reviewed_items(session)
    wrong = [studied[1], studied[4]]
    go_home(qtbot, session)

    # My mistakes: exactly the two wrong items, most recent first, then the summary.
    home.mistakes_action.trigger()
    wait_for(qtbot, lambda: card_ready(session))
    assert window.current_screen() == "study"
    assert "Practice: 0 done · 2 left" in study.progress_label.text()
    shot(window, "practice_mistakes")
    study_cards(qtbot, session, ["3", "3"])
    wait_for(qtbot, lambda: study.pages.currentIndex() == 1)
    assert "studied 2 card" in study.summary.text()
    assert reviewed_items(session)[6:] == [wrong[1], wrong[0]]
    go_home(qtbot, session)

    # Weakest items: the items answered so far, those with a lapse or Again first.
    home.weak_action.trigger()
    wait_for(qtbot, lambda: card_ready(session))
    assert "Practice: 0 done · 6 left" in study.progress_label.text()
    study_cards(qtbot, session, ["4"])
    after = reviewed_items(session)
    assert len(after) == 9, after
    assert after[8] in wrong
    # Undo inside a practice shows the answered card again; the card that was on
    # screen comes back after it, and every item is still practised once.
    wait_for(qtbot, lambda: card_ready(session))
    second = study.question.text()
    key(qtbot, session, "Ctrl+Z")
    wait_for(qtbot, lambda: card_ready(session) and study.question.text() != second)
    assert "Practice: 0 done · 6 left" in study.progress_label.text()
    shown = study_cards(qtbot, session, ["4"] * 6)
    assert shown[1] == second and len(set(shown)) == 6
    wait_for(qtbot, lambda: study.pages.currentIndex() == 1)
