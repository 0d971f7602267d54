"""Every printed record, found by its kind and id: the one place that makes the PDF of a
record as it leaves the app, for Print to PDF, Print…, the command line and the employer
export alike.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from mentordesk.errors import MentorDeskError

KINDS = ("contract", "review")


class PrintError(MentorDeskError):
    pass


def record_pdf(db: Session, kind: str, record_id: int, now: datetime) -> bytes:
    """The PDF of record ``kind``/``record_id`` (``now`` is when it is issued)."""
    if kind == "contract":
        from mentordesk.services.contracts.export import contract_pdf

        return contract_pdf(db, record_id)
    if kind == "review":
        from mentordesk.services.reviews.export import review_pdf

        return review_pdf(db, record_id)
    raise PrintError(f"There is no printed record of kind {kind!r}.")
