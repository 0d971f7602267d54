"""Sessions get a title and a calendar UID; reviews get every part the funding rules ask for.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

REVIEW_TEXT = (
    "changes_of_circumstance",
    "support_needs",
    "epa_readiness",
    "smart_targets",
    "comments_mentee",
    "comments_employer",
    "comments_mentor",
)


def upgrade() -> None:
    with op.batch_alter_table("mentoring_session", schema=None) as batch_op:
        batch_op.add_column(sa.Column("title", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("ics_uid", sa.Text(), nullable=True))
        batch_op.create_index(batch_op.f("ix_mentoring_session_ics_uid"), ["ics_uid"])
    with op.batch_alter_table("progress_review", schema=None) as batch_op:
        for name in REVIEW_TEXT:
            batch_op.add_column(sa.Column(name, sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("finalised_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("progress_review", schema=None) as batch_op:
        batch_op.drop_column("finalised_at")
        for name in reversed(REVIEW_TEXT):
            batch_op.drop_column(name)
    with op.batch_alter_table("mentoring_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mentoring_session_ics_uid"))
        batch_op.drop_column("ics_uid")
        batch_op.drop_column("title")
