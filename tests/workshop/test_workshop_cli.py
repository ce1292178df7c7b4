"""``export`` and ``print`` run as real subprocesses through ``trainer.workshop_cli.main``."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

from trainer.core.banks import Question
from trainer.core.workshop import WorkshopSession, build_workshop, save_workshop
from trainer.paths import database_path
from trainer.store import open_store

ROOT = Path(__file__).resolve().parents[2]
RUNNER = "import sys; from trainer.workshop_cli import main; raise SystemExit(main(sys.argv[1:]))"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("TRAINER_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "-c", RUNNER, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_export_content_formats(tmp_path: Path, bank_dir: Path, questions: list[Question]) -> None:
    workshop = build_workshop(questions, seed=4, count=11, kinds=[], title="CLI quiz")
    path = tmp_path / "w.yaml"
    save_workshop(workshop, path)
    banks = ["--bank-path", str(bank_dir), "--data-dir", str(tmp_path / "data")]

    gift = tmp_path / "q.gift"
    proc = run("export", "--format", "gift", "--out", str(gift), "--workshop", str(path), *banks)
    assert proc.returncode == 0, proc.stderr
    assert "not exported: ws.ord1 — GIFT has no ordering question" in proc.stdout
    assert f"wrote {gift}" in proc.stdout
    assert "::ws.sc1::" in gift.read_text(encoding="utf-8")

    xml = tmp_path / "q.xml"
    proc = run(
        "export", "--format", "moodle-xml", "--out", str(xml), "--workshop", str(path), *banks
    )
    assert proc.returncode == 0, proc.stderr
    assert ET.parse(xml).getroot().tag == "quiz"

    apkg = tmp_path / "q.apkg"
    proc = run(
        "export",
        "--format",
        "apkg",
        "--out",
        str(apkg),
        "--banks",
        "ws",
        "--topics",
        "Origins",
        "--count",
        "2",
        "--seed",
        "9",
        *banks,
    )
    assert proc.returncode == 0, proc.stderr
    assert "wrote" in proc.stdout and "(2 questions)" in proc.stdout
    assert zipfile.is_zipfile(apkg)


def test_export_csv_of_a_session(
    tmp_path: Path, bank_dir: Path, questions: list[Question], by_id: dict[str, Question]
) -> None:
    data = tmp_path / "data"
    store = open_store(database_path(data))
    workshop = build_workshop(questions, seed=4, count=3)
    session = WorkshopSession.start(store, workshop, ["Red", "Blue"], by_id)
    session.mark(session.teams()[0], 0, 1.0)
    store.close()
    out = tmp_path / "results.csv"
    proc = run(
        "export",
        "--format",
        "csv",
        "--out",
        str(out),
        "--session",
        str(session.id),
        "--data-dir",
        str(data),
        "--bank-path",
        str(bank_dir),
    )
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert len(rows) == 6
    proc = run(
        "export",
        "--format",
        "csv",
        "--out",
        str(out),
        "--session",
        "99",
        "--data-dir",
        str(data),
        "--bank-path",
        str(bank_dir),
    )
    assert proc.returncode == 1 and "no workshop session 99" in proc.stderr


def test_print_html_and_errors(tmp_path: Path, bank_dir: Path) -> None:
    out = tmp_path / "quiz.html"
    common = ["--bank-path", str(bank_dir), "--data-dir", str(tmp_path / "d")]
    proc = run(
        "print", "--seed", "7", "--versions", "A,B", "--count", "5", "--out", str(out), *common
    )
    assert proc.returncode == 0, proc.stderr
    text = out.read_text(encoding="utf-8")
    assert "version A" in text and "score sheet" in text and "answer key" not in text
    keys = (tmp_path / "quiz-keys.html").read_text(encoding="utf-8")
    assert "answer key, version A" in keys and "answer key, version B" in keys
    assert "quiz-keys.html" in proc.stdout
    proc = run("print", "--seed", "7", "--versions", "A,BB", "--out", str(out), *common)
    assert proc.returncode == 1 and "--versions" in proc.stderr
    bad = tmp_path / "bad.yaml"
    bad.write_text("workshop: 1\ncount: 0\n", encoding="utf-8")
    proc = run("print", "--workshop", str(bad), "--out", str(out), *common)
    assert proc.returncode == 1
    assert f"{bad}:2:8: error: count" in proc.stderr and "Traceback" not in proc.stderr
    proc = run("export", "--format", "gift", "--out", str(out), "--topics", "Nope", *common)
    assert proc.returncode == 1 and "No questions match" in proc.stderr
    proc = run("export", "--format", "docx", "--out", str(out))
    assert proc.returncode == 2


def test_module_is_light_to_import() -> None:
    code = (
        "import sys, argparse\n"
        "from trainer.workshop_cli import add_subcommands\n"
        "p = argparse.ArgumentParser(); add_subcommands(p.add_subparsers(dest='command'))\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'sqlalchemy', 'PySide6', 'genanki', 'yaml'}))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert proc.stdout.strip() == "[]", proc.stdout + proc.stderr


def test_outputs_follow_symbolic_links_and_refuse_pipes(tmp_path: Path, bank_dir: Path) -> None:
    """D3: the file a link points to is written (the link stays); a pipe is never replaced."""
    common = ["--bank-path", str(bank_dir), "--data-dir", str(tmp_path / "d"), "--seed", "1"]
    for command, name in (("export", "t.gift"), ("print", "t.html")):
        real = tmp_path / name
        real.write_text("old", encoding="utf-8")
        link = tmp_path / f"link-{name}"
        link.symlink_to(real)
        fmt = ["--format", "gift"] if command == "export" else []
        proc = run(command, *fmt, "--count", "3", "--out", str(link), *common)
        assert proc.returncode == 0, proc.stderr
        assert link.is_symlink() and real.read_text(encoding="utf-8") != "old"
    fifo = tmp_path / "pipe.html"
    os.mkfifo(fifo)
    for command, fmt in (("export", ["--format", "gift"]), ("print", [])):
        proc = run(command, *fmt, "--count", "3", "--out", str(fifo), *common)
        assert proc.returncode == 1, proc.stderr
        assert "not an ordinary file" in proc.stderr and "Traceback" not in proc.stderr
        assert fifo.exists() and not fifo.is_file()


def test_an_export_draws_only_questions_its_format_can_hold(tmp_path: Path) -> None:
    """GIFT cannot hold orderings or several blanks: asked for 12, it gets 12 it can hold
    (it delivered 9 and listed the rest only after writing the file)."""
    out = tmp_path / "q.gift"
    proc = run(
        "export",
        "--format",
        "gift",
        "--count",
        "12",
        "--seed",
        "3",
        "--out",
        str(out),
        "--data-dir",
        str(tmp_path / "d"),
    )
    assert proc.returncode == 0, proc.stderr
    assert "(12 questions)" in proc.stdout and "not exported" not in proc.stdout
