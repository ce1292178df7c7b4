"""Turn SIGTERM, SIGINT and SIGHUP into an ordinary close of the window.

A logout, a shutdown or ``kill`` sends SIGTERM; Ctrl+C in a terminal sends SIGINT;
closing that terminal sends SIGHUP. Python runs a signal handler only when it next
executes Python code, and Qt's event loop may sit in C++ for a long time, so the
signal number is written to a socket (``signal.set_wakeup_fd``) that a
``QSocketNotifier`` watches: the event loop wakes up at once and :attr:`received`
is emitted on the UI thread, where closing the window is safe.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier, Signal

SIGNALS = tuple(
    s for s in (getattr(signal, n, None) for n in ("SIGTERM", "SIGINT", "SIGHUP")) if s is not None
)


def _noted(signum: int, frame: FrameType | None) -> None:
    """The Python-level handler: nothing to do, the wake-up socket carries the signal."""


class QuitSignals(QObject):
    """Emits :attr:`received` with the signal's name (``"SIGTERM"``...) on the UI thread."""

    received = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous = {s: signal.signal(s, _noted) for s in SIGNALS}

    def _drain(self) -> None:
        try:
            data = self._reader.recv(64)
        except OSError:  # nothing there after all
            return
        for number in data:
            with contextlib.suppress(ValueError):  # a signal this class did not ask for
                signum = signal.Signals(number)
                if signum in SIGNALS:
                    self.received.emit(signum.name)

    def uninstall(self) -> None:
        """Give the signals back to their earlier handlers and close the socket."""
        for signum, previous in self._previous.items():
            signal.signal(signum, signal.SIG_DFL if previous is None else previous)
        self._previous = {}
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()
