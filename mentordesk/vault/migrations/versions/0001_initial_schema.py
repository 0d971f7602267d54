"""The first MentorDesk schema: every table of the data model.

Revision ID: 0001
Revises: None
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_type", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.Text(), nullable=False),
        sa.Column("media_type", sa.Text(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.Text(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )

    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("entity", sa.Text(), nullable=False),
        sa.Column("entity_id", sa.Text(), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("prev_hash", sa.Text(), nullable=False),
        sa.Column("hash", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    op.create_table(
        "cpd_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("activity_type", sa.Text(), nullable=False),
        sa.Column("hours", sa.Double(), nullable=False),
        sa.Column("provider", sa.Text(), nullable=True),
        sa.Column("what_i_learned", sa.Text(), nullable=True),
        sa.Column("impact_on_practice", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("hours >= 0", name=op.f("ck_cpd_entry_hours_not_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cpd_entry")),
    )

    op.create_table(
        "standard",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.Text(), nullable=False),
        sa.Column("version", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=True),
        sa.Column("status", sa.Text(), nullable=True),
        sa.Column("route", sa.Text(), nullable=True),
        sa.Column("shipped", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_standard")),
        sa.UniqueConstraint("reference", "version", name=op.f("uq_standard_reference_version")),
    )
    op.create_table(
        "supervision_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("supervisor", sa.Text(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("topics", sa.Text(), nullable=True),
        sa.Column("feedback", sa.Text(), nullable=True),
        sa.Column("actions", sa.Text(), nullable=True),
        sa.Column("wellbeing", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_record")),
    )

    op.create_table(
        "vault_setting",
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_vault_setting")),
    )
    op.create_table(
        "duty",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("standard_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Text(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["standard_id"],
            ["standard.id"],
            name=op.f("fk_duty_standard_id_standard"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_duty")),
        sa.UniqueConstraint("standard_id", "code", name=op.f("uq_duty_standard_id_code")),
    )
    op.create_table(
        "ksb",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("standard_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "K", "S", "B", name="ksbkind", native_enum=False, create_constraint=True, length=32
            ),
            nullable=False,
        ),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Text(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["standard_id"],
            ["standard.id"],
            name=op.f("fk_ksb_standard_id_standard"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ksb")),
        sa.UniqueConstraint("standard_id", "code", name=op.f("uq_ksb_standard_id_code")),
    )
    op.create_table(
        "mentee",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.Text(), nullable=False),
        sa.Column("preferred_name", sa.Text(), nullable=True),
        sa.Column("email", sa.Text(), nullable=True),
        sa.Column("phone", sa.Text(), nullable=True),
        sa.Column("job_title", sa.Text(), nullable=True),
        sa.Column("employer", sa.Text(), nullable=True),
        sa.Column("standard_id", sa.Integer(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("planned_end_date", sa.Date(), nullable=True),
        sa.Column("otj_hours_target", sa.Double(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "active",
                "on_break",
                "completed",
                "withdrawn",
                "archived",
                name="menteestatus",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("otj_hours_target >= 0", name=op.f("ck_mentee_otj_target_not_negative")),
        sa.CheckConstraint(
            "planned_end_date IS NULL OR start_date IS NULL OR planned_end_date > start_date",
            name=op.f("ck_mentee_end_after_start"),
        ),
        sa.ForeignKeyConstraint(
            ["standard_id"], ["standard.id"], name=op.f("fk_mentee_standard_id_standard")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentee")),
    )

    op.create_table(
        "mentor_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.Text(), nullable=False),
        sa.Column("organisation", sa.Text(), nullable=True),
        sa.Column("role", sa.Text(), nullable=True),
        sa.Column("email", sa.Text(), nullable=True),
        sa.Column("standard_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_mentor_profile_single_row")),
        sa.ForeignKeyConstraint(
            ["standard_id"], ["standard.id"], name=op.f("fk_mentor_profile_standard_id_standard")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentor_profile")),
    )
    op.create_table(
        "contract",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "active",
                "superseded",
                name="contractstatus",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("supersedes_id", sa.Integer(), nullable=True),
        sa.Column("starting_point", sa.Text(), nullable=True),
        sa.Column("prior_learning", sa.Text(), nullable=True),
        sa.Column("support_needs", sa.Text(), nullable=True),
        sa.Column("boundaries", sa.Text(), nullable=True),
        sa.Column("mentor_will", sa.Text(), nullable=True),
        sa.Column("mentor_will_not", sa.Text(), nullable=True),
        sa.Column("contact_arrangements", sa.Text(), nullable=True),
        sa.Column("confidentiality_terms", sa.Text(), nullable=True),
        sa.Column("safeguarding_limit", sa.Text(), nullable=True),
        sa.Column("records_kept", sa.Text(), nullable=True),
        sa.Column("meeting_every_days", sa.Integer(), nullable=True),
        sa.Column(
            "meeting_mode",
            sa.Enum(
                "in_person",
                "remote",
                "phone",
                name="meetingmode",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("meeting_minutes", sa.Integer(), nullable=True),
        sa.Column("wizard_state", sa.JSON(), nullable=True),
        sa.Column("agreed_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "meeting_every_days IS NULL OR meeting_every_days > 0", name=op.f("ck_contract_cadence")
        ),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["mentee.id"],
            name=op.f("fk_contract_mentee_id_mentee"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["supersedes_id"], ["contract.id"], name=op.f("fk_contract_supersedes_id_contract")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contract")),
        sa.UniqueConstraint("mentee_id", "version", name=op.f("uq_contract_mentee_id_version")),
    )

    op.create_table(
        "cpd_ksb",
        sa.Column("cpd_id", sa.Integer(), nullable=False),
        sa.Column("ksb_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cpd_id"],
            ["cpd_entry.id"],
            name=op.f("fk_cpd_ksb_cpd_id_cpd_entry"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["ksb_id"], ["ksb.id"], name=op.f("fk_cpd_ksb_ksb_id_ksb"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("cpd_id", "ksb_id", name=op.f("pk_cpd_ksb")),
    )
    op.create_table(
        "duty_ksb",
        sa.Column("duty_id", sa.Integer(), nullable=False),
        sa.Column("ksb_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["duty_id"], ["duty.id"], name=op.f("fk_duty_ksb_duty_id_duty"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["ksb_id"], ["ksb.id"], name=op.f("fk_duty_ksb_ksb_id_ksb"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("duty_id", "ksb_id", name=op.f("pk_duty_ksb")),
    )
    op.create_table(
        "evaluation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=True),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=False),
        sa.Column("completed_by", sa.Text(), nullable=False),
        sa.Column("scores", sa.JSON(), nullable=False),
        sa.Column("comments", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["mentee.id"],
            name=op.f("fk_evaluation_mentee_id_mentee"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluation")),
    )

    op.create_table(
        "ksb_rating",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=True),
        sa.Column("ksb_id", sa.Integer(), nullable=False),
        sa.Column("rated_on", sa.Date(), nullable=False),
        sa.Column(
            "rated_by",
            sa.Enum(
                "mentee",
                "mentor",
                "self",
                name="rater",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.CheckConstraint("rating BETWEEN 0 AND 4", name=op.f("ck_ksb_rating_rating_range")),
        sa.ForeignKeyConstraint(
            ["ksb_id"], ["ksb.id"], name=op.f("fk_ksb_rating_ksb_id_ksb"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["mentee.id"],
            name=op.f("fk_ksb_rating_mentee_id_mentee"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ksb_rating")),
    )

    op.create_table(
        "mentoring_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "held",
                "cancelled",
                name="sessionstatus",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column(
            "mode",
            sa.Enum(
                "in_person",
                "remote",
                "phone",
                name="meetingmode",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("location", sa.Text(), nullable=True),
        sa.Column("model", sa.Text(), nullable=False),
        sa.Column("objectives", sa.Text(), nullable=True),
        sa.Column("plan", sa.Text(), nullable=True),
        sa.Column("notes_by_stage", sa.JSON(), nullable=True),
        sa.Column(
            "attendance",
            sa.Enum(
                "attended",
                "late",
                "no_show",
                name="attendance",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("questioning_techniques", sa.Text(), nullable=True),
        sa.Column("feedback_given", sa.Text(), nullable=True),
        sa.Column("otj_hours", sa.Double(), nullable=False),
        sa.Column("travel_avoided_km", sa.Double(), nullable=False),
        sa.Column("cancel_reason", sa.Text(), nullable=True),
        sa.Column("quick_note", sa.Boolean(), nullable=False),
        sa.Column("is_final", sa.Boolean(), nullable=False),
        sa.Column("finalised_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "duration_minutes > 0", name=op.f("ck_mentoring_session_duration_positive")
        ),
        sa.CheckConstraint("otj_hours >= 0", name=op.f("ck_mentoring_session_otj_not_negative")),
        sa.CheckConstraint(
            "travel_avoided_km >= 0", name=op.f("ck_mentoring_session_travel_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["mentee.id"],
            name=op.f("fk_mentoring_session_mentee_id_mentee"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentoring_session")),
    )

    op.create_table(
        "progress_review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("otj_hours_planned", sa.Double(), nullable=True),
        sa.Column("otj_hours_recorded", sa.Double(), nullable=True),
        sa.Column("actions_summary", sa.Text(), nullable=True),
        sa.Column("progress_summary", sa.Text(), nullable=True),
        sa.Column("concerns_mentee", sa.Text(), nullable=True),
        sa.Column("concerns_employer", sa.Text(), nullable=True),
        sa.Column("concerns_provider", sa.Text(), nullable=True),
        sa.Column("wellbeing_check", sa.Text(), nullable=True),
        sa.Column("safeguarding_check", sa.Text(), nullable=True),
        sa.Column("english_status", sa.Text(), nullable=True),
        sa.Column("maths_status", sa.Text(), nullable=True),
        sa.Column("next_review_on", sa.Date(), nullable=True),
        sa.Column("is_final", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["mentee.id"],
            name=op.f("fk_progress_review_mentee_id_mentee"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_progress_review")),
    )

    op.create_table(
        "reading_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("standard_id", sa.Integer(), nullable=False),
        sa.Column("duty_id", sa.Integer(), nullable=True),
        sa.Column("group_no", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["duty_id"], ["duty.id"], name=op.f("fk_reading_item_duty_id_duty"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["standard_id"],
            ["standard.id"],
            name=op.f("fk_reading_item_standard_id_standard"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reading_item")),
    )
    op.create_table(
        "reflection",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("model", sa.Text(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("stages", sa.JSON(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["mentee.id"],
            name=op.f("fk_reflection_mentee_id_mentee"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reflection")),
    )

    op.create_table(
        "safeguarding_concern",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column("raised_at", sa.DateTime(), nullable=False),
        sa.Column("category", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column(
            "risk",
            sa.Enum(
                "low",
                "medium",
                "high",
                "immediate",
                name="risklevel",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "monitoring",
                "closed",
                name="concernstatus",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("dsl_informed_at", sa.DateTime(), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["mentee.id"],
            name=op.f("fk_safeguarding_concern_mentee_id_mentee"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_safeguarding_concern")),
    )

    op.create_table(
        "stakeholder",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "line_manager",
                "training_provider",
                "safeguarding_lead",
                "other",
                name="stakeholderrole",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("role_other", sa.Text(), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("organisation", sa.Text(), nullable=True),
        sa.Column("email", sa.Text(), nullable=True),
        sa.Column("phone", sa.Text(), nullable=True),
        sa.Column("needs", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["mentee.id"],
            name=op.f("fk_stakeholder_mentee_id_mentee"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stakeholder")),
    )

    op.create_table(
        "action_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("review_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner", sa.Text(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "done",
                "dropped",
                name="actionstatus",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["mentee.id"],
            name=op.f("fk_action_item_mentee_id_mentee"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["progress_review.id"],
            name=op.f("fk_action_item_review_id_progress_review"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["mentoring_session.id"],
            name=op.f("fk_action_item_session_id_mentoring_session"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_item")),
    )

    op.create_table(
        "chronology_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("concern_id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("entry_type", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("action_taken", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["concern_id"],
            ["safeguarding_concern.id"],
            name=op.f("fk_chronology_entry_concern_id_safeguarding_concern"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chronology_entry")),
    )

    op.create_table(
        "contract_barrier",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "time",
                "workload",
                "confidence",
                "health",
                "caring",
                "language",
                "digital_access",
                "other",
                name="barrierkind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("agreed_support", sa.Text(), nullable=True),
        sa.Column("adjustments", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["contract.id"],
            name=op.f("fk_contract_barrier_contract_id_contract"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contract_barrier")),
    )

    op.create_table(
        "data_sharing_consent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=False),
        sa.Column("stakeholder_id", sa.Integer(), nullable=False),
        sa.Column("consent_given", sa.Boolean(), nullable=False),
        sa.Column("what_is_shared", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["contract.id"],
            name=op.f("fk_data_sharing_consent_contract_id_contract"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["stakeholder_id"],
            ["stakeholder.id"],
            name=op.f("fk_data_sharing_consent_stakeholder_id_stakeholder"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_data_sharing_consent")),
        sa.UniqueConstraint(
            "contract_id",
            "stakeholder_id",
            name=op.f("uq_data_sharing_consent_contract_id_stakeholder_id"),
        ),
    )
    op.create_table(
        "evidence_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=True),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["mentee.id"],
            name=op.f("fk_evidence_item_mentee_id_mentee"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["mentoring_session.id"],
            name=op.f("fk_evidence_item_session_id_mentoring_session"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_item")),
    )

    op.create_table(
        "goal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("specific", sa.Text(), nullable=True),
        sa.Column("measure", sa.Text(), nullable=True),
        sa.Column("achievable_because", sa.Text(), nullable=True),
        sa.Column("relevant_to", sa.Text(), nullable=True),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "achieved",
                "partly_achieved",
                "dropped",
                name="goalstatus",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("attained_level", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "attained_level IS NULL OR attained_level BETWEEN -2 AND 2",
            name=op.f("ck_goal_attained_range"),
        ),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["contract.id"],
            name=op.f("fk_goal_contract_id_contract"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["mentee_id"], ["mentee.id"], name=op.f("fk_goal_mentee_id_mentee"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal")),
    )

    op.create_table(
        "referral",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column("concern_id", sa.Integer(), nullable=True),
        sa.Column("made_on", sa.Date(), nullable=False),
        sa.Column("service", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("consent_obtained", sa.Boolean(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "made",
                "accepted",
                "declined",
                "closed",
                name="referralstatus",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["concern_id"],
            ["safeguarding_concern.id"],
            name=op.f("fk_referral_concern_id_safeguarding_concern"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["mentee.id"],
            name=op.f("fk_referral_mentee_id_mentee"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral")),
    )

    op.create_table(
        "reflection_ksb",
        sa.Column("reflection_id", sa.Integer(), nullable=False),
        sa.Column("ksb_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["ksb_id"], ["ksb.id"], name=op.f("fk_reflection_ksb_ksb_id_ksb"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["reflection_id"],
            ["reflection.id"],
            name=op.f("fk_reflection_ksb_reflection_id_reflection"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("reflection_id", "ksb_id", name=op.f("pk_reflection_ksb")),
    )
    op.create_table(
        "reflection_session",
        sa.Column("reflection_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["reflection_id"],
            ["reflection.id"],
            name=op.f("fk_reflection_session_reflection_id_reflection"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["mentoring_session.id"],
            name=op.f("fk_reflection_session_session_id_mentoring_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("reflection_id", "session_id", name=op.f("pk_reflection_session")),
    )
    op.create_table(
        "review_ksb_status",
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("ksb_id", sa.Integer(), nullable=False),
        sa.Column(
            "rag",
            sa.Enum(
                "red",
                "amber",
                "green",
                name="rag",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["ksb_id"], ["ksb.id"], name=op.f("fk_review_ksb_status_ksb_id_ksb"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["progress_review.id"],
            name=op.f("fk_review_ksb_status_review_id_progress_review"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("review_id", "ksb_id", name=op.f("pk_review_ksb_status")),
    )
    op.create_table(
        "session_amendment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["mentoring_session.id"],
            name=op.f("fk_session_amendment_session_id_mentoring_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_amendment")),
    )

    op.create_table(
        "session_ksb",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("ksb_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["ksb_id"], ["ksb.id"], name=op.f("fk_session_ksb_ksb_id_ksb"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["mentoring_session.id"],
            name=op.f("fk_session_ksb_session_id_mentoring_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("session_id", "ksb_id", name=op.f("pk_session_ksb")),
    )
    op.create_table(
        "signature",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=True),
        sa.Column("review_id", sa.Integer(), nullable=True),
        sa.Column(
            "signer_role",
            sa.Enum(
                "mentee",
                "mentor",
                "employer",
                "provider",
                name="signerrole",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("signer_name", sa.Text(), nullable=False),
        sa.Column(
            "method",
            sa.Enum(
                "drawn",
                "typed",
                name="signaturemethod",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("image_png", sa.LargeBinary(), nullable=True),
        sa.Column("signed_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "(contract_id IS NOT NULL) + (review_id IS NOT NULL) = 1",
            name=op.f("ck_signature_one_document"),
        ),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["contract.id"],
            name=op.f("fk_signature_contract_id_contract"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["progress_review.id"],
            name=op.f("fk_signature_review_id_progress_review"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signature")),
    )
    op.create_table(
        "evidence_ksb",
        sa.Column("evidence_id", sa.Integer(), nullable=False),
        sa.Column("ksb_id", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["evidence_id"],
            ["evidence_item.id"],
            name=op.f("fk_evidence_ksb_evidence_id_evidence_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["ksb_id"], ["ksb.id"], name=op.f("fk_evidence_ksb_ksb_id_ksb"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("evidence_id", "ksb_id", name=op.f("pk_evidence_ksb")),
    )

    op.create_table(
        "goal_attainment_level",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "level BETWEEN -2 AND 2", name=op.f("ck_goal_attainment_level_level_range")
        ),
        sa.ForeignKeyConstraint(
            ["goal_id"],
            ["goal.id"],
            name=op.f("fk_goal_attainment_level_goal_id_goal"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal_attainment_level")),
        sa.UniqueConstraint(
            "goal_id", "level", name=op.f("uq_goal_attainment_level_goal_id_level")
        ),
    )
    op.create_table(
        "goal_ksb",
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("ksb_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["goal_id"], ["goal.id"], name=op.f("fk_goal_ksb_goal_id_goal"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["ksb_id"], ["ksb.id"], name=op.f("fk_goal_ksb_ksb_id_ksb"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("goal_id", "ksb_id", name=op.f("pk_goal_ksb")),
    )
    op.create_table(
        "session_goal",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["goal_id"], ["goal.id"], name=op.f("fk_session_goal_goal_id_goal"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["mentoring_session.id"],
            name=op.f("fk_session_goal_session_id_mentoring_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("session_id", "goal_id", name=op.f("pk_session_goal")),
    )


def downgrade() -> None:
    op.drop_table("session_goal")
    op.drop_table("goal_ksb")
    op.drop_table("goal_attainment_level")
    op.drop_table("evidence_ksb")
    op.drop_table("signature")
    op.drop_table("session_ksb")
    op.drop_table("session_amendment")
    op.drop_table("review_ksb_status")
    op.drop_table("reflection_session")
    op.drop_table("reflection_ksb")
    op.drop_table("referral")
    op.drop_table("goal")
    op.drop_table("evidence_item")
    op.drop_table("data_sharing_consent")
    op.drop_table("contract_barrier")
    op.drop_table("chronology_entry")
    op.drop_table("action_item")
    op.drop_table("stakeholder")
    op.drop_table("safeguarding_concern")
    op.drop_table("reflection")
    op.drop_table("reading_item")
    op.drop_table("progress_review")
    op.drop_table("mentoring_session")
    op.drop_table("ksb_rating")
    op.drop_table("evaluation")
    op.drop_table("duty_ksb")
    op.drop_table("cpd_ksb")
    op.drop_table("contract")
    op.drop_table("mentor_profile")
    op.drop_table("mentee")
    op.drop_table("ksb")
    op.drop_table("duty")
    op.drop_table("vault_setting")
    op.drop_table("supervision_record")
    op.drop_table("standard")
    op.drop_table("cpd_entry")
    op.drop_table("audit_event")
    op.drop_table("attachment")
