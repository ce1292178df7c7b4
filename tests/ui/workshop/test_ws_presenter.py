"""Run a workshop from the builder with three teams by keyboard: clock, answers, reveal,
leaderboard, next; close everything mid-way, reopen the data folder and resume with the
scores intact; go on to the podium. Screens are rendered under the test's tmp_path."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from wspresenterkit import ManualClock

from trainer.core.workshop import WorkshopSession
from trainer.ui.workshop.stage import StagePresenter
from ui.backupkit import answer_next_box
from ui.uikit import close_session, shot, wait_for
from ui.workshop.wskit import (
    banks_session,
    build,
    give_answer,
    open_builder,
    presenter_ready,
    press,
    start_workshop,
)

TEAMS = ["Red", "Blue", "Green"]
COUNT = 4


def answered(presenter: StagePresenter, position: int, n: int) -> bool:
    state = presenter.state
    return state is not None and state.position == position and len(state.answers) == n


def play_question(qtbot: QtBot, presenter: StagePresenter, position: int) -> None:
    """Red right, Blue wrong, Green right; then reveal."""
    state = presenter.state
    assert state is not None and state.position == position and not state.revealed
    press(qtbot, presenter, Qt.Key.Key_S)
    assert presenter.clock.running
    for team, right in ((1, True), (2, False), (3, True)):
        give_answer(qtbot, presenter, team, right)
        wait_for(qtbot, lambda t=team: answered(presenter, position, t))

    def verdicts() -> list[bool]:
        state = presenter.state
        assert state is not None
        by_name = {t.name: state.answers.get(t.id) for t in state.teams}
        return [a is not None and a.correct for a in (by_name[n] for n in TEAMS)]

    # A multiple-choice answer is one job per letter: the team has an answer after the
    # first letter, a right one only once the last letter's job is drawn.
    wait_for(qtbot, lambda: verdicts() == [True, False, True])
    by_team = {t.name: presenter.state.answers[t.id] for t in presenter.state.teams}
    assert by_team["Red"].elapsed_ms is not None
    assert "(right)" in presenter.console.team_widgets[0][1].text()  # type: ignore[attr-defined]
    press(qtbot, presenter, Qt.Key.Key_R)
    wait_for(qtbot, lambda: presenter.state is not None and presenter.state.revealed)
    audience = presenter.audience
    assert audience.answer_panel.isVisibleTo(audience)
    assert audience.answer.text().startswith("Answer: ")
    assert not presenter.clock.running  # the reveal stops the clock


def standings(presenter: StagePresenter) -> list[tuple[int, str, float]]:
    assert presenter.state is not None
    return [(s.rank, s.team.name, s.points) for s in presenter.state.standings]


def test_run_resume_and_podium(qtbot: QtBot, tmp_path: Path) -> None:
    session = banks_session(qtbot, tmp_path)
    builder = open_builder(qtbot, session)
    build(qtbot, builder, COUNT, seed=7)
    builder.view.teams.setPlainText("\n".join(TEAMS))
    builder.view.start_button.click()
    presenter = presenter_ready(qtbot, builder)
    audience, console = presenter.audience, presenter.console
    assert audience.isVisible() and console.isVisible()

    audience.resize(1920, 1080)
    qtbot.waitUntil(lambda: audience.prompt.font().pointSizeF() >= 36)  # the type is fitted
    assert audience.position.text() == f"Question 1 of {COUNT}"
    assert audience.clock.text() == "0:30"
    shot(audience, "workshop_audience_question_1920")
    console.resize(1280, 800)

    # question 1: answers by keys, pause and resume, reveal, leaderboard, next
    play_question(qtbot, presenter, 0)
    shot(audience, "workshop_audience_reveal_1920")
    shot(console, "workshop_console")
    press(qtbot, presenter, Qt.Key.Key_L)
    assert audience.board_title.text() == "Leaderboard"
    assert [label.text() for label in audience.board_labels[:3]] == ["1.", "Red", "1"]
    shot(audience, "workshop_audience_leaderboard_1920")
    press(qtbot, presenter, Qt.Key.Key_N)
    wait_for(qtbot, lambda: answered(presenter, 1, 0))
    assert audience.pages.currentIndex() == 0  # back to the question

    # question 2 on a small projector; P goes back, Right comes forward
    audience.resize(1024, 768)
    press(qtbot, presenter, Qt.Key.Key_S, Qt.Key.Key_Space)
    assert not presenter.clock.running and presenter.clock.started
    assert audience.clock.property("state") == "paused"
    press(qtbot, presenter, Qt.Key.Key_Space)
    assert presenter.clock.running
    shot(audience, "workshop_audience_question_1024")
    press(qtbot, presenter, Qt.Key.Key_Left)
    wait_for(qtbot, lambda: presenter.state is not None and presenter.state.position == 0)
    assert len(presenter.state.answers) == 3 and not presenter.state.revealed
    press(qtbot, presenter, Qt.Key.Key_Right)
    wait_for(qtbot, lambda: answered(presenter, 1, 0))
    play_question(qtbot, presenter, 1)
    shot(audience, "workshop_audience_reveal_1024")

    # the console can be hidden; the audience window takes the keys
    press(qtbot, presenter, Qt.Key.Key_H)
    assert not console.isVisible() and audience.isVisible()
    press(qtbot, presenter, Qt.Key.Key_N)
    wait_for(qtbot, lambda: answered(presenter, 2, 0))
    press(qtbot, presenter, Qt.Key.Key_H)
    assert console.isVisible()
    play_question(qtbot, presenter, 2)
    before = standings(presenter)
    assert before == [(1, "Red", 3.0), (1, "Green", 3.0), (3, "Blue", 0.0)]

    # the laptop is closed mid-workshop: everything closes, then the app is reopened
    left = presenter.clock.left_ms()  # stopped by the reveal, stored with it
    assert 0 < left < 30_000
    close_session(session)
    assert not audience.isVisible() and not console.isVisible()
    session = banks_session(qtbot, tmp_path)
    builder = open_builder(qtbot, session)
    wait_for(qtbot, lambda: builder.view.resume_bar.isVisible())
    assert "question 3 of 4, 3 teams, 9 answers" in builder.view.resume_choice.currentText()
    shot(builder.view, "workshop_builder_resume")
    builder.view.resume_button.click()
    presenter = presenter_ready(qtbot, builder)
    assert standings(presenter) == before
    assert presenter.state is not None and presenter.state.position == 2
    assert presenter.state.revealed and presenter.audience.answer_panel.isVisibleTo(
        presenter.audience
    )
    clock = presenter.clock  # back paused with the time it had left
    assert clock.started and not clock.running and clock.left_ms() == left
    assert presenter.audience.clock.property("state") == "paused"

    press(qtbot, presenter, Qt.Key.Key_N)
    wait_for(qtbot, lambda: answered(presenter, 3, 0))
    # one click per team on the console: Blue right, then corrected to wrong
    blue_right, blue_wrong = presenter.console.team_widgets[1][3:5]
    assert blue_right.accessibleName() == "Mark Blue right"  # each button says its team
    assert blue_wrong.accessibleName() == "Mark Blue wrong"
    blue_right.click()  # type: ignore[attr-defined]
    wait_for(qtbot, lambda: answered(presenter, 3, 1))
    assert presenter.state is not None
    assert next(iter(presenter.state.answers.values())).correct
    blue_wrong.click()  # type: ignore[attr-defined]
    wait_for(
        qtbot,
        lambda: not next(iter(presenter.state.answers.values())).correct,  # type: ignore[union-attr]
    )
    play_question(qtbot, presenter, 3)
    press(qtbot, presenter, Qt.Key.Key_N)  # past the last question: the podium
    wait_for(qtbot, lambda: presenter.state is not None and presenter.state.finished)
    audience = presenter.audience
    audience.resize(1920, 1080)
    assert audience.board_title.text() == "Podium"
    cells = [label.text() for label in audience.board_labels]
    assert cells[:6] == ["1st", "Red", "4", "1st", "Green", "4"]
    # read from the back of the room: larger than a leaderboard's rows
    assert audience.board_labels[1].font().pointSizeF() >= 1.5 * audience.point_size("row")
    assert cells[6:] == ["3rd", "Blue", "0"]
    shot(audience, "workshop_audience_podium_1920")
    # the builder no longer offers it for resuming, nor says it is running
    wait_for(qtbot, lambda: "finished" in builder.view.message.text())
    wait_for(qtbot, lambda: builder.view.resume_choice.findData(builder.session_id) == -1)
    assert "Running" not in builder.view.message.text()

    presenter.close()
    wait_for(qtbot, lambda: not builder.view.resume_bar.isVisible())  # nothing left to resume

    # results as CSV: one row per team × question
    csv_path = tmp_path / "results.csv"
    builder.export_to("csv", csv_path)
    wait_for(qtbot, lambda: "Exported" in builder.view.message.text())
    rows = list(csv.reader(io.StringIO(csv_path.read_text(encoding="utf-8-sig"))))
    assert len(rows) == 1 + len(TEAMS) * COUNT
    close_session(session)


def test_closing_mid_question_keeps_the_time_left(qtbot: QtBot, tmp_path: Path) -> None:
    """The windows are closed while the clock runs: the resumed clock has what was left."""
    time = ManualClock()
    session, builder, presenter = start_workshop(qtbot, tmp_path, 2, seed=3, clock=time)
    press(qtbot, presenter, Qt.Key.Key_S)  # stores 30 s left
    assert presenter.clock.running
    time.advance(1100)
    session_id = presenter.session.id  # type: ignore[union-attr]
    presenter.close()
    session.tasks.wait()
    store = session.controller.data_folder.store
    assert store is not None
    stored = WorkshopSession.open(store, session_id, builder.by_id).state().clock_left_ms
    assert stored == 28_900
    close_session(session)


def test_a_restore_closes_a_running_workshop_first(qtbot: QtBot, tmp_path: Path) -> None:
    """The restored progress replaces the workshop's tables too: its windows close
    (the session is saved) instead of writing into content that changed under them."""
    session, builder, presenter = start_workshop(qtbot, tmp_path, 2, seed=5)
    assert presenter.audience.isVisible()

    session.window.backups_action.trigger()
    dialog = session.controller.backups.dialog
    assert dialog is not None
    dialog.backup_button.click()
    wait_for(qtbot, lambda: bool(dialog.rows) and dialog.message.text().startswith("Backup"))
    seen: list[object] = []
    answer_next_box("Restore", seen)  # type: ignore[arg-type]
    dialog.restore_button.click()
    wait_for(qtbot, lambda: dialog.message.text().startswith("Your progress is back to"))
    assert not presenter.audience.isVisible() and not presenter.console.isVisible()
    assert not builder.view.isVisible()
    # the workshop is still there to resume, from the restored progress
    session.window.workshop_action.trigger()
    wait_for(qtbot, lambda: builder.view.resume_bar.isVisible())
    close_session(session)
