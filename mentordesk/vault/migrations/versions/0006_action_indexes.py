"""Indexes on the links a record, review or contract is opened by.

Opening a session record reads its actions by ``action_item.session_id``, a review its
targets and signatures by ``review_id``, a contract its goals and signatures by
``contract_id``; without these indexes each was a full scan of the table, which at ten
years of records took tens of milliseconds. ``reflection_session.session_id`` is the
child key SQLite looks up when a session is deleted.

Revision ID: 0006
Revises: 0005
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

INDEXES = [
    ("action_item", "session_id"),
    ("action_item", "review_id"),
    ("goal", "contract_id"),
    ("signature", "contract_id"),
    ("signature", "review_id"),
    ("reflection_session", "session_id"),
]


def upgrade() -> None:
    for table, column in INDEXES:
        op.create_index(f"ix_{table}_{column}", table, [column], unique=False)


def downgrade() -> None:
    for table, column in reversed(INDEXES):
        op.drop_index(f"ix_{table}_{column}", table_name=table)
