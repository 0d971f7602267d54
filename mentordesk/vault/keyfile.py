"""``vault.keys``: the data key, wrapped under the passphrase and the recovery code."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from mentordesk.clock import system_now
from mentordesk.errors import VaultDamaged, WrongPassphrase, WrongRecoveryCode
from mentordesk.vault import crypto
from mentordesk.vault.fileio import atomic_write

FORMAT = "mentordesk-vault-keys"
FORMAT_VERSION = 1
PASSPHRASE_SLOT = "passphrase"
RECOVERY_SLOT = "recovery"


@dataclass
class KeyFile:
    vault_id: str
    key_check: str
    slots: dict[str, dict]
    remember_in_keychain: bool = False
    created: str = field(default_factory=lambda: system_now().isoformat(timespec="seconds"))

    # -- construction -----------------------------------------------------------------
    @classmethod
    def new(cls, data_key: bytes, passphrase: str, recovery_code: str) -> KeyFile:
        vault_id = str(uuid.uuid4())
        kf = cls(vault_id=vault_id, key_check=crypto.key_check(data_key, vault_id), slots={})
        kf.set_slot(PASSPHRASE_SLOT, passphrase, data_key)
        kf.set_slot(RECOVERY_SLOT, recovery_code, data_key)
        return kf

    def set_slot(self, name: str, secret: str, data_key: bytes) -> None:
        params = crypto.KdfParams.fresh()
        kek = crypto.derive_key(secret, params)
        self.slots[name] = {
            "kdf": params.to_json(),
            "wrap": crypto.wrap(kek, data_key, self._aad(name)),
        }

    def _aad(self, slot: str) -> bytes:
        return f"{FORMAT}/{self.vault_id}/{slot}".encode()

    # -- unwrapping ---------------------------------------------------------------------
    def unwrap(self, slot: str, secret: str) -> bytes | None:
        try:
            entry = self.slots[slot]
            params = crypto.KdfParams.from_json(entry["kdf"])
            kek = crypto.derive_key(secret, params)
            data_key = crypto.unwrap(kek, entry["wrap"], self._aad(slot))
        except (KeyError, ValueError, TypeError) as exc:
            raise VaultDamaged(f"The vault key file is damaged ({slot} slot: {exc}).") from exc
        if data_key is not None and not self.accepts(data_key):
            raise VaultDamaged("The vault key file is damaged (key check does not match).")
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
        return {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "created": self.created,
            "cipher": "sqlcipher4-raw-key",
            "key_check": self.key_check,
            "remember_in_keychain": self.remember_in_keychain,
            "slots": self.slots,
        }

    def save(self, path: Path) -> None:
        atomic_write(path, (json.dumps(self.to_json(), indent=2) + "\n").encode("utf-8"))

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            data = json.loads(path.read_bytes().decode("utf-8"))
        except FileNotFoundError:
            raise
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise VaultDamaged(f"The vault key file {path.name} is damaged: {exc}.") from exc
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise VaultDamaged(f"{path.name} is not a MentorDesk vault key file.")
        if data.get("version") != FORMAT_VERSION:
            raise VaultDamaged(
                f"{path.name} has key file format {data.get('version')!r}; "
                "this MentorDesk reads format 1."
            )
        try:
            slots = data["slots"]
            if PASSPHRASE_SLOT not in slots or RECOVERY_SLOT not in slots:
                raise KeyError("slots")
            return cls(
                vault_id=str(data["vault_id"]),
                key_check=str(data["key_check"]),
                slots=slots,
                remember_in_keychain=bool(data.get("remember_in_keychain", False)),
                created=str(data.get("created", "")),
            )
        except (KeyError, TypeError) as exc:
            raise VaultDamaged(f"The vault key file is damaged (missing {exc}).") from exc
