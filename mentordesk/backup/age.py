"""The vault's backup identity, and the age format's few pieces MentorDesk needs.

The backup identity is an X25519 age identity *derived from the recovery code*:
HKDF-SHA256 over the normalised recovery code (``XXXXX-XXXXX-…``, upper case) with a fixed
salt and info gives 32 bytes, the X25519 secret, written as age writes it
(``AGE-SECRET-KEY-1…``, Bech32). Why derived, not random and wrapped: on a new computer the
backup file and the recovery code are all that is left (``vault.keys`` is inside the backup,
so it cannot be where the identity lives). The recovery code carries 150 random bits, so a
fast KDF is enough; the passphrase is not used, since a passphrase-derived identity would need
either a slow KDF's parameters stored beside the backup (a second loose file) or age's scrypt
stanza, which cannot be combined with other recipients in one file.

The public recipient (``age1…``) is kept in ``vault.keys`` with a tag under the vault's
data key, so backups are made without the recovery code and a recipient edited into the
file is refused rather than silently used.

Deriving the recipient needs only ``cryptography``; ``pyrage`` (encryption itself) is imported
by the callers that encrypt or decrypt, when they do.
"""

from __future__ import annotations

import hashlib
import hmac

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from mentordesk.errors import WrongRecoveryCode
from mentordesk.vault import crypto

SECRET_HRP = "age-secret-key-"
PUBLIC_HRP = "age"
IDENTITY_PREFIX = "AGE-SECRET-KEY-1"
_SALT = b"mentordesk backup identity"
_INFO = b"mentordesk backup identity v1: X25519 age identity from the recovery code"
_TAG_INFO = b"mentordesk backup recipient tag v1"
_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


# -- Bech32 (BIP 173), as age uses it ----------------------------------------------------
def _polymod(values: list[int]) -> int:
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for value in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ value
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def _expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _to5(data: bytes) -> list[int]:
    acc, bits, out = 0, 0, []
    for byte in data:
        acc = (acc << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((acc >> bits) & 31)
    if bits:
        out.append((acc << (5 - bits)) & 31)
    return out


def bech32_encode(hrp: str, data: bytes) -> str:
    values = _to5(data)
    poly = _polymod([*_expand(hrp), *values, 0, 0, 0, 0, 0, 0]) ^ 1
    checksum = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CHARSET[v] for v in values + checksum)


# -- the identity ------------------------------------------------------------------------
def _secret_scalar(recovery_code: str) -> bytes:
    normalised = crypto.normalise_recovery_code(recovery_code)
    if not normalised:
        raise WrongRecoveryCode(
            "That is not a recovery code: it has 30 letters and digits in 6 groups."
        )
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=_SALT, info=_INFO).derive(
        normalised.encode("ascii")
    )


def identity_for(recovery_code: str) -> str:
    """The backup identity (``AGE-SECRET-KEY-1…``) of the vault with this recovery code."""
    return bech32_encode(SECRET_HRP, _secret_scalar(recovery_code)).upper()


def recipient_for(recovery_code: str) -> str:
    """The public recipient (``age1…``) matching :func:`identity_for`."""
    key = X25519PrivateKey.from_private_bytes(_secret_scalar(recovery_code))
    public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return bech32_encode(PUBLIC_HRP, public)


def is_identity(secret: str) -> bool:
    return secret.strip().upper().startswith(IDENTITY_PREFIX)


def identity_from_text(text: str) -> str:
    """The first ``AGE-SECRET-KEY-1…`` line of an identity file's text (comments skipped)."""
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            return line
    return ""


# -- the recipient's tag in vault.keys -----------------------------------------------------
def recipient_tag(data_key: bytes, vault_id: str, recipient: str) -> str:
    """A MAC binding the stored recipient to this vault (keyed from the data key)."""
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_TAG_INFO).derive(data_key)
    return hmac.new(key, f"{vault_id}\x00{recipient}".encode(), hashlib.sha256).hexdigest()
