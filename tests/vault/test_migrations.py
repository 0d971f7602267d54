"""Alembic migrations: models match the head, and a first-schema vault is upgraded safely."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select

from mentordesk.services import mentees
from mentordesk.vault import Vault, migrate
from mentordesk.vault.engine import make_engine
from mentordesk.vault.models import Base, Mentee


def test_schema_head_constant_matches_the_scripts():
    assert migrate.script_head() == migrate.SCHEMA_HEAD


def test_models_match_the_migrated_schema(vault):
    with vault.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_first_schema_vault_is_backed_up_then_migrated(vault_dir):
    from tests.conftest import PASSPHRASE

    # Rebuild this vault's database at revision 0001, as the first MentorDesk made it.
    with Vault.open_with_passphrase(vault_dir, PASSPHRASE) as vault:
        key = vault.data_key
    db_path = vault_dir / "vault.db"
    for suffix in ("", "-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    db_path.touch(mode=0o600)
    engine = make_engine(db_path, key)
    migrate.upgrade(engine, "0001")
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
