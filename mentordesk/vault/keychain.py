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
    """None if the backend is a secure store; otherwise why it is refused (never raises)."""
    try:
        return _refusal_reason(backend or keyring.get_keyring())
    except Exception as exc:  # noqa: BLE001 - a broken keychain is a refused one
        return f"the keychain could not be asked ({type(exc).__name__})"


def _refusal_reason(backend: KeyringBackend) -> str | None:
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
    """Remember the key; :class:`KeychainUnavailable` if the keychain cannot or will not."""
    reason = refusal_reason()
    if reason:
        raise KeychainUnavailable(f"Cannot remember the vault on this computer: {reason}.")
    try:
        keyring.set_password(SERVICE, vault_id, data_key.hex())
    except Exception as exc:  # noqa: BLE001 - a keychain may fail in any way (D-Bus, locked)
        raise KeychainUnavailable(
            f"The keychain did not store the key ({_why(exc)}); the vault still opens with "
            "its passphrase."
        ) from exc


def fetch(vault_id: str) -> bytes | None:
    """The remembered key, or None if the keychain is insecure, locked, broken or has lost
    it: the caller then asks for the passphrase."""
    if refusal_reason():
        return None
    try:
        value = keyring.get_password(SERVICE, vault_id)
    except Exception:  # noqa: BLE001 - whatever the keychain raises, the passphrase still works
        return None
    if not value or not isinstance(value, str):
        return None
    try:
        key = bytes.fromhex(value)
    except ValueError:
        return None
    return key if len(key) == 32 else None


def forget(vault_id: str) -> None:
    """Drop the remembered key; a keychain that cannot is left as it is."""
    try:
        keyring.delete_password(SERVICE, vault_id)
    except Exception:  # noqa: BLE001 - nothing to forget, or a keychain that cannot answer
        pass


def _why(exc: BaseException) -> str:
    """A keyring error's own words are about the keychain; anything else, by its type."""
    if isinstance(exc, KeyringError) and str(exc).strip():
        return " ".join(str(exc).split())[:200]
    return type(exc).__name__
