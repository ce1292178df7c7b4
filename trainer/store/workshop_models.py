"""Tables of facilitator workshops (schema revisions ``0002``, ``0003``, ``0004``): sessions,
teams, answers.

``workshop_session`` keeps the workshop's definition (its YAML text, so a session can be
resumed without the file), the presenter's place (``position``, ``revealed``), the time
left on the current question's clock (``clock_left_ms``, revision 0003: NULL while that
clock was never started) and when it started and finished. ``workshop_team`` lists the
teams of a session in their order. ``workshop_answer`` holds one team's answer to one
question: the response as JSON, its score, the points it earned and the version of the
question (``content_hash``, revision 0004; NULL: unknown); recording again replaces it.
Item ids are not foreign keys: a workshop may ask items the progress tables have never
seen.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from trainer.store.models import Base, UTCMillis


class SessionRow(Base):
    """One run of a workshop in front of a room."""

    __tablename__ = "workshop_session"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    definition_yaml: Mapped[str] = mapped_column(Text)
    item_ids_json: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    revealed: Mapped[bool] = mapped_column(Boolean, default=False)
    clock_left_ms: Mapped[int | None] = mapped_column(Integer, nullable=True)
    started_at: Mapped[datetime] = mapped_column(UTCMillis)
    updated_at: Mapped[datetime] = mapped_column(UTCMillis)
    finished_at: Mapped[datetime | None] = mapped_column(UTCMillis, nullable=True, index=True)


class TeamRow(Base):
    """A team (or participant) of a session; ``ordinal`` keeps the order they were added."""

    __tablename__ = "workshop_team"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("workshop_session.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(100))
    ordinal: Mapped[int] = mapped_column(Integer)

    __table_args__ = (UniqueConstraint("session_id", "name"),)


class AnswerRow(Base):
    """One team's answer to the question at ``position`` of a session."""

    __tablename__ = "workshop_answer"
    session_id: Mapped[int] = mapped_column(
        ForeignKey("workshop_session.id", ondelete="CASCADE"), primary_key=True
    )
    team_id: Mapped[int] = mapped_column(
        ForeignKey("workshop_team.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[str] = mapped_column(String(300))
    response_json: Mapped[str] = mapped_column(Text)
    fraction: Mapped[float] = mapped_column(Float)
    correct: Mapped[bool] = mapped_column(Boolean)
    points: Mapped[float] = mapped_column(Float)
    elapsed_ms: Mapped[int | None] = mapped_column(Integer, nullable=True)
    answered_at: Mapped[datetime] = mapped_column(UTCMillis)
    content_hash: Mapped[str | None] = mapped_column(String(128), nullable=True)
