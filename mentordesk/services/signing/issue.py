"""Issuing a record: the PDF as built is signed once, here, and what left the app is noted
(the file's SHA-256 and length), so that a countersigned copy coming back can be matched to
it byte for byte."""

from __future__ import annotations

import hashlib
from datetime import datetime

from sqlalchemy.orm import Session

from mentordesk.documents.layout import MENTOR_FIELD, Built
from mentordesk.documents.signing import sign_record
from mentordesk.services.signing.identity import signing_identity
from mentordesk.vault.models import IssuedRecord

FINAL = "final"  # certified: no changes allowed (DocMDP 1)
COUNTERSIGN = "countersign"  # certified: form filling and signing allowed (DocMDP 2)


def issue(
    db: Session, kind: str, record_id: int, built: Built, reference: str, now: datetime
) -> bytes:
    """``built`` signed with the mentor's identity (made on first use), noted as issued."""
    identity_id, identity = signing_identity(db, now)
    signed = sign_record(built, identity, reference=reference, now=now)
    countersign = any(name != MENTOR_FIELD for name in built.boxes)
    db.add(
        IssuedRecord(
            issued_at=now,
            kind=kind,
            record_id=record_id,
            reference=reference,
            mode=COUNTERSIGN if countersign else FINAL,
            sha256=hashlib.sha256(signed).hexdigest(),
            length=len(signed),
            document_sha256=hashlib.sha256(built.data).hexdigest().upper(),
            identity_id=identity_id,
        )
    )
    db.flush()
    return signed
