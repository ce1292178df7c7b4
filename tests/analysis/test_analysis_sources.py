"""The phone and imported sources: a phone game played by twelve participants, and
quizzes taken on two laptops and imported; every number checked against the raw answers,
computed here."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC
from pathlib import Path

import progresskit as pk
from analysiskit import load_bank, ref_mean, ref_pearson, ref_sample_sd
from livekit import LiveClock

from trainer.core.analysis.model import Filters
from trainer.core.analysis.query import analyse
from trainer.core.analysis.verdicts import Thresholds
from trainer.core.progress_files import import_progress_files
from trainer.core.study import QuizSpec, Trainer
from trainer.core.workshop import build_workshop
from trainer.core.workshop.live import LiveGame
from trainer.store import open_store

PHONE_ITEMS = ("an.sc1", "an.tf1", "an.num1")
RIGHT = ("Geneva", True, 16)
WRONG = ("Rome", False, 12)
PEOPLE = [  # 1 = right, one row per participant, columns in PHONE_ITEMS order
    (1, 1, 1), (1, 1, 0), (1, 0, 1), (0, 1, 1), (1, 0, 0), (0, 0, 1),
    (1, 1, 1), (0, 0, 0), (1, 1, 0), (0, 1, 0), (1, 1, 1), (0, 0, 0),
]  # fmt: skip


def test_phone_answers_are_one_attempt_per_participant(tmp_path: Path) -> None:
    loaded = load_bank(tmp_path / "banks")
    store = open_store(tmp_path / "t.sqlite3")
    workshop = build_workshop(loaded.questions, seed=1, count=3, banks=["an"], title="Phones")
    game = LiveGame.start(
        store, replace(workshop, items=PHONE_ITEMS), loaded.by_id, clock=LiveClock()
    )
    people = [game.join(f"P{n}") for n in range(len(PEOPLE))]
    for position in range(len(PHONE_ITEMS)):
        pk_done(game.show(position))
        game.start_clock()
        for person, row in zip(people, PEOPLE, strict=True):
            answer = RIGHT[position] if row[position] else WRONG[position]
            pk_done(game.answer(person.token, position, answer).durable)
    pk_done(game.finish())
    game.close()
    try:
        result = analyse(store, loaded.by_id, Filters(sources=("phone",)))
        both = analyse(store, loaded.by_id, Filters(sources=("quiz", "workshop")))
    finally:
        store.close()
    assert both.items == []
    rows = {r.item_id: r for r in result.items}
    assert set(rows) == set(PHONE_ITEMS)
    for j, item in enumerate(PHONE_ITEMS):
        scores = [float(r[j]) for r in PEOPLE]
        rests = [(sum(r) - r[j]) / 2 for r in PEOPLE]
        row = rows[item]
        assert (row.answers, row.pairs, row.sources) == (12, 12, "phone")
        assert row.facility == ref_mean(scores)
        assert abs((row.sd or 0) - ref_sample_sd(scores)) < 1e-9
        assert abs((row.discrimination or 0) - ref_pearson(scores, rests)) < 1e-9
    (form,) = result.forms
    assert (form.source, form.label, form.attempts) == ("phone", "Phone game: Phones", 12)


def pk_done(future: object) -> object:
    """The result of a future (the game's writes), or the value itself."""
    result = getattr(future, "result", None)
    return result(10) if callable(result) else future


def _quiz_scores(db: Path) -> list[float]:
    raw = sqlite3.connect(db)
    try:
        return [float(s) for (s,) in raw.execute("SELECT score FROM quiz_answer ORDER BY 1")]
    finally:
        raw.close()


def test_imported_quizzes_are_their_own_source(tmp_path: Path) -> None:
    loaded = pk.items("b")
    files = []
    for n, name in enumerate(("Ana", "Ben")):
        db = pk.study(tmp_path / name, name, loaded, seed=n + 1, steps=20, quizzes=3)
        files.append(pk.export_file(db, tmp_path / f"{name}.trainer-progress"))
    imported = sorted(_quiz_scores(tmp_path / "Ana" / "trainer.sqlite3"))
    imported += _quiz_scores(tmp_path / "Ben" / "trainer.sqlite3")
    clock = pk.Clock(pk.T0)
    store = open_store(tmp_path / "class.sqlite3", backups_dir=tmp_path / "bk", clock=clock)
    try:
        trainer = Trainer(store, loaded, clock=clock, tz=UTC)
        local = trainer.create_profile("Facilitator").id
        attempt = trainer.start_quiz(local, trainer.build_quiz(QuizSpec(count=4, seed=3)))
        for position in range(4):
            fraction = (1.0, 0.0, 0.5, 1.0)[position]
            trainer.answer_quiz(
                attempt, position, fraction=fraction, correct=fraction == 1.0,
                response={"p": position}, response_ms=1000,
            )  # fmt: skip
        trainer.finish_quiz(attempt)
        outcomes = import_progress_files(store, files, clock=clock)
        assert all(o.error is None for o in outcomes)
        few = Thresholds(min_answers=1, min_pairs=2, min_form_attempts=1)
        mine = analyse(store, {}, Filters(sources=("imported",)), few)
        theirs = analyse(store, {}, Filters(sources=("quiz",)), few)
        every = analyse(store, {}, thresholds=few)
    finally:
        store.close()
    assert sum(r.answers for r in mine.items) == len(imported)
    assert {r.sources for r in mine.items} == {"imported"}
    facility = sum((r.facility or 0) * r.answers for r in mine.items) / len(imported)
    assert abs(facility - ref_mean(imported)) < 1e-9
    assert sum(r.answers for r in theirs.items) == 4
    assert sum(r.answers for r in every.items) == 4 + len(imported)
