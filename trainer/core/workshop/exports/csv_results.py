"""CSV export of a session's results: one row per team × question, written by
:func:`~trainer.core.workshop.exports.base.csv_document` (UTF-8 with a BOM; a text that a
spreadsheet would run as a formula gets a leading single quote).

Columns: session, workshop, team, rank, team_points, position (1-based), item_id, topic,
kind, question, response, expected, correct (yes/no/blank when not answered), fraction,
points, elapsed_ms, answered_at (ISO 8601 UTC).
"""

from __future__ import annotations

from trainer.core.scoring import expected_text
from trainer.core.workshop.exports.base import ExportResult, csv_document
from trainer.core.workshop.results import answer_text
from trainer.core.workshop.session import WorkshopSession

COLUMNS = (
    "session",
    "workshop",
    "team",
    "rank",
    "team_points",
    "position",
    "item_id",
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


def export_csv(session: WorkshopSession) -> ExportResult:
    """The session's answers, one row per team and question (unanswered rows included)."""
    answers = {(a.team_id, a.position): a for a in session.answers()}
    rows: list[list[object]] = []
    questions = [session.question(p) for p in range(len(session.item_ids))]
    for standing in session.leaderboard():
        for position, item_id in enumerate(session.item_ids):
            question = questions[position]
            answer = answers.get((standing.team.id, position))
            rows.append(
                [
                    session.id,
                    session.workshop.title,
                    standing.team.name,
                    standing.rank,
                    standing.points,
                    position + 1,
                    item_id,
                    question.topic if question else "",
                    question.kind if question else "",
                    question.prompt if question else "",
                    "" if answer is None else answer_text(answer, question),
                    expected_text(question) if question else "",
                    "" if answer is None else ("yes" if answer.correct else "no"),
                    "" if answer is None else answer.fraction,
                    "" if answer is None else answer.points,
                    "" if answer is None or answer.elapsed_ms is None else answer.elapsed_ms,
                    "" if answer is None else answer.answered_at.isoformat(),
                ]
            )
    return ExportResult(csv_document(COLUMNS, rows), len(rows), [])
