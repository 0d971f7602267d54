"""What a person is told when an operation fails: the words and the message box's title.

Database and file errors are first turned into what they mean (the vault is busy,
read-only, on a full disk, or damaged: :mod:`mentordesk.vault.dberrors`); a fault in
MentorDesk itself is told plainly, with a crash report that holds no records.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from mentordesk.errors import DiskFull, MentorDeskError, VaultBusy, VaultDamaged, VaultReadOnly

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


@dataclass(frozen=True)
class Told:
    title: str
    text: str
    unexpected: bool  # a fault in MentorDesk: shown as an error, with a crash report


def describe(error: BaseException, title: str, folder: Any = None) -> Told:
    """The title and words for ``error`` in an operation called ``title``."""
    what = translate("Ops", "“{0}”").format(title) if title else None
    error = honest_error(error, what, folder)
    text = message_for(error, what=what, folder=folder)
    unexpected = is_unexpected(error)
    if unexpected:
        from mentordesk import crash

        path = crash.write_report(error, where="operation")
        if path is not None:
            text += " " + translate(
                "Ops", "A crash report without your records was written to {0}."
            ).format(path)
    return Told(title_for(error, title), text, unexpected)


def honest_error(exc: BaseException, what: str | None = None, folder: Any = None) -> BaseException:
    """``exc`` as what it means: a database or file error becomes the error class it is
    (busy, read-only, disk full, damaged); anything else is itself."""
    from mentordesk.vault import dberrors

    return dberrors.translate(exc, what=what, folder=folder) or exc


def message_for(exc: BaseException, *, what: str | None = None, folder: Any = None) -> str:
    """The words a person is shown for ``exc``; ``what`` names what was being saved."""
    exc = honest_error(exc, what, folder)
    if isinstance(exc, MentorDeskError):
        return " ".join(str(exc).splitlines())
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return translate(
                "Ops", "MentorDesk may not write there{0}. Choose another place."
            ).format(where)
        return translate("Ops", "The file could not be used{0}: {1}.").format(
            where, exc.strerror or exc
        )
    return translate("Ops", "Something went wrong ({0}). Nothing was saved.").format(
        type(exc).__name__
    )


def title_for(exc: BaseException, default: str) -> str:
    """The message box's title: the error's own for the vault's conditions, else ``default``."""
    if isinstance(exc, VaultBusy):
        return translate("Ops", "Vault busy")
    if isinstance(exc, VaultReadOnly):
        return translate("Ops", "Vault is read-only")
    if isinstance(exc, DiskFull):
        return translate("Ops", "Disk full")
    if isinstance(exc, VaultDamaged):
        return translate("Ops", "Vault damaged")
    return default


def is_unexpected(exc: BaseException) -> bool:
    """True for a fault in MentorDesk itself (not a refusal, a file or the vault's state)."""
    return not isinstance(exc, MentorDeskError | OSError)
