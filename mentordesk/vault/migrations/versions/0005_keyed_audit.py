"""The audit chain becomes keyed (HMAC-SHA256) and records each record's content digest.

The old chain (plain SHA-256, which anyone could recompute) is verified once and its verdict
is written into the new chain; every old event is re-chained under the audit key; then every
live record gets a ``baseline`` event with its content digest, so ``check`` can tell from
here on whether a record was changed outside MentorDesk.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

from mentordesk.vault import audit

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("digest", sa.Text(), nullable=True))
        batch_op.create_index(batch_op.f("ix_audit_event_entity"), ["entity"])
    audit.rechain(op.get_bind())


def downgrade() -> None:
    # The keyed MACs stay: a downgraded vault's plain-SHA-256 check would call them broken.
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_event_entity"))
        batch_op.drop_column("digest")
