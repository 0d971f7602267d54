"""Indexes for the dashboard, lists and lookups by mentee.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index("ix_attachment_owner", ["owner_type", "owner_id"], unique=False)

    with op.batch_alter_table("cpd_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cpd_entry_occurred_on"), ["occurred_on"], unique=False)

    with op.batch_alter_table("supervision_record", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_supervision_record_held_on"), ["held_on"], unique=False
        )

    with op.batch_alter_table("mentee", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mentee_standard_id"), ["standard_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_mentee_status"), ["status"], unique=False)

    with op.batch_alter_table("contract", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contract_mentee_id"), ["mentee_id"], unique=False)

    with op.batch_alter_table("evaluation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evaluation_mentee_id"), ["mentee_id"], unique=False)

    with op.batch_alter_table("ksb_rating", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ksb_rating_mentee_id"), ["mentee_id"], unique=False)

    with op.batch_alter_table("mentoring_session", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_mentoring_session_mentee_id"), ["mentee_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_mentoring_session_starts_at"), ["starts_at"], unique=False
        )

    with op.batch_alter_table("progress_review", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_progress_review_held_on"), ["held_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_progress_review_mentee_id"), ["mentee_id"], unique=False
        )

    with op.batch_alter_table("reflection", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reflection_mentee_id"), ["mentee_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_reflection_occurred_on"), ["occurred_on"], unique=False
        )

    with op.batch_alter_table("safeguarding_concern", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_safeguarding_concern_mentee_id"), ["mentee_id"], unique=False
        )

    with op.batch_alter_table("stakeholder", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stakeholder_mentee_id"), ["mentee_id"], unique=False)

    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_item_mentee_id"), ["mentee_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_item_status"), ["status"], unique=False)

    with op.batch_alter_table("chronology_entry", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_chronology_entry_concern_id"), ["concern_id"], unique=False
        )

    with op.batch_alter_table("contract_barrier", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contract_barrier_contract_id"), ["contract_id"], unique=False
        )

    with op.batch_alter_table("evidence_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evidence_item_mentee_id"), ["mentee_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_evidence_item_session_id"), ["session_id"], unique=False
        )

    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goal_mentee_id"), ["mentee_id"], unique=False)

    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_referral_mentee_id"), ["mentee_id"], unique=False)

    with op.batch_alter_table("session_amendment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_session_amendment_session_id"), ["session_id"], unique=False
        )

    with op.batch_alter_table("evidence_ksb", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evidence_ksb_ksb_id"), ["ksb_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("evidence_ksb", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_ksb_ksb_id"))

    with op.batch_alter_table("session_amendment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_amendment_session_id"))

    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referral_mentee_id"))

    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goal_mentee_id"))

    with op.batch_alter_table("evidence_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_item_mentee_id"))
        batch_op.drop_index(batch_op.f("ix_evidence_item_session_id"))

    with op.batch_alter_table("contract_barrier", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contract_barrier_contract_id"))

    with op.batch_alter_table("chronology_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_chronology_entry_concern_id"))

    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_item_mentee_id"))
        batch_op.drop_index(batch_op.f("ix_action_item_status"))

    with op.batch_alter_table("stakeholder", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stakeholder_mentee_id"))

    with op.batch_alter_table("safeguarding_concern", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_safeguarding_concern_mentee_id"))

    with op.batch_alter_table("reflection", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reflection_mentee_id"))
        batch_op.drop_index(batch_op.f("ix_reflection_occurred_on"))

    with op.batch_alter_table("progress_review", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_progress_review_held_on"))
        batch_op.drop_index(batch_op.f("ix_progress_review_mentee_id"))

    with op.batch_alter_table("mentoring_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mentoring_session_mentee_id"))
        batch_op.drop_index(batch_op.f("ix_mentoring_session_starts_at"))

    with op.batch_alter_table("ksb_rating", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ksb_rating_mentee_id"))

    with op.batch_alter_table("evaluation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evaluation_mentee_id"))

    with op.batch_alter_table("contract", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contract_mentee_id"))

    with op.batch_alter_table("mentee", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mentee_standard_id"))
        batch_op.drop_index(batch_op.f("ix_mentee_status"))

    with op.batch_alter_table("supervision_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_supervision_record_held_on"))

    with op.batch_alter_table("cpd_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cpd_entry_occurred_on"))

    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_owner"))
