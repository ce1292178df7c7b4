"""Quiz setup, taking a quiz by keyboard (feedback, skip and come back), results, retry,
and resuming an unfinished quiz after the app was closed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from trainer.ui.app import Session
from trainer.ui.preferences import Preferences
from ui.uikit import (
    answer_by_keyboard,
    close_session,
    create_profile,
    engine,
    key,
    make_session,
    shot,
    type_text,
    wait_for,
)


def tick_only(checklist: object, wanted: set[str]) -> None:
    for row in range(checklist.count()):  # type: ignore[attr-defined]
        item = checklist.item(row)  # type: ignore[attr-defined]
        state = item.data(Qt.ItemDataRole.UserRole) in wanted
        item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)


def open_setup(qtbot: QtBot, session: Session, count: int, kinds: set[str] | None = None) -> None:
    key(qtbot, session, "Ctrl+3")
    setup = session.window.quiz_setup
    assert session.window.current_screen() == "quiz_setup"
    if kinds is not None:
        tick_only(setup.kinds, kinds)
    setup.count.setValue(count)


def current(session: Session) -> tuple[object, object]:
    presenter = session.controller.quiz
    assert presenter.state is not None
    question = session.controller.data_folder.question(presenter.state.item_ids[presenter.position])
    return question, session.window.quiz.answer


def page_ready(session: Session) -> bool:
    quiz = session.window.quiz
    return (
        session.window.current_screen() == "quiz"
        and quiz.submit_button.isVisible()
        and (quiz.submit_button.isEnabled())
    )


def test_quiz_by_keyboard_with_feedback_skip_and_results(qtbot: QtBot, session: Session) -> None:
    window = session.window
    open_setup(qtbot, session, 8)
    kinds = {
        window.quiz_setup.kinds.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(window.quiz_setup.kinds.count())
    }
    assert "flashcard" not in kinds and {"cloze", "ordering", "matching"} <= kinds
    shot(window, "quiz_setup")
    key(qtbot, session, "Return")
    wait_for(qtbot, lambda: page_ready(session))
    quiz = window.quiz
    assert quiz.position_label.text() == "Question 1 of 8"

    # submitting nothing asks for an answer (an ordering is already an answer as shown)
    if current(session)[0].kind != "ordering":  # type: ignore[attr-defined]
        key(qtbot, session, "Return")
        assert "Answer first" in quiz.message.text()

    # skip the first question; it comes back at the end
    skipped, _ = current(session)
    key(qtbot, session, "Alt+S")
    wait_for(qtbot, lambda: quiz.position_label.text() == "Question 2 of 8")  # animateClick

    seen_kinds = set()
    wrong_given = False
    for _ in range(8):
        wait_for(qtbot, lambda: page_ready(session))
        question, widget = current(session)
        seen_kinds.add(question.kind)  # type: ignore[attr-defined]
        right = wrong_given or question.kind == "cloze"  # type: ignore[attr-defined]
        answer_by_keyboard(qtbot, widget, question, right=right)
        wrong_given = wrong_given or not right
        if question.kind == "ordering":  # type: ignore[attr-defined]
            shot(window, "quiz_ordering")
        key(qtbot, session, "Return")
        wait_for(qtbot, lambda: quiz.feedback.isVisible())
        assert quiz.message.text() == ""  # no "Answer first…" left over beside the verdict
        assert quiz.verdict.text() in ("Right.", "Not right.") or "Partly" in quiz.verdict.text()
        assert "Right answer:" in quiz.expected.text()
        if not right:
            shot(window, "quiz_feedback")
        key(qtbot, session, "Return")
    assert current(session)[0] is not None
    wait_for(qtbot, lambda: window.current_screen() == "results")
    results = window.results
    assert "out of 8" in results.summary.text()
    assert results.topics.rowCount() == 3
    html = results.details.toPlainText()
    assert "Your answer:" in html and "Right answer:" in html and "Source:" in html
    assert skipped.prompt.split("_")[0][:20] in html  # type: ignore[attr-defined]
    assert results.retry_button.isEnabled()
    shot(window, "results")
    state = engine(session).quiz_attempt(session.controller.quiz.state.id)  # type: ignore[union-attr]
    assert state.finished_at is not None and len(state.answers) == 8
    assert 7 <= state.score < 8

    # retry the ones I got wrong: a new attempt with just those
    key(qtbot, session, "Alt+R")
    wait_for(qtbot, lambda: page_ready(session))
    retry = session.controller.quiz.state
    assert retry is not None and retry.id != state.id
    wrong = [a.item_id for a in state.answers if not a.correct]
    assert list(retry.item_ids) == [i for i in state.item_ids if i in wrong]


def test_feedback_at_the_end_and_countdown(qtbot: QtBot, session: Session) -> None:
    Preferences(session.window.settings).quiz_feedback = "end"
    open_setup(qtbot, session, 3, kinds={"true_false", "single_choice"})
    session.window.quiz_setup.minutes.setValue(5)
    key(qtbot, session, "Return")
    wait_for(qtbot, lambda: page_ready(session))
    quiz = session.window.quiz
    assert quiz.countdown.text().startswith("Time left: 4:") or quiz.countdown.text() == (
        "Time left: 5:00"
    )
    for _ in range(3):
        wait_for(qtbot, lambda: page_ready(session))
        question, widget = current(session)
        answer_by_keyboard(qtbot, widget, question)
        key(qtbot, session, "Return")
        assert not quiz.feedback.isVisible()
    wait_for(qtbot, lambda: session.window.current_screen() == "results")
    assert "3 out of 3" in session.window.results.summary.text()
    assert not session.window.results.retry_button.isEnabled()


def test_unfinished_quiz_is_resumed(qtbot: QtBot, tmp_path: Path) -> None:
    session = make_session(qtbot, tmp_path)
    create_profile(qtbot, session, "Amina")
    open_setup(qtbot, session, 4, kinds={"true_false", "single_choice", "short_answer"})
    key(qtbot, session, "Return")
    wait_for(qtbot, lambda: page_ready(session))
    question, widget = current(session)
    answer_by_keyboard(qtbot, widget, question)
    key(qtbot, session, "Return")
    wait_for(qtbot, lambda: session.window.quiz.feedback.isVisible())
    attempt = session.controller.quiz.state.id  # type: ignore[union-attr]
    close_session(session)  # as if the power went off after the first answer

    again = make_session(qtbot, tmp_path)
    home = again.window.home
    wait_for(qtbot, lambda: home.resume_button.isVisibleTo(again.window))
    home.resume_button.click()
    wait_for(qtbot, lambda: page_ready(again))
    state = again.controller.quiz.state
    assert state is not None and state.id == attempt
    assert again.window.quiz.position_label.text() == "Question 2 of 4"
    close_session(again)


class FakeMonotonic:
    """The quiz presenter's clock, moved by the test."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_time_up_keeps_the_typed_answer_and_says_so(qtbot: QtBot, session: Session) -> None:
    clock = FakeMonotonic()
    session.controller.quiz.clock = clock
    open_setup(qtbot, session, 2, kinds={"short_answer", "numeric"})
    session.window.quiz_setup.minutes.setValue(1)
    key(qtbot, session, "Return")
    wait_for(qtbot, lambda: page_ready(session))
    question, widget = current(session)
    answer_by_keyboard(qtbot, widget, question)  # typed, not yet submitted
    clock.now += 61
    wait_for(qtbot, lambda: session.window.current_screen() == "results")
    results = session.window.results
    assert results.notice.isVisibleTo(session.window)
    assert "Time's up" in results.notice.text()
    state = engine(session).quiz_attempt(session.controller.quiz.state.id)  # type: ignore[union-attr]
    assert state.finished_at is not None
    assert [a.correct for a in state.answers] == [True]  # the typed answer was kept
    assert state.answers[0].response_ms == 61_000


def test_answer_first_is_gone_once_answered(qtbot: QtBot, session: Session) -> None:
    open_setup(qtbot, session, 2, kinds={"single_choice", "true_false"})
    key(qtbot, session, "Return")
    wait_for(qtbot, lambda: page_ready(session))
    quiz = session.window.quiz
    key(qtbot, session, "Return")
    assert "Answer first" in quiz.message.text()
    question, widget = current(session)
    answer_by_keyboard(qtbot, widget, question)
    key(qtbot, session, "Return")
    wait_for(qtbot, lambda: quiz.feedback.isVisible())
    assert quiz.message.text() == ""


def test_setup_lists_a_bank_added_later_with_its_topics(qtbot: QtBot, tmp_path: Path) -> None:
    import shutil

    from trainer.paths import user_banks_dir
    from ui.uikit import DATA

    user = user_banks_dir(tmp_path)
    user.mkdir(parents=True)
    session = make_session(qtbot, tmp_path, banks=[DATA, user])
    create_profile(qtbot, session, "Amina")
    mine = (DATA / "ui_test.yaml").read_text(encoding="utf-8")
    mine = mine.replace("id: uitest", "id: mine").replace("id: ui.", "id: mine.")
    (user / "mine.yaml").write_text(mine.replace("GMG origins", "My own topic"), "utf-8")
    key(qtbot, session, "F5")  # the bank appears after the profile was made
    wait_for(qtbot, lambda: session.window.home.study_button.isEnabled())
    open_setup(qtbot, session, 3)
    setup = session.window.quiz_setup

    def listed(widget: object) -> dict[str, bool]:
        return {
            widget.item(i).data(Qt.ItemDataRole.UserRole): (  # type: ignore[attr-defined]
                widget.item(i).checkState() == Qt.CheckState.Checked  # type: ignore[attr-defined]
            )
            for i in range(widget.count())  # type: ignore[attr-defined]
        }

    assert listed(setup.banks) == {"uitest": True, "mine": True}  # a new bank is ticked
    assert listed(setup.topics).get("My own topic") is True
    setup.preset.setCurrentIndex(setup.preset.findData("quick"))
    tick_only(setup.banks, {"uitest"})  # the topics follow the ticked banks
    assert "My own topic" not in listed(setup.topics)
    assert setup.preset.currentData() == "custom"  # the label says it is no preset now
    close_session(session)
    shutil.rmtree(user)


def test_a_seed_gives_the_same_quiz_again(qtbot: QtBot, session: Session) -> None:
    drawn = []
    for _ in range(2):
        open_setup(qtbot, session, 4)
        setup = session.window.quiz_setup
        setup.seed.setFocus()
        setup.seed.selectAll()
        type_text(qtbot, "1234")
        key(qtbot, session, "Return")
        wait_for(qtbot, lambda: page_ready(session))
        state = session.controller.quiz.state
        assert state is not None and state.seed == 1234
        drawn.append(state.item_ids)
        session.controller.quiz.finish(confirm=False)
        wait_for(qtbot, lambda: session.window.current_screen() == "results")
        assert "1234" in session.window.results.summary.toolTip()
    assert drawn[0] == drawn[1]
