"""Run by test_ws_kill: the app on a data folder runs a workshop by keys until it is killed.

Usage: python ws_stage_worker.py DATA_DIR BANK_DIR COUNT SEED

It starts the app's session on DATA_DIR (banks from BANK_DIR), opens File ▸ Workshop…,
builds COUNT questions with SEED, starts with the teams Red, Blue and Green, then for
each question: S, Red right, Blue wrong, Green right (typed as a facilitator does: the
team's number, then its letters, or + / −), R, N. After each answer it waits until the
presenter has applied the committed snapshot holding it, then prints one JSON line
(team, position, response, points, elapsed_ms). At the last question it stays, revealed.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from trainer.ui.app import Session, get_app
from trainer.ui.workshop.builder_presenter import BuilderPresenter
from trainer.ui.workshop.stage import StagePresenter

TEAMS = ("Red", "Blue", "Green")
PATTERN = ((1, True), (2, False), (3, True))
PAUSE_S = 0.03
"""Between two answers, so the clock moves and the kill lands mid-workshop."""


def wait(app: QApplication, condition: Callable[[], bool], timeout: float = 20.0) -> None:
    """Run the event loop until ``condition`` holds: it is checked after each event
    (the worker's results arrive as events), never after a fixed sleep."""
    deadline = time.monotonic() + timeout
    wake = QTimer()  # a condition made true by another thread still gets looked at
    wake.start(50)
    try:
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("the app did not get there in time")
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        wake.stop()


def idle(seconds: float) -> None:
    """A person's pause between two answers (the clock moves): the event loop runs."""
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()


def press(presenter: StagePresenter, key: Qt.Key) -> None:
    QTest.keyClick(presenter.console, key)


def answer(app: QApplication, presenter: StagePresenter, team: int, right: bool) -> None:
    """Type team ``team``'s (1-based) answer; return once its snapshot is drawn."""
    state = presenter.state
    assert state is not None
    position = state.position
    slide = presenter.slides[position]
    press(presenter, Qt.Key(Qt.Key.Key_0.value + team))
    wrong = [i for i in range(len(slide.choices)) if i not in slide.right]
    picks = list(slide.right) if right else wrong[:1]
    if slide.lettered and picks:  # (an ordering has no wrong letter: it is marked wrong)
        for index in picks:
            press(presenter, Qt.Key(Qt.Key.Key_A.value + index))
    else:
        press(presenter, Qt.Key.Key_Plus if right else Qt.Key.Key_Minus)
    team_id = state.teams[team - 1].id

    def drawn() -> bool:
        now = presenter.state
        if now is None or now.position != position:
            return False
        given = now.answers.get(team_id)
        return given is not None and given.correct == right

    wait(app, drawn)
    assert presenter.state is not None
    given = presenter.state.answers[team_id]
    line = {
        "team": TEAMS[team - 1],
        "position": position,
        "response": given.response,
        "points": given.points,
        "elapsed_ms": given.elapsed_ms,
    }
    print(json.dumps(line), flush=True)


def main() -> None:
    data_dir, bank_dir = Path(sys.argv[1]), Path(sys.argv[2])
    count, seed = int(sys.argv[3]), int(sys.argv[4])
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = get_app()
    session = Session(data_dir)
    session.controller.data_folder.bank_paths = [bank_dir]
    ready: list[bool] = []
    session.controller.home_ready.connect(lambda: ready.append(True))
    session.start()
    wait(app, lambda: bool(ready) and session.controller.is_ready)

    session.window.workshop_action.trigger()
    builder = session.controller.workshop_builder
    assert isinstance(builder, BuilderPresenter)
    wait(app, lambda: builder.view.banks.count() > 0 and bool(builder.by_id))
    builder.fullscreen = False
    builder.view.count.setValue(count)
    builder.view.seed.setValue(seed)
    builder.view.build_button.click()
    wait(
        app, lambda: builder.view.preview.count() == count and builder.view.start_button.isEnabled()
    )
    builder.view.teams.setPlainText("\n".join(TEAMS))
    builder.view.start_button.click()
    wait(app, lambda: builder.stage is not None and builder.stage.state is not None)
    presenter = builder.stage
    assert presenter is not None
    print("ready", flush=True)

    for position in range(count):
        press(presenter, Qt.Key.Key_S)
        for team, right in PATTERN:
            idle(PAUSE_S)
            answer(app, presenter, team, right)
        press(presenter, Qt.Key.Key_R)
        wait(app, lambda: presenter.state is not None and presenter.state.revealed)
        if position + 1 < count:
            press(presenter, Qt.Key.Key_N)
            wait(
                app,
                lambda p=position: (
                    presenter.state is not None and presenter.state.position == p + 1
                ),
            )
    print("done", flush=True)
    app.exec()  # stay, the event loop running, until killed


if __name__ == "__main__":
    main()
