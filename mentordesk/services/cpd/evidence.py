"""Evidence files of CPD entries: kept inside the encrypted vault (never beside it), up to
:data:`LIMIT` bytes each, read back byte for byte."""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from sqlalchemy import select
from sqlalchemy.orm import Session, defer

from mentordesk.errors import MentorDeskError
from mentordesk.vault.fileio import read_limited
from mentordesk.vault.models import Attachment, CpdEntry

LIMIT = 20 * 1024 * 1024
LIMIT_WORDS = "20 MiB"
OWNER = CpdEntry.__tablename__
TOO_LARGE = f"kept as evidence: the limit is {LIMIT_WORDS} a file"


class CpdError(MentorDeskError):
    """A CPD entry or evidence file that is not there, or cannot be kept as asked."""


@dataclass(frozen=True)
class NewFile:
    """A file to keep as evidence: its name (without any folder) and its bytes."""

    filename: str
    data: bytes = field(repr=False)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class EvidenceFile:
    """An evidence file as listed: what it is, not its bytes."""

    id: int
    entry_id: int
    filename: str
    media_type: str
    size: int
    sha256: str

    @property
    def is_image(self) -> bool:
        return self.media_type.startswith("image/")


def media_type(filename: str) -> str:
    """The media type a file's name suggests ("application/pdf"), or the generic one."""
    guessed, _encoding = mimetypes.guess_type(filename, strict=False)
    return guessed or "application/octet-stream"


def read_evidence(path: Path) -> NewFile:
    """A file the mentor chose, read whole if it is within the limit (else refused, naming
    the file and the limit)."""
    data = read_limited(Path(path), LIMIT, TOO_LARGE, CpdError)
    return NewFile(Path(path).name, data)


def _checked(new: NewFile) -> tuple[str, bytes]:
    name = PurePath(new.filename.replace("\\", "/")).name.strip()
    if not name:
        raise CpdError("An evidence file needs a name; choose the file again.")
    if len(new.data) > LIMIT:
        raise CpdError(f"{name} is too large to be {TOO_LARGE}.")
    return name, new.data


def _entry_exists(db: Session, entry_id: int) -> None:
    if db.get(CpdEntry, entry_id) is None:
        raise CpdError(f"CPD entry {entry_id} is not in this vault (it may have been deleted).")


def add_files(db: Session, entry_id: int, files: tuple[NewFile, ...] | list[NewFile]) -> list[int]:
    """Keep ``files`` as evidence of entry ``entry_id``; their ids."""
    rows = []
    for new in files:
        name, data = _checked(new)
        rows.append(
            Attachment(
                owner_type=OWNER,
                owner_id=entry_id,
                filename=name,
                media_type=media_type(name),
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                data=data,
            )
        )
    db.add_all(rows)
    db.flush()
    return [row.id for row in rows]


def add_file(db: Session, entry_id: int, filename: str, data: bytes) -> int:
    """Keep one file as evidence of an entry (its media type guessed from its name); its id."""
    _entry_exists(db, entry_id)
    return add_files(db, entry_id, [NewFile(filename, data)])[0]


def _listing(entry_ids: list[int]):
    return (
        select(
            Attachment.id,
            Attachment.owner_id,
            Attachment.filename,
            Attachment.media_type,
            Attachment.size,
            Attachment.sha256,
        )
        .where(Attachment.owner_type == OWNER, Attachment.owner_id.in_(entry_ids))
        .order_by(Attachment.owner_id, Attachment.id)
    )


def files(db: Session, entry_id: int) -> list[EvidenceFile]:
    """An entry's evidence files, in the order they were added (their bytes not read)."""
    return [EvidenceFile(*row) for row in db.execute(_listing([entry_id]))]


def files_of(db: Session, entry_ids: list[int]) -> dict[int, list[EvidenceFile]]:
    """The evidence files of several entries, by entry."""
    out: dict[int, list[EvidenceFile]] = {}
    for start in range(0, len(entry_ids), 500):
        for row in db.execute(_listing(entry_ids[start : start + 500])):
            found = EvidenceFile(*row)
            out.setdefault(found.entry_id, []).append(found)
    return out


def _attachment(db: Session, file_id: int) -> Attachment:
    row = db.get(Attachment, file_id, options=[defer(Attachment.data)])
    if row is None or row.owner_type != OWNER:
        raise CpdError(f"Evidence file {file_id} is not in this vault (it may have been removed).")
    return row


def read_file(db: Session, file_id: int) -> bytes:
    """The bytes of an evidence file, as they were added."""
    data = db.scalar(
        select(Attachment.data).where(Attachment.id == file_id, Attachment.owner_type == OWNER)
    )
    if data is None:
        raise CpdError(f"Evidence file {file_id} is not in this vault (it may have been removed).")
    return data


def remove_file(db: Session, file_id: int) -> int:
    """Remove one evidence file; its id."""
    db.delete(_attachment(db, file_id))
    db.flush()
    return file_id


def delete_files(db: Session, entry_id: int, ids: tuple[int, ...] | None = None) -> None:
    """Remove an entry's evidence files: those of ``ids``, or all of them."""
    if ids is not None and not ids:
        return
    query = select(Attachment).where(
        Attachment.owner_type == OWNER, Attachment.owner_id == entry_id
    )
    if ids is not None:
        query = query.where(Attachment.id.in_(ids))
    for row in db.scalars(query.options(defer(Attachment.data))):
        db.delete(row)
    db.flush()


def stored_files(db: Session, entry_id: int) -> tuple[NewFile, ...]:
    """An entry's evidence files with their bytes (to put them back after an undo)."""
    rows = db.execute(
        select(Attachment.filename, Attachment.data)
        .where(Attachment.owner_type == OWNER, Attachment.owner_id == entry_id)
        .order_by(Attachment.id)
    )
    return tuple(NewFile(name, data) for name, data in rows)


def reconcile(db: Session, entry_id: int, wanted: tuple[NewFile, ...]) -> None:
    """Make an entry's files exactly ``wanted``: files already there with the same name and
    content are kept, the rest removed or added."""
    have: dict[tuple[str, str], list[int]] = {}
    for f in files(db, entry_id):
        have.setdefault((f.filename, f.sha256), []).append(f.id)
    add = []
    for new in wanted:
        ids = have.get((_checked(new)[0], new.sha256))
        if ids:
            ids.pop(0)  # kept as it is
        else:
            add.append(new)
    delete_files(db, entry_id, tuple(i for ids in have.values() for i in ids))
    add_files(db, entry_id, add)
