"""A workshop session's records as the store keeps them: its teams, their answers, the
standings, the presenter's place, and the sessions listed for resuming."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Connection, func, insert, select
from sqlalchemy.sql.expression import Executable

from trainer.core.workshop.session_list import SessionInfo as SessionInfo
from trainer.core.workshop.session_list import read_sessions
from trainer.store import Store
from trainer.store.workshop_models import AnswerRow, SessionRow, TeamRow


@dataclass(frozen=True, slots=True)
class Team:
    id: int
    name: str


@dataclass(frozen=True, slots=True)
class Answer:
    """One recorded answer; ``response`` is ``None`` when the facilitator only marked it."""

    team_id: int
    position: int
    item_id: str
    response: Any
    fraction: float
    correct: bool
    points: float
    elapsed_ms: int | None
    answered_at: datetime


@dataclass(frozen=True, slots=True)
class Standing:
    """A team's place on the leaderboard; tied teams share a rank (1, 1, 3...)."""

    rank: int
    team: Team
    points: float
    right: int


def rank_teams(teams: list[Team], answers: list[Answer]) -> list[Standing]:
    """Teams by points (then right answers), tied teams sharing a rank."""
    totals = {t.id: [0.0, 0] for t in teams}
    for answer in answers:
        totals[answer.team_id][0] += answer.points
        totals[answer.team_id][1] += int(answer.correct)
    order = sorted(teams, key=lambda t: (-round(totals[t.id][0], 6), -totals[t.id][1]))
    out: list[Standing] = []
    for i, team in enumerate(order):
        points, right = round(totals[team.id][0], 2), int(totals[team.id][1])
        rank = i + 1
        if out and out[-1].points == points and out[-1].right == right:
            rank = out[-1].rank
        out.append(Standing(rank, team, points, right))
    return out


class SessionState(NamedTuple):
    """The presenter's place as last committed."""

    position: int
    revealed: bool
    finished: bool
    clock_left_ms: int | None
    """Time left on the current question's clock; ``None`` when it was never started."""


def _sessions_query(*conditions: ColumnElement[bool]) -> Executable:
    s = SessionRow
    teams = select(func.count()).where(TeamRow.session_id == s.id).scalar_subquery()
    answers = select(func.count()).where(AnswerRow.session_id == s.id).scalar_subquery()
    return (
        select(
            s.id, s.title, s.position, s.item_ids_json, teams, answers, s.started_at, s.updated_at
        )
        .where(*conditions)
        .order_by(s.updated_at.desc(), s.id.desc())
    )


STATEMENTS: dict[str, Executable] = {
    "workshop.unfinished_sessions": _sessions_query(SessionRow.finished_at.is_(None)),
    "workshop.all_sessions": _sessions_query(),
}
"""The sessions listed, by name (run by ``session_list``; frozen for the start-up)."""


def unfinished_sessions(store: Store) -> list[SessionInfo]:
    """Sessions started and not finished, most recently used first (offer to resume them)."""
    with store.fast_read() as cur:
        return read_sessions(cur, store.preparer(STATEMENTS), "workshop.unfinished_sessions")


def all_sessions(store: Store) -> list[SessionInfo]:
    """Every session, most recently used first."""
    with store.fast_read() as cur:
        return read_sessions(cur, store.preparer(STATEMENTS), "workshop.all_sessions")


def insert_session(
    conn: Connection,
    *,
    title: str,
    definition_yaml: str,
    item_ids: Sequence[str],
    team_names: Sequence[str],
    now: datetime,
) -> int:
    """A new session at its first question and its teams, inside the caller's write
    transaction (the team game and the phone game both start so); its id."""
    key = conn.execute(
        insert(SessionRow).values(
            title=title,
            definition_yaml=definition_yaml,
            item_ids_json=json.dumps(list(item_ids)),
            position=0,
            revealed=False,
            started_at=now,
            updated_at=now,
            finished_at=None,
        )
    ).inserted_primary_key
    assert key is not None
    session_id = int(key[0])
    for ordinal, name in enumerate(team_names):
        conn.execute(insert(TeamRow).values(session_id=session_id, name=name, ordinal=ordinal))
    return session_id
