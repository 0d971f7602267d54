"""Key derivation and key wrapping for the vault's data key.

The database is encrypted by SQLCipher with a random 32-byte *data key*. That key is
stored only wrapped (AES-256-GCM) under keys derived with Argon2id from the passphrase and
from the recovery code, so changing the passphrase rewraps 32 bytes and never touches the
database.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

DATA_KEY_BYTES = 32
NONCE_BYTES = 12
WRAPPED_BYTES = DATA_KEY_BYTES + 16  # the data key and the GCM tag

# New slots are written with the floor; on read, anything within these bounds is accepted.
# The ceilings keep an edited key file from making an unlock take minutes or all memory
# (1 GiB and 10 passes take about 7 s on a laptop).
MIN_ITERATIONS, MAX_ITERATIONS = 3, 10
MIN_MEMORY_KIB, MAX_MEMORY_KIB = 64 * 1024, 1024 * 1024
MIN_LANES, MAX_LANES = 4, 16
MIN_SALT_BYTES, MAX_SALT_BYTES = 16, 64

# Crockford's base32 alphabet: no I, L, O or U, so a code read aloud is unambiguous.
_RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_GROUPS = 6
RECOVERY_GROUP_LEN = 5  # 30 symbols x 5 bits = 150 bits


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class KdfParams:
    salt: bytes
    iterations: int = MIN_ITERATIONS
    memory_kib: int = MIN_MEMORY_KIB
    lanes: int = MIN_LANES

    @classmethod
    def fresh(cls) -> KdfParams:
        return cls(salt=os.urandom(16))

    def to_json(self) -> dict:
        return {
            "name": "argon2id",
            "salt": b64(self.salt),
            "iterations": self.iterations,
            "memory_kib": self.memory_kib,
            "lanes": self.lanes,
        }

    @classmethod
    def from_json(cls, data: dict) -> KdfParams:
        """Parameters from a key file (already checked by its schema; checked again here)."""
        if data.get("name") != "argon2id":
            raise ValueError("unsupported key derivation")
        params = cls(
            salt=unb64(data["salt"]),
            iterations=int(data["iterations"]),
            memory_kib=int(data["memory_kib"]),
            lanes=int(data["lanes"]),
        )
        params.check_bounds()
        return params

    def check_bounds(self) -> None:
        if not (
            MIN_ITERATIONS <= self.iterations <= MAX_ITERATIONS
            and MIN_MEMORY_KIB <= self.memory_kib <= MAX_MEMORY_KIB
            and MIN_LANES <= self.lanes <= MAX_LANES
            and MIN_SALT_BYTES <= len(self.salt) <= MAX_SALT_BYTES
        ):
            raise ValueError("key derivation parameters are outside the allowed bounds")


def derive_key(secret: str, params: KdfParams) -> bytes:
    params.check_bounds()  # never run Argon2id with parameters nobody checked
    kdf = Argon2id(
        salt=params.salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(secret.encode("utf-8"))


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def wrap(key_encryption_key: bytes, data_key: bytes, aad: bytes) -> dict:
    nonce = os.urandom(12)
    ciphertext = AESGCM(key_encryption_key).encrypt(nonce, data_key, aad)
    return {"alg": "AES-256-GCM", "nonce": b64(nonce), "ciphertext": b64(ciphertext)}


def unwrap(key_encryption_key: bytes, wrapped: dict, aad: bytes) -> bytes | None:
    """Return the data key, or None when the key (or the wrapped blob) is wrong."""
    if wrapped.get("alg") != "AES-256-GCM":
        raise ValueError("unsupported key wrapping")
    try:
        return AESGCM(key_encryption_key).decrypt(
            unb64(wrapped["nonce"]), unb64(wrapped["ciphertext"]), aad
        )
    except InvalidTag:
        return None


def canonical_json(value: Any) -> bytes:
    """One byte string for a JSON value: sorted keys, no spaces, ASCII only."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False
    ).encode("ascii")


def checksum(value: Any) -> str:
    """Unkeyed SHA-256 of a JSON value: finds accidental edits, not deliberate ones."""
    return hashlib.sha256(canonical_json(value)).hexdigest()


def key_check(data_key: bytes, vault_id: str) -> str:
    """A value that tells whether a candidate key is this vault's key, revealing nothing."""
    return hmac.new(
        data_key, b"mentordesk key check " + vault_id.encode(), hashlib.sha256
    ).hexdigest()


def key_matches(data_key: bytes, vault_id: str, expected: str) -> bool:
    return hmac.compare_digest(key_check(data_key, vault_id), expected)


def new_recovery_code() -> str:
    symbols = "".join(
        secrets.choice(_RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LEN)
    )
    return "-".join(
        symbols[i : i + RECOVERY_GROUP_LEN] for i in range(0, len(symbols), RECOVERY_GROUP_LEN)
    )


def normalise_recovery_code(text: str) -> str:
    """Accept a recovery code as typed: any case, spaces or dashes, O for 0, I/L for 1."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.translate(str.maketrans("OIL", "011"))
    if len(cleaned) != RECOVERY_GROUPS * RECOVERY_GROUP_LEN or any(
        ch not in _RECOVERY_ALPHABET for ch in cleaned
    ):
        return ""
    return "-".join(
        cleaned[i : i + RECOVERY_GROUP_LEN] for i in range(0, len(cleaned), RECOVERY_GROUP_LEN)
    )
