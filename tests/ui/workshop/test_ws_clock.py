"""The question countdown: start, pause keeps the time left, runs out, elapsed time,
restored paused. Time passes only when the test advances the clock."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot
from wspresenterkit import ManualClock

from trainer.ui.workshop.stage_audience import AudienceWindow
from trainer.ui.workshop.stage_clock import Countdown, TimerClock


def test_countdown_pauses_and_runs_out(qtbot: QtBot) -> None:
    time = ManualClock()
    clock = Countdown(clock=time)
    clock.reset(1)
    assert clock.elapsed_ms() is None and clock.seconds_left() == 1
    clock.start()
    time.advance(300)
    clock.pause()
    assert clock.left_ms() == 700
    time.advance(300)
    assert clock.left_ms() == 700  # paused: no time passes
    assert clock.elapsed_ms() == 300
    assert not time.ticking()  # a paused clock wants no ticks
    ticks: list[int] = []
    clock.ticked.connect(lambda: ticks.append(clock.left_ms()))
    clock.start()
    time.advance(699)
    assert clock.running and clock.seconds_left() == 1  # "1" until the very end
    time.advance(101)
    assert ticks == [500, 300, 100, 0]  # a tick every 200 ms; the one past the end: zero
    assert not clock.running and clock.seconds_left() == 0 and clock.started
    clock.start()  # run out: does not start again
    assert not clock.running and not time.ticking()

    audience = AudienceWindow()
    qtbot.addWidget(audience)
    audience.show_countdown(clock.seconds_left())
    assert audience.clock.text() == "Time!"
    audience.show_countdown(4)
    assert audience.clock.text() == "0:04" and audience.clock.property("state") == "low"


def test_countdown_restored_paused_and_resumes() -> None:
    time = ManualClock()
    clock = Countdown(clock=time)
    clock.restore(30, 12_345)
    assert clock.started and not clock.running
    assert clock.left_ms() == 12_345 and clock.seconds_left() == 13
    assert clock.elapsed_ms() == 30_000 - 12_345
    time.advance(250)
    assert clock.left_ms() == 12_345  # paused: no time passes
    clock.start()
    time.advance(250)
    assert clock.left_ms() == 12_095
    clock.restore(2, 99_000)  # more than the question's time: clamped
    assert clock.left_ms() == 2_000 and not clock.running and not time.ticking()
    clock.restore(30, 0)  # time was up
    clock.start()
    assert not clock.running and clock.seconds_left() == 0


def test_countdown_reports_when_it_runs_out() -> None:
    time = ManualClock()
    clock = Countdown(clock=time)
    clock.restore(5, 300)
    expired: list[int] = []
    clock.expired.connect(lambda: expired.append(time.now))
    clock.start()
    started = time.now
    time.advance(10_000)
    assert expired == [started + 400]  # the first tick past the end
    assert clock.left_ms() == 0 and not clock.running


def test_the_app_clock_ticks_with_a_timer(qtbot: QtBot) -> None:
    """The real clock: monotonic milliseconds, ticks from a QTimer until stopped."""
    clock = TimerClock()
    before = clock.now_ms()
    ticks: list[int] = []
    stop = clock.start_ticks(10, lambda: ticks.append(clock.now_ms()))
    qtbot.waitUntil(lambda: len(ticks) >= 2)
    stop()
    assert before <= ticks[0] <= ticks[1]
    count = len(ticks)
    qtbot.waitUntil(lambda: not clock.findChildren(QTimer))  # the timer is deleted
    assert len(ticks) == count  # stopped: no more ticks
