"""Helpers for the tests that start Trainer as a real process: launch it on a data
folder and wait for a line in its log."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
READY = "window ready"


def launch(data_dir: Path, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    full_env.pop("TRAINER_DATA_DIR", None)
    full_env.pop("TRAINER_DATABASE_URL", None)
    return subprocess.Popen(
        [sys.executable, "-m", "trainer", "--data-dir", str(data_dir)],
        cwd=ROOT,
        env=full_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for_log(
    log: Path, text: str, proc: subprocess.Popen[str] | None = None, timeout: float = 60
) -> None:
    """Until ``text`` is in the log file of another process (``proc``: fail at once when
    it ends first). Woken by events only: the file system says when the log's folder or
    file changes (QFileSystemWatcher: inotify) and the kernel when ``proc`` ends (a
    pidfd); the timeout is a deadline, not a poll. Needs a Qt application (``qapp``)."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QFileSystemWatcher, QTimer

    assert QCoreApplication.instance() is not None, "wait_for_log needs the qapp fixture"
    loop = QEventLoop()
    watcher = QFileSystemWatcher()
    watcher.directoryChanged.connect(loop.quit)
    watcher.fileChanged.connect(loop.quit)
    deadline = QTimer(singleShot=True, interval=int(timeout * 1000))
    deadline.timeout.connect(loop.quit)
    with _when_it_ends(proc, loop.quit):
        deadline.start()
        while not _has(log, text):
            if proc is not None and proc.poll() is not None:
                raise AssertionError(f"Trainer ended ({proc.returncode}): {proc.communicate()}")
            if not deadline.isActive():
                raise AssertionError(f"{text!r} never appeared in {log}")
            _watch(watcher, log)
            if not _has(log, text):  # written between the check and the watch
                loop.exec()


def _has(log: Path, text: str) -> bool:
    return log.is_file() and text in log.read_text(encoding="utf-8")


def _watch(watcher: Any, log: Path) -> None:
    """Watch the log file, or the nearest folder on its way that exists (it appears)."""
    wanted = [str(p) for p in (log, *log.parents) if p.exists()][:1]
    stale = [p for p in watcher.files() + watcher.directories() if p not in wanted]
    if stale:
        watcher.removePaths(stale)
    if wanted and wanted[0] not in watcher.files() + watcher.directories():
        watcher.addPath(wanted[0])


@contextlib.contextmanager
def _when_it_ends(proc: subprocess.Popen[str] | None, callback: Any) -> Iterator[None]:
    """Call ``callback`` (from the event loop) when ``proc`` ends: its pidfd turns readable."""
    if proc is None:
        yield
        return
    from PySide6.QtCore import QSocketNotifier

    pidfd = os.pidfd_open(proc.pid)
    notifier = QSocketNotifier(pidfd, QSocketNotifier.Type.Read)
    notifier.activated.connect(callback)
    try:
        yield
    finally:
        notifier.setEnabled(False)
        os.close(pidfd)
