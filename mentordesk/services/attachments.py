"""Files kept inside the encrypted vault (never beside it) as the evidence of a record:
up to :data:`LIMIT` bytes each, listed without their bytes, read back byte for byte.

A :class:`FileStore` serves one kind of owning record (CPD entries, pieces of KSB
evidence); each names its owner table, the error it raises and the words for its record.
"""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from sqlalchemy import select
from sqlalchemy.orm import Session, defer

from mentordesk.errors import MentorDeskError
from mentordesk.vault.fileio import read_limited
from mentordesk.vault.models import Attachment

LIMIT = 20 * 1024 * 1024
LIMIT_WORDS = "20 MiB"
TOO_LARGE = f"kept as evidence: the limit is {LIMIT_WORDS} a file"


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
    """An evidence file as listed: what it is, not its bytes. ``entry_id`` is its owner's."""

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


def read_evidence(path: Path, error: type[MentorDeskError] = MentorDeskError) -> NewFile:
    """A file the mentor chose, read whole if it is within the limit (else refused, naming
    the file and the limit)."""
    data = read_limited(Path(path), LIMIT, TOO_LARGE, error)
    return NewFile(Path(path).name, data)


class FileStore:
    """The evidence files of one owner table."""

    def __init__(self, owner: str, error: type[MentorDeskError]) -> None:
        self.owner = owner
        self.error = error

    def checked(self, new: NewFile) -> tuple[str, bytes]:
        name = PurePath(new.filename.replace("\\", "/")).name.strip()
        if not name:
            raise self.error("An evidence file needs a name; choose the file again.")
        if len(new.data) > LIMIT:
            raise self.error(f"{name} is too large to be {TOO_LARGE}.")
        return name, new.data

    def add_files(self, db: Session, owner_id: int, files: Sequence[NewFile]) -> list[int]:
        """Keep ``files`` as evidence of record ``owner_id``; their ids."""
        rows = []
        for new in files:
            name, data = self.checked(new)
            rows.append(
                Attachment(
                    owner_type=self.owner,
                    owner_id=owner_id,
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

    def _listing(self, owner_ids: Sequence[int]):
        return (
            select(
                Attachment.id,
                Attachment.owner_id,
                Attachment.filename,
                Attachment.media_type,
                Attachment.size,
                Attachment.sha256,
            )
            .where(Attachment.owner_type == self.owner, Attachment.owner_id.in_(owner_ids))
            .order_by(Attachment.owner_id, Attachment.id)
        )

    def files(self, db: Session, owner_id: int) -> list[EvidenceFile]:
        """A record's evidence files, in the order they were added (their bytes not read)."""
        return [EvidenceFile(*row) for row in db.execute(self._listing([owner_id]))]

    def files_of(self, db: Session, owner_ids: Sequence[int]) -> dict[int, list[EvidenceFile]]:
        """The evidence files of several records, by record."""
        out: dict[int, list[EvidenceFile]] = {}
        ids = list(owner_ids)
        for start in range(0, len(ids), 500):
            for row in db.execute(self._listing(ids[start : start + 500])):
                found = EvidenceFile(*row)
                out.setdefault(found.entry_id, []).append(found)
        return out

    def _gone(self, file_id: int) -> MentorDeskError:
        return self.error(
            f"Evidence file {file_id} is not in this vault (it may have been removed)."
        )

    def read_file(self, db: Session, file_id: int) -> bytes:
        """The bytes of an evidence file, as they were added."""
        data = db.scalar(
            select(Attachment.data).where(
                Attachment.id == file_id, Attachment.owner_type == self.owner
            )
        )
        if data is None:
            raise self._gone(file_id)
        return data

    def remove_file(self, db: Session, file_id: int) -> int:
        """Remove one evidence file; its id."""
        row = db.get(Attachment, file_id, options=[defer(Attachment.data)])
        if row is None or row.owner_type != self.owner:
            raise self._gone(file_id)
        db.delete(row)
        db.flush()
        return file_id

    def delete_files(self, db: Session, owner_id: int, ids: tuple[int, ...] | None = None) -> None:
        """Remove a record's evidence files: those of ``ids``, or all of them."""
        if ids is not None and not ids:
            return
        query = select(Attachment).where(
            Attachment.owner_type == self.owner, Attachment.owner_id == owner_id
        )
        if ids is not None:
            query = query.where(Attachment.id.in_(ids))
        for row in db.scalars(query.options(defer(Attachment.data))):
            db.delete(row)
        db.flush()

    def stored_files(self, db: Session, owner_id: int) -> tuple[NewFile, ...]:
        """A record's evidence files with their bytes (to put them back after an undo)."""
        rows = db.execute(
            select(Attachment.filename, Attachment.data)
            .where(Attachment.owner_type == self.owner, Attachment.owner_id == owner_id)
            .order_by(Attachment.id)
        )
        return tuple(NewFile(name, data) for name, data in rows)

    def reconcile(self, db: Session, owner_id: int, wanted: Sequence[NewFile]) -> None:
        """Make a record's files exactly ``wanted``: files already there with the same name
        and content are kept, the rest removed or added."""
        have: dict[tuple[str, str], list[int]] = {}
        for f in self.files(db, owner_id):
            have.setdefault((f.filename, f.sha256), []).append(f.id)
        add = []
        for new in wanted:
            ids = have.get((self.checked(new)[0], new.sha256))
            if ids:
                ids.pop(0)  # kept as it is
            else:
                add.append(new)
        self.delete_files(db, owner_id, tuple(i for ids in have.values() for i in ids))
        self.add_files(db, owner_id, add)
