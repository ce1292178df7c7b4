"""Schema version 3: a workshop session keeps its question's countdown.

``workshop_session.clock_left_ms`` is the time left on the current question's clock at
the last recorded event (start, pause, reveal, an answer, time up); NULL when the clock
of that question was never started. A resumed session comes back paused with it.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("workshop_session") as batch:
        batch.add_column(sa.Column("clock_left_ms", sa.Integer, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("workshop_session") as batch:
        batch.drop_column("clock_left_ms")
