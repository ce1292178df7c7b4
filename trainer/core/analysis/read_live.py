"""The ``phone`` source: every answer given on a phone in a workshop game (one attempt per
participant and session).

Two queries in the analysis's read transaction: the sessions that hold a phone answer the
filters want, then all their phone answers in the date range, in participant and position
order. Each answer carries the version of the question it answered (``content_hash``,
written when it was asked). A participant the facilitator removed keeps the answers given
before: they were scored like everyone's.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from trainer.core.analysis.model import Answer, Attempt, Filters
from trainer.core.analysis.read_common import as_millis, item_clause, item_list, time_clauses
from trainer.store.live_models import LiveAnswerRow
from trainer.store.models import Item
from trainer.store.workshop_models import SessionRow

SOURCE = "phone"


def _chosen_sessions(filters: Filters) -> sa.Select[int]:
    la = LiveAnswerRow
    chosen = sa.select(la.session_id).where(*time_clauses(la.answered_at, filters))
    wanted = item_clause(filters)
    if wanted is not None:
        chosen = chosen.outerjoin(Item, Item.id == la.item_id).where(wanted)
    return chosen


def read(conn: Connection, filters: Filters) -> list[Attempt]:
    """One attempt per participant of each phone game the filters want."""
    la, ss = LiveAnswerRow, SessionRow
    chosen = _chosen_sessions(filters)
    sessions = {
        int(row.id): row
        for row in conn.execute(
            sa.select(ss.id, ss.title, ss.item_ids_json, ss.finished_at).where(ss.id.in_(chosen))
        )
    }
    people: dict[tuple[int, int], list[Answer]] = {}
    rows = conn.execute(
        sa.select(
            la.session_id,
            la.participant,
            la.item_id,
            la.content_hash,
            la.fraction,
            la.response_json,
            as_millis(la.answered_at),
        )
        .where(la.session_id.in_(chosen), *time_clauses(la.answered_at, filters))
        .order_by(la.session_id, la.participant, la.position)
    )
    for session_id, number, item_id, content_hash, fraction, response, answered_ms in rows:
        people.setdefault((int(session_id), int(number)), []).append(
            Answer(
                str(item_id), content_hash or None, float(fraction), str(response), int(answered_ms)
            )
        )
    out: list[Attempt] = []
    for (session_id, number), given in people.items():
        head = sessions[session_id]
        form = item_list(head.item_ids_json, tuple(a.item_id for a in given))
        out.append(
            Attempt(
                SOURCE,
                f"{session_id}/{number}",
                form,
                f"Phone game: {head.title}",
                head.finished_at is not None,
                tuple(given),
            )
        )
    return out
