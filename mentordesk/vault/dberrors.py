"""What a database or file error really means: busy, read-only, disk full, or damaged.

SQLite reports a full disk, a lock held by another program and a read-only folder through
the same exception classes it uses for a damaged file. :func:`translate` tells them apart
by SQLite's result code (and, failing that, its message), so the person is told the real
reason and a script gets the right exit code, instead of "damaged" for everything.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from mentordesk.errors import DiskFull, MentorDeskError, VaultBusy, VaultDamaged, VaultReadOnly

# SQLite's primary result codes (sqlite3.h); an extended code keeps them in its low byte.
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

_BY_CODE: dict[int, str] = {
    SQLITE_BUSY: "busy",
    SQLITE_LOCKED: "busy",
    SQLITE_READONLY: "readonly",
    SQLITE_PERM: "readonly",
    SQLITE_FULL: "full",
    SQLITE_IOERR: "damaged",
    SQLITE_CORRUPT: "damaged",
    SQLITE_NOTADB: "damaged",
    SQLITE_CANTOPEN: "cantopen",
}
# When a driver gives no result code, its message says the same thing.
_BY_MESSAGE: list[tuple[str, str]] = [
    ("database is locked", "busy"),
    ("database table is locked", "busy"),
    ("database schema is locked", "busy"),
    ("database or disk is full", "full"),
    ("readonly database", "readonly"),
    ("read-only", "readonly"),
    ("file is not a database", "damaged"),
    ("malformed", "damaged"),
    ("disk i/o error", "damaged"),
    ("unable to open database file", "cantopen"),
]
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}
_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
DB_FILE = "vault.db"


def translate(
    exc: BaseException, *, what: str | None = None, folder: Path | str | None = None
) -> MentorDeskError | None:
    """The honest :class:`MentorDeskError` for ``exc``, or None when it is not one we know.

    ``exc`` may be a SQLCipher error, SQLAlchemy's wrapper of one, an :class:`OSError`, or a
    :class:`VaultDamaged` raised from one of those (then the cause decides: a vault that is
    only busy, read-only or on a full disk is not called damaged). ``what`` names what was
    being saved ("the import"); ``folder`` is the vault's folder, when known.
    """
    where = Path(folder) if folder else None
    if isinstance(exc, MentorDeskError):
        cause = _cause(exc)
        if isinstance(exc, VaultDamaged) and cause is not None:
            honest = translate(cause, what=what, folder=folder)
            if honest is not None and not isinstance(honest, VaultDamaged):
                return honest
        return exc
    db_error = _database_error(exc)
    if db_error is not None:
        return _from_database(db_error, what, where)
    if isinstance(exc, OSError):
        return _from_os(exc, what, where)
    return None


def _cause(exc: BaseException) -> BaseException | None:
    seen = 0
    cause = exc.__cause__ or exc.__context__
    while cause is not None and seen < 8:
        if not isinstance(cause, MentorDeskError):
            return cause
        cause, seen = cause.__cause__ or cause.__context__, seen + 1
    return None


def _database_error(exc: BaseException) -> sqlcipher.Error | None:
    """The SQLCipher error itself: ``exc``, or the one SQLAlchemy wraps."""
    if isinstance(exc, sqlcipher.Error):
        return exc
    sa_exc = sys.modules.get("sqlalchemy.exc")  # never imported just to ask
    if sa_exc is not None and isinstance(exc, sa_exc.DBAPIError):
        orig = getattr(exc, "orig", None)
        if isinstance(orig, sqlcipher.Error):
            return orig
    return None


def kind_of(error: sqlcipher.Error) -> str | None:
    """ "busy", "full", "readonly", "damaged", "cantopen", or None for anything else."""
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) in _BY_CODE:
        return _BY_CODE[code & 0xFF]
    text = str(error).lower()
    for words, kind in _BY_MESSAGE:
        if words in text:
            return kind
    return None


def _from_database(
    error: sqlcipher.Error, what: str | None, folder: Path | None
) -> MentorDeskError | None:
    kind = kind_of(error)
    if kind == "busy":
        return busy()
    if kind == "full":
        return disk_full(what)
    if kind == "readonly":
        return read_only(folder)
    if kind == "cantopen" and folder is not None and _not_writable(folder):
        return read_only(folder)
    if kind == "damaged":
        name = folder / DB_FILE if folder is not None else Path(DB_FILE)
        return VaultDamaged(
            f"The vault database {name} is damaged: it failed the database integrity check "
            f"({error}). Nothing was changed; restore it from a backup."
        )
    return None


def _from_os(exc: OSError, what: str | None, folder: Path | None) -> MentorDeskError | None:
    filename = Path(exc.filename) if exc.filename else None
    if exc.errno in _FULL_ERRNOS:
        if filename is not None and not _inside(filename, folder):
            return disk_full(what, place=str(filename))
        return disk_full(what)
    if exc.errno in _READ_ONLY_ERRNOS and folder is not None:
        if filename is None or _inside(filename, folder):
            return read_only(folder)
    return None


def busy() -> VaultBusy:
    return VaultBusy(
        "The vault is busy: another MentorDesk or another program is writing to it. "
        "Try again when it has finished."
    )


def disk_full(what: str | None = None, *, place: str | None = None) -> DiskFull:
    holding = place or "the vault"
    return DiskFull(
        f"The disk holding {holding} is full: {what or 'the change'} was not saved; "
        "everything saved before it is safe. Free some space and try again."
    )


def read_only(folder: Path | None = None) -> VaultReadOnly:
    where = f"The vault's folder {folder}" if folder is not None else "The vault's folder"
    return VaultReadOnly(
        f"{where} cannot be written to (it is read-only, or you may not change it), "
        "so nothing was saved. Copy the vault to a folder you may write to, or change the "
        "folder's permissions."
    )


def _inside(path: Path, folder: Path | None) -> bool:
    if folder is None:
        return False
    try:
        return Path(os.path.abspath(path)).is_relative_to(os.path.abspath(folder))
    except (OSError, ValueError):
        return False


def _not_writable(folder: Path) -> bool:
    try:
        return folder.is_dir() and not os.access(folder, os.W_OK)
    except OSError:
        return False
