"""The countdown of one workshop question: started, paused, resumed, run out.

It runs on the UI side; the presenter stores the time left with every event it records
(see :class:`~trainer.core.workshop.WorkshopSession`), and :meth:`Countdown.restore`
brings a resumed session's clock back paused with that time. ``ticked`` is emitted a few
times a second while it runs, and when it runs out (then ``expired`` too).

The countdown reads the time and gets its ticks from a :class:`TickClock`: in the app a
:class:`TimerClock` (the monotonic clock, a ``QTimer`` for the ticks); in the tests a
clock they advance by hand, so no test waits for real time to pass.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal

TICK_MS = 200


class TickClock(Protocol):
    """Where a countdown reads the time and gets its ticks."""

    def now_ms(self) -> int:
        """A monotonic time in milliseconds (only differences mean something)."""
        ...

    def start_ticks(self, interval_ms: int, tick: Callable[[], None]) -> Callable[[], None]:
        """Call ``tick`` every ``interval_ms`` until the function returned is called."""
        ...


class TimerClock(QObject):
    """The app's clock: ``time.monotonic`` and a ``QTimer`` per run of ticks."""

    def now_ms(self) -> int:
        return int(time.monotonic() * 1000)

    def start_ticks(self, interval_ms: int, tick: Callable[[], None]) -> Callable[[], None]:
        timer = QTimer(self)
        timer.setInterval(interval_ms)
        timer.timeout.connect(tick)
        timer.start()

        def stop() -> None:
            timer.stop()
            timer.deleteLater()

        return stop


class Countdown(QObject):
    """Time left on the current question, in milliseconds."""

    ticked = Signal()
    expired = Signal()
    """The time ran out while the clock was running."""

    def __init__(self, parent: QObject | None = None, clock: TickClock | None = None) -> None:
        super().__init__(parent)
        self.clock: TickClock = clock if clock is not None else TimerClock(self)
        self.total_ms = 30_000
        self.remaining_ms = self.total_ms
        self.running = False
        self.started = False
        self._since = 0
        self._stop_ticks: Callable[[], None] | None = None

    def _halt(self) -> None:
        """No more ticks (until the next start)."""
        if self._stop_ticks is not None:
            stop, self._stop_ticks = self._stop_ticks, None
            stop()

    def reset(self, seconds: int) -> None:
        """A new question: full time, stopped, not started."""
        self._halt()
        self.total_ms = seconds * 1000
        self.remaining_ms = self.total_ms
        self.running = self.started = False

    def restore(self, seconds: int, left_ms: int) -> None:
        """A resumed question: ``left_ms`` of ``seconds`` left, paused (started, not running)."""
        self._halt()
        self.total_ms = seconds * 1000
        self.remaining_ms = max(0, min(left_ms, self.total_ms))
        self.running = False
        self.started = True

    def left_ms(self) -> int:
        if not self.running:
            return self.remaining_ms
        return max(0, self.remaining_ms - (self.clock.now_ms() - self._since))

    def seconds_left(self) -> int:
        """Rounded up: "1" until the very end."""
        return math.ceil(self.left_ms() / 1000)

    def elapsed_ms(self) -> int | None:
        """Time taken so far (``None`` when the clock was never started)."""
        return self.total_ms - self.left_ms() if self.started else None

    def start(self) -> None:
        """Start, or resume after a pause (not once the time has run out)."""
        if self.running or self.left_ms() <= 0:
            return
        self.started = self.running = True
        self._since = self.clock.now_ms()
        self._halt()
        self._stop_ticks = self.clock.start_ticks(TICK_MS, self._tick)

    def pause(self) -> None:
        if self.running:
            self.remaining_ms = self.left_ms()
            self.running = False
            self._halt()

    def stop(self) -> None:
        self.pause()
        self._halt()

    def _tick(self) -> None:
        ran_out = self.running and self.left_ms() <= 0
        if ran_out:
            self.remaining_ms = 0
            self.running = False
            self._halt()
        self.ticked.emit()
        if ran_out:
            self.expired.emit()
