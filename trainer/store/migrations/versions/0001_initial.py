"""Schema version 1: learners, items, memory states, review log, quiz attempts.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None

MS = sa.BigInteger


def upgrade() -> None:
    op.create_table(
        "learner",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("created_at", MS, nullable=False),
        sa.Column("desired_retention", sa.Float, nullable=False),
        sa.Column("daily_new_limit", sa.Integer, nullable=False),
        sa.Column("rollover_hour", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_learner"),
        sa.UniqueConstraint("name", name="uq_learner_name"),
    )
    op.create_table(
        "item",
        sa.Column("id", sa.String(300), nullable=False),
        sa.Column("bank_id", sa.String(100), nullable=False),
        sa.Column("topic", sa.String(300), nullable=False),
        sa.Column("fact_id", sa.String(300), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("content_hash", sa.String(128), nullable=False),
        sa.Column("first_seen", MS, nullable=False),
        sa.Column("last_seen", MS, nullable=False),
        sa.Column("retired_at", MS, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_item"),
    )
    op.create_index("ix_item_bank_id", "item", ["bank_id"])
    op.create_table(
        "item_revision",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("item_id", sa.String(300), nullable=False),
        sa.Column("content_hash", sa.String(128), nullable=False),
        sa.Column("seen_at", MS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_item_revision"),
        sa.ForeignKeyConstraint(
            ["item_id"], ["item.id"], name="fk_item_revision_item_id_item", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_item_revision_item_id", "item_revision", ["item_id"])
    op.create_table(
        "memory_state",
        sa.Column("learner_id", sa.Integer, nullable=False),
        sa.Column("item_id", sa.String(300), nullable=False),
        sa.Column("state", sa.Integer, nullable=False),
        sa.Column("step", sa.Integer, nullable=True),
        sa.Column("stability", sa.Float, nullable=True),
        sa.Column("difficulty", sa.Float, nullable=True),
        sa.Column("due", MS, nullable=False),
        sa.Column("last_review", MS, nullable=True),
        sa.Column("first_review", MS, nullable=False),
        sa.Column("reps", sa.Integer, nullable=False),
        sa.Column("lapses", sa.Integer, nullable=False),
        sa.Column("last_rating", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("learner_id", "item_id", name="pk_memory_state"),
        sa.ForeignKeyConstraint(
            ["learner_id"],
            ["learner.id"],
            name="fk_memory_state_learner_id_learner",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"], name="fk_memory_state_item_id_item"),
    )
    op.create_index("ix_memory_state_learner_due", "memory_state", ["learner_id", "due", "item_id"])
    op.create_index("ix_memory_state_learner_first", "memory_state", ["learner_id", "first_review"])
    op.create_table(
        "review",
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("learner_id", sa.Integer, nullable=False),
        sa.Column("item_id", sa.String(300), nullable=False),
        sa.Column("mode", sa.String(20), nullable=False),
        sa.Column("rating", sa.Integer, nullable=False),
        sa.Column("score", sa.Float, nullable=True),
        sa.Column("response_ms", sa.Integer, nullable=True),
        sa.Column("reviewed_at", MS, nullable=False),
        sa.Column("desired_retention", sa.Float, nullable=False),
        sa.Column("content_hash", sa.String(128), nullable=False),
        sa.Column("quiz_attempt_id", sa.Integer, nullable=True),
        sa.PrimaryKeyConstraint("seq", name="pk_review"),
        sa.UniqueConstraint("uuid", name="uq_review_uuid"),
        sa.ForeignKeyConstraint(
            ["learner_id"], ["learner.id"], name="fk_review_learner_id_learner", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"], name="fk_review_item_id_item"),
    )
    op.create_index("ix_review_learner_time", "review", ["learner_id", "reviewed_at"])
    op.create_index(
        "ix_review_learner_item_time", "review", ["learner_id", "item_id", "reviewed_at"]
    )
    op.create_table(
        "review_undo",
        sa.Column("review_uuid", sa.String(36), nullable=False),
        sa.Column("undone_at", MS, nullable=False),
        sa.PrimaryKeyConstraint("review_uuid", name="pk_review_undo"),
        sa.ForeignKeyConstraint(
            ["review_uuid"],
            ["review.uuid"],
            name="fk_review_undo_review_uuid_review",
            ondelete="CASCADE",
        ),
    )
    op.create_table(
        "quiz_attempt",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("learner_id", sa.Integer, nullable=False),
        sa.Column("spec_json", sa.Text, nullable=False),
        sa.Column("seed", sa.BigInteger, nullable=False),
        sa.Column("item_ids_json", sa.Text, nullable=False),
        sa.Column("time_limit_s", sa.Integer, nullable=True),
        sa.Column("started_at", MS, nullable=False),
        sa.Column("finished_at", MS, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_quiz_attempt"),
        sa.ForeignKeyConstraint(
            ["learner_id"],
            ["learner.id"],
            name="fk_quiz_attempt_learner_id_learner",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_quiz_attempt_learner_id", "quiz_attempt", ["learner_id"])
    op.create_table(
        "quiz_answer",
        sa.Column("attempt_id", sa.Integer, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("item_id", sa.String(300), nullable=False),
        sa.Column("response_json", sa.Text, nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("correct", sa.Boolean, nullable=False),
        sa.Column("response_ms", sa.Integer, nullable=True),
        sa.Column("answered_at", MS, nullable=False),
        sa.PrimaryKeyConstraint("attempt_id", "position", name="pk_quiz_answer"),
        sa.ForeignKeyConstraint(
            ["attempt_id"],
            ["quiz_attempt.id"],
            name="fk_quiz_answer_attempt_id_quiz_attempt",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"], name="fk_quiz_answer_item_id_item"),
    )


def downgrade() -> None:
    for table in (
        "quiz_answer",
        "quiz_attempt",
        "review_undo",
        "review",
        "memory_state",
        "item_revision",
        "item",
        "learner",
    ):
        op.drop_table(table)
