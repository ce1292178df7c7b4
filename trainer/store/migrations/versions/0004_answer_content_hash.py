"""Schema version 4 (item analysis): every answer row names the version of its question.

``quiz_answer.content_hash`` and ``workshop_answer.content_hash`` hold the content hash
of the question as it was asked, so that the item analysis (``docs/item-analysis.md``)
keeps the answers to an edited question apart from the answers to its earlier text.

Rows written before this revision are filled in: a quiz answer takes the hash of its
review (written in the same transaction as the answer, so it is exact); a workshop
answer takes the item's revision current when it was answered (``item_revision``: the
latest one seen at or before ``answered_at``). A row with neither stays NULL (an unknown
version). The columns stay nullable: a row that another writer leaves NULL is analysed
as an unknown version, never refused.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None

REVISION_AT_ANSWER = (
    "SELECT ir.content_hash FROM item_revision ir "
    "WHERE ir.item_id = {table}.item_id AND ir.seen_at <= {table}.answered_at "
    "ORDER BY ir.seen_at DESC, ir.id DESC LIMIT 1"
)
QUIZ_REVIEW = (
    "SELECT r.content_hash FROM review r JOIN quiz_attempt a ON a.id = r.quiz_attempt_id "
    "WHERE r.quiz_attempt_id = quiz_answer.attempt_id AND r.item_id = quiz_answer.item_id "
    "AND r.learner_id = a.learner_id ORDER BY r.seq LIMIT 1"
)


def upgrade() -> None:
    for table in ("quiz_answer", "workshop_answer"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("content_hash", sa.String(128), nullable=True))
    at_answer = REVISION_AT_ANSWER.format(table="quiz_answer")
    op.execute(f"UPDATE quiz_answer SET content_hash = COALESCE(({QUIZ_REVIEW}), ({at_answer}))")
    at_answer = REVISION_AT_ANSWER.format(table="workshop_answer")
    op.execute(f"UPDATE workshop_answer SET content_hash = ({at_answer})")


def downgrade() -> None:
    for table in ("quiz_answer", "workshop_answer"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("content_hash")
