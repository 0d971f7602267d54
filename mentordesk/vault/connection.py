"""One checked SQLCipher connection, without SQLAlchemy.

Every connection is opened with the raw data key and checked before anything may use it:
a SQLCipher build must answer ``PRAGMA cipher_version`` (so a plain SQLite can never be
used by mistake), and the durability and privacy pragmas must hold. Opening a vault uses
this directly, so the ORM is not needed to show the first screen.
"""

from __future__ import annotations

import sys
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from mentordesk.errors import VaultDamaged, VaultError

# pragma -> value expected when read back
REQUIRED_PRAGMAS: dict[str, object] = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL
    "secure_delete": 1,
    "foreign_keys": 1,
    "temp_store": 2,  # MEMORY
}
_SETTINGS = {
    "synchronous": "FULL",
    "secure_delete": "ON",
    "foreign_keys": "ON",
    "temp_store": "MEMORY",
}


def _key_pragma(data_key: bytes) -> str:
    if len(data_key) != 32:
        raise ValueError("the data key must be 32 bytes")
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


def connect_raw(db_path: Path, data_key: bytes, *, create: bool = False) -> sqlcipher.Connection:
    """Open one checked SQLCipher connection.

    Without ``create`` the file must exist already: the URI is opened ``mode=rw`` so that a
    missing database is an error, never a new empty one.
    """
    mode = "rwc" if create else "rw"
    uri = f"{Path(db_path).resolve().as_uri()}?mode={mode}"
    try:
        conn = sqlcipher.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
    except sqlcipher.OperationalError as exc:
        raise VaultDamaged(f"The vault database {db_path} cannot be opened: {exc}.") from exc
    try:
        # SQLCipher logs decryption failures to stderr itself; MentorDesk reports them.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_pragma(data_key))
        row = conn.execute("PRAGMA cipher_version").fetchone()
        if not row or not row[0]:
            raise VaultError("This SQLite has no SQLCipher support; refusing to open the vault.")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError as exc:
            raise VaultDamaged(
                f"The vault database {db_path} cannot be decrypted: it is damaged or not "
                "this vault's "
                "database (cipher integrity)."
            ) from exc
        conn.execute("PRAGMA journal_mode = WAL")
        for name, value in _SETTINGS.items():
            conn.execute(f"PRAGMA {name} = {value}")
        for name, expected in REQUIRED_PRAGMAS.items():
            got = conn.execute(f"PRAGMA {name}").fetchone()[0]
            if got != expected:
                raise VaultError(f"Could not set PRAGMA {name} (got {got!r}, need {expected!r}).")
    except BaseException:
        conn.close()
        raise
    return conn


def is_database_error(exc: BaseException) -> bool:
    """True for an error from the database itself (SQLCipher, or SQLAlchemy wrapping it)."""
    if isinstance(exc, sqlcipher.DatabaseError):
        return True
    sa_exc = sys.modules.get("sqlalchemy.exc")  # never imported just to ask
    return sa_exc is not None and isinstance(exc, sa_exc.DBAPIError)
