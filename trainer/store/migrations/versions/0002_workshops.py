"""Schema version 2: facilitator workshop sessions, teams and answers.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None

MS = sa.BigInteger


def upgrade() -> None:
    op.create_table(
        "workshop_session",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("definition_yaml", sa.Text, nullable=False),
        sa.Column("item_ids_json", sa.Text, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("revealed", sa.Boolean, nullable=False),
        sa.Column("started_at", MS, nullable=False),
        sa.Column("updated_at", MS, nullable=False),
        sa.Column("finished_at", MS, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_workshop_session"),
    )
    op.create_index("ix_workshop_session_finished_at", "workshop_session", ["finished_at"])
    op.create_table(
        "workshop_team",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("session_id", sa.Integer, nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("ordinal", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_workshop_team"),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["workshop_session.id"],
            name="fk_workshop_team_session_id_workshop_session",
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint("session_id", "name", name="uq_workshop_team_session_id_name"),
    )
    op.create_index("ix_workshop_team_session_id", "workshop_team", ["session_id"])
    op.create_table(
        "workshop_answer",
        sa.Column("session_id", sa.Integer, nullable=False),
        sa.Column("team_id", sa.Integer, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("item_id", sa.String(300), nullable=False),
        sa.Column("response_json", sa.Text, nullable=False),
        sa.Column("fraction", sa.Float, nullable=False),
        sa.Column("correct", sa.Boolean, nullable=False),
        sa.Column("points", sa.Float, nullable=False),
        sa.Column("elapsed_ms", sa.Integer, nullable=True),
        sa.Column("answered_at", MS, nullable=False),
        sa.PrimaryKeyConstraint("session_id", "team_id", "position", name="pk_workshop_answer"),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["workshop_session.id"],
            name="fk_workshop_answer_session_id_workshop_session",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["workshop_team.id"],
            name="fk_workshop_answer_team_id_workshop_team",
            ondelete="CASCADE",
        ),
    )


def downgrade() -> None:
    op.drop_table("workshop_answer")
    op.drop_index("ix_workshop_team_session_id", table_name="workshop_team")
    op.drop_table("workshop_team")
    op.drop_index("ix_workshop_session_finished_at", table_name="workshop_session")
    op.drop_table("workshop_session")
