"""Every printed record, found by its kind and id: the one place that makes the PDF of a
record as it leaves the app (Print to PDF, Print…, the command line, the employer export)
and signs it, once, with the mentor's signing identity.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentordesk.documents.reference import human_ref
from mentordesk.errors import MentorDeskError
from mentordesk.services.signing.issue import issue
from mentordesk.vault.fileio import atomic_write
from mentordesk.vault.models import IssuedRecord

if TYPE_CHECKING:
    from mentordesk.documents.layout import Built

COUNTERSIGNERS = ("Mentee", "Employer")


class PrintError(MentorDeskError):
    pass


def _built(db: Session, kind: str, record_id: int, countersigners: tuple[str, ...]) -> Built:
    if kind == "contract":
        from mentordesk.services.contracts.export import contract_built

        return contract_built(db, record_id, countersigners)
    if kind == "review":
        from mentordesk.services.reviews.export import review_built

        return review_built(db, record_id, countersigners)
    if kind == "reflection":
        from mentordesk.services.reflections.export import reflection_built

        return reflection_built(db, record_id, countersigners)
    raise PrintError(f"There is no printed record of kind {kind!r}.")


def record_pdf(
    db: Session, kind: str, record_id: int, now: datetime, *, countersign: bool = False
) -> bytes:
    """The signed PDF of record ``kind``/``record_id``, issued at ``now``: certified "no
    changes allowed", or, with ``countersign``, open to the mentee's and the employer's
    signatures only."""
    built = _built(db, kind, record_id, COUNTERSIGNERS if countersign else ())
    return issue(db, kind, record_id, built, human_ref(kind, record_id), now)


def export_record(
    db: Session, kind: str, record_id: int, out: Path, now: datetime, *, countersign: bool = False
) -> Path:
    """Write the signed PDF of a record to ``out`` (0600, whole or not at all)."""
    out = Path(out)
    if out.is_dir():
        raise PrintError(f"{out} is a folder; give a file name ending in .pdf.")
    atomic_write(out, record_pdf(db, kind, record_id, now, countersign=countersign))
    return out


def log_pdf(db: Session, kind: str, build: Callable[[str], Built], now: datetime) -> bytes:
    """The signed PDF of a log (a CPD record over a period, a set of reflective accounts),
    issued at ``now``. A log is not one stored record: each copy issued is numbered in
    turn ("MD-P-0003"), and ``build(reference)`` makes it with that reference printed."""
    last = db.scalar(select(func.max(IssuedRecord.record_id)).where(IssuedRecord.kind == kind))
    serial = (last or 0) + 1
    reference = human_ref(kind, serial)
    return issue(db, kind, serial, build(reference), reference, now)
