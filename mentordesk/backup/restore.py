"""Check and restore a backup made by :mod:`.vault_backup`.

Everything is verified before anything is put in place:

1. The age file is decrypted as a stream (``pyrage.decrypt_io`` writes into :class:`_TarSink`,
   a strict tar parser fed chunk by chunk: memory stays bounded whatever the backup's size).
2. The first member must be ``manifest.json``; every later member must be a regular file
   the manifest lists, once, in order, with a plain name (no folder, no ``..``, not
   absolute), of the size it gives and within a bound; links, folders, devices and extended
   headers are refused at their header. Each member's SHA-256 must match (the database's is
   in ``vault.db.sha256``, after it). A newer backup format is refused.
3. Members are written into a temporary folder beside the target (its vault.db is the
   snapshot, still SQLCipher-encrypted: nothing plain reaches disk). Only when age has
   authenticated the last chunk does the restore go on, so a truncated or altered file
   never yields a vault.
4. The restored vault is opened with the recovery code (migrating an older schema, as
   opening does) and must pass every check of ``mentordesk check`` (cipher integrity,
   database integrity, schema, audit chain, anchor, records).
5. Only then is the folder renamed into place; an existing vault is never written over.

Any refusal removes the temporary folder: nothing is left behind.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tarfile
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from mentordesk.backup import age
from mentordesk.backup.manifest import (
    DB,
    DB_SHA256,
    MANIFEST_NAME,
    MAX_SIZE,
    Manifest,
    parse,
    parse_sum_line,
)
from mentordesk.errors import (
    BackupDamaged,
    BackupError,
    BackupWrongKey,
    MentorDeskError,
    WrongPassphrase,
    WrongRecoveryCode,
)
from mentordesk.vault.fileio import PRIVATE_MODE, fsync_dir

Progress = Callable[[int, int, str], None]
BLOCK = 512
_FILE_TYPES = (tarfile.REGTYPE, tarfile.AREGTYPE)


@dataclass(frozen=True)
class Restored:
    path: Path
    manifest: Manifest


class _TarSink:
    """A writable that parses a tar stream as it arrives, refusing anything a backup lacks."""

    def __init__(self, file_name: str, into: Path | None) -> None:
        self.file_name = file_name
        self.into = into
        self.manifest: Manifest | None = None
        self.error: BaseException | None = None
        self.seen: list[str] = []
        self._pending = bytearray()
        self._member: str | None = None
        self._left = 0  # data bytes still to come for the current member
        self._pad = 0
        self._digest = hashlib.sha256()
        self._out: BinaryIO | None = None
        self._buffer: bytearray | None = None
        self._ended = False
        self._db_sha256 = ""

    def _bad(self, detail: str) -> BackupDamaged:
        return BackupDamaged(f"{self.file_name} was refused: {detail}. Nothing was restored.")

    def writable(self) -> bool:
        return True

    def flush(self) -> None:
        pass

    def write(self, data: bytes) -> int:
        try:
            self._feed(memoryview(data))
        except BaseException as exc:  # handed back after pyrage's own error
            self.error = exc
            raise
        return len(data)

    def _feed(self, data: memoryview) -> None:
        while data:
            if self._left:
                take = data[: self._left]
                self._data(take)
                self._left -= len(take)
                data = data[len(take) :]
                if not self._left:
                    self._end_member()
            elif self._pad:
                take = data[: self._pad]
                if any(take):
                    raise self._bad("its archive has data between members")
                self._pad -= len(take)
                data = data[len(take) :]
            else:
                need = BLOCK - len(self._pending)
                self._pending += data[:need]
                data = data[need:]
                if len(self._pending) == BLOCK:
                    block = bytes(self._pending)
                    self._pending.clear()
                    self._header(block)

    def _header(self, block: bytes) -> None:
        if not any(block):
            self._ended = True
            return
        if self._ended:
            raise self._bad("its archive has data after its end")
        try:
            info = tarfile.TarInfo.frombuf(block, "utf-8", "strict")
        except (tarfile.HeaderError, UnicodeDecodeError):
            raise self._bad("its archive has a damaged header") from None
        name = info.name
        if info.type not in _FILE_TYPES:
            kind = "a link" if info.type in (tarfile.SYMTYPE, tarfile.LNKTYPE) else "a member"
            raise self._bad(f"it holds {kind} {name!r} that is not a plain file")
        if "/" in name or "\\" in name or name in ("", ".", "..") or name.startswith("-"):
            raise self._bad(f"it holds a member with a path ({name!r}); a backup has none")
        if name in self.seen:
            raise self._bad(f"it holds {name!r} twice")
        if not self.seen and name != MANIFEST_NAME:
            raise self._bad(f"it starts with {name!r}, not its manifest")
        if self.manifest is not None:
            expected = self.manifest.expected
            if name not in expected:
                raise self._bad(f"it holds {name!r}, which a backup never has")
            if name != expected[len(self.seen) - 1]:
                raise self._bad(f"its member {name} is out of its place")
        if info.size > MAX_SIZE[name]:
            raise self._bad(f"its member {name} is larger than it can be ({info.size} bytes)")
        if self.manifest is not None and info.size != self.manifest.sizes.get(name, info.size):
            raise self._bad(f"its member {name} is not the size its manifest gives")
        self.seen.append(name)
        self._member, self._left, self._pad = name, info.size, -info.size % BLOCK
        self._digest = hashlib.sha256()
        if name in (MANIFEST_NAME, DB_SHA256):
            self._buffer = bytearray()
        elif self.into is not None:
            fd = os.open(self.into / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
            self._out = os.fdopen(fd, "wb")
        if not self._left:
            self._end_member()

    def _data(self, data: memoryview) -> None:
        if self._buffer is not None:
            self._buffer += data
        else:
            self._digest.update(data)
            if self._out is not None:
                self._out.write(data)

    def _end_member(self) -> None:
        name = self._member
        if name == DB_SHA256:
            assert self._buffer is not None and self.manifest is not None
            sha = parse_sum_line(bytes(self._buffer))
            self._buffer = None
            if sha is None:
                raise self._bad(f"its member {DB_SHA256} is not one SHA-256 line")
            if sha != self._db_sha256:
                raise self._bad(f"its member {DB} does not match its SHA-256")
            self.manifest = replace(self.manifest, members={**self.manifest.members, DB: sha})
        elif self._buffer is not None:
            self.manifest = parse(bytes(self._buffer), self.file_name)
            self._buffer = None
        else:
            if self._out is not None:
                self._out.flush()
                os.fsync(self._out.fileno())
                self._out.close()
                self._out = None
            assert self.manifest is not None and name is not None
            if name == DB:
                self._db_sha256 = self._digest.hexdigest()
            if self.manifest.members[name] and (
                self._digest.hexdigest() != self.manifest.members[name]
            ):
                raise self._bad(f"its member {name} does not match its manifest's SHA-256")
        self._member = None

    def finish(self) -> Manifest:
        if self._left or self._pending or self._member is not None:
            raise self._bad("its archive ends in the middle of a member")
        if self.manifest is None:
            raise self._bad("it holds no manifest")
        missing = [m for m in self.manifest.expected if m not in self.seen]
        if missing:
            raise self._bad(f"it lacks {', '.join(missing)}")
        return self.manifest

    def close(self) -> None:
        if self._out is not None:
            self._out.close()


class _CountingReader:
    def __init__(self, fh: BinaryIO, total: int, progress: Progress | None) -> None:
        self._fh, self._total, self._progress, self._done = fh, total, progress, 0
        self.error: BaseException | None = None

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        data = self._fh.read(n)
        self._done += len(data)
        if self._progress:
            try:
                self._progress(self._done, self._total, "Decrypting and checking the backup")
            except BaseException as exc:
                self.error = exc
                raise
        return data


def _identity(secret: str):
    import pyrage  # type: ignore[import-untyped]

    text = secret.strip()
    try:
        if age.is_identity(text):
            return pyrage.x25519.Identity.from_str(text.upper())
        return pyrage.x25519.Identity.from_str(age.identity_for(text))
    except pyrage.IdentityError:
        raise BackupWrongKey(
            "That is not an age identity: it is one line starting AGE-SECRET-KEY-1."
        ) from None
    except WrongRecoveryCode as exc:
        raise BackupWrongKey(str(exc)) from None


def _decrypt(path: Path, secret: str, into: Path | None, progress: Progress | None) -> Manifest:
    import pyrage

    path = Path(path)
    identity = _identity(secret)
    try:
        source = open(path, "rb")  # noqa: SIM115 - closed below
    except FileNotFoundError:
        raise BackupError(f"There is no file {path}.") from None
    except OSError as exc:
        raise BackupError(f"{path} cannot be read ({exc.strerror}).") from None
    sink = _TarSink(path.name, into)
    reader = _CountingReader(source, os.fstat(source.fileno()).st_size, progress)
    try:
        pyrage.decrypt_io(reader, sink, [identity])
    except (pyrage.DecryptError, OSError) as exc:  # a bad chunk comes as OSError
        if reader.error or sink.error:
            raise (reader.error or sink.error) from None  # type: ignore[misc]
        raise _decrypt_error(path, str(exc)) from None
    finally:
        sink.close()
        source.close()
    return sink.finish()


def _decrypt_error(path: Path, detail: str) -> BackupError:
    detail = " ".join(detail.split("\n")[0].split())  # age's advice lines are not ours
    low = detail.lower()
    if "no matching keys" in low:
        return BackupWrongKey(
            f"{path} cannot be opened with this recovery code or identity: it was made for "
            "another vault, or the code is mistyped. Nothing was restored."
        )
    if "header" in low or "parse" in low or "format" in low or "invalid" in low and "age" in low:
        return BackupDamaged(
            f"{path} is not a backup MentorDesk can read: its age header is damaged or it is "
            f"not an age file ({detail}). Nothing was restored."
        )
    if "truncat" in low or "eof" in low or "last chunk" in low:
        return BackupDamaged(
            f"{path} is incomplete: it ends early ({detail}). Nothing was restored; use "
            "another copy."
        )
    return BackupDamaged(
        f"{path} is damaged: part of it does not decrypt ({detail}). Nothing was restored; "
        "use another copy."
    )


def inspect(path: Path, secret: str, *, progress: Progress | None = None) -> Manifest:
    """What a backup holds, after decrypting it whole and checking every member's hash.

    Nothing is written. The vault inside is not opened (that needs its key, which the
    restore unwraps); ``restore`` runs those checks too.
    """
    return _decrypt(Path(path), secret, None, progress)


def _refuse_target(to: Path) -> None:
    from mentordesk.vault import Vault

    if Vault.exists(to):
        raise BackupError(f"There is already a vault in {to}; it was left untouched.")
    if to.exists() and (not to.is_dir() or any(to.iterdir())):
        raise BackupError(f"{to} is not empty; restore into a new or empty folder.")
    if not to.parent.is_dir():
        raise BackupError(f"The folder {to.parent} does not exist; create it first.")


def restore_backup(
    path: Path,
    to: Path,
    secret: str,
    *,
    passphrase: str | None = None,
    progress: Progress | None = None,
) -> Restored:
    """Restore ``path`` as a vault in ``to`` (new or empty), after verifying everything.

    ``secret`` is the recovery code (which then also unlocks the restored vault for its
    checks) or an ``AGE-SECRET-KEY-1…`` identity, with which ``passphrase`` unlocks it.
    """
    from mentordesk.vault import Vault
    from mentordesk.vault.check import run_checks
    from mentordesk.vault.owner import LOCK_NAME

    path, to = Path(path), Path(to).absolute()
    _refuse_target(to)
    by_identity = age.is_identity(secret)
    if by_identity and passphrase is None:
        raise BackupError(
            "Restoring with an identity needs the vault's passphrase too, to check the "
            "restored vault before it is put in place."
        )
    work = Path(tempfile.mkdtemp(prefix=f".{to.name}.restoring-", dir=to.parent))
    try:
        manifest = _decrypt(path, secret, work, progress)
        fd = os.open(work / LOCK_NAME, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
        os.close(fd)
        try:
            if by_identity:
                assert passphrase is not None
                vault = Vault.open_with_passphrase(work, passphrase)
            else:
                vault = Vault.open_with_recovery_code(work, secret)
        except (WrongRecoveryCode, WrongPassphrase):
            raise BackupWrongKey(
                f"{path} holds a vault that this {'passphrase' if by_identity else 'recovery code'}"
                " does not open (a backup of another vault?). Nothing was restored."
            ) from None
        except MentorDeskError as exc:
            raise BackupDamaged(f"{path} holds a vault that cannot be opened: {exc}") from None
        with vault:
            if vault.keyfile.vault_id != manifest.vault_id:
                raise BackupDamaged(
                    f"{path} was refused: its manifest names another vault than the one it "
                    "holds. Nothing was restored."
                )
            if vault.integrity_warning:
                raise BackupDamaged(f"{path} was refused: {vault.integrity_warning}")
            failed = [r for r in run_checks(vault, progress) if not r.ok]
        if failed:
            first = failed[0]
            raise BackupDamaged(
                f"{path} was refused: the vault it holds fails its check ({first.name}: "
                f"{first.detail}). Nothing was restored."
            )
        _refuse_target(to)
        try:
            os.rename(work, to)
        except OSError as exc:
            raise BackupError(
                f"{to} could not be made ({exc.strerror}); nothing was restored."
            ) from None
        fsync_dir(to.parent)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return Restored(to, manifest)


def restore(path: Path, to: Path, secret: str, *, progress: Progress | None = None, **kw) -> Path:
    """Restore ``path`` into ``to``; see :func:`restore_backup`. Returns the vault folder."""
    return restore_backup(path, to, secret, progress=progress, **kw).path
