"""A progress review as a PDF, from the GUI or the command line."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from mentordesk.services.reviews.document import document
from mentordesk.services.reviews.store import ReviewError, get

if TYPE_CHECKING:
    from mentordesk.documents.layout import Built


def review_built(db: Session, review_id: int, countersigners: tuple[str, ...] = ()) -> Built:
    """The review's PDF as built, before signing; a copy for countersignature only once it
    is final."""
    from mentordesk.documents.review_pdf import build_review_pdf

    if countersigners and not get(db, review_id).is_final:
        raise ReviewError(
            "This review is a draft; sign and finalise it before sending it to be countersigned."
        )
    return build_review_pdf(document(db, review_id), countersigners)


def review_pdf(db: Session, review_id: int, now: datetime, *, countersign: bool = False) -> bytes:
    """The review's PDF as it leaves the app: signed."""
    from mentordesk.services.printed import record_pdf

    return record_pdf(db, "review", review_id, now, countersign=countersign)


def export_review(
    db: Session, review_id: int, out: Path, now: datetime, *, countersign: bool = False
) -> Path:
    from mentordesk.services.printed import export_record

    return export_record(db, "review", review_id, out, now, countersign=countersign)
