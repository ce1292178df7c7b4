"""Tables of the phone game (schema revision ``0006``): its room, participants, answers.

A phone game is a ``workshop_session`` (its definition, position, reveal state, clock)
with one ``live_room`` row: the room code, the phase the phones see, whether joining is
locked, and the participant limit. ``live_participant`` holds each participant by their
number in the session (1, 2, 3…), the SHA-256 of their token (never the token itself),
their name and team (a ``workshop_team`` of the session, or NULL), when they joined and
when the facilitator removed them. ``live_answer`` holds one participant's answer to the
question at ``position``: the item and its ``content_hash`` when asked (so item analysis
can tell edited items apart), the response as JSON, its score and points, the time it
took and when it came. A participant answers a question once.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from trainer.store.models import Base, UTCMillis


class LiveRoomRow(Base):
    """A workshop session played on phones."""

    __tablename__ = "live_room"
    session_id: Mapped[int] = mapped_column(
        ForeignKey("workshop_session.id", ondelete="CASCADE"), primary_key=True
    )
    room_code: Mapped[str] = mapped_column(String(12))
    phase: Mapped[str] = mapped_column(String(20))
    locked: Mapped[bool] = mapped_column(Boolean)
    participant_limit: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCMillis)


class LiveParticipantRow(Base):
    """One participant of a phone game."""

    __tablename__ = "live_participant"
    session_id: Mapped[int] = mapped_column(
        ForeignKey("live_room.session_id", ondelete="CASCADE"), primary_key=True
    )
    number: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    team_id: Mapped[int | None] = mapped_column(
        ForeignKey("workshop_team.id", ondelete="SET NULL"), nullable=True
    )
    joined_at: Mapped[datetime] = mapped_column(UTCMillis)
    removed_at: Mapped[datetime | None] = mapped_column(UTCMillis, nullable=True)


class LiveAnswerRow(Base):
    """One participant's answer to the question at ``position`` of a phone game."""

    __tablename__ = "live_answer"
    session_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    participant: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[str] = mapped_column(String(300), index=True)
    content_hash: Mapped[str] = mapped_column(String(128))
    response_json: Mapped[str] = mapped_column(Text)
    fraction: Mapped[float] = mapped_column(Float)
    correct: Mapped[bool] = mapped_column(Boolean)
    points: Mapped[float] = mapped_column(Float)
    elapsed_ms: Mapped[int | None] = mapped_column(Integer, nullable=True)
    answered_at: Mapped[datetime] = mapped_column(UTCMillis)

    __table_args__ = (
        ForeignKeyConstraint(
            ["session_id", "participant"],
            ["live_participant.session_id", "live_participant.number"],
            ondelete="CASCADE",
        ),
    )
