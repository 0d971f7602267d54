"""Ratings from a contract's starting-point skills scan point at that contract.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("ksb_rating", schema=None) as batch_op:
        batch_op.add_column(sa.Column("contract_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_ksb_rating_contract_id"), ["contract_id"])
        batch_op.create_foreign_key(
            batch_op.f("fk_ksb_rating_contract_id_contract"),
            "contract",
            ["contract_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("ksb_rating", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_ksb_rating_contract_id_contract"), "foreignkey")
        batch_op.drop_index(batch_op.f("ix_ksb_rating_contract_id"))
        batch_op.drop_column("contract_id")
