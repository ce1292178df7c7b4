"""The command line, run as a real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(
    *args: str, data_dir: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    full_env.pop("TRAINER_DATA_DIR", None)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "trainer", *args],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_version(tmp_path: Path) -> None:
    proc = run("--version", data_dir=tmp_path)
    assert proc.returncode == 0
    assert proc.stdout.startswith("trainer ")


def test_paths_honours_data_dir_and_environment(tmp_path: Path) -> None:
    proc = run("paths", "--data-dir", str(tmp_path / "a"), data_dir=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert f"data directory: {tmp_path / 'a'}" in proc.stdout
    assert str(tmp_path / "a" / "logs" / "trainer.log") in proc.stdout
    proc = run("paths", data_dir=tmp_path, env={"TRAINER_DATA_DIR": str(tmp_path / "b")})
    assert f"data directory: {tmp_path / 'b'}" in proc.stdout


def test_bad_usage_exits_2_without_traceback(tmp_path: Path) -> None:
    proc = run("no-such-command", data_dir=tmp_path)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert "invalid choice" in proc.stderr


def test_light_commands_do_not_import_qt_or_sqlalchemy(tmp_path: Path) -> None:
    code = (
        "import sys, io\n"
        "from trainer.cli import main\n"
        "codes = [main([*argv, '--data-dir', sys.argv[1]], out=io.StringIO())\n"
        "         for argv in (['paths'], ['schema'], ['validate'])]\n"
        "print('CODES', codes)\n"
        "roots = {'PySide6', 'sqlalchemy', 'alembic'}\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in roots)\n"
        "print('HEAVY', heavy)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "CODES [0, 0, 0]" in proc.stdout
    assert "HEAVY []" in proc.stdout
