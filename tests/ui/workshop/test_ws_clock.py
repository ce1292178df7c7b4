"""The question countdown: start, pause keeps the time left, runs out, elapsed time,
restored paused."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from trainer.ui.workshop.stage_audience import AudienceWindow
from trainer.ui.workshop.stage_clock import Countdown


def test_countdown_pauses_and_runs_out(qtbot: QtBot) -> None:
    clock = Countdown()
    clock.reset(1)
    assert clock.elapsed_ms() is None and clock.seconds_left() == 1
    clock.start()
    qtbot.wait(300)
    clock.pause()
    left = clock.left_ms()
    assert 500 <= left <= 750
    qtbot.wait(300)
    assert clock.left_ms() == left  # paused: no time passes
    assert clock.elapsed_ms() == 1000 - left
    with qtbot.waitSignal(clock.ticked, timeout=3000):
        clock.start()
    qtbot.waitUntil(lambda: not clock.running, timeout=3000)
    assert clock.seconds_left() == 0 and clock.started
    clock.start()  # run out: does not start again
    assert not clock.running

    audience = AudienceWindow()
    qtbot.addWidget(audience)
    audience.show_countdown(clock.seconds_left())
    assert audience.clock.text() == "Time!"
    audience.show_countdown(4)
    assert audience.clock.text() == "0:04" and audience.clock.property("state") == "low"


def test_countdown_restored_paused_and_resumes(qtbot: QtBot) -> None:
    clock = Countdown()
    clock.restore(30, 12_345)
    assert clock.started and not clock.running
    assert clock.left_ms() == 12_345 and clock.seconds_left() == 13
    assert clock.elapsed_ms() == 30_000 - 12_345
    qtbot.wait(250)
    assert clock.left_ms() == 12_345  # paused: no time passes
    clock.start()
    qtbot.wait(250)
    assert 11_800 <= clock.left_ms() < 12_345
    clock.restore(2, 99_000)  # more than the question's time: clamped
    assert clock.left_ms() == 2_000 and not clock.running
    clock.restore(30, 0)  # time was up
    clock.start()
    assert not clock.running and clock.seconds_left() == 0


def test_countdown_reports_when_it_runs_out(qtbot: QtBot) -> None:
    clock = Countdown()
    clock.restore(5, 300)
    with qtbot.waitSignal(clock.expired, timeout=3000):
        clock.start()
    assert clock.left_ms() == 0 and not clock.running
