"""Database errors told by what they are: busy, disk full, read-only, damaged.

Each error here is really produced by SQLCipher (a full database, a lock held by a second
connection, a read-only open, a file that is not a database), not written as a string.
"""

import errno
import os
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError as SAOperationalError

from mentordesk.errors import (
    EXIT_BUSY,
    EXIT_DAMAGED,
    EXIT_DISK_FULL,
    EXIT_READ_ONLY,
    DiskFull,
    VaultBusy,
    VaultDamaged,
    VaultReadOnly,
)
from mentordesk.vault import dberrors

KEY = "x'" + "11" * 32 + "'"


def connect(path: Path, *, mode: str = "rwc", timeout: float = 5.0) -> sqlcipher.Connection:
    conn = sqlcipher.connect(
        f"{path.resolve().as_uri()}?mode={mode}", uri=True, timeout=timeout, isolation_level=None
    )
    conn.execute(f'PRAGMA key = "{KEY}"')
    return conn


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "vault.db"
    conn = connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.close()
    return path


def raised(action) -> BaseException:
    with pytest.raises(Exception) as info:
        action()
    return info.value


def fill_until_full(conn: sqlcipher.Connection) -> None:
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    for _ in range(1000):
        conn.execute("INSERT INTO t VALUES (randomblob(2000))")


def test_a_full_disk_is_disk_full_and_says_what_was_not_saved(db):
    conn = connect(db)
    error = raised(lambda: fill_until_full(conn))
    conn.close()
    assert dberrors.kind_of(error) == "full"
    told = dberrors.translate(error, what="the import")
    assert isinstance(told, DiskFull) and told.exit_code == EXIT_DISK_FULL
    assert str(told) == (
        "The disk holding the vault is full: the import was not saved; everything saved "
        "before it is safe. Free some space and try again."
    )


def test_a_lock_held_by_another_connection_is_busy(db):
    holder = connect(db)
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("INSERT INTO t VALUES (2)")
    other = connect(db, timeout=0.1)
    error = raised(lambda: other.execute("INSERT INTO t VALUES (3)"))
    holder.execute("ROLLBACK")
    holder.close()
    other.close()
    assert "locked" in str(error)
    told = dberrors.translate(error)
    assert isinstance(told, VaultBusy) and told.exit_code == EXIT_BUSY
    assert str(told).startswith("The vault is busy: another MentorDesk or another program")


def test_sqlalchemy_wrapping_a_busy_error_is_busy_too(db):
    holder = connect(db)
    holder.execute("BEGIN EXCLUSIVE")
    engine = create_engine(
        "sqlite+pysqlite://", module=sqlcipher, creator=lambda: connect(db, timeout=0.1)
    )
    with engine.connect() as conn:
        error = raised(lambda: conn.execute(text("INSERT INTO t VALUES (4)")))
    engine.dispose()
    holder.execute("ROLLBACK")
    holder.close()
    assert isinstance(error, SAOperationalError)
    assert isinstance(dberrors.translate(error), VaultBusy)


def test_a_read_only_database_is_read_only_and_names_the_folder(db):
    conn = connect(db, mode="ro")
    error = raised(lambda: conn.execute("INSERT INTO t VALUES (5)"))
    conn.close()
    assert "readonly" in str(error)
    told = dberrors.translate(error, folder=db.parent)
    assert isinstance(told, VaultReadOnly) and told.exit_code == EXIT_READ_ONLY
    assert f"The vault's folder {db.parent} cannot be written to" in str(told)


def test_a_file_that_is_not_a_database_is_damaged_naming_the_check(tmp_path):
    path = tmp_path / "vault.db"
    path.write_bytes(os.urandom(8192))
    conn = connect(path, mode="rw")
    error = raised(lambda: conn.execute("SELECT count(*) FROM sqlite_master").fetchone())
    conn.close()
    told = dberrors.translate(error, folder=tmp_path)
    assert isinstance(told, VaultDamaged) and told.exit_code == EXIT_DAMAGED
    assert f"{path} is damaged" in str(told) and "database integrity" in str(told)


def test_damaged_raised_from_a_busy_vault_is_told_as_busy(db):
    holder = connect(db)
    holder.execute("BEGIN EXCLUSIVE")
    other = connect(db, timeout=0.1)
    try:
        try:
            other.execute("INSERT INTO t VALUES (6)")
        except sqlcipher.OperationalError as exc:
            raise VaultDamaged(f"The vault database is damaged (integrity): {exc}.") from exc
    except VaultDamaged as wrapped:
        assert isinstance(dberrors.translate(wrapped), VaultBusy)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        other.close()
    really = VaultDamaged("The vault database is damaged.")
    assert dberrors.translate(really) is really


def test_a_write_to_a_full_device_is_disk_full():
    with pytest.raises(OSError) as info, open("/dev/full", "wb", buffering=0) as full:
        full.write(b"x" * 4096)
    assert info.value.errno == errno.ENOSPC
    told = dberrors.translate(info.value, what="the export")
    assert isinstance(told, DiskFull) and "the export was not saved" in str(told)


def test_file_permission_errors_are_read_only_only_inside_the_vault(tmp_path):
    inside = OSError(errno.EROFS, "Read-only file system", str(tmp_path / "vault.keys"))
    assert isinstance(dberrors.translate(inside, folder=tmp_path), VaultReadOnly)
    elsewhere = OSError(errno.EACCES, "Permission denied", "/etc/review.pdf")
    assert dberrors.translate(elsewhere, folder=tmp_path) is None
    assert dberrors.translate(inside) is None  # no vault known: not called the vault's


def test_anything_else_is_not_translated(db):
    conn = connect(db)
    error = raised(lambda: conn.execute("SELEKT 1"))
    conn.close()
    assert dberrors.translate(error) is None
    assert dberrors.translate(RuntimeError("database is locked")) is None
