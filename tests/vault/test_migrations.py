"""Alembic migrations: models match the head, and a first-schema vault is upgraded safely."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select

from mentordesk.services import mentees
from mentordesk.vault import Vault, migrate
from mentordesk.vault.engine import make_engine
from mentordesk.vault.models import Base, Mentee
from tests.conftest import rebuild_at


def test_schema_head_constant_matches_the_scripts():
    assert migrate.script_head() == migrate.SCHEMA_HEAD


def test_models_match_the_migrated_schema(vault):
    with vault.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_first_schema_vault_is_backed_up_then_migrated(vault_dir):
    from tests.conftest import PASSPHRASE

    # Rebuild this vault's database at revision 0001, as the first MentorDesk made it.
    engine, key = rebuild_at(vault_dir, "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO mentee (full_name, otj_hours_target, status, created_at, updated_at) "
            "VALUES ('From the first schema', 0, 'active', '2025-01-06 09:00:00', "
            "'2025-01-06 09:00:00')"
        )
        assert migrate.current_revision(conn) == "0001"
        index_names = {
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type='index' AND name LIKE 'ix_%'"
            )
        }
        assert index_names == set()
    engine.dispose()

    with Vault.open_with_passphrase(vault_dir, PASSPHRASE) as vault:
        backup = vault.migration_backup
        with vault.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.SCHEMA_HEAD
            assert (
                conn.exec_driver_sql(
                    "SELECT count(*) FROM sqlite_master WHERE name='ix_mentoring_session_starts_at'"
                ).scalar()
                == 1
            )
        with vault.session() as db:
            assert db.scalars(select(Mentee.full_name)).all() == ["From the first schema"]
            mentees.create(db, mentees.MenteeData(full_name="After the upgrade"))
    assert backup is not None and backup.parent == vault_dir / "backups"
    assert backup.stat().st_mode & 0o777 == 0o600
    assert not backup.read_bytes().startswith(b"SQLite format 3")
    # The copy aside is still this vault's database, at the old schema.
    old = make_engine(backup, key)
    with old.connect() as conn:
        assert migrate.current_revision(conn) == "0001"
    old.dispose()


def test_a_0004_vault_gets_the_indexes_a_record_is_opened_by(vault_dir):
    from tests.conftest import PASSPHRASE

    engine, _key = rebuild_at(vault_dir, "0004")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO mentee (id, full_name, otj_hours_target, status, created_at, "
            "updated_at) VALUES (1, 'Kept', 0, 'active', '2025-01-06 09:00:00', "
            "'2025-01-06 09:00:00')"
        )
        conn.exec_driver_sql(
            "INSERT INTO action_item (mentee_id, session_id, description, status, created_at, "
            "updated_at) VALUES (1, NULL, 'Read the handbook', 'open', "
            "'2025-01-06 09:00:00', '2025-01-06 09:00:00')"
        )
        before = {
            r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='index'")
        }
    engine.dispose()
    wanted = {
        "ix_action_item_session_id",
        "ix_action_item_review_id",
        "ix_goal_contract_id",
        "ix_signature_contract_id",
        "ix_signature_review_id",
        "ix_reflection_session_session_id",
    }
    assert not wanted & before

    with Vault.open_with_passphrase(vault_dir, PASSPHRASE) as vault:
        assert vault.migration_backup is not None
        conn = vault.connection
        assert migrate.revision_of(conn) == migrate.SCHEMA_HEAD
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert wanted <= names
        plans = {
            sql: " ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + sql, (1,)))
            for sql in (
                "SELECT id FROM action_item WHERE session_id = ?",
                "SELECT id FROM action_item WHERE review_id = ?",
                "SELECT id FROM goal WHERE contract_id = ?",
                "SELECT id FROM signature WHERE review_id = ?",
                "SELECT id FROM signature WHERE contract_id = ?",
            )
        }
        for sql, plan in plans.items():
            table = sql.split("FROM ")[1].split(" ")[0]
            column = sql.split("WHERE ")[1].split(" =")[0]
            assert f"SEARCH {table} USING" in plan, (sql, plan)
            assert f"INDEX ix_{table}_{column} ({column}=?)" in plan, (sql, plan)
        assert conn.execute("SELECT description FROM action_item").fetchall() == [
            ("Read the handbook",)
        ]


def test_opening_a_session_record_uses_the_action_index(vault):
    from datetime import UTC, datetime

    from sqlalchemy import event

    from mentordesk.services import sessions
    from mentordesk.vault.enums import MeetingMode

    with vault.transaction() as db:
        mid = mentees.create(db, mentees.MenteeData(full_name="Indexed Ivy"))
        sid = sessions.plan(
            db,
            sessions.SessionPlan(mid, datetime(2025, 3, 3, 10, tzinfo=UTC), 60, MeetingMode.REMOTE),
        )
    statements: list[tuple[str, object]] = []

    def trace(_conn, _cursor, statement, params, _context, _many):
        statements.append((statement, params))

    event.listen(vault.engine, "before_cursor_execute", trace)
    try:
        with vault.session() as db:
            sessions.record_form(db, sid)
    finally:
        event.remove(vault.engine, "before_cursor_execute", trace)
    scans = []
    for statement, params in statements:
        if not statement.lstrip().upper().startswith("SELECT"):
            continue
        plan = vault.connection.execute("EXPLAIN QUERY PLAN " + statement, params).fetchall()
        scans += [(r[3], statement) for r in plan if r[3].startswith("SCAN action_item")]
    assert any("action_item" in s for s, _p in statements)
    assert scans == []


_STAMP = "'2025-01-06 09:00:00'"


def _mentee_with_records_at_0004(vault_dir):
    engine, key = rebuild_at(vault_dir, "0004")  # (0005 needs the vault's own engine)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO mentee (id, full_name, otj_hours_target, status, created_at, "
            f"updated_at) VALUES (1, 'Kept Whole', 312, 'active', {_STAMP}, {_STAMP})"
        )
        conn.exec_driver_sql(
            "INSERT INTO stakeholder (id, mentee_id, role, name, created_at, updated_at) "
            f"VALUES (1, 1, 'line_manager', 'Lena Manager', {_STAMP}, {_STAMP})"
        )
        conn.exec_driver_sql(
            "INSERT INTO goal (mentee_id, title, status, created_at, updated_at) "
            f"VALUES (1, 'Run a new starter induction', 'open', {_STAMP}, {_STAMP})"
        )
    engine.dispose()
    return key


def test_an_older_vault_gains_the_provider_details_and_keeps_every_record(vault_dir):
    """0008 rebuilds the mentee table; what points at a mentee (their stakeholders, goals)
    is still there after it, and foreign keys are on again."""
    from tests.conftest import PASSPHRASE

    _mentee_with_records_at_0004(vault_dir)
    with Vault.open_with_passphrase(vault_dir, PASSPHRASE) as vault:
        conn = vault.connection
        assert migrate.revision_of(conn) == migrate.SCHEMA_HEAD
        assert conn.execute("SELECT name FROM stakeholder").fetchall() == [("Lena Manager",)]
        assert conn.execute("SELECT title FROM goal").fetchall() == [
            ("Run a new starter induction",)
        ]
        assert conn.execute(
            "SELECT full_name, uln, line_manager_id, otj_reduction_hours FROM mentee"
        ).fetchall() == [("Kept Whole", None, None, None)]
        with vault.engine.connect() as sa_conn:
            assert sa_conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        with vault.transaction() as db:
            data = mentees.get(db, 1)
            data.line_manager = mentees.Contact(id=1, name="Lena Manager")
            mentees.update(db, 1, data)
        # The new key works: the line manager's record going unlinks them.
        conn.execute("DELETE FROM stakeholder WHERE id = 1")
        assert conn.execute("SELECT line_manager_id FROM mentee").fetchone() == (None,)


def test_an_upgrade_that_would_leave_a_broken_link_changes_nothing(vault_dir):
    from mentordesk.errors import VaultDamaged
    from tests.conftest import PASSPHRASE

    key = _mentee_with_records_at_0004(vault_dir)
    engine = make_engine(vault_dir / "vault.db", key)
    with engine.connect() as conn:
        conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")
        conn.exec_driver_sql(
            "INSERT INTO goal (mentee_id, title, status, created_at, updated_at) "
            f"VALUES (99, 'Nobody owns this', 'open', {_STAMP}, {_STAMP})"
        )
        conn.commit()
    engine.dispose()
    with pytest.raises(VaultDamaged, match="broken link"):
        Vault.open_with_passphrase(vault_dir, PASSPHRASE)
    engine = make_engine(vault_dir / "vault.db", key)
    with engine.connect() as conn:
        assert migrate.current_revision(conn) == "0004"
        assert conn.exec_driver_sql("SELECT count(*) FROM stakeholder").scalar() == 1
    engine.dispose()


def test_an_older_vault_keeps_its_practice_records_and_takes_supervision_actions(vault_dir):
    """0010 rebuilds the supervision, CPD and action tables: every row is kept whole, the
    new columns start empty, and an action may now belong to a supervision instead of a
    mentee (but to one of them)."""
    from sqlalchemy.exc import IntegrityError

    from tests.conftest import PASSPHRASE

    engine, _key = rebuild_at(vault_dir, "0004")  # (0005 needs the vault's own engine)
    with engine.begin() as conn:
        for sql in (
            "INSERT INTO mentee (full_name, otj_hours_target, status, created_at, updated_at) "
            f"VALUES ('Kept Whole', 0, 'active', {_STAMP}, {_STAMP})",
            "INSERT INTO action_item (mentee_id, description, status, created_at, updated_at) "
            f"VALUES (1, 'Bring the logbook', 'open', {_STAMP}, {_STAMP})",
            "INSERT INTO supervision_record (held_on, supervisor, actions, created_at, "
            f"updated_at) VALUES ('2025-01-06', 'Dr Marsh', 'Read the policy', {_STAMP}, {_STAMP})",
            "INSERT INTO cpd_entry (occurred_on, title, activity_type, hours, created_at, "
            f"updated_at) VALUES ('2025-01-07', 'Safeguarding', 'course', 3.5, {_STAMP}, {_STAMP})",
            "INSERT INTO reflection (title, model, occurred_on, stages, created_at, updated_at) "
            f"VALUES ('A hard week', 'gibbs', '2025-01-08', '{{}}', {_STAMP}, {_STAMP})",
        ):
            conn.exec_driver_sql(sql)
    engine.dispose()
    with Vault.open_with_passphrase(vault_dir, PASSPHRASE) as vault:
        conn = vault.connection
        assert migrate.revision_of(conn) == migrate.SCHEMA_HEAD
        assert conn.execute(
            "SELECT supervisor, actions, kind, discussed FROM supervision_record"
        ).fetchall() == [("Dr Marsh", "Read the policy", None, None)]
        assert conn.execute(
            "SELECT title, hours, ended_on, participatory, supervision_id FROM cpd_entry"
        ).fetchall() == [("Safeguarding", 3.5, None, None, None)]
        assert conn.execute("SELECT title, finalised_at, carried FROM reflection").fetchall() == [
            ("A hard week", None, None)
        ]
        assert conn.execute("SELECT mentee_id, description FROM action_item").fetchall() == [
            (1, "Bring the logbook")
        ]
        with vault.engine.begin() as sa_conn:
            sa_conn.exec_driver_sql(
                "INSERT INTO action_item (supervision_id, description, status, created_at, "
                f"updated_at) VALUES (1, 'Ask about caseload', 'open', {_STAMP}, {_STAMP})"
            )
        with pytest.raises(IntegrityError, match="belongs_somewhere"), vault.engine.begin() as c:
            c.exec_driver_sql(
                "INSERT INTO action_item (description, status, created_at, updated_at) "
                f"VALUES ('Nobody owns this', 'open', {_STAMP}, {_STAMP})"
            )
        # The supervision's actions go with it.
        with vault.engine.begin() as sa_conn:
            sa_conn.exec_driver_sql("DELETE FROM supervision_record")
        assert conn.execute("SELECT description FROM action_item").fetchall() == [
            ("Bring the logbook",)
        ]
