"""The countdown of one workshop question: started, paused, resumed, run out.

It runs on the UI side; the presenter stores the time left with every event it records
(see :class:`~trainer.core.workshop.WorkshopSession`), and :meth:`Countdown.restore`
brings a resumed session's clock back paused with that time. ``ticked`` is emitted a few
times a second while it runs, and when it runs out (then ``expired`` too).
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QObject, QTimer, Signal

TICK_MS = 200


class Countdown(QObject):
    """Time left on the current question, in milliseconds."""

    ticked = Signal()
    expired = Signal()
    """The time ran out while the clock was running."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.total_ms = 30_000
        self.remaining_ms = self.total_ms
        self.running = False
        self.started = False
        self._since = 0.0
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)

    def reset(self, seconds: int) -> None:
        """A new question: full time, stopped, not started."""
        self.timer.stop()
        self.total_ms = seconds * 1000
        self.remaining_ms = self.total_ms
        self.running = self.started = False

    def restore(self, seconds: int, left_ms: int) -> None:
        """A resumed question: ``left_ms`` of ``seconds`` left, paused (started, not running)."""
        self.timer.stop()
        self.total_ms = seconds * 1000
        self.remaining_ms = max(0, min(left_ms, self.total_ms))
        self.running = False
        self.started = True

    def left_ms(self) -> int:
        if not self.running:
            return self.remaining_ms
        return max(0, self.remaining_ms - int((time.monotonic() - self._since) * 1000))

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
        self._since = time.monotonic()
        self.timer.start()

    def pause(self) -> None:
        if self.running:
            self.remaining_ms = self.left_ms()
            self.running = False
            self.timer.stop()

    def stop(self) -> None:
        self.pause()
        self.timer.stop()

    def _tick(self) -> None:
        ran_out = self.running and self.left_ms() <= 0
        if ran_out:
            self.remaining_ms = 0
            self.running = False
            self.timer.stop()
        self.ticked.emit()
        if ran_out:
            self.expired.emit()
