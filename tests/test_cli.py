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
    for line in (
        f"backups:        {tmp_path / 'a' / 'backups'}",
        f"settings:       {tmp_path / 'a' / 'settings.ini'}",
        "portable mode:  off",
    ):
        assert line in proc.stdout
    assert "(given with --data-dir)" in proc.stdout
    proc = run("paths", data_dir=tmp_path, env={"TRAINER_DATA_DIR": str(tmp_path / "b")})
    assert f"data directory: {tmp_path / 'b'}" in proc.stdout
    assert "(given in the TRAINER_DATA_DIR variable)" in proc.stdout


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


def _quiet_home(tmp_path: Path) -> dict[str, str]:
    """An environment whose default data folder is inside ``tmp_path/home``."""
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data")}
    env.pop("TRAINER_DATA_DIR", None)
    return env


def test_a_closed_pipe_ends_quietly_and_writes_no_log(tmp_path: Path) -> None:
    """W4: ``trainer validate | head`` gave 'unexpected error: Broken pipe' and wrote a log
    into the default data folder. Now it stops quietly, as Unix tools do."""
    env = _quiet_home(tmp_path)
    out = str(tmp_path / "q.gift")
    commands = [
        ["schema"],
        ["paths"],
        ["validate", "--format", "json"],
        ["export", "--format", "gift", "--count", "3", "--seed", "1", "--out", out],
    ]
    for command in commands:
        read, write = os.pipe()
        os.close(read)  # the reader has gone before anything is written
        proc = subprocess.run(
            [sys.executable, "-m", "trainer", *command],
            cwd=ROOT,
            env=env,
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
        os.close(write)
        assert proc.stderr == "", (command, proc.stderr)
        assert proc.returncode == 141, command  # 128 + SIGPIPE, as a shell reports `yes | head`
    assert list((tmp_path / "home").iterdir()) == []


def test_odd_arguments_get_plain_messages(tmp_path: Path) -> None:
    """W4: an empty --out, a session number SQLite cannot hold, repeated versions or teams."""
    data = ["--data-dir", str(tmp_path / "d")]
    for args, code, message in [
        (["export", "--format", "gift", "--out", ""], 2, "--out: give a file name"),
        (["print", "--out", " "], 2, "--out: give a file name"),
        (["export", "--format", "csv", "--out", "x.csv", "--session", "9" * 30], 2, "--session"),
        (["export", "--format", "csv", "--out", "x.csv", "--session", "0"], 2, "--session"),
        (["print", "--out", "x.html", "--versions", "A,a"], 1, "each version once"),
        (["print", "--out", "x.html", "--teams", "Red", "Red"], 1, "each team once"),
    ]:
        proc = run(*args, *data, data_dir=tmp_path)
        assert proc.returncode == code, (args, proc.stderr)
        assert message in proc.stderr, (args, proc.stderr)
        assert "unexpected error" not in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "d" / "logs").exists()


def test_the_desktop_app_starts_without_building_the_commands(tmp_path: Path) -> None:
    """Plain ``trainer`` (the app) parses its own options only: the commands' modules
    and parsers would delay the first paint; ``--help`` still lists every command."""
    code = (
        "import sys\n"
        "from trainer.ui import app\n"
        "seen = []\n"
        "def run_app(data_dir, startup_probe=False):\n"
        "    seen.append(sorted(m for m in sys.modules if m.endswith('_cli')))\n"
        "    return 0\n"
        "app.run_app = run_app\n"
        "from trainer.cli import main\n"
        "print('CODE', main(['--data-dir', sys.argv[1], '--startup-probe']))\n"
        "print('COMMANDS', seen)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "CODE 0" in proc.stdout
    assert "COMMANDS [[]]" in proc.stdout
    helped = run("--help", data_dir=tmp_path)
    assert helped.returncode == 0
    for command in ("validate", "export", "print", "analysis", "progress", "live", "paths"):
        assert command in helped.stdout
