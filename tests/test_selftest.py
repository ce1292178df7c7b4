"""``trainer --self-test``: passes from source, and says what failed when a step fails."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from trainer.ui import selftest

ROOT = Path(__file__).resolve().parent.parent


def test_self_test_passes_in_a_subprocess() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-m", "trainer", "--self-test"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "self-test passed" in proc.stdout
    assert "ok   load the shipped banks" in proc.stdout
    assert "ok   build and answer a quiz" in proc.stdout
    assert "Traceback" not in proc.stdout + proc.stderr


def test_a_failing_step_gives_exit_1_and_names_the_step(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(ctx: dict[str, Any]) -> str:
        raise RuntimeError("no banks found")

    def fine(ctx: dict[str, Any]) -> str:
        assert ctx["data_dir"].is_dir()
        return "all good"

    monkeypatch.setattr(selftest, "STEPS", [("first", fine), ("second", broken)])
    out = io.StringIO()
    assert selftest.run_self_test(out) == 1
    text = out.getvalue()
    assert "ok   first: all good" in text
    assert "FAIL second: no banks found" in text
    assert "self-test failed (1 step(s))" in text
