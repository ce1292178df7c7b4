"""The phone game in the store: creating a room, reading it back, and the writes the
game hands to the :class:`~trainer.store.group_commit.GroupCommitter`.

Each write is a :class:`~trainer.store.group_commit.Write` of one of the statements
below (built once, so that a burst of answers becomes one ``executemany``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, insert, select, update

from trainer.core.study.attempts import response_json
from trainer.core.workshop.definition import Workshop, WorkshopError, parse_workshop
from trainer.core.workshop.live.records import AnswerRecord, Participant, Phase, Team
from trainer.core.workshop.session_records import insert_session
from trainer.store import Store
from trainer.store.group_commit import Write
from trainer.store.live_models import LiveAnswerRow, LiveParticipantRow, LiveRoomRow
from trainer.store.models import UTCMillis
from trainer.store.workshop_models import SessionRow, TeamRow

P = LiveParticipantRow
_INSERT_PARTICIPANT = insert(P)
_WHERE_PARTICIPANT = (P.session_id == bindparam("b_session"), P.number == bindparam("b_number"))
_RENAME = update(P).where(*_WHERE_PARTICIPANT).values(name=bindparam("b_name"))
_REMOVE = (
    update(P).where(*_WHERE_PARTICIPANT).values(removed_at=bindparam("b_at", type_=UTCMillis()))
)
_RETOKEN = update(P).where(*_WHERE_PARTICIPANT).values(token_hash=bindparam("b_hash"))
_INSERT_ANSWER = insert(LiveAnswerRow)
_SESSION_STATE = (
    update(SessionRow)
    .where(SessionRow.id == bindparam("b_session"))
    .values(
        position=bindparam("b_position"),
        revealed=bindparam("b_revealed"),
        clock_left_ms=bindparam("b_clock"),
        updated_at=bindparam("b_now", type_=UTCMillis()),
        finished_at=bindparam("b_finished", type_=UTCMillis()),
    )
)
_ROOM_STATE = (
    update(LiveRoomRow)
    .where(LiveRoomRow.session_id == bindparam("b_session"))
    .values(phase=bindparam("b_phase"), locked=bindparam("b_locked"))
)
_CLOCK = (
    update(SessionRow)
    .where(SessionRow.id == bindparam("b_session"), SessionRow.position == bindparam("b_position"))
    .values(clock_left_ms=bindparam("b_clock"))
)


@dataclass(frozen=True, slots=True)
class StoredRoom:
    """A phone game as the store holds it."""

    session_id: int
    workshop: Workshop
    room_code: str
    phase: Phase
    locked: bool
    limit: int
    position: int
    revealed: bool
    clock_left_ms: int | None
    finished_at: datetime | None
    teams: tuple[Team, ...]
    participants: tuple[Participant, ...]
    answers: tuple[AnswerRecord, ...]


def create_room(
    store: Store,
    workshop: Workshop,
    teams: Sequence[str],
    room_code: str,
    limit: int,
    now: datetime,
) -> int:
    """Record a new phone game (its session, teams and room) in one transaction; its id."""
    with store.write() as conn:
        session_id = insert_session(
            conn,
            title=workshop.title,
            definition_yaml=workshop.to_yaml(),
            item_ids=workshop.items,
            team_names=teams,
            now=now,
        )
        conn.execute(
            insert(LiveRoomRow).values(
                session_id=session_id,
                room_code=room_code,
                phase=Phase.LOBBY.value,
                locked=False,
                participant_limit=limit,
                created_at=now,
            )
        )
    return session_id


def is_live(store: Store, session_id: int) -> bool:
    """Whether the workshop session ``session_id`` is a phone game."""
    with store.read() as conn:
        found = conn.execute(
            select(LiveRoomRow.session_id).where(LiveRoomRow.session_id == session_id)
        ).first()
    return found is not None


def live_session_ids(store: Store, *, finished: bool = False) -> list[int]:
    """The phone games' session ids (only the unfinished ones unless ``finished``), so
    that a list of sessions can tell them from team games."""
    query = select(LiveRoomRow.session_id).join(SessionRow, SessionRow.id == LiveRoomRow.session_id)
    if not finished:
        query = query.where(SessionRow.finished_at.is_(None))
    with store.read() as conn:
        return [int(r[0]) for r in conn.execute(query.order_by(LiveRoomRow.session_id))]


def load_room(store: Store, session_id: int) -> StoredRoom:
    """Everything a reopened phone game needs; :class:`WorkshopError` when it is none."""
    s, r, a = SessionRow, LiveRoomRow, LiveAnswerRow
    with store.read() as conn:
        row = conn.execute(
            select(
                s.definition_yaml, s.position, s.revealed, s.clock_left_ms, s.finished_at,
                r.room_code, r.phase, r.locked, r.participant_limit,
            ).join(r, r.session_id == s.id).where(s.id == session_id)
        ).first()  # fmt: skip
        if row is None:
            raise WorkshopError(f"There is no phone game {session_id}.")
        teams = conn.execute(
            select(TeamRow.id, TeamRow.name)
            .where(TeamRow.session_id == session_id)
            .order_by(TeamRow.ordinal)
        ).all()
        people = conn.execute(
            select(P.number, P.name, P.team_id, P.token_hash, P.joined_at, P.removed_at)
            .where(P.session_id == session_id)
            .order_by(P.number)
        ).all()
        answers = conn.execute(
            select(
                a.participant, a.position, a.item_id, a.content_hash, a.response_json,
                a.fraction, a.correct, a.points, a.elapsed_ms, a.answered_at,
            ).where(a.session_id == session_id).order_by(a.position, a.participant)
        ).all()  # fmt: skip
    workshop = parse_workshop(row[0], f"session {session_id}")
    return StoredRoom(
        session_id=session_id,
        workshop=workshop,
        room_code=row[5],
        phase=Phase(row[6]),
        locked=bool(row[7]),
        limit=int(row[8]),
        position=int(row[1]),
        revealed=bool(row[2]),
        clock_left_ms=row[3],
        finished_at=row[4],
        teams=tuple(Team(t[0], t[1]) for t in teams),
        participants=tuple(Participant(p[0], p[1], p[2], p[3], p[4], p[5]) for p in people),
        answers=tuple(_stored_answer(x) for x in answers),
    )


def _stored_answer(row: Sequence[Any]) -> AnswerRecord:
    record = AnswerRecord(
        row[0], row[1], row[2], row[3], json.loads(row[4]), row[5], bool(row[6]), row[7],
        row[8], row[9],
    )  # fmt: skip
    record.durable.set_result(None)
    return record


# -- the writes ---------------------------------------------------------------------------
def write_participant(session_id: int, p: Participant) -> Write:
    return Write(
        _INSERT_PARTICIPANT,
        {
            "session_id": session_id,
            "number": p.number,
            "token_hash": p.token_hash,
            "name": p.name,
            "team_id": p.team_id,
            "joined_at": p.joined_at,
            "removed_at": None,
        },
    )


def _who(session_id: int, number: int) -> dict[str, Any]:
    return {"b_session": session_id, "b_number": number}


def write_name(session_id: int, p: Participant) -> Write:
    return Write(_RENAME, {**_who(session_id, p.number), "b_name": p.name})


def write_removal(session_id: int, p: Participant) -> Write:
    return Write(_REMOVE, {**_who(session_id, p.number), "b_at": p.removed_at})


def write_token(session_id: int, p: Participant) -> Write:
    return Write(_RETOKEN, {**_who(session_id, p.number), "b_hash": p.token_hash})


def write_answer(session_id: int, record: AnswerRecord) -> Write:
    return Write(
        _INSERT_ANSWER,
        {
            "session_id": session_id,
            "participant": record.participant,
            "position": record.position,
            "item_id": record.item_id,
            "content_hash": record.content_hash,
            "response_json": response_json(record.response),
            "fraction": record.fraction,
            "correct": record.correct,
            "points": record.points,
            "elapsed_ms": record.elapsed_ms,
            "answered_at": record.answered_at,
        },
    )


def write_clock(session_id: int, position: int, clock_left_ms: int | None) -> Write:
    """The time left, kept only while the session is still at ``position``."""
    values = {"b_session": session_id, "b_position": position, "b_clock": clock_left_ms}
    return Write(_CLOCK, values)


def write_state(session_id: int, state: Mapping[str, Any]) -> list[Write]:
    """The room's place: ``position``, ``revealed``, ``clock_left_ms``, ``finished_at``,
    ``now``, ``phase``, ``locked``."""
    return [
        Write(
            _SESSION_STATE,
            {
                "b_session": session_id,
                "b_position": state["position"],
                "b_revealed": state["revealed"],
                "b_clock": state["clock_left_ms"],
                "b_now": state["now"],
                "b_finished": state["finished_at"],
            },
        ),
        Write(
            _ROOM_STATE,
            {"b_session": session_id, "b_phase": state["phase"], "b_locked": state["locked"]},
        ),
    ]
