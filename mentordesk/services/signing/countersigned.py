"""A copy issued for countersignature comes back signed: File › Import countersigned record.

The copy is accepted only when its first part is byte for byte the file this vault issued
(matched by the SHA-256 and length kept when it was issued), every signature added to it is
intact and valid, and nothing but form filling and signing changed since (the verdict of
:func:`mentordesk.documents.verify.verify_pdf`). Each countersignature is then recorded on
the review or contract: who, their certificate's fingerprint, and when they signed.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.documents.reference import long_time
from mentordesk.documents.verify import BAD, MAX_PDF_BYTES, verify_pdf
from mentordesk.errors import MentorDeskError
from mentordesk.services.printed import COUNTERSIGNERS
from mentordesk.services.signing.identity import trusted
from mentordesk.services.signing.issue import COUNTERSIGN
from mentordesk.vault.changes import mark
from mentordesk.vault.fileio import read_limited
from mentordesk.vault.models import Attachment, Countersignature, IssuedRecord, SigningIdentity

CHANGE_KIND = {"contract": "contracts", "review": "reviews"}


class CountersignError(MentorDeskError):
    pass


@dataclass(frozen=True)
class CountersignatureRow:
    field: str
    signer: str
    organisation: str
    fingerprint: str
    signed_at: datetime | None
    imported_at: datetime

    def line(self) -> str:
        who = self.signer + (f", {self.organisation}" if self.organisation else "")
        when = long_time(self.signed_at) if self.signed_at else "an unstated time"
        return f"{self.field}: {who}, signed {when} (certificate {self.fingerprint[:16]}…)"


@dataclass(frozen=True)
class ImportedCopy:
    kind: str
    record_id: int
    reference: str
    added: list[CountersignatureRow]
    already: int  # countersignatures recorded before, from an earlier import of a copy
    headline: str  # the verifier's verdict

    def summary(self) -> str:
        if not self.added:
            return f"{self.reference}: these countersignatures were already recorded."
        names = ", ".join(f"{c.signer} ({c.field.lower()})" for c in self.added)
        return (
            f"{self.reference}: recorded the countersignature of {names}; the signed copy "
            "is kept in the vault."
        )


def read_pdf(path: Path) -> bytes:
    """The bytes of a countersigned copy named by the mentor."""
    return read_limited(path, MAX_PDF_BYTES, "a record (over 50 MB)", CountersignError)


def _issued(db: Session, data: bytes) -> IssuedRecord:
    """The issued copy ``data`` starts with, byte for byte."""
    by_length: dict[int, str] = {}
    for row in db.scalars(select(IssuedRecord).order_by(IssuedRecord.id.desc())):
        if row.length <= len(data):
            digest = by_length.setdefault(
                row.length, hashlib.sha256(data[: row.length]).hexdigest()
            )
            if digest == row.sha256:
                if row.mode != COUNTERSIGN:
                    raise CountersignError(
                        f"This is the final copy of {row.reference}, certified with no "
                        "changes allowed; only a copy made with For countersigning… "
                        "can come back signed."
                    )
                return row
    raise CountersignError(
        "This PDF does not start with any copy this vault issued for countersigning, so "
        "it was not made here or was changed: ask for the copy you sent, signed."
    )


def import_countersigned(db: Session, data: bytes, now: datetime) -> ImportedCopy:
    if not data.lstrip()[:5] == b"%PDF-":
        raise CountersignError("This file is not a PDF.")
    issued = _issued(db, data)
    if len(data) == issued.length:
        raise CountersignError(
            f"Nobody has signed this copy of {issued.reference} yet: it is the one you "
            f"issued on {long_time(issued.issued_at)}."
        )
    verdict = verify_pdf(data, trusted(db), now)
    if verdict.code == BAD:
        raise CountersignError(f"Refused: {verdict.headline}")
    mine = db.get_one(SigningIdentity, issued.identity_id).fingerprint
    first, *added = verdict.signatures
    if first.fingerprint != mine or not added:
        raise CountersignError("Refused: the first signature is not the one this vault made.")
    own = set(db.scalars(select(SigningIdentity.fingerprint)))
    for s in added:
        if s.field not in COUNTERSIGNERS:
            raise CountersignError(
                f"Refused: {s.signer} signed in a field of their own ({s.field!r}), not in "
                f"one left for them ({' or '.join(COUNTERSIGNERS)})."
            )
        if s.fingerprint in own:
            raise CountersignError(
                f"Refused: the {s.field.lower()}'s signature was made with your own signing "
                "key; a countersignature must be made with the signer's own digital ID."
            )
    file_sha = hashlib.sha256(data).hexdigest()
    recorded = db.scalars(
        select(Countersignature).where(Countersignature.issued_id == issued.id)
    ).all()
    seen = {(c.field, c.fingerprint) for c in recorded}
    rows: list[CountersignatureRow] = []
    already = 0
    for s in added:
        if (s.field, s.fingerprint) in seen:
            already += 1
            continue
        recorded_now = Countersignature(
            issued_id=issued.id,
            field=s.field,
            signer=s.signer,
            organisation=s.organisation,
            fingerprint=s.fingerprint,
            signed_at=s.signed_at,
            imported_at=now,
            file_sha256=file_sha,
        )
        db.add(recorded_now)
        rows.append(_row(recorded_now))
    if rows:  # the signed copy itself is kept, encrypted, with the record it signs
        db.add(
            Attachment(
                owner_type=IssuedRecord.__tablename__,
                owner_id=issued.id,
                filename=f"{issued.reference}-countersigned.pdf",
                media_type="application/pdf",
                size=len(data),
                sha256=file_sha,
                data=data,
            )
        )
    db.flush()
    if issued.kind in CHANGE_KIND:
        mark(db, CHANGE_KIND[issued.kind], issued.record_id)
    return ImportedCopy(
        issued.kind, issued.record_id, issued.reference, rows, already, verdict.headline
    )


def _row(c: Countersignature) -> CountersignatureRow:
    return CountersignatureRow(
        c.field, c.signer, c.organisation, c.fingerprint, c.signed_at, c.imported_at
    )


def copy_by_reference(db: Session, reference: str) -> bytes | None:
    """The latest countersigned copy kept in the vault of the record quoted as
    ``reference`` ("MD-R-0004"), if one came back."""
    issued = select(IssuedRecord.id).where(IssuedRecord.reference == reference.strip().upper())
    return db.scalars(
        select(Attachment.data)
        .where(
            Attachment.owner_type == IssuedRecord.__tablename__,
            Attachment.owner_id.in_(issued),
        )
        .order_by(Attachment.id.desc())
    ).first()


def countersignatures_of(db: Session, kind: str, record_id: int) -> list[CountersignatureRow]:
    """Every countersignature recorded on a record's issued copies, oldest first."""
    rows = db.scalars(
        select(Countersignature)
        .join(IssuedRecord, IssuedRecord.id == Countersignature.issued_id)
        .where(IssuedRecord.kind == kind, IssuedRecord.record_id == record_id)
        .order_by(Countersignature.id)
    )
    return [_row(c) for c in rows]


def all_countersignatures(db: Session) -> list[tuple[str, CountersignatureRow]]:
    """Every countersignature recorded, with the reference of the record it is on."""
    rows = db.execute(
        select(IssuedRecord.reference, Countersignature)
        .join(IssuedRecord, IssuedRecord.id == Countersignature.issued_id)
        .order_by(Countersignature.id)
    )
    return [(ref, _row(c)) for ref, c in rows]
