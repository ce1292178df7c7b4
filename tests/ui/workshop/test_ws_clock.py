"""The question countdown: start, pause keeps the time left, runs out, elapsed time."""

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
