"""``trainer print`` to PDF through Qt, checked by the PDF's own text (pypdf)."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from pathlib import Path

from pypdf import PdfReader

from trainer.core.banks import load_banks
from trainer.core.workshop.definition import build_workshop
from trainer.core.workshop.printable import paper_version
from trainer.paths import shipped_banks_dir

ROOT = Path(__file__).resolve().parents[2]


def words(text: str) -> str:
    """Spaces collapsed; NFKC undoes the ligatures (ﬁ, ﬀ) that PDF text extraction keeps."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def test_print_writes_versions_a_and_b_with_their_keys(tmp_path: Path) -> None:
    out = tmp_path / "quiz.pdf"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "trainer",
            "--data-dir",
            str(tmp_path / "data"),
            "print",
            "--seed",
            "7",
            "--count",
            "6",
            "--versions",
            "A,B",
            "--paper",
            "letter",
            "--out",
            str(out),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    reader = PdfReader(out)
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (612, 792)  # US Letter in points
    text = words(" ".join(page.extract_text() for page in reader.pages))

    # the same workshop, rebuilt in-process from the same seed
    result = load_banks([shipped_banks_dir()])
    workshop = build_workshop(result.questions, count=6, seed=7)
    questions = [result.by_id[i] for i in workshop.items]
    start_a, start_b = text.index("Workshop — version A"), text.index("Workshop — version B")
    sections = {"A": text[start_a:start_b], "B": text[start_b:]}
    orders = {}
    for version, section in sections.items():
        paper = paper_version(questions, 7, version)
        orders[version] = [pq.question.id for pq in paper]
        # every question is on this version's paper, in this version's order
        place = 0
        for pq in paper:  # each found after the one before (two may start alike)
            place = section.index(words(pq.question.prompt)[:40], place) + 1
    assert orders["A"] != orders["B"]
    assert "answer key" not in text.lower()  # the keys are a file of their own
    assert "score sheet" in text.lower()
    keys = words(" ".join(p.extract_text() for p in PdfReader(tmp_path / "quiz-keys.pdf").pages))
    assert "answer key, version A" in keys and "answer key, version B" in keys


def test_print_to_a_missing_folder_fails_plainly(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = tmp_path / "no-such-folder" / "quiz.pdf"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "trainer",
            "--data-dir",
            str(tmp_path / "data"),
            "print",
            "--seed",
            "1",
            "--count",
            "3",
            "--out",
            str(out),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 1
    assert "wrote" not in proc.stdout
    assert "Cannot write" in proc.stderr and "Traceback" not in proc.stderr


def test_no_question_is_split_and_every_page_says_its_version(tmp_path: Path, qapp: object) -> None:
    from trainer.core.workshop.printable import printout
    from trainer.ui.workshop_print import html_to_pdf

    result = load_banks([shipped_banks_dir()])
    workshop = build_workshop(result.questions, count=30, seed=3)
    questions = [result.by_id[i] for i in workshop.items]
    pdf = tmp_path / "h.pdf"
    html_to_pdf(printout("Quiz", questions, 3, versions=("A",)).handouts, pdf)
    pages = [words(page.extract_text()) for page in PdfReader(pdf).pages]
    assert len(pages) > 2
    for number, page in enumerate(pages, start=1):
        assert page.startswith(("Quiz — version A", "Quiz — score sheet")), page[:60]
        assert f"{number} / {len(pages)}" in page[:80]
    # read the pages in order: each question's start, then its last option, on one page
    # (without spaces: pypdf reads "1 . By" on one page and "26. In" on another)
    bare = [page.replace(" ", "") for page in pages]
    page, place = 0, 0
    for pq in paper_version(questions, 3, "A"):
        start = f"{pq.number}." + words(pq.question.prompt).replace(" ", "")[:25]
        while start not in bare[page][place:]:
            page, place = page + 1, 0
        place = bare[page].index(start, place) + len(start)
        if pq.choices:
            last = words(pq.choices[-1]).replace(" ", "")[:25]
            assert last in bare[page][place:], (pq.number, "split across pages")
