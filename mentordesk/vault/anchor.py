"""``vault.anchor``: the audit chain's head, kept outside the database.

After every commit that adds events, the id and MAC of the chain's last event are written
here (atomically, 0600), with a tag under the audit key so the file cannot be forged
without it. ``check`` then knows how far the chain reached at the last save: events that
vanish from the end (rows deleted, a damaged write-ahead log after a crash) are found.

The anchor only moves forward, and only while the event it names is still in the chain
with the same MAC; once events have gone missing it stays where it was, as the evidence,
until someone who has seen ``check``'s report resets it (``mentordesk check --reanchor``).

What it cannot see: someone who has the vault's key and rolls back the database and this
file together, to a state they both had before.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from filelock import FileLock, Timeout

from mentordesk.vault.fileio import PRIVATE_MODE, atomic_write

GENESIS = "0" * 64  # the "previous MAC" of the chain's first event
ANCHOR_NAME = "vault.anchor"
FORMAT = "mentordesk-audit-anchor"
MAX_BYTES = 4096


def audit_key(data_key: bytes) -> bytes:
    """The audit chain's key: derived from the data key, useless for decrypting anything."""
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"mentordesk audit chain v2"
    ).derive(data_key)


class AnchorError(Exception):
    """The anchor file is missing, unreadable or its tag does not verify."""


@dataclass(frozen=True)
class Anchor:
    vault_id: str
    event: int
    mac: str

    def _body(self) -> bytes:
        return json.dumps(
            [FORMAT, 1, self.vault_id, self.event, self.mac], separators=(",", ":")
        ).encode("ascii")

    def tag(self, key: bytes) -> str:
        return hmac.new(key, b"anchor\x00" + self._body(), hashlib.sha256).hexdigest()


def path_of(folder: Path) -> Path:
    return Path(folder) / ANCHOR_NAME


def read(folder: Path, key: bytes) -> Anchor:
    path = path_of(folder)
    try:
        raw = path.read_bytes()[: MAX_BYTES + 1]
    except FileNotFoundError:
        raise AnchorError(f"{ANCHOR_NAME} is missing") from None
    except OSError as exc:
        raise AnchorError(f"{ANCHOR_NAME} cannot be read ({exc.strerror})") from exc
    try:
        if len(raw) > MAX_BYTES:
            raise ValueError("too large")
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not an anchor")
        anchor = Anchor(str(data["vault_id"]), int(data["event"]), str(data["mac"]))
        tag = str(data["tag"])
    except (ValueError, KeyError, TypeError, RecursionError) as exc:
        raise AnchorError(f"{ANCHOR_NAME} is damaged ({exc})") from exc
    if not hmac.compare_digest(anchor.tag(key), tag):
        raise AnchorError(f"{ANCHOR_NAME} does not verify under this vault's key")
    return anchor


def write(folder: Path, key: bytes, anchor: Anchor) -> None:
    data = {
        "format": FORMAT,
        "version": 1,
        "vault_id": anchor.vault_id,
        "event": anchor.event,
        "mac": anchor.mac,
        "tag": anchor.tag(key),
    }
    atomic_write(path_of(folder), (json.dumps(data, indent=2) + "\n").encode("ascii"))


class Keeper:
    """Moves one vault's anchor forward after each commit (any thread, any process)."""

    def __init__(self, folder: Path, vault_id: str, key: bytes) -> None:
        self.folder = Path(folder)
        self.vault_id = vault_id
        self._key = key
        self._lock = threading.Lock()
        self._file_lock = FileLock(
            str(self.folder / (ANCHOR_NAME + ".lock")), timeout=10, mode=PRIVATE_MODE
        )
        self.problem: str | None = None  # why the anchor is not being moved on

    def advance(
        self, event: int, mac: str, still_there: Callable[[Anchor], bool] | None = None
    ) -> bool:
        """Anchor ``(event, mac)`` if it is ahead of the anchor, whose event must remain."""
        with self._lock:
            try:
                with self._file_lock:
                    try:
                        current = read(self.folder, self._key)
                    except AnchorError as exc:
                        self.problem = str(exc)
                        return False
                    if current.event >= event:
                        return False
                    if still_there is not None and not still_there(current):
                        gone = current.event
                        self.problem = f"event {gone} named by {ANCHOR_NAME} is not in the chain"
                        return False
                    write(self.folder, self._key, Anchor(self.vault_id, event, mac))
                    return True
            except (OSError, Timeout) as exc:
                # The commit stands; only the anchor lags, which check reports as harmless.
                self.problem = f"{ANCHOR_NAME} could not be written ({exc})"
                return False

    def reset(self, event: int, mac: str) -> None:
        with self._lock, self._file_lock:
            write(self.folder, self._key, Anchor(self.vault_id, event, mac))
            self.problem = None
