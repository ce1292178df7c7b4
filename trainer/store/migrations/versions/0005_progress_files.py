"""Schema version 5: stable ids for learners and quiz attempts, and the import log.

``learner_uid`` (one stable id per learner), ``learner_alias`` (ids merged into a
learner), ``progress_import`` (the progress files imported) and ``quiz_attempt.uid``.
Every existing learner and attempt gets a new random id here.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None

MS = sa.BigInteger


def _learner_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["learner_id"], ["learner.id"], name=f"fk_{table}_learner_id_learner", ondelete="CASCADE"
    )


def upgrade() -> None:
    op.create_table(
        "learner_uid",
        sa.Column("learner_id", sa.Integer, nullable=False),
        sa.Column("uid", sa.String(36), nullable=False),
        sa.PrimaryKeyConstraint("learner_id", name="pk_learner_uid"),
        sa.UniqueConstraint("uid", name="uq_learner_uid_uid"),
        _learner_fk("learner_uid"),
    )
    op.create_table(
        "learner_alias",
        sa.Column("uid", sa.String(36), nullable=False),
        sa.Column("learner_id", sa.Integer, nullable=False),
        sa.Column("added_at", MS, nullable=False),
        sa.PrimaryKeyConstraint("uid", name="pk_learner_alias"),
        _learner_fk("learner_alias"),
    )
    op.create_index("ix_learner_alias_learner_id", "learner_alias", ["learner_id"])
    op.create_table(
        "progress_import",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("learner_id", sa.Integer, nullable=False),
        sa.Column("file_learner_uid", sa.String(36), nullable=False),
        sa.Column("content_sha256", sa.String(64), nullable=False),
        sa.Column("app_version", sa.String(40), nullable=False),
        sa.Column("exported_at", MS, nullable=False),
        sa.Column("imported_at", MS, nullable=False),
        sa.Column("reviews_added", sa.Integer, nullable=False),
        sa.Column("attempts_added", sa.Integer, nullable=False),
        sa.Column("answers_added", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_progress_import"),
        _learner_fk("progress_import"),
    )
    op.create_index("ix_progress_import_learner_id", "progress_import", ["learner_id"])
    with op.batch_alter_table("quiz_attempt") as batch:
        batch.add_column(sa.Column("uid", sa.String(36), nullable=True))
    op.create_index("ix_quiz_attempt_uid", "quiz_attempt", ["uid"], unique=True)
    conn = op.get_bind()
    learners = [row[0] for row in conn.execute(sa.text("SELECT id FROM learner"))]
    for learner_id in learners:
        conn.execute(
            sa.text("INSERT INTO learner_uid (learner_id, uid) VALUES (:id, :uid)"),
            {"id": learner_id, "uid": str(uuid.uuid4())},
        )
    attempts = [row[0] for row in conn.execute(sa.text("SELECT id FROM quiz_attempt"))]
    for attempt_id in attempts:
        conn.execute(
            sa.text("UPDATE quiz_attempt SET uid = :uid WHERE id = :id"),
            {"id": attempt_id, "uid": str(uuid.uuid4())},
        )


def downgrade() -> None:
    op.drop_index("ix_quiz_attempt_uid", table_name="quiz_attempt")
    with op.batch_alter_table("quiz_attempt") as batch:
        batch.drop_column("uid")
    op.drop_index("ix_progress_import_learner_id", table_name="progress_import")
    op.drop_table("progress_import")
    op.drop_index("ix_learner_alias_learner_id", table_name="learner_alias")
    op.drop_table("learner_alias")
    op.drop_table("learner_uid")
