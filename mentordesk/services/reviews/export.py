"""Printing a progress review to PDF, from the GUI or the command line."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from mentordesk.services.reviews.document import document
from mentordesk.services.reviews.store import ReviewError
from mentordesk.vault.fileio import atomic_write


def review_pdf(db: Session, review_id: int) -> bytes:
    from mentordesk.documents.review_pdf import build_review_pdf

    return build_review_pdf(document(db, review_id))


def export_review(db: Session, review_id: int, out: Path) -> Path:
    out = Path(out)
    if out.is_dir():
        raise ReviewError(f"{out} is a folder; give a file name ending in .pdf.")
    atomic_write(out, review_pdf(db, review_id))
    return out
