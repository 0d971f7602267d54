"""The KSB tracker: who observed a piece of evidence and when the mentor signed it off;
the mentor's judgement of it per KSB; each mentee's gateway record and the sessions to be
observed for the end-point assessment; two indexes for the dashboard (evidence not yet
signed off, off-the-job hours held per mentee).

Every new column is nullable and starts empty, and the new tables start empty, so no
record's audit digest changes. ``evidence_ksb`` gains a check, so it is rebuilt
(``migrate.upgrade`` runs this with foreign keys off).

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

JUDGEMENTS = "judgement IN ('working_towards', 'met')"
OBSERVATION_KINDS = "kind IN ('live', 'recorded')"


def upgrade() -> None:
    with op.batch_alter_table("evidence_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("observer", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("signed_off_on", sa.Date(), nullable=True))
    op.create_index(
        "ix_mentoring_session_otj",
        "mentoring_session",
        ["mentee_id", "status", "starts_at", "otj_hours"],
    )
    op.create_index(
        "ix_evidence_item_unsigned",
        "evidence_item",
        ["mentee_id"],
        sqlite_where=sa.text("signed_off_on IS NULL AND kind <> 'session'"),
    )
    with op.batch_alter_table("evidence_ksb", schema=None, recreate="always") as batch_op:
        batch_op.add_column(sa.Column("judgement", sa.String(length=32), nullable=True))
        batch_op.create_check_constraint(batch_op.f("ck_evidence_ksb_judgement"), JUDGEMENTS)
    op.create_table(
        "gateway_record",
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column("english_required", sa.Boolean(), nullable=False),
        sa.Column("english_achieved_on", sa.Date(), nullable=True),
        sa.Column("maths_required", sa.Boolean(), nullable=False),
        sa.Column("maths_achieved_on", sa.Date(), nullable=True),
        sa.Column("employer_confirmed_on", sa.Date(), nullable=True),
        sa.Column("employer_confirmed_by", sa.Text(), nullable=True),
        sa.Column("portfolio_assembled_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["mentee.id"],
            name=op.f("fk_gateway_record_mentee_id_mentee"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("mentee_id", name=op.f("pk_gateway_record")),
    )
    op.create_table(
        "epa_observation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("consent_recorded_on", sa.Date(), nullable=True),
        sa.Column("consent_from", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(OBSERVATION_KINDS, name=op.f("ck_epa_observation_observationkind")),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["mentee.id"],
            name=op.f("fk_epa_observation_mentee_id_mentee"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_epa_observation")),
    )
    op.create_index(op.f("ix_epa_observation_mentee_id"), "epa_observation", ["mentee_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_epa_observation_mentee_id"), table_name="epa_observation")
    op.drop_table("epa_observation")
    op.drop_table("gateway_record")
    with op.batch_alter_table("evidence_ksb", schema=None, recreate="always") as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_evidence_ksb_judgement"), type_="check")
        batch_op.drop_column("judgement")
    op.drop_index("ix_evidence_item_unsigned", table_name="evidence_item")
    op.drop_index("ix_mentoring_session_otj", table_name="mentoring_session")
    with op.batch_alter_table("evidence_item", schema=None) as batch_op:
        batch_op.drop_column("signed_off_on")
        batch_op.drop_column("observer")
