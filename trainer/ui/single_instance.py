"""One running Trainer per data directory.

The first launch takes a lock file in the data directory and listens on a local
socket named after a hash of that directory (as Anki and qutebrowser do). A
second launch for the same directory finds the lock held, tells the first one to
come to the front through the socket, and exits. A lock left by a crashed
process is stale and taken over (``QLockFile`` checks the owner's PID).
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:  # QtNetwork is imported when first needed, after the first paint
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger("trainer.ui.single_instance")

MESSAGE = b"raise\n"


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:20]
    return f"trainer-{digest}"


class SingleInstance(QObject):
    """Owns the lock and the socket of the running instance."""

    activated = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self.lock = QLockFile(str(data_dir / "instance.lock"))
        self.lock.setStaleLockTime(0)  # only a dead owner's lock is stale
        self.server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this process is now the instance; False when another one runs.

        Call :meth:`listen` afterwards (it may wait until the window is on screen).
        """
        return bool(self.lock.tryLock(100))

    def listen(self) -> None:
        """Accept "come to the front" requests from later launches."""
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.name)  # a socket left by a crash
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # still the only instance; later launches just cannot raise this window
            log.warning("cannot listen on %s: %s", self.name, server.errorString())
            return
        server.newConnection.connect(self._on_connection)
        self.server = server
        log.info("listening for other launches on %s", self.name)

    def hand_over(self, timeout_ms: int = 2000) -> bool:
        """Ask the running instance to come to the front; True when it was told."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(MESSAGE)
        socket.waitForBytesWritten(timeout_ms)  # False when flushed at once
        sent = socket.bytesToWrite() == 0
        socket.disconnectFromServer()
        return sent

    def _on_connection(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._on_message(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._on_message(socket)

    def _on_message(self, socket: QLocalSocket) -> None:
        data = bytes(socket.readAll().data())
        if MESSAGE.strip() in data:
            log.info("another launch asked this window to come to the front")
            self.activated.emit()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()
