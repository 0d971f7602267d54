"""Errors a mentor can be told about in one line.

Every error raised on purpose by MentorDesk derives from :class:`MentorDeskError`; its
``str()`` is the message shown to the user, in the GUI and on the command line alike.
"""


class MentorDeskError(Exception):
    """Base class: the message is written for the person using MentorDesk."""


class VaultError(MentorDeskError):
    """The vault cannot be used as asked."""


class VaultNotFound(VaultError):
    pass


class VaultExists(VaultError):
    pass


class WrongPassphrase(VaultError):
    pass


class WrongRecoveryCode(VaultError):
    pass


class VaultDamaged(VaultError):
    """A vault file is corrupt, truncated or has been tampered with."""


class VaultLocked(VaultError):
    pass


class KeychainUnavailable(VaultError):
    """The OS keychain is missing, insecure, or does not hold the key."""


class ThrottledError(VaultError):
    """Too many wrong attempts in a row; the caller must wait."""

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
