"""A running session's committed state, read at one instant: what the console and the
audience window are drawn from after every change.

:func:`read_snapshot` reads it in one read transaction (the place, the teams and every
answer), so the windows never show an answer without its points on the leaderboard,
or the leaderboard of another question.
"""

from __future__ import annotations

from dataclasses import dataclass

from trainer.core.workshop.session import WorkshopSession
from trainer.core.workshop.session_records import Answer, Standing, Team, rank_teams


@dataclass(frozen=True)
class Snapshot:
    """The committed state the windows are drawn from (read on the worker thread)."""

    position: int
    revealed: bool
    finished: bool
    clock_left_ms: int | None
    """The stored time left on the question's clock (used when the session is reopened)."""
    teams: list[Team]
    answers: dict[int, Answer]
    """Team id → its answer to the current question."""
    standings: list[Standing]


def read_snapshot(session: WorkshopSession) -> Snapshot:
    """Read the session's committed state in one read transaction."""
    with session.store.read():
        position, revealed, finished, clock_left_ms = session.state()
        teams = session.teams()
        answers = session.answers()
    return Snapshot(
        position,
        revealed,
        finished,
        clock_left_ms,
        teams,
        {a.team_id: a for a in answers if a.position == position},
        rank_teams(teams, answers),
    )
