"""Time for the phone game: an injected clock and a question's countdown.

The rules never read the system time themselves: :class:`LiveGame` takes a
:class:`Clock` (``monotonic()`` for countdowns, ``now()`` for the times stored with
answers). :class:`SystemClock` is the real one; tests pass their own.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds from an arbitrary start that never goes back (for countdowns)."""
        ...

    def now(self) -> datetime:
        """The current time, timezone-aware UTC (stored with answers)."""
        ...


class SystemClock:
    """The computer's clocks."""

    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        return datetime.now(UTC)


@dataclass(slots=True)
class Countdown:
    """A question's clock: ``total_ms`` to count down; ``left_ms`` when last stopped
    (``None``: never started); ``since`` the monotonic second it was last started
    (``None`` while stopped)."""

    total_ms: int
    left_ms: int | None = None
    since: float | None = None

    @property
    def started(self) -> bool:
        return self.left_ms is not None

    @property
    def running(self) -> bool:
        return self.since is not None

    def left(self, now: float) -> int | None:
        """Milliseconds left at ``now`` (may be negative when it ran out while running;
        ``None`` when never started)."""
        if self.left_ms is None:
            return None
        if self.since is None:
            return self.left_ms
        return self.left_ms - round((now - self.since) * 1000)

    def shown_left(self, now: float) -> int | None:
        """The time left as a screen shows it (never below zero)."""
        left = self.left(now)
        return None if left is None else max(0, left)

    def elapsed_ms(self, now: float) -> int | None:
        """How long the clock has run for this question (``None``: never started)."""
        left = self.left(now)
        return None if left is None else self.total_ms - max(0, left)

    def start(self, now: float) -> bool:
        """Run from ``now`` (from the full time when never started); ``False`` when it
        was already running or has run out."""
        if self.since is not None:
            return False
        if self.left_ms is None:
            self.left_ms = self.total_ms
        if self.left_ms <= 0:
            return False
        self.since = now
        return True

    def stop(self, now: float) -> bool:
        """Stop, keeping the time left; ``False`` when it was not running."""
        if self.since is None:
            return False
        self.left_ms = max(0, self.left(now) or 0)
        self.since = None
        return True

    def ran_out(self, now: float) -> bool:
        """Whether it is running and has reached zero."""
        left = self.left(now)
        return self.since is not None and left is not None and left <= 0
