"""Years are years on every path a shipped question takes, for every seed; and a quiz, a
workshop (and its swap) and a printout never take two items of one group.

A year written with a separator ("2,013", "2.013", "2 013") is what the content review
found in results and answer keys; it must not appear in the quiz's answers, the study
texts, a workshop's printout, GIFT, Moodle XML, the Anki deck or the results CSV.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import re
import sqlite3
import zipfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import pytest

from trainer.core.banks import LoadResult, NumericQuestion, Question, load_banks
from trainer.core.scoring import expected_text, score
from trainer.core.study.quiz import QuizSpec, build_quiz
from trainer.core.workshop import (
    WorkshopError,
    WorkshopSession,
    build_workshop,
    swap,
)
from trainer.core.workshop.exports import export_apkg, export_csv, export_gift, export_moodle_xml
from trainer.core.workshop.printable import paper_version, printout
from trainer.core.workshop.results import question_results
from trainer.paths import shipped_banks_dir
from trainer.store import open_store

GROUPED_YEAR = re.compile(r"(?<![\d.,])(?:1[,.\u202f\u00a0 ]9\d\d|2[,.\u202f\u00a0 ]0\d\d)(?!\d)")
YEAR_SEEDS = range(1, 11)
GROUP_SEEDS = range(1, 201)


@pytest.fixture(scope="module")
def shipped() -> LoadResult:
    result = load_banks([shipped_banks_dir()])
    assert not result.errors
    return result


def year_questions(questions: Iterable[Question]) -> list[NumericQuestion]:
    return [q for q in questions if isinstance(q, NumericQuestion) and q.number_format == "year"]


def assert_no_grouped_year(text: str, where: str) -> None:
    found = GROUPED_YEAR.findall(text)
    assert not found, f"{where}: a year written with a separator: {found[:5]}"


def test_the_shipped_year_questions_are_marked_as_years(shipped: LoadResult) -> None:
    """Every numeric question asking for a year says so (the review's three, at least:
    global_debate.hld-year has since been retired, as every 'HLD 2013' gave it away)."""
    years = {q.id for q in year_questions(shipped.questions)}
    assert {"gmg.founding-year", "gmg.expansion-year"} <= years
    for q in shipped.questions:
        if isinstance(q, NumericQuestion) and re.search(r"\b(which|what) year\b", q.prompt, re.I):
            assert q.number_format == "year", f"{q.id} asks for a year but is not marked as one"


def test_a_year_is_shown_as_a_year_in_quiz_scoring_and_text(shipped: LoadResult) -> None:
    for q in year_questions(shipped.questions):
        right = str(int(q.answer))
        assert expected_text(q) == right
        result = score(q, right)
        assert result.correct and result.expected == right
        assert score(q, f"{right[0]},{right[1:]}").correct  # typed grouped: still the number


@pytest.mark.parametrize("seed", YEAR_SEEDS)
def test_no_grouped_year_in_any_rendering(seed: int, tmp_path: Path) -> None:
    result = load_banks([shipped_banks_dir()], seed=seed)
    questions = result.questions
    quiz = build_quiz(questions, QuizSpec(count=len(questions), seed=seed))
    asked = [result.by_id[i] for i in quiz.item_ids]
    assert_no_grouped_year(
        "\n".join(expected_text(q) for q in asked if q.kind != "flashcard"), "quiz"
    )
    cards = [q for q in questions if q.kind == "flashcard"]
    assert_no_grouped_year("\n".join(expected_text(q) for q in cards), "study cards")

    workshop = build_workshop(questions, seed=seed, count=len(questions))
    # A workshop takes one item per group, and the year questions share groups with the
    # items that would give them away: add the ones not drawn, to render every year.
    missing = tuple(q.id for q in year_questions(questions) if q.id not in workshop.items)
    workshop = dataclasses.replace(workshop, items=workshop.items + missing)
    chosen = [result.by_id[i] for i in workshop.items]
    assert year_questions(chosen), "the whole-bank workshop asks a year question"
    printed = printout("Years", chosen, seed)
    assert_no_grouped_year(printed.handouts + printed.keys, "printout")
    assert_no_grouped_year(export_gift(chosen).data.decode(), "GIFT")
    assert_no_grouped_year(export_moodle_xml(chosen).data.decode(), "Moodle XML")
    assert_no_grouped_year(apkg_fields(export_apkg(chosen, seed=seed).data, tmp_path), "apkg")

    store = open_store(tmp_path / "w.sqlite3")
    try:
        session = WorkshopSession.start(store, workshop, ["Team A"], result.by_id)
        (team,) = session.teams()
        for position, q in enumerate(chosen):
            if isinstance(q, NumericQuestion):
                session.record(team, position, q.answer + 1)  # wrong: shown as the typed number
        data = export_csv(session).data.decode("utf-8-sig")
        wrong_answers = [r.common_wrong or "" for r in question_results(session)]
    finally:
        store.close()
    rows = list(csv.DictReader(io.StringIO(data)))
    assert_no_grouped_year(data, "results CSV")
    assert_no_grouped_year("\n".join(wrong_answers), "workshop results")
    for q in year_questions(chosen):
        row = next(r for r in rows if r["item_id"] == q.id)
        assert (row["response"], row["expected"]) == (str(int(q.answer) + 1), str(int(q.answer)))


def apkg_fields(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "deck.apkg"
    path.write_bytes(data)
    with zipfile.ZipFile(path) as archive:
        (tmp_path / "c.anki2").write_bytes(archive.read("collection.anki2"))
    conn = sqlite3.connect(tmp_path / "c.anki2")
    try:
        return "\n".join(row[0] for row in conn.execute("SELECT flds FROM notes"))
    finally:
        conn.close()


def _groups(by_id: dict[str, Question], ids: Iterable[str]) -> list[str]:
    return [by_id[i].group for i in ids]


def _twice(groups: list[str]) -> list[str]:
    return [g for g, n in Counter(groups).items() if n > 1]


def test_no_group_twice_for_any_seed(shipped: LoadResult) -> None:
    """Seeds 1 to 200, all shipped banks: a quiz, a workshop, its swap and its printout."""
    by_id = shipped.by_id
    questions = shipped.questions
    for seed in GROUP_SEEDS:
        for count in (10, 25, len(questions)):
            quiz = build_quiz(questions, QuizSpec(count=count, seed=seed))
            assert not _twice(_groups(by_id, quiz.item_ids)), (seed, count, "quiz")
        workshop = build_workshop(questions, seed=seed, count=20)
        assert not _twice(_groups(by_id, workshop.items)), (seed, "workshop")
        for position in (0, seed % 20):
            try:
                swapped = swap(workshop, questions, position)
            except WorkshopError:  # no other question of that topic: nothing to check
                continue
            assert not _twice(_groups(by_id, swapped.items)), (seed, position, "swap")
        paper = paper_version([by_id[i] for i in workshop.items], seed, "A")
        assert not _twice([pq.question.group for pq in paper]), (seed, "print")
