"""Helpers for the tests that start Trainer as a real process: launch it on a data
folder and wait for a line in its log."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

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
    log: Path,
    text: str,
    proc: subprocess.Popen[str] | None = None,
    timeout: float = 60,
    poll: float = 0.05,
) -> None:
    """Until ``text`` is in the log file of another process (``proc``: fail at once
    when it ends first)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log.is_file() and text in log.read_text(encoding="utf-8"):
            return
        if proc is not None and proc.poll() is not None:
            if log.is_file() and text in log.read_text(encoding="utf-8"):
                return
            raise AssertionError(f"Trainer ended ({proc.returncode}): {proc.communicate()}")
        time.sleep(poll)  # polls for another process's log line: a real OS event
    raise AssertionError(f"{text!r} never appeared in {log}")
