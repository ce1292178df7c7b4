"""The analysis of a real database: learners take a quiz through the engine, teams play a
workshop, the author edits a question; every number checked against the raw answers."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from analysiskit import (
    EDITED,
    LEARNERS,
    ORDER,
    T0,
    TEAMS,
    WORKSHOP_TITLE,
    class_scenario,
    load_bank,
    ref_alpha,
    ref_mean,
    ref_pearson,
    ref_sample_sd,
    scenario_rows,
)

from trainer.core.analysis.model import Analysis, Filters, ItemStats
from trainer.core.analysis.query import analyse
from trainer.core.analysis.sources import UnknownSourceError
from trainer.core.banks import Question
from trainer.paths import database_path, user_banks_dir
from trainer.store import Store, open_store


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("data")
    class_scenario(folder)
    return folder


@pytest.fixture
def store(data: Path, tmp_path: Path) -> Iterator[Store]:
    copy = tmp_path / "copy.sqlite3"  # each test may change its own copy
    copy.write_bytes(database_path(data).read_bytes())
    s = open_store(copy, backups_dir=tmp_path / "bk")
    yield s
    s.close()


@pytest.fixture(scope="module")
def questions(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Question]:
    return load_bank(tmp_path_factory.mktemp("banks"), EDITED).by_id


def rows_of(result: Analysis) -> dict[tuple[str, str], ItemStats]:
    return {(r.item_id, r.version_status): r for r in result.items}


def reference(item: str, rows: list[tuple[str, tuple[float, ...]]]) -> tuple[float, ...]:
    j = ORDER.index(item)
    scores = [s[j] for _source, s in rows]
    rests = [(sum(s) - s[j]) / 4 for _source, s in rows]
    return ref_mean(scores), ref_sample_sd(scores), ref_pearson(scores, rests)


def test_every_answer_is_analysed_against_the_raw_answers(
    store: Store, questions: dict[str, Question]
) -> None:
    result = analyse(store, questions)
    rows = rows_of(result)
    everyone = scenario_rows()
    for item in ("an.sc1", "an.mc1", "an.tf1", "an.num1"):
        row = rows[item, "current"]
        facility, sd, discrimination = reference(item, everyone)
        assert (row.answers, row.pairs, row.sources) == (17, 17, "quiz, workshop")
        assert row.facility == pytest.approx(facility)
        assert row.sd == pytest.approx(sd)
        assert row.discrimination == pytest.approx(discrimination)
        assert row.version == questions[item].content_hash and row.in_banks
    # an.sc2 was edited before the last quiz: the old text keeps its sixteen answers
    older, current = rows["an.sc2", "older"], rows["an.sc2", "current"]
    before = [r for n, r in enumerate(everyone) if n != len(LEARNERS)]
    facility, _sd, discrimination = reference("an.sc2", before)
    assert older.answers == 16 and older.facility == pytest.approx(facility)
    assert older.discrimination == pytest.approx(discrimination)
    assert current.answers == 1 and current.verdict == "too few answers to judge"
    assert older.version != current.version == questions["an.sc2"].content_hash


def test_options_and_their_flags(store: Store, questions: dict[str, Question]) -> None:
    sc1 = rows_of(analyse(store, questions))["an.sc1", "current"]
    picks = [r[0] for r, _s in LEARNERS] + [LEARNERS[0][0][0]] + [r[0] for _n, r, _s in TEAMS]
    shares = {o.text: (o.share, o.correct, o.flags) for o in sc1.options}
    assert shares["Geneva"][:2] == (pytest.approx(picks.count("Geneva") / 17), True)
    assert shares["Oslo"] == (0.0, False, ("never_chosen",))
    assert list(shares) == ["Geneva", "Rome", '=HYPERLINK("http://evil.example")', "Oslo"]


def test_one_row_per_quiz_and_per_workshop(store: Store, questions: dict[str, Question]) -> None:
    quiz, workshop = analyse(store, questions).forms
    table = [list(s) for source, s in scenario_rows() if source == "quiz"]
    assert (quiz.source, quiz.attempts, quiz.questions) == ("quiz", 13, 5)
    assert quiz.label == "Quiz of 5 questions; seed 7; banks an"
    assert quiz.mean == pytest.approx(ref_mean([sum(r) / 5 for r in table]))
    assert quiz.alpha == pytest.approx(ref_alpha(table))
    assert (workshop.source, workshop.attempts, workshop.alpha) == ("workshop", 4, None)
    assert workshop.label == f"Workshop: {WORKSHOP_TITLE}"
    results = [sum(s) / 5 for _n, _r, s in TEAMS]
    assert workshop.mean == pytest.approx(ref_mean(results))
    assert workshop.sd == pytest.approx(ref_sample_sd(results))


def test_rows_written_without_a_version_take_it_from_the_log(
    store: Store, questions: dict[str, Question]
) -> None:
    """Another writer (an import) may leave content_hash NULL: a quiz answer's version is
    then its review's, a workshop answer's the item revision of its time."""
    before = rows_of(analyse(store, questions))
    with store.write() as conn:
        conn.exec_driver_sql("UPDATE quiz_answer SET content_hash = NULL")
        conn.exec_driver_sql("UPDATE workshop_answer SET content_hash = NULL")
    after = rows_of(analyse(store, questions))
    assert after.keys() == before.keys()
    for key, row in before.items():
        assert (after[key].version, after[key].answers) == (row.version, row.answers)


@pytest.mark.parametrize(
    ("filters", "answers"),
    [
        (Filters(sources=("quiz",)), 13),
        (Filters(sources=("workshop",)), 4),
        (Filters(until=T0 + timedelta(days=1)), 12),
        (Filters(since=T0 + timedelta(days=1), until=T0 + timedelta(days=2)), 4),
        (Filters(since=T0 + timedelta(days=2)), 1),
        (Filters(banks=("elsewhere",)), 0),
    ],
)
def test_filters_by_source_date_and_bank(
    store: Store, questions: dict[str, Question], filters: Filters, answers: int
) -> None:
    rows = rows_of(analyse(store, questions, filters))
    assert (rows["an.sc1", "current"].answers if rows else 0) == answers


def test_a_topic_filter_reports_its_questions_and_keeps_the_attempts_whole(
    store: Store, questions: dict[str, Question]
) -> None:
    result = analyse(store, questions, Filters(topics=("Origins",)))
    assert {r.item_id for r in result.items} == {"an.sc1", "an.sc2"}
    everyone = scenario_rows()
    _f, _sd, discrimination = reference("an.sc1", everyone)  # rest over all five
    assert rows_of(result)["an.sc1", "current"].discrimination == pytest.approx(discrimination)
    assert [f.questions for f in result.forms] == [5, 5]


def test_an_unknown_source_is_refused(store: Store, questions: dict[str, Question]) -> None:
    with pytest.raises(UnknownSourceError, match="the sources are quiz, workshop, phone"):
        analyse(store, questions, Filters(sources=("fax",)))


def test_new_answers_record_the_version_they_answered(data: Path) -> None:
    store = open_store(database_path(data), backups_dir=data / "bk-check")
    try:
        with store.read() as conn:
            quiz = conn.exec_driver_sql(
                "SELECT count(*) FROM quiz_answer WHERE content_hash IS NULL"
            )
            workshop = conn.exec_driver_sql(
                "SELECT count(*) FROM workshop_answer WHERE content_hash IS NULL"
            )
            assert (quiz.scalar(), workshop.scalar()) == (0, 0)
    finally:
        store.close()
    assert user_banks_dir(data).is_dir()
