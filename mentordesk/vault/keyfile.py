"""``vault.keys``: the data key, wrapped under the passphrase and the recovery code.

Each slot wraps the data key with AES-256-GCM under a key derived (Argon2id) from its secret.
The GCM associated data of a format-2 slot covers the file's format, the vault id, the key
check, the cipher, the slot's name and its KDF parameters (:meth:`KeyFile.aad`), so a file
with any of those changed never yields a key. The file is checked against its schema and
checksums (:mod:`keyschema`) before any KDF runs; what that does and does not tell apart is
said there.

Format 1 (before checksums; associated data ``"<format>/<vault id>/<slot>"``) is still read.
Each slot records which associated data it was wrapped with (``"aad": 1`` or ``2``). When a
slot is unlocked with its secret and still uses format 1's, it is wrapped again with format
2's (same derived key, new nonce), and the caller saves the file as format 2
(:meth:`KeyFile.save_if_upgraded`); the other slot keeps its format-1 binding until it is used.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from mentordesk.clock import system_now
from mentordesk.errors import WrongPassphrase, WrongRecoveryCode
from mentordesk.vault import crypto, keyschema
from mentordesk.vault.fileio import atomic_write
from mentordesk.vault.keyschema import (
    CIPHER,
    FORMAT,
    FORMAT_VERSION,
    PASSPHRASE_SLOT,
    RECOVERY_SLOT,
    damaged,
)

__all__ = ["FORMAT", "FORMAT_VERSION", "PASSPHRASE_SLOT", "RECOVERY_SLOT", "KeyFile"]

KEYS_NAME = "vault.keys"


@dataclass
class KeyFile:
    vault_id: str
    key_check: str
    slots: dict[str, dict]
    remember_in_keychain: bool = False
    created: str = field(default_factory=lambda: system_now().isoformat(timespec="seconds"))
    #: the format of the file as read (a new key file is written in the current one)
    version: int = FORMAT_VERSION
    #: the bytes it was read from, so an upgrade never overwrites a file changed meanwhile
    source: bytes | None = field(default=None, repr=False, compare=False)
    file_name: str = field(default=KEYS_NAME, compare=False)
    _rebound: bool = field(default=False, repr=False, compare=False)
    #: the backup recipient and its tag ({"recipient": "age1…", "tag": hex}), if set
    backup: dict[str, str] | None = None

    # -- construction -----------------------------------------------------------------
    @classmethod
    def new(cls, data_key: bytes, passphrase: str, recovery_code: str) -> KeyFile:
        vault_id = str(uuid.uuid4())
        kf = cls(vault_id=vault_id, key_check=crypto.key_check(data_key, vault_id), slots={})
        kf.set_slot(PASSPHRASE_SLOT, passphrase, data_key)
        kf.set_slot(RECOVERY_SLOT, recovery_code, data_key)
        return kf

    def set_backup_recipient(self, recovery_code: str, data_key: bytes) -> str:
        """Keep the backup recipient derived from ``recovery_code`` (caller saves)."""
        from mentordesk.backup import age

        recipient = age.recipient_for(recovery_code)
        tag = age.recipient_tag(data_key, self.vault_id, recipient)
        self.backup = {"recipient": recipient, "tag": tag}
        return recipient

    def ensure_backup_recipient(self, recovery_code: str, data_key: bytes) -> None:
        """Set the recipient if missing or not verifying; saved by :meth:`save_if_upgraded`."""
        if self.backup_recipient(data_key) is None:
            self.set_backup_recipient(recovery_code, data_key)
            self._rebound = True

    def backup_recipient(self, data_key: bytes) -> str | None:
        """The stored backup recipient if its tag verifies under ``data_key``, else None."""
        import hmac

        from mentordesk.backup import age

        if not self.backup:
            return None
        recipient = self.backup["recipient"]
        expected = age.recipient_tag(data_key, self.vault_id, recipient)
        return recipient if hmac.compare_digest(expected, self.backup["tag"]) else None

    def set_slot(self, name: str, secret: str, data_key: bytes) -> None:
        params = crypto.KdfParams.fresh()
        kek = crypto.derive_key(secret, params)
        self._wrap_slot(name, params.to_json(), kek, data_key)

    def _wrap_slot(self, name: str, kdf: dict, kek: bytes, data_key: bytes) -> None:
        wrapped = crypto.wrap(kek, data_key, self.aad(name, {"kdf": kdf, "aad": FORMAT_VERSION}))
        self.slots[name] = {"kdf": kdf, "wrap": wrapped, "aad": FORMAT_VERSION}

    def aad(self, slot: str, entry: dict) -> bytes:
        """The associated data a slot's key is wrapped with (by the slot's ``aad`` version)."""
        if entry.get("aad", 1) == 1:
            return f"{FORMAT}/{self.vault_id}/{slot}".encode()
        return crypto.canonical_json(
            {
                "format": FORMAT,
                "version": entry["aad"],
                "vault_id": self.vault_id,
                "key_check": self.key_check,
                "cipher": CIPHER,
                "slot": slot,
                "kdf": entry["kdf"],
            }
        )

    # -- unwrapping ---------------------------------------------------------------------
    def unwrap(self, slot: str, secret: str) -> bytes | None:
        """The data key, or None when ``secret`` is not this slot's."""
        try:
            entry = self.slots[slot]
            params = crypto.KdfParams.from_json(entry["kdf"])
            kek = crypto.derive_key(secret, params)
            data_key = crypto.unwrap(kek, entry["wrap"], self.aad(slot, entry))
        except (KeyError, ValueError, TypeError) as exc:
            raise damaged(self.file_name, f"(the {slot} slot cannot be read: {exc})") from exc
        if data_key is None:
            return None
        if not self.accepts(data_key):
            raise damaged(self.file_name, f"(the key check does not match the {slot} slot)")
        if entry.get("aad", 1) != FORMAT_VERSION:
            self._wrap_slot(slot, entry["kdf"], kek, data_key)
            self._rebound = True
        return data_key

    def unwrap_passphrase(self, passphrase: str) -> bytes:
        data_key = self.unwrap(PASSPHRASE_SLOT, passphrase)
        if data_key is None:
            raise WrongPassphrase("That passphrase is not right for this vault.")
        return data_key

    def unwrap_recovery(self, code: str) -> bytes:
        normalised = crypto.normalise_recovery_code(code)
        if not normalised:
            raise WrongRecoveryCode(
                "That is not a recovery code: it has 30 letters and digits in 6 groups."
            )
        data_key = self.unwrap(RECOVERY_SLOT, normalised)
        if data_key is None:
            raise WrongRecoveryCode("That recovery code is not right for this vault.")
        return data_key

    def accepts(self, data_key: bytes) -> bool:
        return crypto.key_matches(data_key, self.vault_id, self.key_check)

    # -- persistence --------------------------------------------------------------------
    def to_json(self) -> dict:
        data: dict = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "created": self.created,
            "cipher": CIPHER,
            "key_check": self.key_check,
            "remember_in_keychain": self.remember_in_keychain,
        }
        if self.backup:
            data[keyschema.BACKUP_FIELD] = dict(self.backup)
        slots = {}
        for name, entry in self.slots.items():
            body = {"kdf": entry["kdf"], "wrap": entry["wrap"], "aad": entry.get("aad", 1)}
            slots[name] = {**body, "checksum": keyschema.slot_checksum(self.vault_id, name, body)}
        data["slots"] = slots
        data["checksum"] = keyschema.header_checksum(data)
        return data

    def save(self, path: Path) -> None:
        raw = (json.dumps(self.to_json(), indent=2) + "\n").encode("utf-8")
        atomic_write(path, raw)
        self.version, self.source, self._rebound = FORMAT_VERSION, raw, False

    @property
    def needs_upgrade(self) -> bool:
        """True once an older file (or an older slot binding) could be written anew."""
        return self.version < FORMAT_VERSION or self._rebound

    def save_if_upgraded(self, path: Path) -> bool:
        """After an unlock, write an older file in the current format; True if written.

        Skipped when the file on disk is no longer the one read (another MentorDesk changed
        it meanwhile) and when it cannot be written (a read-only folder): the vault opens
        all the same and the upgrade is tried again next time.
        """
        if not self.needs_upgrade:
            return False
        try:
            if self.source is not None and path.read_bytes() != self.source:
                return False
            self.save(path)
        except OSError:
            return False
        return True

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        """Read and check a key file; ``VaultDamaged`` names what is wrong with it."""
        raw = keyschema.read(path)
        data = keyschema.parse(raw, path.name)
        version = keyschema.validate(data, path.name)
        if version >= 2:
            keyschema.verify_checksums(data, path.name)
        slots = {
            name: {"kdf": entry["kdf"], "wrap": entry["wrap"], "aad": entry.get("aad", 1)}
            for name, entry in data["slots"].items()
        }
        return cls(
            vault_id=data["vault_id"],
            key_check=data["key_check"],
            slots=slots,
            remember_in_keychain=data.get("remember_in_keychain", False),
            created=data.get("created", ""),
            version=version,
            backup=data.get(keyschema.BACKUP_FIELD),
            source=raw,
            file_name=path.name,
        )
