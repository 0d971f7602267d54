"""A mentee's portfolio built through the services, for the portfolio, pack and CLI tests:
ST0148, on programme from 1 September 2025 for a year; K1 met and signed off by two pieces
of evidence, S3 worked towards by one of them (its files in both K1 and S3), B1 by a piece
with no file; every other KSB without evidence."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from mentordesk.services import mentees
from mentordesk.services.attachments import NewFile
from mentordesk.services.ksb import evidence
from mentordesk.services.ksb.evidence import EvidenceDraft, KsbMark
from mentordesk.vault.enums import EvidenceKind, Judgement
from mentordesk.vault.models import Ksb, Standard

TODAY = date(2026, 11, 23)
START = date(2025, 9, 1)
PHOTO = b"\xff\xd8\xff\xe0 a photo of the handover board " + bytes(range(256)) * 40
STATEMENT = b"%PDF-1.4 witness statement signed by Grace Obi"
NOTES = b"Observed: a toolbox talk on safe lifting, well paced.\n"
FILES = {"photo.jpg": PHOTO, "statement.pdf": STATEMENT, "notes.txt": NOTES}


def ksb_ids(db, reference: str, *codes: str) -> list[int]:
    sid = db.scalar(select(Standard.id).where(Standard.reference == reference))
    found = {k.code: k.id for k in db.scalars(select(Ksb).where(Ksb.standard_id == sid))}
    return [found[c] for c in codes]


def codes_of(db, reference: str) -> list[str]:
    """Every KSB code of a standard: K, S then B, each in its order."""
    sid = db.scalar(select(Standard.id).where(Standard.reference == reference))
    found = db.scalars(select(Ksb).where(Ksb.standard_id == sid)).all()
    return [k.code for k in sorted(found, key=lambda k: ("KSB".index(k.code[0]), k.position))]


def add_mentee(vault, name: str = "Priya Patel") -> int:
    with vault.transaction() as db:
        sid = db.scalar(select(Standard.id).where(Standard.reference == "ST0148"))
        return mentees.create(
            db,
            mentees.MenteeData(
                name, standard_id=sid, start_date=START, planned_end_date=START + timedelta(365)
            ),
        )


def build(vault) -> tuple[int, dict[str, int]]:
    """The mentee's id, and the ids of their pieces of evidence by title."""
    mid = add_mentee(vault)
    met, working = Judgement.MET, Judgement.WORKING_TOWARDS
    with vault.transaction() as db:
        k1, s3, b1 = ksb_ids(db, "ST0148", "K1", "S3", "B1")
        ids = {
            "Handover at the ward": evidence.create(
                db,
                EvidenceDraft(
                    mid,
                    EvidenceKind.WITNESS_STATEMENT.value,
                    "Handover at the ward",
                    date(2026, 3, 5),
                    observer="Grace Obi, ward manager",
                    marks=(KsbMark(k1, met), KsbMark(s3, working)),
                    signed_off_on=date(2026, 3, 6),
                ),
                TODAY,
                files=(NewFile("photo.jpg", PHOTO), NewFile("statement.pdf", STATEMENT)),
            ),
            "Toolbox talk observed": evidence.create(
                db,
                EvidenceDraft(
                    mid,
                    EvidenceKind.OBSERVATION.value,
                    "Toolbox talk observed",
                    date(2026, 6, 1),
                    marks=(KsbMark(k1, met),),
                    signed_off_on=date(2026, 6, 2),
                ),
                TODAY,
                files=(NewFile("notes.txt", NOTES),),
            ),
            "Team meeting": evidence.create(
                db,
                EvidenceDraft(
                    mid,
                    EvidenceKind.PROFESSIONAL_DISCUSSION.value,
                    "Team meeting",
                    date(2026, 9, 14),
                    marks=(KsbMark(b1),),
                ),
                TODAY,
            ),
        }
    return mid, ids
