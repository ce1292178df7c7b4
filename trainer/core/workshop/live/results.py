"""Results of a phone game, read from the store (no running game needed): the
leaderboard and podium as in the team game, the team standings when it had teams, and
one row per participant × question for the CSV export.

Removed participants are left out (their answers stay in the store's ``live_answer``
table, with ``live_participant.removed_at`` set).

CSV columns: session, workshop, participant (their number), name, team, rank,
total_points, position (1-based), item_id, content_hash, topic, kind, question,
response, expected, correct (yes/no, blank when not answered), fraction, points,
elapsed_ms, answered_at (ISO 8601 UTC). Written by
:func:`~trainer.core.workshop.exports.base.csv_document` (formulas neutralised).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from trainer.core.banks.questions import Question
from trainer.core.scoring import expected_text
from trainer.core.workshop.exports.base import ExportResult, csv_document
from trainer.core.workshop.live.records import AnswerRecord, Participant, Team
from trainer.core.workshop.live.standings import (
    Standing,
    TeamStanding,
    podium,
    rank_participants,
    rank_teams,
)
from trainer.core.workshop.live.storage import load_room
from trainer.core.workshop.results import response_text
from trainer.store import Store

COLUMNS = (
    "session",
    "workshop",
    "participant",
    "name",
    "team",
    "rank",
    "total_points",
    "position",
    "item_id",
    "content_hash",
    "topic",
    "kind",
    "question",
    "response",
    "expected",
    "correct",
    "fraction",
    "points",
    "elapsed_ms",
    "answered_at",
)


@dataclass(frozen=True, slots=True)
class LiveResults:
    session_id: int
    title: str
    item_ids: tuple[str, ...]
    teams: tuple[Team, ...]
    participants: tuple[Participant, ...]
    """Every participant, removed ones included."""
    answers: Mapping[tuple[int, int], AnswerRecord]
    """By (participant number, position)."""
    standings: tuple[Standing, ...]
    team_standings: tuple[TeamStanding, ...]

    def podium(self) -> list[Standing]:
        return podium(self.standings)

    def team_name(self, team_id: int | None) -> str:
        return next((t.name for t in self.teams if t.id == team_id), "")


def live_results(store: Store, session_id: int) -> LiveResults:
    """The results of the phone game ``session_id`` as committed."""
    room = load_room(store, session_id)
    standings = rank_participants(room.participants, room.answers)
    return LiveResults(
        session_id=session_id,
        title=room.workshop.title,
        item_ids=room.workshop.items,
        teams=room.teams,
        participants=room.participants,
        answers={(a.participant, a.position): a for a in room.answers},
        standings=tuple(standings),
        team_standings=tuple(rank_teams(room.teams, standings)),
    )


def result_rows(results: LiveResults, questions: Mapping[str, Question]) -> list[list[object]]:
    """One row per ranked participant × question (unanswered ones included), in rank
    order, with the columns of :data:`COLUMNS`."""
    rows: list[list[object]] = []
    for s in results.standings:
        for position, item_id in enumerate(results.item_ids):
            q = questions.get(item_id)
            a = results.answers.get((s.number, position))
            rows.append(
                [
                    results.session_id,
                    results.title,
                    s.number,
                    s.name,
                    results.team_name(s.team_id),
                    s.rank,
                    s.points,
                    position + 1,
                    item_id,
                    "" if a is None else a.content_hash,
                    q.topic if q else "",
                    q.kind if q else "",
                    q.prompt if q else "",
                    "" if a is None else response_text(a.response, q),
                    expected_text(q) if q else "",
                    "" if a is None else ("yes" if a.correct else "no"),
                    "" if a is None else a.fraction,
                    "" if a is None else a.points,
                    "" if a is None or a.elapsed_ms is None else a.elapsed_ms,
                    "" if a is None else a.answered_at.isoformat(),
                ]
            )
    return rows


def export_live_csv(results: LiveResults, questions: Mapping[str, Question]) -> ExportResult:
    """The CSV file of :func:`result_rows` (UTF-8 with a BOM)."""
    rows = result_rows(results, questions)
    return ExportResult(csv_document(COLUMNS, rows), len(rows), [])
