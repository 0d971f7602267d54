"""The shape of ``vault.keys``: every field's type and bounds, checked before any KDF runs.

A key file is read in four steps, each refusing with one line that names the file and, where
there is one, the field: its size (at most 64 KiB, before anything is parsed), its text (UTF-8
JSON, no repeated names, no NaN, not nested deeper than a key file is), its schema (types,
lengths and the Argon2id bounds in :mod:`crypto`), and from format 2 on its checksums.

The checksums are unkeyed SHA-256 over a canonical JSON of the header and of each slot (with
the slot's name and the vault id), so an accidental or careless edit — a changed vault id,
salt, nonce or ciphertext, swapped slots, other parameters — is reported as a damaged file
instead of a wrong passphrase, and is not counted as a failed try. They are not a secret:
someone who edits the file on purpose and recomputes them gets "wrong passphrase", because
nothing can tell that apart from a wrong passphrase without the secret. Such a file still
never yields a key, since the AES-GCM associated data binds every header field and the slot's
parameters to the wrapped key (see :meth:`KeyFile.aad`).
"""

from __future__ import annotations

import json
import os
import stat
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

from mentordesk.errors import VaultDamaged
from mentordesk.vault import crypto

FORMAT = "mentordesk-vault-keys"
FORMAT_VERSION = 2
READABLE_VERSIONS = (1, 2)
CIPHER = "sqlcipher4-raw-key"
KDF_NAME = "argon2id"
WRAP_ALG = "AES-256-GCM"
PASSPHRASE_SLOT = "passphrase"
RECOVERY_SLOT = "recovery"
SLOT_NAMES = (PASSPHRASE_SLOT, RECOVERY_SLOT)
MAX_BYTES = 64 * 1024  # a key file is about 1.5 KiB

HEADER_FIELDS = (
    "format",
    "version",
    "vault_id",
    "created",
    "cipher",
    "key_check",
    "remember_in_keychain",
)
KDF_FIELDS = ("name", "salt", "iterations", "memory_kib", "lanes")
WRAP_FIELDS = ("alg", "nonce", "ciphertext")
# Optional (format 2): the vault's backup recipient, an age X25519 public key ("age1…"), with
# a tag under the data key (see mentordesk.backup.age). In the header checksum only when there.
BACKUP_FIELD = "backup"
BACKUP_FIELDS = ("recipient", "tag")
ADVICE = "restore it from a backup (nothing was changed)"


def damaged(name: str, detail: str) -> VaultDamaged:
    """``vault.keys is damaged: <detail>; restore it …`` (or ``(detail)`` for a sentence)."""
    sep = " " if detail.startswith("(") else ": "
    return VaultDamaged(f"{name} is damaged{sep}{detail}; {ADVICE}.")


# -- reading and parsing ---------------------------------------------------------------
def read(path: Path) -> bytes:
    """The file's bytes, refusing anything that is not a small regular file."""
    info = path.stat()  # FileNotFoundError is for the caller to word
    if not stat.S_ISREG(info.st_mode):
        raise damaged(path.name, "it is not a regular file")
    if info.st_size > MAX_BYTES:
        raise damaged(path.name, f"it is {info.st_size} bytes, larger than a key file can be")
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as fh:
        raw = fh.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise damaged(path.name, "it is larger than a key file can be")
    return raw


class _Refused(ValueError):
    """A JSON text that parses but that no key file holds (its message says why)."""


def _no_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _Refused(f"the field {_short(key)} appears twice")
        result[key] = value
    return result


def _no_constant(word: str) -> Any:
    raise _Refused(f"it holds {word}, which is not JSON")


def parse(raw: bytes, name: str) -> Any:
    if not raw.strip():
        raise damaged(name, "it is empty")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise damaged(name, "it is not UTF-8 text") from None
    try:
        return json.loads(text, object_pairs_hook=_no_repeats, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        detail = f"it is not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})"
        raise damaged(name, detail) from None
    except RecursionError:
        raise damaged(name, "it is nested too deeply to be a key file") from None
    except _Refused as exc:
        raise damaged(name, str(exc)) from None
    except ValueError:  # a number with thousands of digits
        raise damaged(name, "it holds a number too long to be a key file's") from None


# -- the schema ------------------------------------------------------------------------
def _short(value: str, limit: int = 40) -> str:
    return repr(value if len(value) <= limit else value[:limit] + "…")


def _number(value: int | float) -> str:
    if isinstance(value, int) and value.bit_length() > 128:
        return "a number of more than 38 digits"
    return str(value)


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return f"the number {_number(value)}"
    if isinstance(value, str):
        return f"the text {_short(value)}"
    return "a list" if isinstance(value, list) else "an object"


class _Schema:
    def __init__(self, name: str) -> None:
        self.name = name

    def fail(self, field: str, detail: str) -> VaultDamaged:
        return damaged(self.name, f"{field} {detail}")

    def obj(self, value: Any, field: str, required: tuple, optional: tuple = ()) -> dict:
        where = field or "the file"
        if not isinstance(value, dict):
            raise damaged(self.name, f"{where} is {_describe(value)}, not an object")
        for key in value:
            if key not in required and key not in optional:
                raise damaged(self.name, f"{where} has a field {_short(key)} it should not have")
        for key in required:
            if key not in value:
                raise damaged(self.name, f"{field + '.' if field else ''}{key} is missing")
        return value

    def text(self, value: Any, field: str, limit: int = 200) -> str:
        if not isinstance(value, str):
            raise self.fail(field, f"is {_describe(value)}, not text")
        if len(value) > limit:
            raise self.fail(field, f"is {len(value)} characters long, more than {limit}")
        return value

    def const(self, value: Any, field: str, expected: str) -> None:
        if self.text(value, field) != expected:
            raise self.fail(field, f"is {_describe(value)}, not {expected!r}")

    def integer(self, value: Any, field: str, low: int, high: int) -> int:
        if type(value) is not int:
            raise self.fail(field, f"is {_describe(value)}, not a whole number")
        if not low <= value <= high:
            raise self.fail(field, f"is {_number(value)}, outside {low}..{high}")
        return value

    def boolean(self, value: Any, field: str) -> bool:
        if not isinstance(value, bool):
            raise self.fail(field, f"is {_describe(value)}, not true or false")
        return value

    def hex64(self, value: Any, field: str) -> str:
        text = self.text(value, field)
        if len(text) != 64 or any(ch not in "0123456789abcdef" for ch in text):
            raise self.fail(field, "is not 64 lowercase hexadecimal digits")
        return text

    def base64(self, value: Any, field: str, low: int, high: int) -> bytes:
        text = self.text(value, field, limit=4 * high)
        try:
            data = crypto.unb64(text)
        except ValueError:
            raise self.fail(field, "is not valid base64") from None
        if not low <= len(data) <= high:
            size = f"exactly {low}" if low == high else f"{low}..{high}"
            raise self.fail(field, f"holds {len(data)} bytes, not {size}")
        return data

    def vault_id(self, value: Any, field: str) -> str:
        text = self.text(value, field)
        try:
            canonical = str(uuid.UUID(text))
        except ValueError:
            canonical = ""
        if canonical != text:
            raise self.fail(field, f"is {_describe(value)}, not a vault id (a UUID)")
        return text

    def created(self, value: Any, field: str) -> None:
        text = self.text(value, field, limit=64)
        if text:
            try:
                datetime.fromisoformat(text)
            except ValueError:
                raise self.fail(field, f"is {_describe(value)}, not a date and time") from None

    def kdf(self, value: Any, field: str) -> None:
        kdf = self.obj(value, field, KDF_FIELDS)
        self.const(kdf["name"], f"{field}.name", KDF_NAME)
        self.base64(kdf["salt"], f"{field}.salt", crypto.MIN_SALT_BYTES, crypto.MAX_SALT_BYTES)
        self.integer(
            kdf["iterations"], f"{field}.iterations", crypto.MIN_ITERATIONS, crypto.MAX_ITERATIONS
        )
        self.integer(
            kdf["memory_kib"], f"{field}.memory_kib", crypto.MIN_MEMORY_KIB, crypto.MAX_MEMORY_KIB
        )
        self.integer(kdf["lanes"], f"{field}.lanes", crypto.MIN_LANES, crypto.MAX_LANES)

    def backup(self, value: Any, field: str) -> None:
        entry = self.obj(value, field, BACKUP_FIELDS)
        recipient = self.text(entry["recipient"], f"{field}.recipient", limit=100)
        if not recipient.startswith("age1") or len(recipient) != 62:
            raise self.fail(f"{field}.recipient", "is not an age recipient (age1…)")
        self.hex64(entry["tag"], f"{field}.tag")

    def wrap(self, value: Any, field: str) -> None:
        wrap = self.obj(value, field, WRAP_FIELDS)
        self.const(wrap["alg"], f"{field}.alg", WRAP_ALG)
        nonce = crypto.NONCE_BYTES
        self.base64(wrap["nonce"], f"{field}.nonce", nonce, nonce)
        wrapped = crypto.WRAPPED_BYTES
        self.base64(wrap["ciphertext"], f"{field}.ciphertext", wrapped, wrapped)


def validate(data: Any, name: str) -> int:
    """Check ``data`` against the schema of its version; returns that version."""
    schema = _Schema(name)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise VaultDamaged(f"{name} is not a MentorDesk vault key file; {ADVICE}.")
    if "version" not in data:
        raise damaged(name, "version is missing")
    version = data["version"]
    if type(version) is int and version > FORMAT_VERSION:
        raise VaultDamaged(
            f"{name} is in key file format {version}, newer than this MentorDesk reads "
            f"(up to {FORMAT_VERSION}); open the vault with the newer MentorDesk that wrote it."
        )
    if type(version) is not int or version not in READABLE_VERSIONS:
        raise schema.fail("version", f"is {_describe(version)}, not 1 or 2")
    if version == 1:
        required = ("format", "version", "vault_id", "cipher", "key_check", "slots")
        top = schema.obj(data, "", required, ("created", "remember_in_keychain"))
        slot_fields: tuple[str, ...] = ("kdf", "wrap")
    else:
        top = schema.obj(data, "", (*HEADER_FIELDS, "slots", "checksum"), (BACKUP_FIELD,))
        slot_fields = ("kdf", "wrap", "aad", "checksum")
        schema.hex64(top["checksum"], "checksum")
        if BACKUP_FIELD in top:
            schema.backup(top[BACKUP_FIELD], BACKUP_FIELD)
    schema.vault_id(top["vault_id"], "vault_id")
    schema.created(top.get("created", ""), "created")
    schema.const(top["cipher"], "cipher", CIPHER)
    schema.hex64(top["key_check"], "key_check")
    schema.boolean(top.get("remember_in_keychain", False), "remember_in_keychain")
    slots = schema.obj(top["slots"], "slots", SLOT_NAMES)
    for slot in SLOT_NAMES:
        entry = schema.obj(slots[slot], f"slots.{slot}", slot_fields)
        schema.kdf(entry["kdf"], f"slots.{slot}.kdf")
        schema.wrap(entry["wrap"], f"slots.{slot}.wrap")
        if version >= 2:
            schema.integer(entry["aad"], f"slots.{slot}.aad", 1, FORMAT_VERSION)
            schema.hex64(entry["checksum"], f"slots.{slot}.checksum")
    return version


# -- checksums -------------------------------------------------------------------------
def header_checksum(data: dict) -> str:
    header = {key: data.get(key) for key in HEADER_FIELDS}
    if BACKUP_FIELD in data:  # files without it keep the checksum they were written with
        header[BACKUP_FIELD] = data[BACKUP_FIELD]
    return crypto.checksum(header)


def slot_checksum(vault_id: str, slot: str, entry: dict) -> str:
    body = {key: value for key, value in entry.items() if key != "checksum"}
    return crypto.checksum({"vault_id": vault_id, "slot": slot, **body})


def verify_checksums(data: dict, name: str) -> None:
    """Refuse a format-2 file whose header or a slot does not match its checksum."""
    if data["checksum"] != header_checksum(data):
        raise damaged(name, "(its header does not match its checksum)")
    for slot in SLOT_NAMES:
        entry = data["slots"][slot]
        if entry["checksum"] != slot_checksum(data["vault_id"], slot, entry):
            raise damaged(name, f"(the {slot} slot does not match its checksum)")
