"""Errors a mentor can be told about in one line.

Every error raised on purpose by MentorDesk derives from :class:`MentorDeskError`; its
``str()`` is the message shown to the user, in the GUI and on the command line alike.
Each class carries the command line's exit code for it (``mentordesk --help`` lists them),
so a script can tell a wrong passphrase from a damaged vault or a full disk.
"""

EXIT_FAILED = 1  # any other refusal: bad input, not found, validation
EXIT_WRONG_SECRET = 3
EXIT_DAMAGED = 4
EXIT_BUSY = 5
EXIT_READ_ONLY = 6
EXIT_DISK_FULL = 7
EXIT_THROTTLED = 8
EXIT_UNEXPECTED = 70  # a fault in MentorDesk itself (a crash report was written)


class MentorDeskError(Exception):
    """Base class: the message is written for the person using MentorDesk."""

    exit_code = EXIT_FAILED


class VaultError(MentorDeskError):
    """The vault cannot be used as asked."""


class VaultNotFound(VaultError):
    pass


class VaultExists(VaultError):
    pass


class WrongPassphrase(VaultError):
    exit_code = EXIT_WRONG_SECRET


class WrongRecoveryCode(VaultError):
    exit_code = EXIT_WRONG_SECRET


class VaultDamaged(VaultError):
    """A vault file is corrupt, truncated or has been tampered with (the message names it)."""

    exit_code = EXIT_DAMAGED


class VaultLocked(VaultError):
    """The vault has been locked (closed) in this process; it must be unlocked again."""


class VaultBusy(VaultError):
    """Another MentorDesk (or another program) is using the vault and did not let go."""

    exit_code = EXIT_BUSY


class VaultReadOnly(VaultError):
    """The vault's folder or files cannot be written to."""

    exit_code = EXIT_READ_ONLY


class DiskFull(VaultError):
    """The disk is full: the change being saved was not saved; everything before it is."""

    exit_code = EXIT_DISK_FULL


class KeychainUnavailable(VaultError):
    """The OS keychain is missing, insecure, or does not hold the key."""


class ThrottledError(VaultError):
    """Too many wrong attempts in a row; the caller must wait."""

    exit_code = EXIT_THROTTLED

    def __init__(self, message: str, wait_seconds: float) -> None:
        super().__init__(message)
        self.wait_seconds = wait_seconds


class StandardImportError(MentorDeskError):
    """A standard file is malformed; nothing was imported."""


class ValidationError(MentorDeskError):
    """Input to a service failed validation; ``field`` names the offending field."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class BackupError(MentorDeskError):
    """A backup cannot be made or restored as asked (the message names the file or folder)."""


class BackupDamaged(BackupError):
    """A backup file is damaged, incomplete, altered or not a MentorDesk backup."""

    exit_code = EXIT_DAMAGED


class BackupWrongKey(BackupError):
    """The recovery code or identity given does not open this backup."""

    exit_code = EXIT_WRONG_SECRET
