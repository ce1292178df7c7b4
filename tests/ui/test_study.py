"""Flashcard study by keyboard: reveal, rate with the interval shown, undo, summary."""

from __future__ import annotations

import sqlalchemy as sa
from pytestqt.qtbot import QtBot

from trainer.store.models import Review, ReviewUndo
from trainer.ui.app import Session
from ui.uikit import engine, key, shot, wait_for


def reviews(session: Session) -> tuple[int, int]:
    store = engine(session).store
    with store.read() as conn:
        done = conn.execute(sa.select(sa.func.count()).select_from(Review)).scalar_one()
        undone = conn.execute(sa.select(sa.func.count()).select_from(ReviewUndo)).scalar_one()
    return int(done), int(undone)


def test_study_by_keyboard(qtbot: QtBot, session: Session) -> None:
    window = session.window
    study = window.study
    key(qtbot, session, "Ctrl+2")
    wait_for(qtbot, lambda: study.reveal_button.isVisible() and study.reveal_button.isEnabled())
    assert window.current_screen() == "study"
    first_question = study.question.text()
    assert first_question
    assert study.meta.text().endswith("· new")
    assert not study.answer_frame.isVisible()
    shot(window, "study_question")
    key(qtbot, session, "Space")
    assert study.answer_frame.isVisible()
    assert study.answer.text()
    assert "Source:" in study.source.text()
    labels = [b.text() for b in study.rate_buttons]
    assert labels[0].startswith("1 Again\n") and labels[3].startswith("4 Easy\n")
    assert all("\n" in text and text.split("\n")[1] for text in labels)  # the interval
    shot(window, "study_answer")
    key(qtbot, session, "3")
    wait_for(qtbot, lambda: study.reveal_button.isVisible() and study.reveal_button.isEnabled())
    assert reviews(session) == (1, 0)
    assert "1 studied" in study.progress_label.text()
    second = study.question.text()

    # undo brings the first card back and marks the review undone
    key(qtbot, session, "Ctrl+Z")
    wait_for(
        qtbot, lambda: study.question.text() == first_question and study.reveal_button.isEnabled()
    )
    assert reviews(session) == (1, 1)
    assert "0 studied" in study.progress_label.text()
    assert study.meta.text().endswith("· new")  # new again, as before the rating

    # rate it again with Enter to reveal and 1 (Again)
    key(qtbot, session, "Return")
    key(qtbot, session, "1")
    wait_for(qtbot, lambda: study.question.text() == second and study.reveal_button.isEnabled())
    assert reviews(session) == (2, 1)


def test_session_ends_with_summary(qtbot: QtBot, session: Session) -> None:
    study = session.window.study
    session.controller.study.start(session.controller.state.learner_id or 0, limit=3)
    session.window.show_screen("study")
    for _ in range(3):
        wait_for(qtbot, lambda: study.reveal_button.isVisible() and study.reveal_button.isEnabled())
        key(qtbot, session, "Space")
        key(qtbot, session, "4")
    wait_for(qtbot, lambda: study.pages.currentIndex() == 1)
    assert "studied 3 card" in study.summary.text()
    assert "Easy: 3" in study.summary.text()
    shot(session.window, "study_summary")
    key(qtbot, session, "Escape")
    wait_for(qtbot, lambda: session.window.current_screen() == "home")
    assert "New today: 13" in session.window.home.status.text()


def test_study_one_topic_from_home(qtbot: QtBot, session: Session) -> None:
    from PySide6.QtWidgets import QApplication

    window = session.window
    home = window.home
    tree = home.tree
    bank = tree.topLevelItem(0)
    topic = bank.child(0)
    name = topic.text(0)
    tree.setFocus()
    tree.setCurrentItem(topic)
    assert QApplication.focusWidget() is tree
    key(qtbot, session, "Return")
    study = window.study
    wait_for(qtbot, lambda: study.reveal_button.isVisible() and study.reveal_button.isEnabled())
    assert study.progress_label.text().startswith(f"{name}: 0 studied")
    seen = set()
    for _ in range(3):
        wait_for(qtbot, lambda: study.reveal_button.isEnabled() or study.pages.currentIndex() == 1)
        if study.pages.currentIndex() == 1:
            break
        item = session.controller.study.card.item_id  # type: ignore[union-attr]
        seen.add(session.controller.data_folder.question(item).topic)
        key(qtbot, session, "Space")
        key(qtbot, session, "3")
    assert seen == {name}
