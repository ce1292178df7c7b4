"""One running Trainer per data directory.

The first launch takes a lock file in the data directory and listens on a local
socket named after a hash of that directory (as Anki and qutebrowser do). A
second launch for the same directory finds the lock held, tells the first one to
come to the front through the socket, and exits.

A lock is only "already running" when a Trainer holds it. ``QLockFile`` itself takes
over the lock of a dead process on this computer. Beyond that, a held lock whose
owner does not answer on the socket is stale when no process keeps the lock file
locked (``removeStaleLockFile`` fails while the owner lives: it holds a ``flock`` on
POSIX and the open file on Windows), or, after a wait for a Trainer still starting,
when it was written by another computer: a portable data folder on a USB stick
pulled out of a computer that lost power. A lock file that cannot be written (a
full disk, a read-only folder) is an ``OSError`` with a plain message, never
"already running".
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QSysInfo, QThread, Signal

if TYPE_CHECKING:  # QtNetwork is imported when first needed, after the first paint
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger("trainer.ui.single_instance")

MESSAGE = b"raise\n"
OWNER_WAIT_S = 10.0
"""How long a launch waits for a live lock owner that does not answer yet (it starts
listening only after its first paint) before giving up on bringing it to the front."""


def server_name(data_dir: Path) -> str:
    import hashlib  # OpenSSL's library loads with it: after the first paint (listen)

    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:20]
    return f"trainer-{digest}"


def folder_error(folder: Path, error: OSError) -> OSError:
    """``error`` (writing in the data folder failed) with a plain ``strerror``."""
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        text = "The disk holding it is full. Free some space, then start Trainer again."
    elif error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        text = "It cannot be written (it or its disk is read-only). Make it writable."
    else:
        text = f"Writing in it failed: {error.strerror or error}."
    return OSError(error.errno, text, str(folder))


class SingleInstance(QObject):
    """Owns the lock and the socket of the running instance."""

    activated = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.lock_path = data_dir / "instance.lock"
        self.lock = QLockFile(str(self.lock_path))
        self.lock.setStaleLockTime(0)  # only a dead owner's lock is stale
        self.server: QLocalServer | None = None

    @property
    def name(self) -> str:
        """The local socket's name, the same for every launch on this data folder."""
        return server_name(self.data_dir)

    def acquire(self, owner_wait_s: float = OWNER_WAIT_S) -> bool:
        """True when this process is now the instance; False when another Trainer runs.

        Call :meth:`listen` afterwards (it may wait until the window is on screen).
        Raises ``OSError`` with a plain ``strerror`` when the lock file cannot be
        written (a full disk, a read-only folder).
        """
        if self.lock.tryLock(100):
            return True
        if self.lock.error() != QLockFile.LockError.LockFailedError:
            return self._retry_after_folder_check()
        if self.lock_path.is_dir() or (self.lock_path.exists() and not self.lock_path.is_file()):
            raise OSError(
                errno.EISDIR,
                f"{self.lock_path.name} in it is a folder or a device, not Trainer's lock "
                "file. Move it out of the way.",
                str(self.lock_path),
            )
        deadline = time.monotonic() + owner_wait_s
        while True:
            if self._answers():
                return False  # a live Trainer: hand over to it
            late = time.monotonic() >= deadline
            pid, host = self._lock_info()
            elsewhere = bool(host) and host != QSysInfo.machineHostName()
            if self.lock.removeStaleLockFile() or (late and elsewhere and self._remove_lock_file()):
                log.warning(
                    "took over a stale lock of %s (process %s on %s): no Trainer answered",
                    self.lock_path,
                    pid or "?",
                    host or "?",
                )
                if self.lock.tryLock(100):
                    return True
            elif self.lock.tryLock(0):
                return True  # the owner has just quit
            if late:
                return False  # alive and holding the lock, but not answering
            QThread.msleep(200)

    def _answers(self) -> bool:
        """True when a Trainer listens on this data folder's socket."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.name)
        connected = socket.waitForConnected(300)
        socket.abort()
        return connected

    def _lock_info(self) -> tuple[int, str]:
        """(pid, host name) written in the lock file; (0, "") when it cannot be read."""
        info = self.lock.getLockInfo()  # (pid, host name, program)
        if isinstance(info, tuple) and len(info) == 3:
            return int(info[0]), str(info[1])
        return 0, ""

    def _remove_lock_file(self) -> bool:
        """Remove a lock file that ``removeStaleLockFile`` could not (no ``flock``)."""
        try:
            os.remove(self.lock_path)
        except OSError:
            return False
        return True

    def _retry_after_folder_check(self) -> bool:
        """The lock file could not be created: raise why, in plain words (or, when the
        folder works again, take the lock)."""
        folder = self.lock_path.parent
        probe = folder / f".trainer-write-test-{os.getpid()}"
        try:
            with probe.open("wb", buffering=0) as file:
                file.write(b"\0" * 4096)
                os.fsync(file.fileno())
        except OSError as error:
            raise folder_error(folder, error) from error
        finally:
            with contextlib.suppress(OSError):
                probe.unlink(missing_ok=True)
        if self.lock.tryLock(100):
            return True
        raise OSError(errno.EIO, f"The lock file {self.lock_path} could not be created.")

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
