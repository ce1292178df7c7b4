"""Schema version 6: workshops played on participants' phones (issue 11).

``live_room`` (one per phone game, keyed by its workshop session), ``live_participant``
(number in the session, SHA-256 of the token, name, team, joined/removed times) and
``live_answer`` (one participant's answer to one question, with the item's content hash).
See ``trainer/store/live_models.py``.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision: str | None = "0005"
branch_labels: str | None = None
depends_on: str | None = None

MS = sa.BigInteger


def upgrade() -> None:
    op.create_table(
        "live_room",
        sa.Column("session_id", sa.Integer, nullable=False),
        sa.Column("room_code", sa.String(12), nullable=False),
        sa.Column("phase", sa.String(20), nullable=False),
        sa.Column("locked", sa.Boolean, nullable=False),
        sa.Column("participant_limit", sa.Integer, nullable=False),
        sa.Column("created_at", MS, nullable=False),
        sa.PrimaryKeyConstraint("session_id", name="pk_live_room"),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["workshop_session.id"],
            name="fk_live_room_session_id_workshop_session",
            ondelete="CASCADE",
        ),
    )
    op.create_table(
        "live_participant",
        sa.Column("session_id", sa.Integer, nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("team_id", sa.Integer, nullable=True),
        sa.Column("joined_at", MS, nullable=False),
        sa.Column("removed_at", MS, nullable=True),
        sa.PrimaryKeyConstraint("session_id", "number", name="pk_live_participant"),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["live_room.session_id"],
            name="fk_live_participant_session_id_live_room",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["workshop_team.id"],
            name="fk_live_participant_team_id_workshop_team",
            ondelete="SET NULL",
        ),
        sa.UniqueConstraint("token_hash", name="uq_live_participant_token_hash"),
    )
    op.create_table(
        "live_answer",
        sa.Column("session_id", sa.Integer, nullable=False),
        sa.Column("participant", sa.Integer, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("item_id", sa.String(300), nullable=False),
        sa.Column("content_hash", sa.String(128), nullable=False),
        sa.Column("response_json", sa.Text, nullable=False),
        sa.Column("fraction", sa.Float, nullable=False),
        sa.Column("correct", sa.Boolean, nullable=False),
        sa.Column("points", sa.Float, nullable=False),
        sa.Column("elapsed_ms", sa.Integer, nullable=True),
        sa.Column("answered_at", MS, nullable=False),
        sa.PrimaryKeyConstraint("session_id", "participant", "position", name="pk_live_answer"),
        sa.ForeignKeyConstraint(
            ["session_id", "participant"],
            ["live_participant.session_id", "live_participant.number"],
            name="fk_live_answer_session_id_live_participant",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_live_answer_item_id", "live_answer", ["item_id"])


def downgrade() -> None:
    op.drop_index("ix_live_answer_item_id", table_name="live_answer")
    op.drop_table("live_answer")
    op.drop_table("live_participant")
    op.drop_table("live_room")
