"""Ending the app from outside, and starting it where it cannot show a window.

Real subprocesses and real signals (issue 14, item 12): a logout, a shutdown or
``kill`` sends SIGTERM; Ctrl+C in a terminal sends SIGINT; closing the terminal
sends SIGHUP. Each must close Trainer as its Quit command does.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from startkit import READY, ROOT, launch, wait_for_log

pytestmark = pytest.mark.usefixtures("qapp")  # wait_for_log runs a Qt event loop


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
def test_a_signal_closes_trainer_like_quit(tmp_path: Path, signum: signal.Signals) -> None:
    log = tmp_path / "logs" / "trainer.log"
    proc = launch(tmp_path)
    try:
        wait_for_log(log, READY, proc)
        assert (tmp_path / "instance.lock").exists()
        proc.send_signal(signum)
        _out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    text = log.read_text(encoding="utf-8")
    assert f"closing on {signum.name}" in text
    assert "progress saved and backed up" in text
    assert "Trainer closed" in text
    assert not (tmp_path / "instance.lock").exists(), "the lock must be released"
    # the first start recorded the banks' items: that change is in a fresh backup
    (backup,) = (tmp_path / "backups").glob("trainer-*.sqlite3")
    raw = sqlite3.connect(backup)
    try:
        assert raw.execute("SELECT count(*) FROM item").fetchone()[0] > 0
    finally:
        raw.close()


def test_the_log_says_what_started_and_what_ended(tmp_path: Path) -> None:
    log = tmp_path / "logs" / "trainer.log"
    proc = launch(tmp_path)
    try:
        wait_for_log(log, READY, proc)
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    text = log.read_text(encoding="utf-8")
    from trainer import __version__

    assert f"Trainer {__version__} starting" in text
    assert f"data folder {tmp_path}" in text
    assert "banks loaded:" in text
    assert f"progress database {tmp_path / 'trainer.sqlite3'}" in text
    assert "Trainer closed, exit code 0" in text


def test_without_a_display_trainer_says_so_and_does_not_abort(tmp_path: Path) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("X11 and Wayland displays are a Linux matter")
    env = {**os.environ}
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "TRAINER_DATA_DIR"):
        env.pop(name, None)
    proc = subprocess.run(
        [sys.executable, "-m", "trainer", "--data-dir", str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 1, (proc.returncode, proc.stderr)
    assert "no display found" in proc.stderr
    assert "xcb" not in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "instance.lock").exists()


def test_the_process_ends_as_soon_as_everything_is_saved(tmp_path: Path) -> None:
    """Once the log says "Trainer closed" (saved, backed up, lock released) the process
    is gone at once: tearing down the interpreter and every Qt object took 0.6-1.4 s,
    during which the launcher still showed Trainer running."""
    log = tmp_path / "logs" / "trainer.log"
    proc = launch(tmp_path)
    try:
        wait_for_log(log, READY, proc)
        proc.send_signal(signal.SIGTERM)
        wait_for_log(log, "Trainer closed", proc)  # woken by the write itself
        closed = time.monotonic()
        proc.wait(timeout=60)
        lingered = time.monotonic() - closed
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate()
    assert proc.returncode == 0
    assert lingered < 0.4, f"the process lived on {lingered:.2f} s after closing"


def test_quitting_takes_well_under_the_three_seconds_once_seen(tmp_path: Path) -> None:
    """Issue 14 saw the process alive about 3 s after Ctrl+Q. From SIGTERM (which
    closes as Quit does) to the end of the process, measured on a real process: about
    0.1 s on a shared machine; the bound is generous, a measurement, not a goal."""
    from trainer.core.data_folder import DataFolder

    with DataFolder(tmp_path) as folder:  # Home with a learner, as a person quits it
        folder.load()
        folder.study.create_profile("Ada")
    proc = launch(tmp_path)
    try:
        wait_for_log(tmp_path / "logs" / "trainer.log", READY, proc)
        asked = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)
        took = time.monotonic() - asked
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate()
    assert proc.returncode == 0
    assert took < 1.5, f"the process ended {took:.2f} s after it was asked to quit"
