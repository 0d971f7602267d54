"""Remembering the data key in the operating system's keychain.

Only real secure stores are used: the Secret Service (GNOME Keyring, KWallet's bridge),
KWallet, the macOS Keychain and the Windows Credential Locker. Backends that keep secrets
in plain or weakly protected files (``keyrings.alt``), and the null and fail backends, are
refused with a reason, and the vault falls back to its passphrase.
"""

from __future__ import annotations

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError

from mentordesk.errors import KeychainUnavailable

SERVICE = "MentorDesk vault"

# module.ClassName of the backends trusted to protect a secret at rest.
SECURE_BACKENDS = {
    "keyring.backends.SecretService.Keyring",
    "keyring.backends.libsecret.Keyring",
    "keyring.backends.kwallet.DBusKeyring",
    "keyring.backends.kwallet.DBusKeyringKWallet4",
    "keyring.backends.macOS.Keyring",
    "keyring.backends.Windows.WinVaultKeyring",
}
_extra_secure: set[type] = set()


def register_secure_backend(cls: type[KeyringBackend]) -> None:
    """Trust another backend class (a platform store shipped by a plugin, or a test fake)."""
    _extra_secure.add(cls)


def _qualname(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__name__}"


def _leaves(backend: KeyringBackend) -> list[KeyringBackend]:
    inner = getattr(backend, "backends", None)
    if inner is not None and type(backend).__name__ == "ChainerBackend":
        return list(inner)
    return [backend]


def refusal_reason(backend: KeyringBackend | None = None) -> str | None:
    """None if the backend is a secure store; otherwise why it is refused."""
    backend = backend or keyring.get_keyring()
    leaves = _leaves(backend)
    if not leaves:
        return "no keychain is available on this computer"
    for leaf in leaves:
        name = _qualname(leaf)
        if type(leaf) not in _extra_secure and name not in SECURE_BACKENDS:
            if name.startswith("keyring.backends.null") or name.startswith("keyring.backends.fail"):
                return "no keychain is available on this computer"
            if name.startswith("keyrings.alt"):
                return f"the keychain backend {name} keeps secrets in a file that is not secure"
            return f"the keychain backend {name} is not a known secure store"
    return None


def is_secure() -> bool:
    return refusal_reason() is None


def store(vault_id: str, data_key: bytes) -> None:
    reason = refusal_reason()
    if reason:
        raise KeychainUnavailable(f"Cannot remember the vault on this computer: {reason}.")
    try:
        keyring.set_password(SERVICE, vault_id, data_key.hex())
    except KeyringError as exc:
        raise KeychainUnavailable(f"The keychain refused to store the key: {exc}.") from exc


def fetch(vault_id: str) -> bytes | None:
    """The remembered key, or None if the keychain is insecure, locked or has lost it."""
    if refusal_reason():
        return None
    try:
        value = keyring.get_password(SERVICE, vault_id)
    except KeyringError:
        return None
    if not value:
        return None
    try:
        key = bytes.fromhex(value)
    except ValueError:
        return None
    return key if len(key) == 32 else None


def forget(vault_id: str) -> None:
    try:
        keyring.delete_password(SERVICE, vault_id)
    except KeyringError:
        pass
