"""A second launch for the same data folder hands over to the first and exits."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def launch(data_dir: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("TRAINER_DATA_DIR", None)
    return subprocess.Popen(
        [sys.executable, "-m", "trainer", "--data-dir", str(data_dir)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for_log(log: Path, text: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log.is_file() and text in log.read_text(encoding="utf-8"):
            return
        time.sleep(0.05)
    raise AssertionError(f"{text!r} never appeared in {log}")


def test_second_launch_raises_the_first_and_exits(tmp_path: Path) -> None:
    log = tmp_path / "logs" / "trainer.log"
    first = launch(tmp_path)
    try:
        wait_for_log(log, "listening for other launches")
        second = launch(tmp_path)
        out, err = second.communicate(timeout=60)
        assert second.returncode == 0, err
        assert "already running" in out
        assert "brought to the front" in out
        wait_for_log(log, "asked this window to come to the front")
        assert first.poll() is None, "the first instance must keep running"
        # another data folder is another instance
        other = launch(tmp_path / "other")
        try:
            wait_for_log(tmp_path / "other" / "logs" / "trainer.log", "listening for other")
            assert other.poll() is None
        finally:
            other.terminate()
            other.communicate(timeout=30)
    finally:
        first.terminate()
        first.communicate(timeout=30)


def test_lock_left_by_a_killed_instance_is_taken_over(tmp_path: Path) -> None:
    log = tmp_path / "logs" / "trainer.log"
    first = launch(tmp_path)
    try:
        wait_for_log(log, "listening for other launches")
    finally:
        first.send_signal(signal.SIGKILL)
        first.communicate(timeout=30)
    log.write_text("", encoding="utf-8")
    again = launch(tmp_path)
    try:
        wait_for_log(log, "listening for other launches")
        assert again.poll() is None
    finally:
        again.terminate()
        again.communicate(timeout=30)
