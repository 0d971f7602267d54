"""Back up a whole vault, while the app runs, into one age-encrypted file.

What is written, and how:

- **A consistent copy of ``vault.db`` as of one commit**, taken while writers carry on.
  Usually the file itself, read byte for byte: the write-ahead log is checkpointed into the
  database and a read transaction is begun while the log is empty. SQLite then lets no
  checkpoint write into the database file until that transaction ends (new commits go to
  the log only), so the file holds still while it is hashed and streamed. The bytes are
  SQLCipher's own, encrypted like the vault: nothing is decrypted and no copy is made on
  disk. When the log cannot be emptied (another reader is in the middle of a long read),
  the database is copied instead through SQLite's online backup API into a temporary file
  beside the output, keyed with the vault's data key (encrypted too), removed however the
  backup ends.
- ``vault.anchor`` and ``vault.keys`` are read *before* the database: the anchor only moves
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
import re
import secrets
import tarfile
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from mentordesk import __version__
from mentordesk.backup.manifest import (
    ANCHOR,
    DB,
    DB_SHA256,
    FORMAT_VERSION,
    KEYS,
    MANIFEST_NAME,
    Manifest,
    sum_line,
)
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


def _same_recipient(keys_bytes: bytes, recipient: str, path: Path) -> None:
    """The key file going into the backup must name the recipient it is encrypted to: else
    (a recovery code replaced meanwhile) neither code would restore it."""
    import json

    from mentordesk.vault import keyschema

    try:
        named = json.loads(keys_bytes)[keyschema.BACKUP_FIELD]["recipient"]
    except (ValueError, KeyError, TypeError):
        named = None
    if named != recipient:
        raise BackupError(
            f"{path} changed as the backup began (a new recovery code?); nothing was "
            "written. Back up again."
        )


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


# -- the database, held still or copied ------------------------------------------------
_TABLES = (
    "SELECT name FROM sqlite_master WHERE type = 'table' "
    "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version' ORDER BY name"
)


@dataclass(frozen=True)
class _Summary:
    revision: str
    mentor: str
    counts: dict[str, int]


def _summary(conn) -> _Summary:  # noqa: ANN001 - a sqlcipher connection
    from mentordesk.vault import migrate

    tables = [row[0] for row in conn.execute(_TABLES)]
    counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    row = conn.execute("SELECT full_name FROM mentor_profile WHERE id = 1").fetchone()
    return _Summary(migrate.revision_of(conn) or "", row[0] if row else "", counts)


@contextmanager
def _held_still(vault: Vault) -> Iterator[tuple[_Summary, int] | None]:
    """Hold ``vault.db`` unchanged on disk for the ``with`` block: (summary, size) or None.

    None means the log could not be emptied; the caller copies the database instead.
    """
    from mentordesk.vault.connection import connect_raw

    conn = connect_raw(vault.db_path, vault.data_key)
    try:
        conn.execute("PRAGMA busy_timeout = 2000")
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        conn.execute("BEGIN")
        summary = _summary(conn)  # the read transaction has begun here
        wal = Path(f"{vault.db_path}-wal")
        # An empty log *after* the read began means this reader reads the database file
        # alone, which stops every checkpoint from writing into it until it ends.
        if busy or (wal.exists() and wal.stat().st_size):
            yield None
        else:
            yield summary, vault.db_path.stat().st_size
    finally:
        conn.close()


def _copy(vault: Vault, target: Path) -> _Summary:
    """Copy the database into ``target`` (encrypted) through SQLite's online backup."""
    import sqlcipher3.dbapi2 as sqlcipher

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
        summary = _summary(dest)
        dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
    finally:
        dest.close()
        source.close()
    return summary


# -- the tar stream, made on demand -----------------------------------------------------
def _header(name: str, size: int, mtime: int) -> bytes:
    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode, info.type = size, mtime, 0o600, tarfile.REGTYPE
    return info.tobuf(format=tarfile.USTAR_FORMAT, encoding="utf-8", errors="strict")


class _TarReader:
    """A read()-able tar of the members, each read from memory or disk as it is reached.

    A member read from disk is hashed as it goes, and followed by ``vault.db.sha256``.
    """

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
        self.db_sha256 = ""  # once the database is through

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
                written, digest = 0, hashlib.sha256()
                with open(data, "rb") as fh:
                    while chunk := fh.read(min(CHUNK, size - written)):
                        written += len(chunk)
                        digest.update(chunk)
                        yield chunk
                        self._tick(len(chunk))
                if written != size:
                    raise BackupError(f"{data} became shorter while it was being backed up.")
            if pad := -size % BLOCK:
                yield bytes(pad)
            if not isinstance(data, bytes):
                self.db_sha256 = digest.hexdigest()
                line = sum_line(self.db_sha256)
                yield _header(DB_SHA256, len(line), mtime)
                yield line + bytes(-len(line) % BLOCK)
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


class _Writer:
    """Writes what age hands it, counting the bytes and keeping any error for the caller.

    Every few megabytes a second thread is asked to ``fdatasync`` what is written so far
    (syncing lets go of the GIL), so the disk catches up while the encryption goes on and
    the final ``fsync`` has only the tail left to do.
    """

    SYNC_EVERY = 8 * CHUNK

    def __init__(self, fh) -> None:
        self._fh = fh
        self._unsynced = 0
        self._wanted = threading.Event()
        self._stopping = False
        self._pending = False
        self._syncer = threading.Thread(target=self._sync, name="backup-sync", daemon=True)
        self._syncer.start()
        self.size = 0
        self.error: BaseException | None = None
        self.sync_error: OSError | None = None

    def _sync(self) -> None:
        sync = getattr(os, "fdatasync", os.fsync)  # no fdatasync on Windows or macOS
        while True:
            self._wanted.wait()
            self._wanted.clear()
            if self._pending:
                # A request made just before close is still served, so no write-back
                # error can slip past between the last write and the final fsync.
                self._pending = False
                try:
                    sync(self._fh.fileno())
                except OSError as exc:
                    # A write-back error is told once per open file: keep it, or the
                    # final fsync would pass and a damaged backup count as good.
                    self.sync_error = self.sync_error or exc
            if self._stopping:
                return

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:
        try:
            self._fh.write(data)
        except BaseException as exc:
            self.error = exc
            raise
        self.size += len(data)
        self._unsynced += len(data)
        if self._unsynced >= self.SYNC_EVERY:
            self._fh.flush()
            self._unsynced = 0
            self._pending = True
            self._wanted.set()
        return len(data)

    def flush(self) -> None:
        self._fh.flush()

    def close(self) -> None:
        """Stop the syncing thread (before the file is closed)."""
        self._stopping = True
        self._wanted.set()
        self._syncer.join()

    def raise_sync_error(self) -> None:
        if self.sync_error is not None:
            raise self.sync_error


def _encrypt(members, partial: Path, recipients, mtime: int, progress, out: Path):  # noqa: ANN001
    """Stream the tar of ``members`` through age into ``partial``, synced.

    Returns the file's size and the database's SHA-256.
    """
    import pyrage

    reader = _TarReader(members, mtime, progress)
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
    with os.fdopen(fd, "wb") as fh:
        writer = _Writer(fh)
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
        finally:
            writer.close()
        writer.raise_sync_error()
        fh.flush()
        os.fsync(fh.fileno())
    return writer.size, reader.db_sha256


# -- pieces a killed backup left behind --------------------------------------------------
PIECE = r"\.[0-9a-f]{12}\.(?:snapshot(?:-wal|-shm|-journal)?|partial)$"
STALE_AFTER = 3600  # seconds: a younger piece may belong to a backup under way


def remove_pieces(folder: Path, name: str, now: float) -> list[Path]:
    """Delete the hidden pieces (``.NAME.<token>.partial`` or ``.snapshot``) that a killed
    backup whose file name matches the regular expression ``name`` left in ``folder``, once
    they are an hour old. Never a backup itself: a piece is never a final name."""
    pattern = re.compile(rf"^\.{name}{PIECE}")
    removed = []
    for entry in os.scandir(folder):
        if not pattern.match(entry.name):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < now - STALE_AFTER:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue  # gone already, or not ours to delete: the backup goes on
    return removed


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

    out = Path(out)
    folder = out.parent
    if not folder.is_dir():
        raise BackupError(
            f"The folder {folder} does not exist; choose another place for {out.name}."
        )
    own = backup_recipient(vault, recovery_code)
    recipients = _parse_recipients([own, *extra_recipients])
    remove_pieces(folder, re.escape(out.name), now.timestamp())
    anchor_bytes = (vault.folder / ANCHOR).read_bytes()
    keys_bytes = vault.keys_path.read_bytes()
    _same_recipient(keys_bytes, own, vault.keys_path)
    token = secrets.token_hex(6)
    snapshot = folder / f".{out.name}.{token}.snapshot"
    partial = folder / f".{out.name}.{token}.partial"
    try:
        if progress:
            progress(0, 1, "Taking a snapshot of the vault")
        with _held_still(vault) as held:
            if held is not None:
                summary, db_size = held
                source = vault.db_path
            else:
                summary = _copy(vault, snapshot)
                source, db_size = snapshot, snapshot.stat().st_size
            small = {KEYS: keys_bytes, ANCHOR: anchor_bytes}
            manifest = Manifest(
                format=FORMAT_VERSION,
                app_version=__version__,
                schema_revision=summary.revision,
                vault_id=vault.keyfile.vault_id,
                mentor=summary.mentor,
                counts=summary.counts,
                made_at=now,
                members={
                    **{k: hashlib.sha256(v).hexdigest() for k, v in small.items()},
                    DB: "",  # in vault.db.sha256, after the database
                },
                sizes={KEYS: len(keys_bytes), ANCHOR: len(anchor_bytes), DB: db_size},
            )
            manifest_bytes = manifest.to_bytes()
            members: list[tuple[str, bytes | Path, int]] = [
                (MANIFEST_NAME, manifest_bytes, len(manifest_bytes)),
                (KEYS, keys_bytes, len(keys_bytes)),
                (ANCHOR, anchor_bytes, len(anchor_bytes)),
                (DB, source, db_size),
            ]
            size, db_sha256 = _encrypt(
                members, partial, recipients, int(now.timestamp()), progress, out
            )
        os.replace(partial, out)
        fsync_dir(folder)
    finally:
        for path in (snapshot, partial):
            path.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{snapshot}{suffix}").unlink(missing_ok=True)
    manifest = replace(manifest, members={**manifest.members, DB: db_sha256})
    return BackupInfo(out, size, manifest, now)
