"""Schema migrations, run from code when a vault is opened.

Alembic is imported only when a migration is actually needed, so opening an up-to-date
vault stays fast. Before migrating an existing vault its database is copied aside, still
encrypted, into ``backups/`` inside the vault folder.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine

from mentordesk.vault.fileio import PRIVATE_MODE, fsync_dir

SCHEMA_HEAD = "0002"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def current_revision(conn: Connection) -> str | None:
    has_table = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).first()
    if not has_table:
        return None
    row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    return row[0] if row else None


def _config(conn: Connection):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = conn
    return cfg


def upgrade(engine: Engine, target: str = "head") -> None:
    from alembic import command

    with engine.connect() as conn:
        command.upgrade(_config(conn), target)
        conn.commit()


def script_head() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return ScriptDirectory.from_config(cfg).get_current_head()


def backup_aside(engine: Engine, db_path: Path, revision: str | None) -> Path:
    """Copy the (encrypted) database into ``backups/`` after a full WAL checkpoint."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        backups = db_path.parent / "backups"
        backups.mkdir(mode=0o700, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = backups / f"vault-schema-{revision or 'none'}-{stamp}.db"
        shutil.copyfile(db_path, target)
        target.chmod(PRIVATE_MODE)
        fsync_dir(backups)
    return target


def ensure_current(
    engine: Engine, db_path: Path, progress: Callable[[str], None] | None = None
) -> Path | None:
    """Bring the schema to :data:`SCHEMA_HEAD`; returns the backup path if one was made."""
    with engine.connect() as conn:
        revision = current_revision(conn)
    if revision == SCHEMA_HEAD:
        return None
    backup = None
    if revision is not None:
        if progress:
            progress("Copying the vault aside before upgrading it")
        backup = backup_aside(engine, db_path, revision)
    if progress:
        progress("Upgrading the vault's schema")
    upgrade(engine)
    return backup
