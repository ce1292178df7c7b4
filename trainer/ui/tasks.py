"""Run slow work off the UI thread and hand the result back on it.

Modelled on Anki's ``aqt/taskman.py``: a function runs on a worker thread of a
``QThreadPool``; its result or its exception comes back through a queued signal,
so the callbacks always run on the UI thread and the window never freezes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    @Slot()
    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # handed to the UI thread, never lost
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


class TaskRunner(QObject):
    """Owns the worker pool; keeps relays alive until their job reports."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one worker: database access stays serial
        self._relays: set[_Relay] = set()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        relay = _Relay(self)
        self._relays.add(relay)

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            callback(value)

        relay.done.connect(lambda value: finish(on_done, value))
        relay.failed.connect(lambda exc: finish(on_error, exc))
        self._pool.start(_Job(fn, relay))

    def pending(self) -> int:
        """Jobs whose result has not yet been handed to the UI thread."""
        return len(self._relays)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (used on quit and in tests)."""
        return self._pool.waitForDone(msecs)
