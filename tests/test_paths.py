"""Where the data directory is: command line, environment, portable mode, platform."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from trainer import paths


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
