"""How responsive an asyncio loop stays: the longest time between two wakes of a short
timer (``bench/live.py`` reads it from the phone game's server during a burst)."""

from __future__ import annotations

import asyncio
from concurrent.futures import Future

PROBE_S = 0.005
"""The timer's period: a gap is at least this long."""


class LoopProbe:
    """Measures the gaps of a loop (running in another thread) once :meth:`start` ed."""

    def __init__(self) -> None:
        self._task: Future[None] | None = None
        self._gap = 0.0

    def start(self, loop: asyncio.AbstractEventLoop) -> None:
        if self._task is None:
            self._task = asyncio.run_coroutine_threadsafe(self._watch(), loop)

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def longest_ms(self) -> float:
        """The longest gap since the last call (0 before :meth:`start`)."""
        gap, self._gap = self._gap, 0.0
        return gap * 1000

    async def _watch(self) -> None:
        loop = asyncio.get_running_loop()
        last = loop.time()
        while True:
            await asyncio.sleep(PROBE_S)
            now = loop.time()
            self._gap = max(self._gap, now - last)
            last = now
