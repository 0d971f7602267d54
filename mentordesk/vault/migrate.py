"""Schema migrations, run from code when a vault is opened.

Alembic is imported only when a migration is actually needed, so opening an up-to-date
vault stays fast. Before migrating an existing vault its database is copied aside, still
encrypted, into ``backups/`` inside the vault folder.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from mentordesk.clock import system_now
from mentordesk.errors import VaultDamaged
from mentordesk.vault.fileio import PRIVATE_MODE, fsync_dir

if TYPE_CHECKING:
    import sqlcipher3.dbapi2 as sqlcipher
    from alembic.config import Config
    from sqlalchemy import Connection, Engine

SCHEMA_HEAD = "0011"
KEYED_CHAIN = "0005"  # the revision that keys the audit chain (and so starts its anchor)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    """Marks a progress label for translation; the GUI translates it when shown."""
    return text


def revision_of(dbapi_conn: sqlcipher.Connection) -> str | None:
    """The schema revision, read with plain SQL (no SQLAlchemy needed)."""
    has_table = dbapi_conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).fetchone()
    if not has_table:
        return None
    row = dbapi_conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def current_revision(conn: Connection) -> str | None:
    return revision_of(conn.connection.driver_connection)


def _config(conn: Connection) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = conn
    return cfg


def upgrade(engine: Engine, target: str = "head") -> None:
    """Run the migrations up to ``target`` in one transaction, with foreign keys off.

    SQLite changes most of a table's definition only by rebuilding it (new table, copy,
    drop the old, rename). With foreign keys on, dropping the old table would first delete
    its rows and so cascade-delete every record that points at them; SQLite's own procedure
    for schema changes turns foreign keys off around the change and checks them after it.
    That check runs before the commit: a migration that leaves a broken key is undone.
    """
    from alembic import command

    with engine.connect() as conn:
        raw = conn.connection.driver_connection  # no transaction yet: the pragma takes effect
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            conn.begin()  # one transaction for every step: all of them or none
            command.upgrade(_config(conn), target)
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                table, rowid, parent, _fk = broken[0]
                raise VaultDamaged(
                    f"Upgrading the vault's schema would leave {len(broken)} broken link(s) "
                    f"(the first from {table} row {rowid} to {parent}). Nothing was changed; "
                    "restore the vault from a backup."
                )
            conn.commit()
        finally:
            if conn.in_transaction():
                conn.rollback()  # (inside a transaction the pragma below would do nothing)
            raw.execute("PRAGMA foreign_keys = ON")


def script_head() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    if head is None:
        raise RuntimeError(f"no migration scripts in {MIGRATIONS_DIR}")
    return head


def backup_aside(engine: Engine, db_path: Path, revision: str | None) -> Path:
    """Copy the (encrypted) database into ``backups/`` after a full WAL checkpoint."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        backups = db_path.parent / "backups"
        backups.mkdir(mode=0o700, exist_ok=True)
        stamp = system_now().strftime("%Y%m%dT%H%M%SZ")
        target = backups / f"vault-schema-{revision or 'none'}-{stamp}.db"
        shutil.copyfile(db_path, target)
        target.chmod(PRIVATE_MODE)
        fsync_dir(backups)
    return target


def migrate_from(
    revision: str | None,
    engine: Engine,
    db_path: Path,
    progress: Callable[[str], None] | None = None,
) -> Path | None:
    """Bring a vault at ``revision`` to :data:`SCHEMA_HEAD`; returns the backup made, if any."""
    backup = None
    if revision is not None:
        if progress:
            progress(QT_TRANSLATE_NOOP("words", "Copying the vault aside before upgrading it"))
        backup = backup_aside(engine, db_path, revision)
    if progress:
        progress(QT_TRANSLATE_NOOP("words", "Upgrading the vault's schema"))
    upgrade(engine)
    return backup
