"""Tables of progress files (schema revision ``0005``): learners' stable ids, imports.

``learner_uid`` gives each learner one stable id (a UUID) that does not change with the
profile's name or its row number: a progress file carries it, so that a file imported
again, or a newer export of the same learner, finds the same learner. ``learner_alias``
keeps the other ids a learner is also known by (a file merged into this learner by
name, see ``docs/progress-file.md``). ``progress_import`` logs each progress file that
added something: whose, what it held (its content digest) and what it added.
(``quiz_attempt.uid``, the attempts' stable ids, is a column of ``models.QuizAttempt``.)
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from trainer.store.models import Base, UTCMillis


class LearnerUid(Base):
    """A learner's own stable id (exported in their progress files)."""

    __tablename__ = "learner_uid"
    learner_id: Mapped[int] = mapped_column(
        ForeignKey("learner.id", ondelete="CASCADE"), primary_key=True
    )
    uid: Mapped[str] = mapped_column(String(36), unique=True)


class LearnerAlias(Base):
    """Another learner's id merged into this learner (both ids name the same person)."""

    __tablename__ = "learner_alias"
    uid: Mapped[str] = mapped_column(String(36), primary_key=True)
    learner_id: Mapped[int] = mapped_column(
        ForeignKey("learner.id", ondelete="CASCADE"), index=True
    )
    added_at: Mapped[datetime] = mapped_column(UTCMillis)


class ProgressImport(Base):
    """One imported progress file that added something to a learner."""

    __tablename__ = "progress_import"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(
        ForeignKey("learner.id", ondelete="CASCADE"), index=True
    )
    file_learner_uid: Mapped[str] = mapped_column(String(36))
    content_sha256: Mapped[str] = mapped_column(String(64))
    app_version: Mapped[str] = mapped_column(String(40))
    exported_at: Mapped[datetime] = mapped_column(UTCMillis)
    imported_at: Mapped[datetime] = mapped_column(UTCMillis)
    reviews_added: Mapped[int] = mapped_column(Integer)
    attempts_added: Mapped[int] = mapped_column(Integer)
    answers_added: Mapped[int] = mapped_column(Integer)
