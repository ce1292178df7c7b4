"""The ``workshop`` source: every team answer of every workshop session (one attempt per
team and session).

Two queries in the analysis's read transaction: the sessions that hold an answer the
filters want, then all their answers in the date range. An answer's version is its
``content_hash`` (revision 0004); for a row written without one, the item's revision
current when it was answered.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from trainer.core.analysis.model import Answer, Attempt, Filters
from trainer.core.analysis.read_common import as_millis, item_clause, item_list, time_clauses
from trainer.store.models import Item, ItemRevision
from trainer.store.workshop_models import AnswerRow, SessionRow, TeamRow

SOURCE = "workshop"


def _chosen_sessions(filters: Filters) -> sa.Select[int]:
    wa = AnswerRow
    chosen = sa.select(wa.session_id).where(*time_clauses(wa.answered_at, filters))
    wanted = item_clause(filters)
    if wanted is not None:
        chosen = chosen.outerjoin(Item, Item.id == wa.item_id).where(wanted)
    return chosen


def _answer_hash() -> sa.ColumnElement[str | None]:
    revision_hash = (
        sa.select(ItemRevision.content_hash)
        .where(
            ItemRevision.item_id == AnswerRow.item_id,
            ItemRevision.seen_at <= AnswerRow.answered_at,
        )
        .order_by(ItemRevision.seen_at.desc(), ItemRevision.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    return sa.func.coalesce(AnswerRow.content_hash, revision_hash)


def read(conn: Connection, filters: Filters) -> list[Attempt]:
    """One attempt per team of each session the filters want."""
    wa, ss = AnswerRow, SessionRow
    chosen = _chosen_sessions(filters)
    sessions = {
        int(row.id): row
        for row in conn.execute(
            sa.select(ss.id, ss.title, ss.item_ids_json, ss.finished_at).where(ss.id.in_(chosen))
        )
    }
    teams: dict[tuple[int, int], list[Answer]] = {}
    rows = conn.execute(
        sa.select(
            wa.session_id,
            wa.team_id,
            wa.item_id,
            _answer_hash(),
            wa.fraction,
            wa.response_json,
            as_millis(wa.answered_at),
        )
        .join(TeamRow, TeamRow.id == wa.team_id)
        .where(wa.session_id.in_(chosen), *time_clauses(wa.answered_at, filters))
        .order_by(wa.session_id, TeamRow.ordinal, wa.position)
    )
    for session_id, team_id, item_id, content_hash, fraction, response, answered_ms in rows:
        teams.setdefault((int(session_id), int(team_id)), []).append(
            Answer(str(item_id), content_hash, float(fraction), str(response), int(answered_ms))
        )
    out: list[Attempt] = []
    for (session_id, team_id), given in teams.items():
        head = sessions[session_id]
        form = item_list(head.item_ids_json, tuple(a.item_id for a in given))
        out.append(
            Attempt(
                SOURCE,
                f"{session_id}/{team_id}",
                form,
                f"Workshop: {head.title}",
                head.finished_at is not None,
                tuple(given),
            )
        )
    return out
