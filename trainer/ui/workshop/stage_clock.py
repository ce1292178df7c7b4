"""The countdown of one workshop question: started, paused, resumed, run out.

Kept on the UI side only (the core stores answers, not clocks): a resumed session
starts its question's clock afresh. ``ticked`` is emitted a few times a second while it
runs, and when it runs out.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QObject, QTimer, Signal

TICK_MS = 200


class Countdown(QObject):
    """Time left on the current question, in milliseconds."""

    ticked = Signal()

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
        if self.running and self.left_ms() <= 0:
            self.remaining_ms = 0
            self.running = False
            self.timer.stop()
        self.ticked.emit()
