"""Helpers for the workshop screen tests: a session on the shipped banks, the builder,
and typing a team's answer on the console the way a facilitator does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from trainer.ui.app import Session
from trainer.ui.workshop.builder_presenter import BuilderPresenter
from trainer.ui.workshop.stage import StagePresenter
from trainer.ui.workshop.stage_clock import TickClock
from trainer.ui.workshop.stage_slides import ANSWER_KEYS, LETTERS
from ui.uikit import make_session, wait_for

BANKS = Path(__file__).resolve().parents[3] / "question_banks"


def banks_session(qtbot: QtBot, data_dir: Path) -> Session:
    return make_session(qtbot, data_dir, banks=[BANKS])


def open_builder(qtbot: QtBot, session: Session) -> BuilderPresenter:
    """File ▸ Workshop… (as the menu does), ready once the banks are listed."""
    session.window.workshop_action.trigger()
    builder = session.controller.workshop_builder
    assert isinstance(builder, BuilderPresenter) and builder.view.isVisible()
    wait_for(qtbot, lambda: builder.view.banks.count() > 0 and bool(builder.by_id))
    builder.fullscreen = False  # one offscreen "screen"; the windows are sized by the tests
    return builder


def build(qtbot: QtBot, builder: BuilderPresenter, count: int, seed: int) -> None:
    builder.view.count.setValue(count)
    builder.view.seed.setValue(seed)
    builder.view.build_button.click()
    wait_for(
        qtbot,
        lambda: builder.view.preview.count() == count and builder.view.start_button.isEnabled(),
    )


def presenter_ready(qtbot: QtBot, builder: BuilderPresenter) -> StagePresenter:
    wait_for(qtbot, lambda: builder.stage is not None and builder.stage.state is not None)
    assert builder.stage is not None
    return builder.stage


def press(qtbot: QtBot, presenter: StagePresenter, *keys: Any) -> None:
    """Type keys on the console (or the audience when the console is hidden)."""
    target = presenter.console if presenter.console.isVisible() else presenter.audience
    for key in keys:
        qtbot.keyClick(target, key)


def letter_key(index: int) -> Qt.Key:
    return Qt.Key(Qt.Key.Key_A.value + index)


def give_answer(qtbot: QtBot, presenter: StagePresenter, team: int, right: bool) -> None:
    """Team number ``team`` (1-based) answers the current question, right or wrong."""
    assert presenter.state is not None
    slide = presenter.slides[presenter.state.position]
    press(qtbot, presenter, Qt.Key(Qt.Key.Key_0.value + team))
    wrong = [i for i in range(len(slide.choices)) if i not in slide.right]
    picks = list(slide.right) if right else wrong[:1]
    if not slide.lettered or not picks or any(LETTERS[i] not in ANSWER_KEYS for i in picks):
        press(qtbot, presenter, Qt.Key.Key_Plus if right else Qt.Key.Key_Minus)
        return
    for index in picks:
        press(qtbot, presenter, letter_key(index))


def settle(qtbot: QtBot, session: Session, presenter: StagePresenter) -> None:
    """Wait until every queued command is committed and drawn."""
    wait_for(qtbot, lambda: session.tasks.pending() == 0)


def start_workshop(
    qtbot: QtBot,
    data_dir: Path,
    count: int,
    seed: int,
    teams: tuple[str, ...] = ("Red", "Blue"),
    clock: TickClock | None = None,
) -> tuple[Session, BuilderPresenter, StagePresenter]:
    """A session on the shipped banks running a workshop built in the builder; its
    countdown on ``clock`` when given (a clock the test advances)."""
    session = banks_session(qtbot, data_dir)
    builder = open_builder(qtbot, session)
    builder.clock = clock
    build(qtbot, builder, count, seed=seed)
    builder.view.teams.setPlainText("\n".join(teams))
    builder.view.start_button.click()
    return session, builder, presenter_ready(qtbot, builder)
