"""Sessions on a real SQLite store: answers, navigation, leaderboard, resume, SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from trainer.core.banks import Question
from trainer.core.workshop import (
    Workshop,
    WorkshopError,
    WorkshopSession,
    build_workshop,
    unfinished_sessions,
)
from trainer.store import open_store
from trainer.store.migrate import head_revision

ROOT = Path(__file__).resolve().parents[2]


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


ITEMS = ("ws.sc1", "ws.tf1", "ws.num1", "ws.mc1")


def workshop_of(
    questions: list[Question],
    *,
    points: int = 1,
    seconds: int = 30,
    speed_bonus: bool = False,
) -> Workshop:
    w = build_workshop(
        questions,
        seed=5,
        count=4,
        points_per_question=points,
        seconds_per_question=seconds,
        speed_bonus=speed_bonus,
    )
    return replace(w, items=ITEMS)


def test_schema_head_is_the_workshop_migration(tmp_path: Path) -> None:
    assert head_revision() >= "0003"
    store = open_store(tmp_path / "t.sqlite3")
    with store.read() as conn:
        tables = set(sa.inspect(conn).get_table_names())
    assert {"workshop_session", "workshop_team", "workshop_answer"} <= tables
    store.close()


def test_models_match_the_migration(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    import trainer.store.workshop_models  # noqa: F401  (registers the tables)
    from trainer.store.models import Base

    store = open_store(tmp_path / "t.sqlite3")
    with store.read() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    store.close()
    assert [d for d in diff if "workshop" in repr(d)] == []


def test_record_score_navigate_leaderboard_and_resume(
    tmp_path: Path, questions: list[Question], by_id: dict[str, Question]
) -> None:
    db = tmp_path / "t.sqlite3"
    store = open_store(db)
    w = workshop_of(questions, points=2)
    session = WorkshopSession.start(store, w, ["Red", "Blue", "Green"], by_id, Clock())
    red, blue, green = session.teams()
    assert session.record(red, 0, "Geneva Migration Group").points == 2
    assert session.record(blue, 0, "Global Migration Forum").points == 0
    assert session.record(green, 0, "Global Migration Forum").correct is False
    assert session.record(red, 1, True).correct
    assert session.record(blue, 1, True).correct
    assert session.record(green, 1, False).points == 0
    assert session.record(blue, 3, ["IOM", "WTO"]).fraction == 0.0  # 1 hit - 1 miss
    assert session.record(green, 3, ["IOM"]).points == 1.0  # half credit
    # re-recording replaces
    assert session.record(green, 2, "99").points == 0
    assert session.record(green, 2, "16").points == 2
    assert session.reveal() is None and session.revealed
    assert session.next() and session.state() == (1, False, False, None)
    assert session.next() and session.next() and not session.next()
    assert session.previous() and session.position == 2
    board = session.leaderboard()
    assert [(s.rank, s.team.name, s.points) for s in board] == [
        (1, "Red", 4.0),
        (2, "Green", 3.0),
        (3, "Blue", 2.0),
    ]
    with pytest.raises(WorkshopError, match="no question 9"):
        session.record(red, 8, "x")
    store.close()

    # reopen: everything is there, and the session is offered for resuming
    store = open_store(db)
    (info,) = unfinished_sessions(store)
    assert (info.teams, info.answers, info.questions, info.position) == (3, 9, 4, 2)
    again = WorkshopSession.open(store, info.id, by_id)
    assert again.leaderboard() == board
    assert again.state() == (2, False, False, None)
    assert again.workshop.items == ITEMS
    again.finish()
    assert unfinished_sessions(store) == []
    store.close()


def test_podium_ties_and_team_checks(
    tmp_path: Path, questions: list[Question], by_id: dict[str, Question]
) -> None:
    store = open_store(tmp_path / "t.sqlite3")
    w = workshop_of(questions)
    with pytest.raises(WorkshopError, match="same name"):
        WorkshopSession.start(store, w, ["A", "a"], by_id)
    with pytest.raises(WorkshopError, match="at least one team"):
        WorkshopSession.start(store, w, [], by_id)
    session = WorkshopSession.start(store, w, ["A", "B", "C", "D", "E"], by_id)
    a, b, c, d, _e = session.teams()
    for team in (a, b):
        session.mark(team, 0, 1.0)
        session.mark(team, 1, 1.0)
    session.mark(c, 0, 1.0)
    session.mark(d, 0, 1.0)
    podium = session.podium()
    assert [(s.rank, s.team.name) for s in podium] == [(1, "A"), (1, "B"), (3, "C"), (3, "D")]
    assert session.leaderboard()[-1].rank == 5
    store.close()


def test_speed_bonus(tmp_path: Path, questions: list[Question], by_id: dict[str, Question]) -> None:
    store = open_store(tmp_path / "t.sqlite3")
    w = workshop_of(questions, speed_bonus=True, seconds=20, points=10)
    session = WorkshopSession.start(store, w, ["A", "B"], by_id)
    a, b = session.teams()
    assert session.record(a, 1, True, elapsed_ms=5000).points == 10 + 3.75
    assert session.record(b, 1, True, elapsed_ms=30000).points == 10
    assert session.record(b, 0, "Six", elapsed_ms=0).points == 0  # wrong: no bonus
    store.close()


def test_clock_is_stored_with_each_event_and_cleared_by_moving(
    tmp_path: Path, questions: list[Question], by_id: dict[str, Question]
) -> None:
    db = tmp_path / "t.sqlite3"
    store = open_store(db)
    session = WorkshopSession.start(store, workshop_of(questions), ["A", "B"], by_id, Clock())
    a, b = session.teams()
    assert session.state().clock_left_ms is None  # never started
    session.save_clock(30_000)  # started
    assert session.state().clock_left_ms == 30_000
    session.record(a, 0, "Six", elapsed_ms=4_000, clock_left_ms=26_000)
    assert session.state().clock_left_ms == 26_000
    session.mark(b, 0, 1.0)  # no time given: the stored time stays
    assert session.state().clock_left_ms == 26_000
    session.save_clock(21_500)  # paused
    session.reveal(clock_left_ms=21_400)
    assert session.state() == (0, True, False, 21_400)
    with pytest.raises(WorkshopError, match="negative"):
        session.save_clock(-1)
    with pytest.raises(WorkshopError, match="negative"):
        session.record(a, 0, "Six", clock_left_ms=-5)
    assert session.state().clock_left_ms == 21_400
    store.close()

    store = open_store(db)  # reopened: the clock is still there
    again = WorkshopSession.open(store, session.id, by_id)
    assert again.state().clock_left_ms == 21_400
    assert again.next() and again.state() == (1, False, False, None)  # a fresh question
    again.save_clock(0)  # time up
    assert again.previous() and again.state().clock_left_ms is None
    # A clock or an answer of a question the session has left does not touch the
    # stored clock of the question it is on now.
    again.save_clock(12_000, 0)
    assert again.next() and again.state().clock_left_ms is None
    again.save_clock(9_000, 0)
    again.record(a, 0, "Six", clock_left_ms=8_000)
    assert again.state() == (1, False, False, None)
    again.save_clock(7_000, 1)
    assert again.state().clock_left_ms == 7_000
    store.close()


def test_sigkill_loses_no_printed_answer(
    tmp_path: Path, questions: list[Question], by_id: dict[str, Question], bank_dir: Path
) -> None:
    db = tmp_path / "crash.sqlite3"
    store = open_store(db)
    session = WorkshopSession.start(
        store, workshop_of(questions), ["North", "South", "East"], by_id
    )
    store.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    printed: dict[tuple[str, int], float] = {}
    for round_ in range(3):
        proc = subprocess.Popen(
            [
                sys.executable,
                str(Path(__file__).with_name("ws_crash_worker.py")),
                str(db),
                str(bank_dir),
                str(session.id),
            ],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + 0.3 + 0.2 * round_
        lines = []
        while time.monotonic() < deadline:
            lines.append(proc.stdout.readline())
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        for line in lines:
            name, position, fraction = line.rstrip("\n").split("\t")
            printed[(name, int(position))] = float(fraction)
        store = open_store(db)
        with store.read() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        reopened = WorkshopSession.open(store, session.id, by_id)
        names = {t.id: t.name for t in reopened.teams()}
        stored = {(names[a.team_id], a.position): a.fraction for a in reopened.answers()}
        # every printed answer is stored; a later unprinted (committed) one may replace it
        assert set(printed) <= set(stored)
        store.close()
    assert len(printed) >= 4


def test_a_set_response_is_scored_and_stored_like_in_a_quiz(
    tmp_path: Path, questions: list[Question], by_id: dict[str, Question]
) -> None:
    store = open_store(tmp_path / "t.sqlite3")
    session = WorkshopSession.start(store, workshop_of(questions), ["Red", "Blue"], by_id, Clock())
    red, blue = session.teams()
    answer = session.record(red, 3, {"UNHCR", "IOM"})  # the quiz path accepts sets too
    assert answer.correct and answer.response == ["IOM", "UNHCR"]
    assert session.record(blue, 3, frozenset({"NATO"})).response == ["NATO"]
    reopened = WorkshopSession.open(store, session.id, by_id)
    assert [a.response for a in reopened.answers(3)] == [["IOM", "UNHCR"], ["NATO"]]
    store.close()


@pytest.mark.parametrize("name", ["Red\x1b[31m", "Two\nlines", "Tab\there", "x" * 101])
def test_team_names_are_plain_short_text(
    tmp_path: Path, questions: list[Question], by_id: dict[str, Question], name: str
) -> None:
    store = open_store(tmp_path / "t.sqlite3")
    with pytest.raises(WorkshopError, match="Team names"):
        WorkshopSession.start(store, workshop_of(questions), ["Blue", name], by_id, Clock())
    assert unfinished_sessions(store) == []
    store.close()
