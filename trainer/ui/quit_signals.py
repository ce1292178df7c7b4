"""Turn SIGTERM, SIGINT and SIGHUP into an ordinary close of the window.

A logout, a shutdown or ``kill`` sends SIGTERM; Ctrl+C in a terminal sends SIGINT;
closing that terminal sends SIGHUP. Python runs a signal handler only when it next
executes Python code, and Qt's event loop may sit in C++ for a long time, so the
signal number is written to a pipe (a socket pair on Windows) given to
``signal.set_wakeup_fd``, which a ``QSocketNotifier`` watches: the event loop wakes
up at once and :attr:`received` is emitted on the UI thread, where closing the
window is safe. (A pipe, because importing :mod:`socket` before the first paint
costs more than the rest of this module.)
"""

from __future__ import annotations

import contextlib
import os
import signal
from types import FrameType
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Signal

SIGNALS = tuple(
    s for s in (getattr(signal, n, None) for n in ("SIGTERM", "SIGINT", "SIGHUP")) if s is not None
)


def _noted(signum: int, frame: FrameType | None) -> None:
    """The Python-level handler: nothing to do, the wake-up socket carries the signal."""


class _WakeupChannel:
    """Two non-blocking descriptors: the signal's number is written to one, the other is
    watched. A pipe; sockets on Windows, where ``set_wakeup_fd`` takes nothing else."""

    def __init__(self) -> None:
        self._sockets: tuple[Any, Any] | None = None
        if os.name == "posix":
            self.read_fd, self.write_fd = os.pipe()
            os.set_blocking(self.read_fd, False)
            os.set_blocking(self.write_fd, False)
            return
        import socket

        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)
        self._sockets = (reader, writer)
        self.read_fd, self.write_fd = reader.fileno(), writer.fileno()

    def read(self, size: int) -> bytes:
        if self._sockets is None:
            return os.read(self.read_fd, size)
        return bytes(self._sockets[0].recv(size))

    def close(self) -> None:
        if self._sockets is None:
            os.close(self.read_fd)
            os.close(self.write_fd)
        else:
            for sock in self._sockets:
                sock.close()


class QuitSignals(QObject):
    """Emits :attr:`received` with the signal's name (``"SIGTERM"``...) on the UI thread."""

    received = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._channel = _WakeupChannel()
        self._notifier = QSocketNotifier(self._channel.read_fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._previous_fd = signal.set_wakeup_fd(self._channel.write_fd, warn_on_full_buffer=False)
        self._previous = {s: signal.signal(s, _noted) for s in SIGNALS}

    def _drain(self) -> None:
        try:
            data = self._channel.read(64)
        except OSError:  # nothing there after all
            return
        for number in data:
            with contextlib.suppress(ValueError):  # a signal this class did not ask for
                signum = signal.Signals(number)
                if signum in SIGNALS:
                    self.received.emit(signum.name)

    def uninstall(self) -> None:
        """Give the signals back to their earlier handlers and close the channel."""
        for signum, previous in self._previous.items():
            signal.signal(signum, signal.SIG_DFL if previous is None else previous)
        self._previous = {}
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        self._channel.close()
