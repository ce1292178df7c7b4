"""Every shipped bank loads without errors, has the expected shape and size."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

from contentkit import BANKS_DIR, EXPECTED_BANKS, SCHEMA_LINE, raw_banks, raw_items

from trainer.core.banks import LoadResult

AUTHORED_KINDS = {
    "single_choice",
    "multiple_choice",
    "true_false",
    "numeric",
    "short_answer",
    "cloze",
    "ordering",
    "matching",
    "flashcard",
}
FACT_KINDS = {"figure", "list", "timeline"}


def test_every_shipped_bank_loads_without_errors(shipped: LoadResult) -> None:
    assert [str(e) for e in shipped.errors] == []
    assert {bank.id for bank in shipped.banks} == EXPECTED_BANKS


def test_every_bank_file_starts_with_the_schema_line() -> None:
    paths = sorted(BANKS_DIR.glob("*.yaml"))
    assert len(paths) == len(EXPECTED_BANKS)
    for path in paths:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == SCHEMA_LINE, path.name


def test_bank_headers_cite_the_presentation(shipped: LoadResult) -> None:
    for bank in shipped.banks:
        assert "Popp" in bank.source, bank.id
        assert "IOM" in bank.source, bank.id
        assert "HLD 2013" in bank.source, bank.id
        assert "2013" in bank.source, bank.id


def test_item_ids_are_prefixed_with_their_bank() -> None:
    for bank_id, bank in raw_banks().items():
        for item in bank["items"]:
            assert item["id"].startswith(f"{bank_id}."), item["id"]


def test_every_kind_is_used_and_the_banks_are_large_enough(shipped: LoadResult) -> None:
    kinds = Counter(item["kind"] for item in raw_items())
    assert set(kinds) == AUTHORED_KINDS | FACT_KINDS
    authored = sum(n for kind, n in kinds.items() if kind in AUTHORED_KINDS)
    assert authored >= 60
    assert len(shipped.by_id) == len(shipped.questions)
    assert len(shipped.questions) >= 150
    assert sum(q.form is None for q in shipped.questions) == authored


def test_every_figure_fact_yields_its_five_forms(shipped: LoadResult) -> None:
    for item in raw_items():
        if item["kind"] == "figure":
            forms = {q.form for q in shipped.questions if q.fact_id == item["id"]}
            assert forms == {"card", "numeric", "choice", "true-false", "cloze"}, item["id"]


def test_explanations_are_one_or_two_sentences() -> None:
    """One or two sentences that say why, plus at most one marked "Context (...)" sentence."""
    for item in raw_items():
        text = " ".join(item["explanation"].split())
        text, _, context = text.partition(" Context (")
        if context:
            assert len(re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", context)) == 1, item["id"]
        sentences = [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", text) if s]
        assert 1 <= len(sentences) <= 2, (item["id"], sentences)
        assert text.endswith((".", "!", "?", '"', "”")), item["id"]


def test_trainer_validate_accepts_the_shipped_banks(tmp_path: Path) -> None:
    """The command users and CI run, in a real subprocess."""
    env = {**os.environ, "TRAINER_DATA_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "trainer", "validate", str(BANKS_DIR)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "4 banks checked, 0 invalid, 0 errors" in done.stdout
