"""``manifest.json``: the first member of every backup, and the rules its archive keeps.

A backup is a tar stream (ustar headers, regular files only, no folders) holding, in order:
``manifest.json``, ``vault.keys``, ``vault.anchor``, ``vault.db`` (the database, still
SQLCipher-encrypted under the vault's data key) and ``vault.db.sha256``. The manifest comes
first so that a restore knows every member's name and size before it reads any of them, and
can refuse an unknown, duplicated or oversized member at its header.

The database's SHA-256 is worked out while it is streamed and follows it in
``vault.db.sha256`` (one line in ``sha256sum`` form), so the database is read once. Format 1
backups carried it in the manifest and had no such member; they restore as before.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from mentordesk.errors import BackupDamaged, BackupError

FORMAT = "mentordesk-backup"
FORMAT_VERSION = 2
MANIFEST_NAME = "manifest.json"
KEYS, ANCHOR, DB = "vault.keys", "vault.anchor", "vault.db"
DB_SHA256 = "vault.db.sha256"  # from format 2: the database's hash, after it
MEMBERS = (KEYS, ANCHOR, DB)
#: the largest each member may be (a header claiming more is refused before any data)
MAX_SIZE = {
    MANIFEST_NAME: 1 << 20,
    KEYS: 64 << 10,
    ANCHOR: 4 << 10,
    DB: 64 << 30,
    DB_SHA256: 256,
}
_HEX64 = re.compile(r"[0-9a-f]{64}")
_SUM_LINE = re.compile(rb"([0-9a-f]{64})  vault\.db\n")


def members_of(version: int) -> tuple[str, ...]:
    """The members after the manifest, in order, in a backup of format ``version``."""
    return MEMBERS if version < 2 else (*MEMBERS, DB_SHA256)


def sum_line(sha256: str) -> bytes:
    """``vault.db.sha256``: the database's hash as ``sha256sum`` writes it."""
    return f"{sha256}  {DB}\n".encode("ascii")


def parse_sum_line(raw: bytes) -> str | None:
    """The hash in a ``vault.db.sha256`` member, or None when it is not one line of that form."""
    match = _SUM_LINE.fullmatch(raw)
    return match.group(1).decode("ascii") if match else None


@dataclass(frozen=True)
class Manifest:
    format: int
    app_version: str
    schema_revision: str
    vault_id: str
    mentor: str
    counts: dict[str, int]
    made_at: datetime
    members: dict[str, str]  # name -> SHA-256 (hex); from format 2 the database's is ""
    sizes: dict[str, int] = field(default_factory=dict)  # until its own member gives it

    @property
    def expected(self) -> tuple[str, ...]:
        return members_of(self.format)

    def to_bytes(self) -> bytes:
        data = {
            "format": FORMAT,
            "version": self.format,
            "app_version": self.app_version,
            "schema_revision": self.schema_revision,
            "vault_id": self.vault_id,
            "mentor": self.mentor,
            "counts": self.counts,
            "made_at": self.made_at.isoformat(timespec="seconds"),
            "members": {
                name: (
                    {"sha256_in": DB_SHA256, "size": self.sizes[name]}
                    if name == DB and self.format >= 2
                    else {"sha256": self.members[name], "size": self.sizes[name]}
                )
                for name in self.members
            },
        }
        return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")

    @property
    def records(self) -> int:
        return sum(self.counts.values())

    def summary(self) -> str:
        """One line: whose vault, when it was made, how much it holds."""
        labels = {
            "mentee": "mentees",
            "mentoring_session": "sessions",
            "progress_review": "reviews",
        }
        main = ", ".join(
            f"{self.counts[t]} {label}" for t, label in labels.items() if t in self.counts
        )
        return (
            f"vault of {self.mentor or 'an unnamed mentor'}, backed up "
            f"{self.made_at.astimezone():%d %B %Y %H:%M}: {main or 'no records'} "
            f"({self.records} rows in all)"
        )


def parse(raw: bytes, file_name: str) -> Manifest:
    """The manifest of ``file_name``'s archive, checked field by field."""

    def bad(detail: str) -> BackupDamaged:
        return BackupDamaged(
            f"{file_name} is not a MentorDesk backup it can restore: its manifest {detail}."
        )

    try:
        data: Any = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise bad("is not JSON") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise bad("is not a MentorDesk backup manifest")
    version = data.get("version")
    if type(version) is not int or version < 1:
        raise bad("has no valid format version")
    if version > FORMAT_VERSION:
        raise BackupError(
            f"{file_name} was made by a newer MentorDesk (backup format {version}; this one "
            f"reads up to {FORMAT_VERSION}); restore it with that version or a newer one."
        )
    try:
        members = data["members"]
        if not isinstance(members, dict) or set(members) != set(MEMBERS):
            raise bad(f"does not list exactly {', '.join(MEMBERS)}")
        hashes, sizes = {}, {}
        for name in MEMBERS:
            entry = members[name]
            if not isinstance(entry, dict):
                raise bad(f"has no valid entry for {name}")
            size = entry["size"]
            if name == DB and version >= 2:
                if entry.get("sha256_in") != DB_SHA256 or "sha256" in entry:
                    raise bad(f"does not say its database's SHA-256 follows in {DB_SHA256}")
                sha = ""
            else:
                sha = entry["sha256"]
                if not isinstance(sha, str) or not _HEX64.fullmatch(sha):
                    raise bad(f"has no valid SHA-256 for {name}")
            if type(size) is not int or not 0 <= size <= MAX_SIZE[name]:
                raise bad(f"gives {name} a size it cannot have")
            hashes[name], sizes[name] = sha, size
        counts = data["counts"]
        if not isinstance(counts, dict) or not all(
            isinstance(k, str) and type(v) is int and v >= 0 for k, v in counts.items()
        ):
            raise bad("has invalid record counts")
        texts = {k: data[k] for k in ("app_version", "schema_revision", "vault_id", "mentor")}
        if not all(isinstance(t, str) and len(t) <= 500 for t in texts.values()):
            raise bad("has a field that is not short text")
        made_at = datetime.fromisoformat(data["made_at"])
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, BackupError):
            raise
        raise bad(f"is missing or has an invalid field ({exc})") from None
    return Manifest(
        format=version,
        counts=counts,
        made_at=made_at,
        members=hashes,
        sizes=sizes,
        **texts,
    )
