"""The Class view: learners who studied on two laptops, imported, and a local learner;
reviews, accuracy and last activity counted here from the raw rows, mastery as the study
package (Home's statistics) computes it."""

from __future__ import annotations

import csv
import io
import sqlite3
from datetime import UTC, timedelta
from pathlib import Path

import progresskit as pk
import pytest

from trainer.core.analysis.class_view import ClassFilters, class_csv, class_view
from trainer.core.analysis.table import sorted_rows
from trainer.core.progress_files import import_progress_files
from trainer.core.study import Trainer
from trainer.store import open_store
from trainer.store.models import from_millis

LOADED = pk.items("b") + pk.items("c", topics=2)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("class")
    files = []
    for n, name in enumerate(("=Ana", "ben")):
        source = pk.study(folder / name, name, LOADED, seed=n + 3, steps=40, quizzes=2)
        files.append(pk.export_file(source, folder / f"{n}.trainer-progress"))
    local = pk.study(folder / "here", "Cleo", LOADED, seed=9, steps=25, quizzes=1)
    store = open_store(local, backups_dir=folder / "bk", clock=pk.Clock(pk.T0))
    try:
        outcomes = import_progress_files(store, files, clock=pk.Clock(pk.T0 + timedelta(days=40)))
        assert all(o.error is None for o in outcomes)
    finally:
        store.close()
    return local


def raw_counts(db: Path, bank: str | None = None) -> dict[str, tuple[int, int, int | None]]:
    """Per learner name: reviews not undone, those rated Hard or better, the latest."""
    raw = sqlite3.connect(db)
    try:
        query = (
            "SELECT l.name, r.rating, r.reviewed_at, i.bank_id FROM learner l "
            "LEFT JOIN review r ON r.learner_id = l.id "
            "AND r.uuid NOT IN (SELECT review_uuid FROM review_undo) "
            "LEFT JOIN item i ON i.id = r.item_id"
        )
        out: dict[str, tuple[int, int, int | None]] = {}
        for name, rating, at, b in raw.execute(query):
            n, c, last = out.get(name, (0, 0, None))
            if rating is not None and (bank is None or b == bank):
                n, c, last = n + 1, c + (rating >= 2), max(last or 0, at)
            out[name] = (n, c, last)
        return out
    finally:
        raw.close()


def test_every_learner_with_the_numbers_of_the_raw_rows(db: Path) -> None:
    now = pk.T0 + timedelta(days=50)
    store = open_store(db)
    try:
        view = class_view(store, {i.id: i for i in LOADED}, now)
        trainer = Trainer(store, LOADED, clock=lambda: now, tz=UTC)
        home = {p.name: trainer.statistics(p.id) for p in trainer.profiles()}
    finally:
        store.close()
    expected = raw_counts(db)
    rows = {r.name: r for r in view.learners}
    assert set(rows) == {"=Ana", "ben", "Cleo"}
    assert {n: r.imported for n, r in rows.items()} == {"=Ana": True, "ben": True, "Cleo": False}
    for name, (n, c, last) in expected.items():
        row = rows[name]
        assert (row.reviews, row.correct) == (n, c) and n > 0
        assert row.accuracy == c / n
        assert row.last_activity == from_millis(last or 0)
        stats = home[name]
        for g in row.groups:
            mark = stats.by_bank[g.bank_id] if not g.topic else stats.by_topic[(g.bank_id, g.topic)]
            assert (g.items, g.mastered) == (mark.items, mark.mastered)
            assert g.mastery == pytest.approx(mark.recall)
        total = sum(m.items for m in stats.by_bank.values())
        recall = sum(m.recall * m.items for m in stats.by_bank.values()) / total
        assert row.mastery == pytest.approx(recall)
    assert view.banks == ("b", "c")


def test_a_bank_filter_counts_only_its_questions(db: Path) -> None:
    store = open_store(db)
    try:
        view = class_view(store, {i.id: i for i in LOADED}, pk.T0, ClassFilters(banks=("c",)))
    finally:
        store.close()
    expected = raw_counts(db, bank="c")
    for row in view.learners:
        assert (row.reviews, row.correct) == expected[row.name][:2]
        assert row.items == len([i for i in LOADED if i.bank_id == "c"])
        assert {g.bank_id for g in row.groups} <= {"c"}


def test_sorting_and_a_csv_that_runs_no_formula(db: Path) -> None:
    store = open_store(db)
    try:
        view = class_view(store, {i.id: i for i in LOADED}, pk.T0)
    finally:
        store.close()
    assert [r.name for r in sorted_rows(view.learners, "name")] == ["=Ana", "ben", "Cleo"]
    by_reviews = sorted_rows(view.learners, "reviews", descending=True)
    assert [r.reviews for r in by_reviews] == sorted((r.reviews for r in by_reviews), reverse=True)
    text = class_csv(view.learners).decode("utf-8-sig")
    table = list(csv.DictReader(io.StringIO(text)))
    firsts = [r for r in table if r["bank"] == ""]
    assert [r["learner"] for r in firsts] == ["'=Ana", "ben", "Cleo"]
    assert {r["origin"] for r in firsts} == {"imported", "local"}
    assert len(table) == 3 + sum(len(r.groups) for r in view.learners)
