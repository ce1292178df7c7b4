"""What the workshop windows are drawn from: a session's committed state, read in one
read transaction on a real SQLite store (no Qt)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from trainer.core.banks import Question
from trainer.core.workshop import WorkshopSession, build_workshop
from trainer.core.workshop.snapshot import Snapshot, read_snapshot
from trainer.store import Store, open_store

ITEMS = ("ws.sc1", "ws.tf1", "ws.num1", "ws.mc1")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = open_store(tmp_path / "t.sqlite3")
    yield store
    store.close()


@pytest.fixture
def session(store: Store, questions: list[Question], by_id: dict[str, Question]) -> WorkshopSession:
    workshop = replace(
        build_workshop(questions, seed=5, count=4, points_per_question=2), items=ITEMS
    )
    session = WorkshopSession.start(store, workshop, ["Red", "Blue", "Green"], by_id)
    red, blue, green = session.teams()
    session.record(red, 0, "Geneva Migration Group")
    session.record(blue, 0, "Global Migration Forum")
    session.record(green, 0, "Geneva Migration Group", elapsed_ms=4000)
    session.next()
    session.record(blue, 1, True, clock_left_ms=21000)
    session.mark(green, 1, 0.5)
    session.reveal(clock_left_ms=20000)
    return session


def six_reads(session: WorkshopSession) -> Snapshot:
    """The snapshot as the stage presenter built it before (six read transactions)."""
    position, revealed, finished, clock_left_ms = session.state()
    answers = {a.team_id: a for a in session.answers(position)}
    return Snapshot(
        position,
        revealed,
        finished,
        clock_left_ms,
        session.teams(),
        answers,
        session.leaderboard(),
    )


def count_transactions(store: Store) -> list[Any]:
    begun: list[Any] = []
    event.listen(store.engine, "begin", begun.append)
    return begun


def test_the_snapshot_is_what_the_six_reads_gave(session: WorkshopSession) -> None:
    state = read_snapshot(session)
    assert state == six_reads(session)
    red, blue, green = state.teams
    assert (state.position, state.revealed, state.finished, state.clock_left_ms) == (
        1,
        True,
        False,
        20000,
    )
    assert list(state.answers) == [blue.id, green.id]  # this question's, in team order
    assert state.answers[green.id].response is None and state.answers[green.id].points == 1.0
    assert [(s.rank, s.team, s.points, s.right) for s in state.standings] == [
        (1, green, 3.0, 1),
        (2, red, 2.0, 1),  # tied: the same rank, in team order
        (2, blue, 2.0, 1),
    ]
    session.finish()
    assert read_snapshot(session) == replace(six_reads(session), finished=True)


def test_the_snapshot_is_read_in_one_transaction(store: Store, session: WorkshopSession) -> None:
    begun = count_transactions(store)
    read_snapshot(session)
    assert len(begun) == 1


def test_an_empty_session_has_a_snapshot_too(
    store: Store, questions: list[Question], by_id: dict[str, Question]
) -> None:
    workshop = replace(build_workshop(questions, seed=5, count=4), items=ITEMS)
    session = WorkshopSession.start(store, workshop, ["Solo"], by_id)
    begun = count_transactions(store)
    state = read_snapshot(session)
    assert len(begun) == 1
    assert state == six_reads(session)
    assert state.answers == {} and [s.points for s in state.standings] == [0.0]
