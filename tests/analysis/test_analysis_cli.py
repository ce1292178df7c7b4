"""``trainer analysis`` run as a real process on a data folder where a class took a quiz
and played a workshop."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from analysiskit import (
    HOSTILE,
    ORDER,
    WORKSHOP_TITLE,
    class_scenario,
    ref_mean,
    ref_pearson,
    scenario_rows,
)

ROOT = Path(__file__).resolve().parents[2]


def trainer(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("TRAINER_DATA_DIR", None)
    env.pop("TRAINER_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "trainer", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def read_csv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("data")
    class_scenario(folder)
    return folder


def test_the_command_writes_both_files_with_the_numbers(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "analysis.csv"
    proc = trainer("analysis", "--data-dir", str(data), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    summary = tmp_path / "analysis-quizzes.csv"
    assert f"wrote {out} (6 question versions" in proc.stdout and str(summary) in proc.stdout
    rows = {(r["item"], r["version"]): r for r in read_csv(out)}
    assert len(rows) == 6
    everyone = scenario_rows()
    j = ORDER.index("an.tf1")
    scores = [s[j] for _source, s in everyone]
    rests = [(sum(s) - s[j]) / 4 for _source, s in everyone]
    tf = rows["an.tf1", "current"]
    assert tf["answers"] == "17" and tf["sources"] == "quiz, workshop"
    assert float(tf["facility"]) == pytest.approx(ref_mean(scores), abs=1e-4)
    assert float(tf["discrimination"]) == pytest.approx(ref_pearson(scores, rests), abs=1e-4)
    assert rows["an.sc2", "current"]["facility"] == ""  # one answer: no number
    assert rows["an.sc2", "current"]["notes"].startswith("too few answers (1;")
    assert rows["an.sc2", "older"]["answers"] == "16"
    forms = read_csv(summary)
    assert [(f["source"], f["attempts"], f["questions"]) for f in forms] == [
        ("quiz", "13", "5"),
        ("workshop", "4", "5"),
    ]


def test_hostile_bank_and_workshop_text_cannot_run_as_formulas(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "a.csv"
    assert trainer("analysis", "--data-dir", str(data), "--out", str(out)).returncode == 0
    sc1 = next(r for r in read_csv(out) if r["item"] == "an.sc1")
    assert sc1["question"] == "'=1+2 where did the GMG begin?"
    assert HOSTILE in sc1["options"] and not sc1["options"].startswith("=")
    cells = [c for row in csv.reader(io.StringIO(out.read_text("utf-8-sig"))) for c in row]
    cells += [
        c
        for row in csv.reader(io.StringIO(Path(tmp_path / "a-quizzes.csv").read_text("utf-8-sig")))
        for c in row
    ]
    assert not [c for c in cells if c[:1] in ("=", "+", "@")]
    workshop = read_csv(tmp_path / "a-quizzes.csv")[1]
    assert workshop["quiz_or_workshop"] == f"Workshop: {WORKSHOP_TITLE}"


def test_filters_and_a_chosen_summary_file(data: Path, tmp_path: Path) -> None:
    out, summary = tmp_path / "w.csv", tmp_path / "per-workshop.csv"
    proc = trainer(
        "analysis",
        "--data-dir",
        str(data),
        "--source",
        "workshop",
        "--topic",
        "Members",
        "--until",
        "2099-12-31",
        "--out",
        str(out),
        "--summary",
        str(summary),
    )
    assert proc.returncode == 0, proc.stderr
    rows = read_csv(out)
    assert sorted(r["item"] for r in rows) == ["an.mc1", "an.num1", "an.tf1"]
    assert {r["answers"] for r in rows} == {"4"} and {r["sources"] for r in rows} == {"workshop"}
    assert [f["source"] for f in read_csv(summary)] == ["workshop"]


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--since", "yesterday"], 2, "a day is written YYYY-MM-DD"),
        (["--since", "2026-03-02", "--until", "2026-03-01"], 2, "--until is before --since"),
        (["--source", "fax"], 2, "invalid choice: 'fax'"),
        (["--summary", "{out}"], 2, "--summary and --out name the same file"),
    ],
)
def test_bad_usage_is_one_plain_line_and_exit_2(
    data: Path, tmp_path: Path, args: list[str], code: int, message: str
) -> None:
    out = str(tmp_path / "x.csv")
    proc = trainer(
        "analysis", "--data-dir", str(data), "--out", out, *(a.format(out=out) for a in args)
    )
    assert proc.returncode == code
    assert message in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "x.csv").exists()


def test_problems_are_one_plain_line_and_exit_1(data: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    proc = trainer("analysis", "--data-dir", str(empty), "--out", str(tmp_path / "x.csv"))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.strip() == (
        f"trainer analysis: There is no progress database in {empty}: nothing has been "
        "answered there yet."
    )
    assert not empty.exists()  # nothing was created
    proc = trainer("analysis", "--data-dir", str(data), "--out", str(tmp_path / "no" / "x.csv"))
    assert proc.returncode == 1 and len(proc.stderr.strip().splitlines()) == 1
    assert "does not exist" in proc.stderr
