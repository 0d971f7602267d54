"""Back up a whole vault, while the app runs, into one age-encrypted file.

What is written, and how:

- **A consistent snapshot** of ``vault.db`` through SQLite's online backup API, from a fresh
  connection (so the app's own connection is not held) in one step, inside one read
  transaction: writers carry on meanwhile (WAL) and the copy is the database as of one
  commit. The copy goes to a temporary file beside the output, keyed with the vault's data
  key, so it is SQLCipher-encrypted like the vault itself: no plaintext page ever touches
  disk. It is removed when the backup ends, however it ends.
- ``vault.anchor`` and ``vault.keys`` are read *before* the snapshot: the anchor only moves
  forward, so the restored chain always reaches it.
- A manifest (:mod:`.manifest`) with each member's SHA-256 and size goes first.
- The tar stream is generated on demand and handed to ``pyrage.encrypt_io`` as a reader
  (no thread, no pipe): memory stays at one chunk whatever the vault's size, and the
  progress callback runs on the caller's thread, where raising cancels.
- The age file is written to a hidden temporary name in the target folder (0600), synced,
  and renamed to its final name only when complete: a crash or kill leaves no file with the
  final name, and an older backup of that name stays until the new one is whole.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import tarfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from mentordesk import __version__
from mentordesk.backup.manifest import ANCHOR, DB, KEYS, MANIFEST_NAME, Manifest
from mentordesk.errors import BackupError, ValidationError
from mentordesk.vault.fileio import PRIVATE_MODE, fsync_dir

if TYPE_CHECKING:
    from mentordesk.vault.vault import Vault

Progress = Callable[[int, int, str], None]
CHUNK = 1 << 20
BLOCK = 512


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    sha256: str
    manifest: Manifest
    made_at: datetime


# -- recipients ---------------------------------------------------------------------------
def backup_recipient(vault: Vault, recovery_code: str | None = None) -> str:
    """The vault's own recipient; with ``recovery_code``, set it first if it is missing."""
    recipient = vault.keyfile.backup_recipient(vault.data_key)
    if recipient is not None:
        return recipient
    if recovery_code is None:
        raise BackupError(
            f"The vault in {vault.folder} has no backup key yet: give its recovery code once "
            "(or unlock it with the recovery code) so that backups can be restored with it."
        )
    from mentordesk.vault.keyfile import KeyFile

    keyfile = KeyFile.load(vault.keys_path)
    if keyfile.unwrap_recovery(recovery_code) != vault.data_key:
        raise BackupError(f"{vault.keys_path} changed while MentorDesk had it open; try again.")
    keyfile.ensure_backup_recipient(recovery_code, vault.data_key)
    keyfile.save(vault.keys_path)
    vault.keyfile = keyfile
    recipient = keyfile.backup_recipient(vault.data_key)
    assert recipient is not None
    return recipient


def _parse_recipients(texts: Sequence[str]) -> list:
    import pyrage  # type: ignore[import-untyped]

    parsed = []
    for text in texts:
        try:
            parsed.append(pyrage.x25519.Recipient.from_str(text.strip()))
        except (pyrage.RecipientError, ValueError):
            raise ValidationError(
                "recipient", f"{text.strip()[:70]!r} is not an age public key (age1…)."
            ) from None
    return parsed


# -- the snapshot ---------------------------------------------------------------------------
def _snapshot(vault: Vault, target: Path) -> tuple[str, str, dict[str, int]]:
    """Copy the database into ``target`` (encrypted); returns revision, mentor, counts."""
    import sqlcipher3.dbapi2 as sqlcipher

    from mentordesk.vault import migrate
    from mentordesk.vault.connection import _key_pragma, connect_raw

    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
    os.close(fd)
    source = connect_raw(vault.db_path, vault.data_key)
    dest = sqlcipher.connect(str(target), isolation_level=None)
    try:
        dest.execute("PRAGMA cipher_log_level = NONE")
        dest.execute(_key_pragma(vault.data_key))
        dest.execute("PRAGMA temp_store = MEMORY")
        source.backup(dest, pages=-1)
        revision = migrate.revision_of(dest) or ""
        tables = [
            row[0]
            for row in dest.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version' ORDER BY name"
            )
        ]
        counts = {t: dest.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        row = dest.execute("SELECT full_name FROM mentor_profile WHERE id = 1").fetchone()
        dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
    finally:
        dest.close()
        source.close()
    return revision, (row[0] if row else ""), counts


def _hash_file(path: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


# -- the tar stream, made on demand -----------------------------------------------------
def _header(name: str, size: int, mtime: int) -> bytes:
    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode, info.type = size, mtime, 0o600, tarfile.REGTYPE
    return info.tobuf(format=tarfile.USTAR_FORMAT, encoding="utf-8", errors="strict")


class _TarReader:
    """A read()-able tar of the members, each read from memory or disk as it is reached."""

    def __init__(
        self,
        members: list[tuple[str, bytes | Path, int]],
        mtime: int,
        progress: Progress | None,
    ) -> None:
        self._parts = self._generate(members, mtime)
        self._part = memoryview(b"")
        self._offset = 0
        self._total = sum(size for _n, _d, size in members)
        self._done = 0
        self._progress = progress
        self.error: BaseException | None = None

    def _tick(self, count: int) -> None:
        self._done += count
        if self._progress:
            self._progress(self._done, self._total, "Encrypting the backup")

    def _generate(self, members, mtime: int) -> Iterator[bytes]:
        for name, data, size in members:
            yield _header(name, size, mtime)
            if isinstance(data, bytes):
                yield data
                self._tick(len(data))
            else:
                written = 0
                with open(data, "rb") as fh:
                    while chunk := fh.read(CHUNK):
                        written += len(chunk)
                        yield chunk
                        self._tick(len(chunk))
                if written != size:
                    raise BackupError(f"The snapshot {data} changed while it was being written.")
            if pad := -size % BLOCK:
                yield bytes(pad)
        yield bytes(2 * BLOCK)  # the end of the archive

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        # pyrage asks for small pieces: hand out slices of the current part (no copying of
        # what is left, which would make each megabyte cost a hundred).
        out = []
        want = n
        try:
            while want != 0:
                if self._offset >= len(self._part):
                    part = next(self._parts, None)
                    if part is None:
                        break
                    self._part, self._offset = memoryview(part), 0
                take = len(self._part) - self._offset if want < 0 else want
                piece = self._part[self._offset : self._offset + take]
                self._offset += len(piece)
                out.append(piece)
                if want > 0:
                    want -= len(piece)
        except BaseException as exc:  # handed back after pyrage's own error
            self.error = exc
            raise
        return out[0].tobytes() if len(out) == 1 else b"".join(out)


class _HashingWriter:
    def __init__(self, fh) -> None:
        self._fh = fh
        self.digest = hashlib.sha256()
        self.size = 0
        self.error: BaseException | None = None

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:
        try:
            self._fh.write(data)
        except BaseException as exc:
            self.error = exc
            raise
        self.digest.update(data)
        self.size += len(data)
        return len(data)

    def flush(self) -> None:
        self._fh.flush()


# -- the backup ---------------------------------------------------------------------------
def write_backup(
    vault: Vault,
    out: Path,
    *,
    now: datetime,
    extra_recipients: Sequence[str] = (),
    progress: Progress | None = None,
    recovery_code: str | None = None,
) -> BackupInfo:
    """Write a backup of ``vault`` to ``out`` (replaced only once the new file is whole)."""
    import pyrage

    out = Path(out)
    folder = out.parent
    if not folder.is_dir():
        raise BackupError(
            f"The folder {folder} does not exist; choose another place for {out.name}."
        )
    recipients = _parse_recipients([backup_recipient(vault, recovery_code), *extra_recipients])
    anchor_bytes = (vault.folder / ANCHOR).read_bytes()
    keys_bytes = vault.keys_path.read_bytes()
    token = secrets.token_hex(6)
    snapshot = folder / f".{out.name}.{token}.snapshot"
    partial = folder / f".{out.name}.{token}.partial"
    try:
        if progress:
            progress(0, 1, "Taking a snapshot of the vault")
        revision, mentor, counts = _snapshot(vault, snapshot)
        db_sha, db_size = _hash_file(snapshot)
        small = {KEYS: keys_bytes, ANCHOR: anchor_bytes}
        manifest = Manifest(
            format=1,
            app_version=__version__,
            schema_revision=revision,
            vault_id=vault.keyfile.vault_id,
            mentor=mentor,
            counts=counts,
            made_at=now,
            members={
                **{k: hashlib.sha256(v).hexdigest() for k, v in small.items()},
                DB: db_sha,
            },
            sizes={KEYS: len(keys_bytes), ANCHOR: len(anchor_bytes), DB: db_size},
        )
        manifest_bytes = manifest.to_bytes()
        members: list[tuple[str, bytes | Path, int]] = [
            (MANIFEST_NAME, manifest_bytes, len(manifest_bytes)),
            (KEYS, keys_bytes, len(keys_bytes)),
            (ANCHOR, anchor_bytes, len(anchor_bytes)),
            (DB, snapshot, db_size),
        ]
        reader = _TarReader(members, int(now.timestamp()), progress)
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
        with os.fdopen(fd, "wb") as fh:
            writer = _HashingWriter(fh)
            try:
                pyrage.encrypt_io(reader, writer, recipients)
            except pyrage.EncryptError as exc:
                raise (
                    reader.error
                    or writer.error
                    or BackupError(
                        f"The backup {out} could not be encrypted ({exc}); nothing was written."
                    )
                ) from None
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(partial, out)
        fsync_dir(folder)
    finally:
        for path in (snapshot, partial):
            path.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{snapshot}{suffix}").unlink(missing_ok=True)
    return BackupInfo(out, writer.size, writer.digest.hexdigest(), manifest, now)
