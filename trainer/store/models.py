"""The progress database's tables as typed SQLAlchemy 2 models.

Times are stored as integer milliseconds since the Unix epoch (UTC) through
:class:`UTCMillis`, which keeps the SQL portable (plain integer arithmetic for
day buckets) and gives timezone-aware UTC datetimes back to Python.

Tables: ``learner`` (profiles and their settings), ``item`` (the bank items
ever seen, with ``item_revision`` keeping each content change), ``memory_state``
(one learner's FSRS state for one item; derived data, reproducible from the
log), ``review`` (the append-only review log), ``review_undo`` (append-only
marks of undone reviews), ``quiz_attempt`` and ``quiz_answer``. The learners' stable
ids and the log of imported progress files are in ``progress_models``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Re-exported: the models convert with them, and many readers import them from here.
from trainer.store.millis import from_millis as from_millis
from trainer.store.millis import to_millis as to_millis

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCMillis(TypeDecorator[datetime]):
    """An aware datetime stored as BIGINT epoch milliseconds."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> int | None:
        return None if value is None else to_millis(value)

    def process_result_value(self, value: int | None, dialect: Dialect) -> datetime | None:
        return None if value is None else from_millis(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Learner(Base):
    """A learner profile and its study settings."""

    __tablename__ = "learner"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCMillis)
    desired_retention: Mapped[float] = mapped_column(Float, default=0.9)
    daily_new_limit: Mapped[int] = mapped_column(Integer, default=20)
    rollover_hour: Mapped[int] = mapped_column(Integer, default=4)


class Item(Base):
    """A bank item Trainer has seen; ``retired_at`` is set when it left the banks."""

    __tablename__ = "item"
    id: Mapped[str] = mapped_column(String(300), primary_key=True)
    bank_id: Mapped[str] = mapped_column(String(100), index=True)
    topic: Mapped[str] = mapped_column(String(300))
    fact_id: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(40))
    content_hash: Mapped[str] = mapped_column(String(128))
    first_seen: Mapped[datetime] = mapped_column(UTCMillis)
    last_seen: Mapped[datetime] = mapped_column(UTCMillis)
    retired_at: Mapped[datetime | None] = mapped_column(UTCMillis, nullable=True)


class ItemRevision(Base):
    """One content version of an item, recorded when first seen and on each change."""

    __tablename__ = "item_revision"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("item.id", ondelete="CASCADE"), index=True)
    content_hash: Mapped[str] = mapped_column(String(128))
    seen_at: Mapped[datetime] = mapped_column(UTCMillis)


class MemoryState(Base):
    """A learner's FSRS memory of one item (derived: replaying ``review`` rebuilds it)."""

    __tablename__ = "memory_state"
    learner_id: Mapped[int] = mapped_column(
        ForeignKey("learner.id", ondelete="CASCADE"), primary_key=True
    )
    item_id: Mapped[str] = mapped_column(ForeignKey("item.id"), primary_key=True)
    state: Mapped[int] = mapped_column(Integer)
    step: Mapped[int | None] = mapped_column(Integer, nullable=True)
    stability: Mapped[float | None] = mapped_column(Float, nullable=True)
    difficulty: Mapped[float | None] = mapped_column(Float, nullable=True)
    due: Mapped[datetime] = mapped_column(UTCMillis)
    last_review: Mapped[datetime | None] = mapped_column(UTCMillis, nullable=True)
    first_review: Mapped[datetime] = mapped_column(UTCMillis)
    reps: Mapped[int] = mapped_column(Integer, default=0)
    lapses: Mapped[int] = mapped_column(Integer, default=0)
    last_rating: Mapped[int] = mapped_column(Integer)

    __table_args__ = (
        Index("ix_memory_state_learner_due", "learner_id", "due", "item_id"),
        Index("ix_memory_state_learner_first", "learner_id", "first_review"),
    )


class Review(Base):
    """One answer in the append-only review log (never updated or deleted)."""

    __tablename__ = "review"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"))
    item_id: Mapped[str] = mapped_column(ForeignKey("item.id"))
    mode: Mapped[str] = mapped_column(String(20))
    rating: Mapped[int] = mapped_column(Integer)
    score: Mapped[float | None] = mapped_column(Float, nullable=True)
    response_ms: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reviewed_at: Mapped[datetime] = mapped_column(UTCMillis)
    desired_retention: Mapped[float] = mapped_column(Float)
    content_hash: Mapped[str] = mapped_column(String(128))
    quiz_attempt_id: Mapped[int | None] = mapped_column(Integer, nullable=True)

    __table_args__ = (
        Index("ix_review_learner_time", "learner_id", "reviewed_at"),
        Index("ix_review_learner_item_time", "learner_id", "item_id", "reviewed_at"),
    )


class ReviewUndo(Base):
    """An append-only mark that a review was undone; replay skips marked reviews."""

    __tablename__ = "review_undo"
    review_uuid: Mapped[str] = mapped_column(
        ForeignKey("review.uuid", ondelete="CASCADE"), primary_key=True
    )
    undone_at: Mapped[datetime] = mapped_column(UTCMillis)


class QuizAttempt(Base):
    """A quiz taken (or being taken): its specification, seed and chosen items."""

    __tablename__ = "quiz_attempt"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(
        ForeignKey("learner.id", ondelete="CASCADE"), index=True
    )
    spec_json: Mapped[str] = mapped_column(Text)
    seed: Mapped[int] = mapped_column(BigInteger)
    item_ids_json: Mapped[str] = mapped_column(Text)
    time_limit_s: Mapped[int | None] = mapped_column(Integer, nullable=True)
    started_at: Mapped[datetime] = mapped_column(UTCMillis)
    finished_at: Mapped[datetime | None] = mapped_column(UTCMillis, nullable=True)
    uid: Mapped[str | None] = mapped_column(String(36), nullable=True, unique=True, index=True)
    """A stable id (a UUID, revision 0005), so that progress files merge an attempt once."""


class QuizAnswer(Base):
    """One answer given in a quiz attempt, with its score and the version of its question
    (``content_hash``, revision 0004; NULL: unknown)."""

    __tablename__ = "quiz_answer"
    attempt_id: Mapped[int] = mapped_column(
        ForeignKey("quiz_attempt.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("item.id"))
    response_json: Mapped[str] = mapped_column(Text)
    score: Mapped[float] = mapped_column(Float)
    correct: Mapped[bool] = mapped_column(Boolean)
    response_ms: Mapped[int | None] = mapped_column(Integer, nullable=True)
    answered_at: Mapped[datetime] = mapped_column(UTCMillis)
    content_hash: Mapped[str | None] = mapped_column(String(128), nullable=True)
