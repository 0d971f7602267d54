"""What training providers ask for on the mentee record: ULN, provider and contact, line
manager (one of the mentee's stakeholders), learning support needs, prior learning and the
off-the-job hours it removes.

Every new column is nullable and starts empty, so no record's audit digest changes. The
mentee table is rebuilt to add its new key and check (``migrate.upgrade`` runs this with
foreign keys off, so the rebuild deletes nothing that points at a mentee).

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

TEXT_COLUMNS = (
    "uln",
    "provider_name",
    "provider_contact",
    "provider_email",
    "provider_phone",
    "support_needs",
    "prior_learning",
)
REDUCTION_CHECK = (
    "otj_reduction_hours IS NULL OR "
    "(otj_reduction_hours >= 0 AND otj_reduction_hours <= otj_hours_target)"
)


def upgrade() -> None:
    with op.batch_alter_table("mentee", schema=None, recreate="always") as batch_op:
        for name in TEXT_COLUMNS:
            batch_op.add_column(sa.Column(name, sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("line_manager_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("otj_reduction_hours", sa.Double(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_mentee_line_manager_id_stakeholder"),
            "stakeholder",
            ["line_manager_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_check_constraint(
            batch_op.f("ck_mentee_otj_reduction_within_target"), REDUCTION_CHECK
        )


def downgrade() -> None:
    with op.batch_alter_table("mentee", schema=None, recreate="always") as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_mentee_otj_reduction_within_target"), type_="check")
        batch_op.drop_constraint(
            batch_op.f("fk_mentee_line_manager_id_stakeholder"), type_="foreignkey"
        )
        batch_op.drop_column("otj_reduction_hours")
        batch_op.drop_column("line_manager_id")
        for name in reversed(TEXT_COLUMNS):
            batch_op.drop_column(name)
