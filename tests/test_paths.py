"""Where the data directory is: command line, environment, portable mode, platform."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from trainer import paths

ROOT = Path(__file__).resolve().parents[1]


def test_cli_value_wins_over_environment(tmp_path: Path) -> None:
    env = {paths.ENV_DATA_DIR: str(tmp_path / "env")}
    assert paths.resolve_data_dir(str(tmp_path / "cli"), env=env) == tmp_path / "cli"


def test_environment_wins_over_platform_default(tmp_path: Path) -> None:
    env = {paths.ENV_DATA_DIR: str(tmp_path / "env")}
    assert paths.resolve_data_dir(None, env=env) == tmp_path / "env"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG rules")
def test_platform_default_follows_xdg(tmp_path: Path) -> None:
    got = paths.platform_data_dir(home=tmp_path, env={})
    assert got == tmp_path / ".local" / "share" / "Trainer" / "Trainer"
    got = paths.platform_data_dir(home=tmp_path, env={"XDG_DATA_HOME": str(tmp_path / "x")})
    assert got == tmp_path / "x" / "Trainer" / "Trainer"


def test_portable_marker_puts_data_beside_the_executable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    exe = tmp_path / "bundle" / "trainer"
    exe.parent.mkdir()
    exe.write_text("")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    assert paths.portable_data_dir() is None
    (exe.parent / "portable").write_text("")
    assert paths.resolve_data_dir(None, env={}) == exe.parent / "TrainerData"
    # an explicit choice still wins over portable mode
    assert paths.resolve_data_dir(str(tmp_path / "x"), env={}) == tmp_path / "x"


def test_shipped_files_are_found_from_source() -> None:
    assert (paths.shipped_banks_dir()).is_dir()
    assert (paths.resources_dir()).is_dir()


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "trainer", *args],
        cwd=ROOT,
        env=full,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize("how", ["option", "variable"])
def test_a_home_folder_of_no_user_is_a_plain_error(how: str) -> None:
    """``~nosuchuser/x`` names no home folder: one line naming it, exit 2, no traceback."""
    value = "~nosuchuser-trainer/x"
    if how == "option":
        proc = run_cli("--data-dir", value, "paths")
    else:
        proc = run_cli("paths", env={paths.ENV_DATA_DIR: value})
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    (line,) = proc.stderr.strip().splitlines()
    assert line.startswith("trainer: error:") and value in line
    assert "nosuchuser-trainer" in line and "home folder" in line
    if how == "variable":
        assert paths.ENV_DATA_DIR in line
    else:
        assert "--data-dir" in line


def test_a_symlink_loop_is_a_plain_error(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    proc = run_cli("--data-dir", str(tmp_path / "a" / "x"), "paths")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    (line,) = proc.stderr.strip().splitlines()
    assert str(tmp_path / "a" / "x") in line and "links" in line


def test_resolve_data_dir_raises_a_plain_error() -> None:
    with pytest.raises(paths.DataDirError, match="~nosuchuser-trainer"):
        paths.resolve_data_dir("~nosuchuser-trainer/x", env={})
    with pytest.raises(paths.DataDirError, match=paths.ENV_DATA_DIR):
        paths.resolve_data_dir(None, env={paths.ENV_DATA_DIR: "~nosuchuser-trainer"})


def test_an_empty_data_folder_option_is_refused() -> None:
    """``--data-dir ''`` (an unset shell variable, say) must not quietly mean the default."""
    proc = run_cli("--data-dir", "", "paths")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    (line,) = proc.stderr.strip().splitlines()
    assert "--data-dir" in line and "empty" in line
