"""Kill and resume for real: the app runs a workshop by keys in a subprocess
(ws_stage_worker.py) and is killed with SIGKILL mid-workshop; the data folder is then
opened again here as a user would (File ▸ Workshop…, Resume). Every answer the worker
reported as committed is there with its points, the clock comes back paused with the
time stored at the last event, and the workshop goes on to the podium."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from trainer.ui.workshop.stage import StagePresenter
from ui.uikit import close_session, wait_for
from ui.workshop.wskit import (
    BANKS,
    banks_session,
    give_answer,
    open_builder,
    presenter_ready,
    press,
)

ROOT = Path(__file__).resolve().parents[3]
WORKER = Path(__file__).with_name("ws_stage_worker.py")
COUNT, SEED, SECONDS = 4, 7, 30
PATTERN = {"Red": True, "Blue": False, "Green": True}  # as the worker answers
KILL_AFTER = 5
"""Answers reported before the kill: the second question, mid-way."""


def run_worker_and_kill(data_dir: Path) -> list[dict[str, Any]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, str(WORKER), str(data_dir), str(BANKS), str(COUNT), str(SEED)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        lines = [json.loads(proc.stdout.readline()) for _ in range(KILL_AFTER)]
        os.kill(proc.pid, signal.SIGKILL)  # no clean-up of any kind
    finally:
        proc.kill()
        proc.wait(10)
    assert proc.returncode == -signal.SIGKILL
    return lines


def team_index(presenter: StagePresenter, name: str) -> int:
    assert presenter.state is not None
    return [t.name for t in presenter.state.teams].index(name)


def finish_question(qtbot: QtBot, presenter: StagePresenter) -> None:
    """Each team's answer as the pattern says (a mark repairs what the kill cut short),
    then reveal."""
    state = presenter.state
    assert state is not None
    for team in state.teams:
        given = state.answers.get(team.id)
        if given is None or given.correct != PATTERN[team.name]:
            n = team_index(presenter, team.name) + 1
            right = PATTERN[team.name]
            press(qtbot, presenter, Qt.Key(Qt.Key.Key_0.value + n))
            press(qtbot, presenter, Qt.Key.Key_Plus if right else Qt.Key.Key_Minus)
            wait_for(
                qtbot,
                lambda t=team.id, r=right: (
                    presenter.state is not None
                    and t in presenter.state.answers
                    and presenter.state.answers[t].correct == r
                ),
            )
    if not presenter.state.revealed:
        press(qtbot, presenter, Qt.Key.Key_R)
        wait_for(qtbot, lambda: presenter.state is not None and presenter.state.revealed)


def test_sigkill_mid_workshop_then_resume_to_the_podium(qtbot: QtBot, tmp_path: Path) -> None:
    printed = run_worker_and_kill(tmp_path)
    assert {(line["team"], line["position"]) for line in printed} >= {
        ("Red", 0),
        ("Blue", 0),
        ("Green", 0),
        ("Red", 1),
        ("Blue", 1),
    }

    session = banks_session(qtbot, tmp_path)
    builder = open_builder(qtbot, session)
    wait_for(qtbot, lambda: builder.view.resume_bar.isVisible())
    offer = builder.view.resume_choice.currentText()
    assert f"of {COUNT}, 3 teams" in offer
    builder.view.resume_button.click()
    presenter = presenter_ready(qtbot, builder)
    assert presenter.session is not None and presenter.state is not None
    session.tasks.wait()

    # every answer reported committed is stored, with its response and points
    core = presenter.session
    names = {t.id: t.name for t in core.teams()}
    stored = {(names[a.team_id], a.position): a for a in core.answers()}
    for line in printed:
        answer = stored[(line["team"], line["position"])]
        assert answer.response == line["response"]
        assert answer.points == line["points"]
        assert answer.elapsed_ms == line["elapsed_ms"]
    # the leaderboard is the sum of the stored points
    totals = {name: 0.0 for name in PATTERN}
    for (name, _position), answer in stored.items():
        totals[name] += answer.points
    standings = {s.team.name: s.points for s in presenter.state.standings}
    assert standings == {name: round(points, 2) for name, points in totals.items()}

    # the clock is back paused with the time stored at the last event
    state, clock = presenter.state, presenter.clock
    assert state.position >= 1 and not state.finished
    here = [line["elapsed_ms"] for line in printed if line["position"] == state.position]
    if state.clock_left_ms is None:  # killed between "next" and "start"
        assert not here and not clock.started
        assert presenter.console.state.text() == "Press S to start the clock"
    else:
        assert clock.started and not clock.running
        assert clock.left_ms() == state.clock_left_ms
        if here:  # an answer saves the time left; later events only lower it
            assert state.clock_left_ms <= SECONDS * 1000 - max(here)
        assert presenter.audience.clock.property("state") == "paused"
        assert presenter.console.state.text() in ("Paused", "Answer shown")

    # go on: finish this question, then the rest, then the podium
    finish_question(qtbot, presenter)
    while presenter.state.position + 1 < COUNT:
        position = presenter.state.position
        press(qtbot, presenter, Qt.Key.Key_N)
        wait_for(
            qtbot,
            lambda p=position: presenter.state is not None and presenter.state.position == p + 1,
        )
        press(qtbot, presenter, Qt.Key.Key_S)
        assert presenter.clock.running
        for name, right in PATTERN.items():
            give_answer(qtbot, presenter, team_index(presenter, name) + 1, right)
            wait_for(
                qtbot,
                lambda n=name: (
                    presenter.state is not None
                    and presenter.state.teams[team_index(presenter, n)].id
                    in presenter.state.answers
                ),
            )
        finish_question(qtbot, presenter)
    press(qtbot, presenter, Qt.Key.Key_N)  # past the last question: the podium
    wait_for(qtbot, lambda: presenter.state is not None and presenter.state.finished)
    assert presenter.audience.board_title.text() == "Podium"
    cells = [label.text() for label in presenter.audience.board_labels]
    assert cells == ["1st", "Red", str(COUNT), "1st", "Green", str(COUNT), "3rd", "Blue", "0"]
    presenter.close()
    wait_for(qtbot, lambda: not builder.view.resume_bar.isVisible())  # nothing left to resume
    close_session(session)
