"""A trainee's first session, keyboard only: first run → profile → study 10 cards →
a 5-question quiz with at least four kinds → results → progress shows those answers."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from trainer.ui.app import Session
from trainer.ui.progress import axis_labels
from ui.uikit import answer_by_keyboard, key, shot, type_text, wait_for


def test_first_session_keyboard_only(qtbot: QtBot, new_session: Session) -> None:
    session = new_session
    window = session.window
    assert window.current_screen() == "first_run"
    assert QApplication.focusWidget() is window.first_run.name
    type_text(qtbot, "Amina")
    key(qtbot, session, "Return")
    wait_for(
        qtbot, lambda: window.current_screen() == "home" and window.home.study_button.isEnabled()
    )
    assert "Amina" in window.home.title.text()

    # study 10 cards
    key(qtbot, session, "Ctrl+2")
    study = window.study
    for _ in range(10):
        wait_for(qtbot, lambda: study.reveal_button.isVisible() and study.reveal_button.isEnabled())
        key(qtbot, session, "Space")
        key(qtbot, session, "3")
    wait_for(
        qtbot,
        lambda: "10 studied" in study.progress_label.text() or study.pages.currentIndex() == 1,
    )

    # a five-question quiz (the "Quick check" preset)
    key(qtbot, session, "Ctrl+3")
    assert window.quiz_setup.count.value() == 5
    key(qtbot, session, "Return")
    quiz = window.quiz
    kinds = set()
    for _ in range(5):
        wait_for(qtbot, lambda: quiz.submit_button.isVisible() and quiz.submit_button.isEnabled())
        presenter = session.controller.quiz
        assert presenter.state is not None
        question = session.controller.data_folder.question(
            presenter.state.item_ids[presenter.position]
        )
        kinds.add(question.kind)
        answer_by_keyboard(qtbot, quiz.answer, question)
        key(qtbot, session, "Return")
        wait_for(qtbot, lambda: quiz.feedback.isVisible())
        assert quiz.verdict.text() == "Right."
        key(qtbot, session, "Return")
    assert len(kinds) >= 4
    wait_for(qtbot, lambda: window.current_screen() == "results")
    assert "5 out of 5" in window.results.summary.text()

    # progress shows the 15 answers of today
    key(qtbot, session, "Ctrl+4")
    wait_for(
        qtbot,
        lambda: (
            "15 review" in window.progress.summary.text()
            and bool(window.progress.reviews.chart().series())
        ),
    )
    assert window.current_screen() == "progress"
    series = window.progress.reviews.chart().series()[0]
    assert isinstance(series, QBarSeries)
    values = [series.barSets()[0].at(i) for i in range(series.barSets()[0].count())]
    assert values[-1] == 15 and sum(values) == 15
    assert "1 day" in window.progress.summary.text()  # the streak
    # what a screen reader hears: whole dates, and days without reviews said as such
    from datetime import date

    from PySide6.QtCore import QDate, QLocale

    today = date.today()
    month = QLocale().toString(QDate(today.year, today.month, today.day), "MMMM")
    spoken = window.progress.accuracy.accessibleDescription()
    assert month in spoken and "no reviews" in spoken and spoken.endswith("100%")
    assert "15 reviews" in window.progress.reviews.accessibleDescription()
    # Mastery per topic: one label per topic (none merged), long names end in "…".
    mastery = window.progress.mastery.chart()
    axis = next(a for a in mastery.axes() if isinstance(a, QBarCategoryAxis))
    topics = {item.topic for item in session.controller.data_folder.study.items.values()}
    labels = axis.categories()
    assert len(labels) == len(set(labels)) == len(topics)
    assert all(label in topics or label.endswith("…") for label in labels)
    shot(window, "progress")


def test_chart_labels_are_cut_with_an_ellipsis_and_kept_apart() -> None:
    name = "Global Forum on Migration and Development"  # 41 characters
    assert axis_labels([name]) == ["Global Forum on Migration and Developme…"]
    assert axis_labels([name + " A", name + " B", "Short"]) == [
        "Global Forum on Migration and Developme…",
        "Global Forum on Migration and Developme… (2)",
        "Short",
    ]
