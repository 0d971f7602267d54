"""Evidence files of CPD entries: kept inside the encrypted vault (never beside it), up to
:data:`LIMIT` bytes each, read back byte for byte (see ``services.attachments``)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from mentordesk.errors import MentorDeskError
from mentordesk.services import attachments
from mentordesk.services.attachments import (
    LIMIT,
    LIMIT_WORDS,
    TOO_LARGE,
    EvidenceFile,
    NewFile,
    media_type,
)
from mentordesk.vault.models import CpdEntry

__all__ = ["LIMIT", "LIMIT_WORDS", "TOO_LARGE", "EvidenceFile", "NewFile", "media_type"]

OWNER = CpdEntry.__tablename__


class CpdError(MentorDeskError):
    """A CPD entry or evidence file that is not there, or cannot be kept as asked."""


STORE = attachments.FileStore(OWNER, CpdError)
add_files = STORE.add_files
files = STORE.files
files_of = STORE.files_of
read_file = STORE.read_file
remove_file = STORE.remove_file
delete_files = STORE.delete_files
stored_files = STORE.stored_files
reconcile = STORE.reconcile


def read_evidence(path: Path) -> NewFile:
    """A file the mentor chose, read whole if it is within the limit (else refused, naming
    the file and the limit)."""
    return attachments.read_evidence(path, CpdError)


def add_file(db: Session, entry_id: int, filename: str, data: bytes) -> int:
    """Keep one file as evidence of an entry (its media type guessed from its name); its id."""
    if db.get(CpdEntry, entry_id) is None:
        raise CpdError(f"CPD entry {entry_id} is not in this vault (it may have been deleted).")
    return add_files(db, entry_id, [NewFile(filename, data)])[0]
