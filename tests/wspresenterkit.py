"""Helpers for driving the workshop's presenters without a window: a clock the test
advances, a task runner that runs each job at once, and fake views that remember what
they were told to show."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class _Ticks:
    interval_ms: int
    tick: Callable[[], None]
    next_ms: int
    on: bool = True


class ManualClock:
    """A :class:`~trainer.ui.workshop.stage_clock.TickClock` that moves only when the
    test calls :meth:`advance`; the ticks due meanwhile run then, in time order."""

    def __init__(self) -> None:
        self.now = 1_000_000
        self._ticks: list[_Ticks] = []

    def now_ms(self) -> int:
        return self.now

    def start_ticks(self, interval_ms: int, tick: Callable[[], None]) -> Callable[[], None]:
        ticks = _Ticks(interval_ms, tick, self.now + interval_ms)
        self._ticks.append(ticks)

        def stop() -> None:
            ticks.on = False

        return stop

    def ticking(self) -> bool:
        """Whether some countdown is waiting for ticks."""
        return any(t.on for t in self._ticks)

    def advance(self, ms: int) -> None:
        end = self.now + ms
        while True:
            self._ticks = [t for t in self._ticks if t.on]
            due = [t for t in self._ticks if t.next_ms <= end]
            if not due:
                break
            ticks = min(due, key=lambda t: t.next_ms)
            self.now = ticks.next_ms
            ticks.next_ms += ticks.interval_ms
            ticks.tick()
        self.now = end
