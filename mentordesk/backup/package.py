"""An encrypted package of files for someone outside MentorDesk: employer exports, subject
access exports. The recipient needs only the ``age`` tool and any unzip.

:func:`write_package` takes the files as ``(name, bytes)`` pairs and writes one age file
holding a zip (deflated) of them plus:

- ``README.txt``: what the package is (the caller's text), how to open it, every file with
  its size, and how to check the files against their hashes;
- ``manifest.json``: format, title, when it was made, by which MentorDesk, what was chosen
  (the caller's summary, no content), and each file's SHA-256 and size;
- ``SHA256SUMS``: the same hashes in the form ``sha256sum -c SHA256SUMS`` reads.

It is encrypted either to age public keys (``age1…``, X25519) or to a passphrase (age's
scrypt stanza; age allows no other recipient beside it), never both. Everything happens in
memory: the zip is built in a :class:`io.BytesIO`, encrypted as bytes, and only ciphertext
is written, to a hidden temporary name beside the output (0600), synced, then renamed, so a
crash leaves no partial file under the final name. Packages are meant for records, not
whole vaults: memory use is about three times the size of the files.

Member names are the caller's: build them from user text with :func:`safe_name`, which
keeps one path segment with no separators, dots-only names or control characters.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import secrets
import unicodedata
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from mentordesk import APP_NAME, __version__
from mentordesk.errors import MentorDeskError, ValidationError
from mentordesk.vault.fileio import PRIVATE_MODE, fsync_dir

FORMAT = "mentordesk-export"
FORMAT_VERSION = 1
README, MANIFEST, SUMS = "README.txt", "manifest.json", "SHA256SUMS"
RESERVED = frozenset({README, MANIFEST, SUMS})
MAX_NAME = 180  # characters in a member's whole path
_SEGMENT = re.compile(r"[^\w.()+,=@-]+")  # what a name keeps of user text (\w: any letter)


class ExportError(MentorDeskError):
    """A package cannot be written as asked (the message names the file or folder)."""


@dataclass(frozen=True)
class PackageManifest:
    title: str
    made_at: datetime
    encrypted_to: str  # "passphrase" or "N age recipient(s)"
    chosen: Mapping[str, Any]
    members: dict[str, tuple[str, int]]  # name -> (SHA-256 hex, size), in package order

    def to_bytes(self) -> bytes:
        data = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "title": self.title,
            "made_by": f"{APP_NAME} {__version__}",
            "made_at": self.made_at.isoformat(timespec="seconds"),
            "encrypted_to": self.encrypted_to,
            "chosen": dict(self.chosen),
            "files": {
                name: {"sha256": sha, "size": size} for name, (sha, size) in self.members.items()
            },
        }
        return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


@dataclass(frozen=True)
class PackageInfo:
    path: Path
    size: int  # of the encrypted file
    sha256: str  # of the encrypted file
    manifest: PackageManifest

    @property
    def files(self) -> int:
        """How many files the package holds, the README, manifest and hash list included."""
        return len(self.manifest.members) + len(RESERVED)


# -- names ---------------------------------------------------------------------------------
def safe_name(text: str, fallback: str = "file", limit: int = 60) -> str:
    """One path segment made from user text: letters (any script), digits and ``.()+,=@-_``;
    everything else (separators, NUL, spaces, control characters) becomes ``_``; leading
    dots and ``_`` are dropped, so ``..`` or ``.hidden`` cannot come out. Empty: ``fallback``."""
    text = unicodedata.normalize("NFC", text or "")
    cleaned = _SEGMENT.sub("_", text).strip("._-")[:limit].rstrip("._-")
    return cleaned or fallback


def check_member_name(name: str) -> None:
    """Refuse a name no unzip should be handed: absolute, ``..``, backslashes, control
    characters, empty segments, too long."""
    parts = name.split("/")
    if (
        not name
        or len(name) > MAX_NAME
        or "\\" in name
        or any(unicodedata.category(c).startswith("C") for c in name)
        or any(part in ("", ".", "..") for part in parts)
        or re.match(r"^[A-Za-z]:", name)
    ):
        raise ValueError(f"{name!r} cannot be a file name in a package")


# -- open formats ---------------------------------------------------------------------------
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def csv_bytes(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> bytes:
    """A CSV file (UTF-8 with a byte order mark, for spreadsheets): text cells that a
    spreadsheet would run as a formula get a leading ``'``; None is an empty cell."""
    import csv

    def cell(value: Any) -> Any:
        if value is None:
            return ""
        if isinstance(value, str) and value.startswith(_FORMULA):
            return "'" + value
        return value

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([cell(v) for v in row] for row in rows)
    return out.getvalue().encode("utf-8-sig")


def json_bytes(value: Any) -> bytes:
    """Pretty, stable JSON (UTF-8; dates and datetimes in ISO 8601)."""

    def default(item: Any) -> Any:
        if hasattr(item, "isoformat"):
            return item.isoformat()
        raise TypeError(f"{type(item).__name__} is not JSON")

    return (json.dumps(value, indent=2, ensure_ascii=False, default=default) + "\n").encode()


# -- reading how to open it -----------------------------------------------------------------
def opening_instructions(file_name: str, *, passphrase: bool) -> str:
    """The lines a recipient needs to open ``file_name`` (also printed for the sender)."""
    quoted = f'"{file_name}"' if " " in file_name else file_name
    if passphrase:
        how = (
            f"  age -d {quoted} > export.zip\n"
            "age asks for the passphrase (the sender tells it to you, e.g. by phone)."
        )
    else:
        how = (
            f"  age -d -i key.txt {quoted} > export.zip\n"
            "where key.txt is your age identity file (AGE-SECRET-KEY-1…): the secret half\n"
            "of the age1… public key you gave the sender."
        )
    return (
        "It is encrypted with age (https://age-encryption.org), a small standard tool:\n"
        "Linux: the package age; macOS: brew install age; Windows: winget install "
        "FiloSottile.age.\n"
        f"Open it with:\n{how}\n"
        "Then open export.zip with any unzip tool (Windows Explorer, macOS Finder, unzip)."
    )


def _readme(
    title: str,
    intro: str,
    made_at: datetime,
    file_name: str,
    passphrase: bool,
    members: Mapping[str, tuple[str, int]],
) -> bytes:
    rule = "=" * len(title)
    width = max([len(n) for n in (*members, *RESERVED)] + [4])
    listing = "\n".join(
        f"  {name:<{width}}  {size:>10,} bytes" for name, (_sha, size) in members.items()
    )
    text = f"""{title}
{rule}
Made with {APP_NAME} {__version__} on {made_at.astimezone():%d %B %Y at %H:%M %Z}.

{intro.strip()}

How to open it
--------------
{opening_instructions(file_name, passphrase=passphrase)}

Files
-----
  {README:<{width}}  this file
  {MANIFEST:<{width}}  what was chosen, and each file's SHA-256 and size (JSON)
  {SUMS:<{width}}  each file's SHA-256, for sha256sum
{listing or "  (no records matched what was chosen)"}

CSV files are UTF-8 with a byte order mark, so that spreadsheets read the accents right;
a cell that would start with = + - or @ starts with ' so that no spreadsheet runs it as a
formula. The JSON files hold the same values unchanged.

How to check the files are as they were sent
--------------------------------------------
In the folder you unzipped into, run:
  sha256sum -c SHA256SUMS                  (Linux)
  shasum -a 256 -c SHA256SUMS              (macOS)
  Get-FileHash -Algorithm SHA256 FILE      (Windows PowerShell; compare with SHA256SUMS)
Every line should end in OK. The sender's {APP_NAME} keeps the SHA-256 of the encrypted
file itself, so they can confirm the file you received is the one they made.
"""
    return text.encode("utf-8")


# -- the package ------------------------------------------------------------------------------
def _encrypt(data: bytes, recipients: Sequence[str], passphrase: str | None) -> bytes:
    import pyrage  # type: ignore[import-untyped]

    if passphrase is not None:
        return pyrage.passphrase.encrypt(data, passphrase)
    from mentordesk.backup.vault_backup import _parse_recipients

    return pyrage.encrypt(data, _parse_recipients(recipients))


def check_protection(recipients: Sequence[str], passphrase: str | None) -> None:
    """Exactly one of age public keys or a passphrase, each valid; else a clear refusal."""
    keys = [r.strip() for r in recipients if r.strip()]
    if keys and passphrase is not None:
        raise ValidationError(
            "recipient",
            "Choose one way to protect the export: the recipient's age public key or a "
            "passphrase, not both.",
        )
    if not keys and passphrase is None:
        raise ValidationError(
            "recipient",
            "Say how to protect the export: paste the recipient's age public key (age1…) "
            "or choose a passphrase.",
        )
    if passphrase is not None:
        from mentordesk.vault import strength

        weak = strength.weakness(passphrase)
        if weak is not None and weak.kind == strength.SHORT:
            raise ValidationError(
                "passphrase",
                f"The export's passphrase is too short: use at least {strength.MIN_LENGTH} "
                "characters (a suggested one is easy to read out).",
            )
        if weak is not None:
            advice = weak.advice or "Add another word or two."
            raise ValidationError(
                "passphrase", f"The export's passphrase is too easy to guess: {advice}"
            )
    else:
        from mentordesk.backup.vault_backup import _parse_recipients

        try:
            _parse_recipients(keys)  # each one an age1… key
        except ValidationError as exc:
            raise ValidationError(
                "recipient", f"{exc} Paste the recipient's whole public key, as age-keygen gave it."
            ) from None


def build_zip(entries: Sequence[tuple[str, bytes]], made_at: datetime) -> bytes:
    """A deflated zip of ``entries``, in memory, each entry dated ``made_at``."""
    stamp = made_at.astimezone().timetuple()[:6]
    stamp = max(stamp, (1980, 1, 1, 0, 0, 0))  # the earliest a zip can say
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (0o100000 | PRIVATE_MODE) << 16  # a regular file, 0600
            archive.writestr(info, data)
    return out.getvalue()


def write_package(
    out: Path,
    members: Sequence[tuple[str, bytes]],
    *,
    recipients: Sequence[str] = (),
    passphrase: str | None = None,
    readme: str,
    title: str,
    made_at: datetime,
    chosen: Mapping[str, Any] | None = None,
) -> PackageInfo:
    """Write ``members`` to ``out`` as one age-encrypted zip (see the module's docstring).

    ``readme`` opens README.txt: what the package holds and what each kind of file is.
    ``chosen`` goes into manifest.json as it is: a summary of what was chosen, no content.
    ``out`` is replaced only once the new file is whole.
    """
    out = Path(out)
    if out.is_dir():
        raise ExportError(f"{out} is a folder; give a file name ending in .age.")
    if not out.parent.is_dir():
        raise ExportError(
            f"The folder {out.parent} does not exist; choose another place for {out.name}."
        )
    check_protection(recipients, passphrase)
    table: dict[str, tuple[str, int]] = {}
    for name, data in members:
        check_member_name(name)
        if name in table or name in RESERVED:
            raise ValueError(f"{name!r} is in the package twice")
        table[name] = (hashlib.sha256(data).hexdigest(), len(data))
    keys = [r.strip() for r in recipients if r.strip()]
    manifest = PackageManifest(
        title=title,
        made_at=made_at,
        encrypted_to="passphrase" if passphrase is not None else f"{len(keys)} age recipient(s)",
        chosen=chosen or {},
        members=table,
    )
    sums = "".join(f"{sha}  {name}\n" for name, (sha, _size) in table.items()).encode()
    readme_bytes = _readme(title, readme, made_at, out.name, passphrase is not None, table)
    plain = build_zip(
        [(README, readme_bytes), (MANIFEST, manifest.to_bytes()), (SUMS, sums), *members],
        made_at,
    )
    sealed = _encrypt(plain, keys, passphrase)
    del plain
    partial = out.parent / f".{out.name}.{secrets.token_hex(6)}.partial"
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
        with os.fdopen(fd, "wb") as fh:
            fh.write(sealed)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(partial, out)
        fsync_dir(out.parent)
    except OSError as exc:
        raise ExportError(
            f"{out} could not be written ({exc.strerror or exc}); no export was saved there."
        ) from exc
    finally:
        partial.unlink(missing_ok=True)
    return PackageInfo(out, len(sealed), hashlib.sha256(sealed).hexdigest(), manifest)
