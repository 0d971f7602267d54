"""Reflective practice: a reflection's final mark, carried words, accepted findings and
amendments; its links to supervision, CPD and reading; the kind and private notes of a
supervision, whose actions become action items with no mentee; the values statement's
versions; the reading log; a CPD entry's end date, participatory mark and its source.

Every new column is nullable and starts empty, and every new link table starts empty, so
no record's audit digest changes. Tables gaining a key or a check are rebuilt
(``migrate.upgrade`` runs this with foreign keys off).

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

ACTION_CHECK = "mentee_id IS NOT NULL OR supervision_id IS NOT NULL"
ENDS_CHECK = "ended_on IS NULL OR ended_on >= occurred_on"
SUPERVISION_KINDS = "kind IN ('one_to_one', 'group', 'peer')"
READING_STATUSES = "status IN ('to_read', 'reading', 'read')"


def _link(name: str, owner: str, other: str, other_table: str) -> None:
    op.create_table(
        name,
        sa.Column(owner, sa.Integer(), nullable=False),
        sa.Column(other, sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            [owner],
            ["reflection.id"],
            name=op.f(f"fk_{name}_{owner}_reflection"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            [other],
            [f"{other_table}.id"],
            name=op.f(f"fk_{name}_{other}_{other_table}"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(owner, other, name=op.f(f"pk_{name}")),
    )
    op.create_index(op.f(f"ix_{name}_{other}"), name, [other])


def upgrade() -> None:
    with op.batch_alter_table("reflection", schema=None) as batch_op:
        batch_op.add_column(sa.Column("carried", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("accepted", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("finalised_at", sa.DateTime(), nullable=True))
    # The list of reflections reads one covering index instead of rows holding their words.
    op.drop_index("ix_reflection_occurred_on", table_name="reflection")
    op.create_index(
        "ix_reflection_list", "reflection", ["occurred_on", "id", "title", "model", "finalised_at"]
    )
    op.create_table(
        "reflection_amendment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reflection_id", sa.Integer(), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["reflection_id"],
            ["reflection.id"],
            name=op.f("fk_reflection_amendment_reflection_id_reflection"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reflection_amendment")),
    )
    op.create_index(
        op.f("ix_reflection_amendment_reflection_id"), "reflection_amendment", ["reflection_id"]
    )
    with op.batch_alter_table("supervision_record", schema=None, recreate="always") as batch_op:
        batch_op.add_column(sa.Column("kind", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("discussed", sa.Text(), nullable=True))
        batch_op.create_check_constraint(
            batch_op.f("ck_supervision_record_supervisionkind"), SUPERVISION_KINDS
        )
    op.create_table(
        "values_statement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("written_on", sa.Date(), nullable=False),
        sa.Column("statement", sa.Text(), nullable=False),
        sa.Column("values", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_values_statement")),
    )
    op.create_index(op.f("ix_values_statement_written_on"), "values_statement", ["written_on"])
    op.create_table(
        "reading_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reading_item_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("read_on", sa.Date(), nullable=True),
        sa.Column("hours", sa.Double(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("changed_practice", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "hours IS NULL OR hours >= 0", name=op.f("ck_reading_entry_hours_not_negative")
        ),
        sa.CheckConstraint(READING_STATUSES, name=op.f("ck_reading_entry_readingstatus")),
        sa.ForeignKeyConstraint(
            ["reading_item_id"],
            ["reading_item.id"],
            name=op.f("fk_reading_entry_reading_item_id_reading_item"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reading_entry")),
        sa.UniqueConstraint("reading_item_id", name=op.f("uq_reading_entry_reading_item_id")),
    )
    with op.batch_alter_table("cpd_entry", schema=None, recreate="always") as batch_op:
        batch_op.add_column(sa.Column("ended_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("participatory", sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column("supervision_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("reading_id", sa.Integer(), nullable=True))
        batch_op.create_check_constraint(batch_op.f("ck_cpd_entry_ends_after_start"), ENDS_CHECK)
        batch_op.create_foreign_key(
            batch_op.f("fk_cpd_entry_supervision_id_supervision_record"),
            "supervision_record",
            ["supervision_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_cpd_entry_reading_id_reading_entry"),
            "reading_entry",
            ["reading_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_unique_constraint(
            batch_op.f("uq_cpd_entry_supervision_id"), ["supervision_id"]
        )
        batch_op.create_unique_constraint(batch_op.f("uq_cpd_entry_reading_id"), ["reading_id"])
    _link("reflection_supervision", "reflection_id", "supervision_id", "supervision_record")
    _link("reflection_cpd", "reflection_id", "cpd_id", "cpd_entry")
    _link("reflection_reading", "reflection_id", "reading_id", "reading_entry")
    with op.batch_alter_table("action_item", schema=None, recreate="always") as batch_op:
        batch_op.alter_column("mentee_id", existing_type=sa.Integer(), nullable=True)
        batch_op.add_column(sa.Column("supervision_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_action_item_supervision_id_supervision_record"),
            "supervision_record",
            ["supervision_id"],
            ["id"],
            ondelete="CASCADE",
        )
        batch_op.create_index(batch_op.f("ix_action_item_supervision_id"), ["supervision_id"])
        batch_op.create_check_constraint(
            batch_op.f("ck_action_item_belongs_somewhere"), ACTION_CHECK
        )


def downgrade() -> None:
    # Lossy, as every downgrade that drops columns: the supervision actions (no mentee) go
    # first, since the older schema requires a mentee for every action.
    op.execute("DELETE FROM action_item WHERE mentee_id IS NULL")
    with op.batch_alter_table("action_item", schema=None, recreate="always") as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_action_item_belongs_somewhere"), type_="check")
        batch_op.drop_index(batch_op.f("ix_action_item_supervision_id"))
        batch_op.drop_constraint(
            batch_op.f("fk_action_item_supervision_id_supervision_record"), type_="foreignkey"
        )
        batch_op.drop_column("supervision_id")
        batch_op.alter_column("mentee_id", existing_type=sa.Integer(), nullable=False)
    for name, other in (
        ("reflection_reading", "reading_id"),
        ("reflection_cpd", "cpd_id"),
        ("reflection_supervision", "supervision_id"),
    ):
        op.drop_index(op.f(f"ix_{name}_{other}"), table_name=name)
        op.drop_table(name)
    with op.batch_alter_table("cpd_entry", schema=None, recreate="always") as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_cpd_entry_reading_id"), type_="unique")
        batch_op.drop_constraint(batch_op.f("uq_cpd_entry_supervision_id"), type_="unique")
        batch_op.drop_constraint(
            batch_op.f("fk_cpd_entry_reading_id_reading_entry"), type_="foreignkey"
        )
        batch_op.drop_constraint(
            batch_op.f("fk_cpd_entry_supervision_id_supervision_record"), type_="foreignkey"
        )
        batch_op.drop_constraint(batch_op.f("ck_cpd_entry_ends_after_start"), type_="check")
        for name in ("reading_id", "supervision_id", "participatory", "ended_on"):
            batch_op.drop_column(name)
    op.drop_table("reading_entry")
    op.drop_index(op.f("ix_values_statement_written_on"), table_name="values_statement")
    op.drop_table("values_statement")
    with op.batch_alter_table("supervision_record", schema=None, recreate="always") as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_supervision_record_supervisionkind"), type_="check")
        batch_op.drop_column("discussed")
        batch_op.drop_column("kind")
    op.drop_index(op.f("ix_reflection_amendment_reflection_id"), table_name="reflection_amendment")
    op.drop_table("reflection_amendment")
    op.drop_index("ix_reflection_list", table_name="reflection")
    op.create_index("ix_reflection_occurred_on", "reflection", ["occurred_on"])
    with op.batch_alter_table("reflection", schema=None) as batch_op:
        for name in ("finalised_at", "accepted", "carried"):
            batch_op.drop_column(name)
