"""``trainer progress export`` and ``trainer progress import``, run as real subprocesses
on data folders whose learners studied through the engine."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from progresskit import items, rows, study

ROOT = Path(__file__).resolve().parent.parent


def trainer(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("TRAINER_DATA_DIR", None)
    env.pop("TRAINER_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "trainer", *map(str, args)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def plain_error(proc: subprocess.CompletedProcess[str], code: int = 1) -> str:
    """The one line a refused command says (no traceback)."""
    assert proc.returncode == code, (proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    return proc.stderr


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("cli")
    found = {}
    for name, seed in (("Amina", 11), ("Bruno", 12)):
        folder = root / name
        folder.mkdir()
        study(folder, name, items("a"), seed, steps=30)
        out = root / f"{name}.trainer-progress"
        proc = trainer("progress", "export", "--data-dir", folder, "--out", out)
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.startswith(f"wrote {out} ({name}: ")
        found[name] = out
        found[f"{name}.db"] = folder / "trainer.sqlite3"
    return found


def test_import_both_then_again_adds_nothing(tmp_path: Path, exported: dict[str, Path]) -> None:
    data = tmp_path / "facilitator"
    proc = trainer("progress", "import", "--data-dir", data, exported["Amina"], exported["Bruno"])
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 2 and all(line.startswith("imported ") for line in lines)
    assert "Amina (new learner): " in lines[0] and "Bruno (new learner): " in lines[1]
    before = rows(data / "trainer.sqlite3")
    proc = trainer("progress", "import", "--data-dir", data, exported["Bruno"])
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"{exported['Bruno']}: nothing new for Bruno (same learner)"
    assert rows(data / "trainer.sqlite3") == before
    source = rows(exported["Amina.db"])
    assert {r[0] for r in before["reviews"] if r[1] == "Amina"} == {r[0] for r in source["reviews"]}


def test_a_namesake_needs_the_flag(tmp_path: Path, exported: dict[str, Path]) -> None:
    (tmp_path / "here").mkdir()
    db = study(tmp_path / "here", "AMINA", items("a"), 13, steps=3, quizzes=0)
    before = rows(db)
    proc = trainer("progress", "import", "--data-dir", db.parent, exported["Amina"])
    message = plain_error(proc)
    assert message.count("\n") == 1 and "--same-name merge or --same-name apart" in message
    assert rows(db) == before
    proc = trainer(
        "progress", "import", "--data-dir", db.parent, "--same-name", "apart", exported["Amina"]
    )
    assert proc.returncode == 0 and "Amina (2) (kept apart)" in proc.stdout
    proc = trainer("progress", "import", "--data-dir", db.parent, "--same-name", "maybe", "x")
    assert "invalid choice: 'maybe'" in plain_error(proc, 2)


def test_refused_files_are_said_plainly_and_the_others_imported(
    tmp_path: Path, exported: dict[str, Path]
) -> None:
    damaged = tmp_path / "damaged.trainer-progress"
    data = bytearray(exported["Bruno"].read_bytes())
    data[100] ^= 0x01
    damaged.write_bytes(bytes(data))
    folder = tmp_path / "f"
    proc = trainer(
        "progress", "import", "--data-dir", folder, damaged, tmp_path / "none", exported["Amina"]
    )
    message = plain_error(proc)
    assert message.splitlines() == [
        f"trainer progress import: {damaged} is damaged, so it was not imported (nothing was "
        "changed). Ask for a new copy of the file.",
        f"trainer progress import: Cannot read {tmp_path / 'none'}: No such file or directory.",
    ]
    assert proc.stdout.startswith(f"imported {exported['Amina']}: Amina (new learner)")


def test_export_names_the_profile_when_there_are_several(
    tmp_path: Path, exported: dict[str, Path]
) -> None:
    folder = tmp_path / "two"
    proc = trainer("progress", "import", "--data-dir", folder, exported["Amina"], exported["Bruno"])
    assert proc.returncode == 0, proc.stderr
    out = tmp_path / "out.trainer-progress"
    proc = trainer("progress", "export", "--data-dir", folder, "--out", out)
    assert "several profiles (Amina, Bruno); name one with --profile" in plain_error(proc)
    proc = trainer("progress", "export", "--data-dir", folder, "--profile", "Chidi", "--out", out)
    assert "no profile named 'Chidi' (profiles: Amina, Bruno)" in plain_error(proc)
    proc = trainer("progress", "export", "--data-dir", folder, "--profile", "bruno", "--out", out)
    assert proc.returncode == 0 and "(Bruno: " in proc.stdout
    proc = trainer(
        "progress", "export", "--data-dir", folder, "--profile", "Bruno", "--out", tmp_path
    )
    assert "it is a folder; give a file name" in plain_error(proc)
    shutil.rmtree(folder)
