"""Time running out on a workshop question, with a clock the test advances: the windows
say so, the time left (none) is stored, the clock does not start again, answers are
still taken; a reopened session comes back paused with the time it had left."""

from __future__ import annotations

from PySide6.QtCore import Qt
from wspresenterkit import open_stage, questions, workshop_of

from trainer.core.banks import Question
from trainer.core.workshop import WorkshopSession
from trainer.store import Store

K = Qt.Key


def test_the_time_runs_out_and_is_stored(store: Store) -> None:
    by_id: dict[str, Question] = questions()
    workshop = workshop_of(by_id)
    stage = open_stage(lambda: WorkshopSession.start(store, workshop, ["Red", "Blue"], by_id))
    console, audience = stage.windows.console, stage.windows.audience
    stage.key(K.Key_S)
    stage.clock.advance(29_000)
    assert console.countdown == 1 and audience.countdown == (1, False)
    assert stage.session.state().clock_left_ms == 30_000  # stored when started
    stage.clock.advance(1_200)  # the tick after the end
    assert not stage.presenter.clock.running and stage.presenter.clock.left_ms() == 0
    assert console.state == "Time is up" and console.countdown == 0
    assert audience.countdown == (0, True)  # "Time!" on the room's screen
    assert stage.session.state().clock_left_ms == 0  # time up is stored
    assert not stage.clock.ticking()

    stage.key(K.Key_S)  # no time left: S does not start it again
    assert not stage.presenter.clock.running and console.state == "Time is up"
    stage.key(K.Key_2, K.Key_Plus)  # a late answer is still taken, with the whole time
    answer = stage.session.answers(0)[0]
    assert answer.correct and answer.elapsed_ms == 30_000


def test_a_reopened_session_comes_back_paused_with_its_time(store: Store) -> None:
    by_id = questions()
    workshop = workshop_of(by_id)
    first = open_stage(lambda: WorkshopSession.start(store, workshop, ["Red", "Blue"], by_id))
    first.key(K.Key_N, K.Key_S)
    first.clock.advance(12_345)
    first.presenter.close()  # the laptop is closed: the clock's time left is kept
    assert not first.windows.shown
    session_id = first.session.id
    assert first.session.state().clock_left_ms == 17_655

    again = open_stage(lambda: WorkshopSession.open(store, session_id, by_id))
    clock = again.presenter.clock
    assert again.presenter.state is not None and again.presenter.state.position == 1
    assert clock.started and not clock.running and clock.left_ms() == 17_655
    assert again.windows.console.state == "Paused"
    assert again.windows.audience.countdown == (18, True)
    again.key(K.Key_Space)  # resumes from there
    again.clock.advance(655)
    assert clock.left_ms() == 17_000
