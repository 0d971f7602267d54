"""Signed records: the mentor's signing identities (the private key held only here, in the
encrypted vault), each signed PDF issued (its hash and length, to match a countersigned
copy coming back), and the countersignatures imported on them.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "signing_identity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("organisation", sa.Text(), nullable=False),
        sa.Column("fingerprint", sa.Text(), nullable=False),
        sa.Column("cert_der", sa.LargeBinary(), nullable=False),
        sa.Column("key_der", sa.LargeBinary(), nullable=False),
        sa.Column("chain_pem", sa.Text(), nullable=False),
        sa.Column("imported", sa.Boolean(), nullable=False),
        sa.Column("retired_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signing_identity")),
        sa.UniqueConstraint("fingerprint", name=op.f("uq_signing_identity_fingerprint")),
    )
    op.create_table(
        "issued_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.Text(), nullable=False),
        sa.Column("mode", sa.Text(), nullable=False),
        sa.Column("sha256", sa.Text(), nullable=False),
        sa.Column("length", sa.Integer(), nullable=False),
        sa.Column("document_sha256", sa.Text(), nullable=False),
        sa.Column("identity_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["identity_id"],
            ["signing_identity.id"],
            name=op.f("fk_issued_record_identity_id_signing_identity"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issued_record")),
    )
    op.create_index(op.f("ix_issued_record_issued_at"), "issued_record", ["issued_at"])
    op.create_index(op.f("ix_issued_record_sha256"), "issued_record", ["sha256"])
    op.create_table(
        "countersignature",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("issued_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.Text(), nullable=False),
        sa.Column("signer", sa.Text(), nullable=False),
        sa.Column("organisation", sa.Text(), nullable=False),
        sa.Column("fingerprint", sa.Text(), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=True),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("file_sha256", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["issued_id"],
            ["issued_record.id"],
            name=op.f("fk_countersignature_issued_id_issued_record"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_countersignature")),
    )
    op.create_index(op.f("ix_countersignature_issued_id"), "countersignature", ["issued_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_countersignature_issued_id"), table_name="countersignature")
    op.drop_table("countersignature")
    op.drop_index(op.f("ix_issued_record_sha256"), table_name="issued_record")
    op.drop_index(op.f("ix_issued_record_issued_at"), table_name="issued_record")
    op.drop_table("issued_record")
    op.drop_table("signing_identity")
