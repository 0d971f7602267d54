"""The demo's KSB evidence: pieces of every kind with the mentor's judgements, the older
ones signed off; for the small demo also, through the services, a witness statement with a
photo, a session counted for the mentor too, and one mentee's gateway facts and
observation log."""

from __future__ import annotations

import hashlib
import struct
import zlib
from datetime import date, timedelta
from typing import TYPE_CHECKING

from mentordesk.services.demo import content as words
from mentordesk.services.demo import roles

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from mentordesk.services.demo.builder import DemoYear

SIGNED_AFTER_DAYS = 21  # evidence older than three weeks has been signed off


def _judged(gen: DemoYear, day: date) -> tuple[str | None, date | None]:
    """A judgement for a piece of evidence of ``day`` and when it was signed off."""
    old = (gen.anchor - day).days > SIGNED_AFTER_DAYS
    if not old:
        return gen.pick(["working_towards", "met", None]), None
    judgement = "met" if gen.rng.random() < 0.7 else "working_towards"
    return judgement, min(day + timedelta(days=7), gen.anchor)


def evidence_rows(gen: DemoYear) -> None:
    """Pieces of evidence for the mentor and each mentee, mapped to KSBs and judged."""
    rows = gen.rows
    target = gen.size.evidence_links
    items = gen.held_days
    mentor_items = 20
    own_links = mentor_items * 2
    for n in range(mentor_items):
        day = gen.anchor - timedelta(days=15 * n + 3)
        judgement, signed = _judged(gen, day)
        eid = rows.add(
            "evidence_item",
            mentee_id=None,
            session_id=None,
            title=f"My practice: {gen.pick(roles.MENTOR_TOPICS)}",
            kind=gen.pick(words.EVIDENCE_KINDS),
            description=None,
            occurred_on=day,
            observer=gen.pick(words.OBSERVERS),
            signed_off_on=signed,
        )
        for ksb in gen.rng.sample(gen.mentor_ksbs, 2):
            rows.add("evidence_ksb", evidence_id=eid, ksb_id=ksb, comment=None, judgement=judgement)
    for i, (_spec, mentee_id, day, std) in enumerate(items):
        ksb_ids = gen.ksbs[str(std)]
        if target is None:
            k = gen.rng.randint(1, 3)
        else:
            remaining_items = len(items) - i
            k = max(1, min(len(ksb_ids), round((target - own_links) / remaining_items)))
            own_links += k
        judgement, signed = _judged(gen, day)
        eid = rows.add(
            "evidence_item",
            mentee_id=mentee_id,
            session_id=None,
            title=f"Workplace evidence: {gen.pick(gen.roles_of[mentee_id].topics)}",
            kind=gen.pick(words.EVIDENCE_KINDS),
            description="Seen at work and discussed at the next mentoring session.",
            occurred_on=day,
            observer=gen.pick(words.OBSERVERS),
            signed_off_on=signed,
        )
        for ksb in gen.rng.sample(ksb_ids, k):
            rows.add("evidence_ksb", evidence_id=eid, ksb_id=ksb, comment=None, judgement=judgement)
    first = rows.tables["evidence_item"][0]
    note = b"Observation checklist: agreed the aim, asked open questions, summarised actions."
    rows.add(
        "attachment",
        owner_type="evidence_item",
        owner_id=first["id"],
        filename="observation-checklist.txt",
        media_type="text/plain",
        size=len(note),
        sha256=hashlib.sha256(note).hexdigest(),
        data=note,
        created_at=gen.stamp,
    )


def demo_photo(width: int = 96, height: int = 64) -> bytes:
    """A small PNG (a sky-and-floor gradient) made in memory, for the demo's photo."""
    raw = bytearray()
    for y in range(height):
        raw.append(0)  # no filter
        for x in range(width):
            floor = y > height * 2 // 3
            raw += bytes((90 + x, 140 if floor else 170 + y, 90 if floor else 230))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(raw)))
        + chunk(b"IEND", b"")
    )


def write_tracker(db: Session, anchor: date) -> None:
    """Through the services, as a mentor would: a witness statement with a photo, judged
    and signed off; notes of a professional discussion still to sign off; a session that
    counts for the mentor's own portfolio too; and the gateway facts and observation log
    of the mentee nearest their gateway."""
    from sqlalchemy import select

    from mentordesk.services.attachments import NewFile
    from mentordesk.services.ksb import evidence, gateway
    from mentordesk.services.ksb.evidence import EvidenceDraft, KsbMark
    from mentordesk.vault.enums import EvidenceKind, Judgement, MenteeStatus, ObservationKind
    from mentordesk.vault.models import EvidenceItem, Ksb, Mentee, Standard

    mentee = db.scalars(
        select(Mentee)
        .join(Standard, Standard.id == Mentee.standard_id)
        .where(Mentee.status == MenteeStatus.ACTIVE, Standard.reference == "ST1379")
        .order_by(Mentee.start_date, Mentee.id)
    ).first()
    if mentee is None:
        return
    codes = {
        k.code: k.id for k in db.scalars(select(Ksb).where(Ksb.standard_id == mentee.standard_id))
    }
    met, working = Judgement.MET, Judgement.WORKING_TOWARDS
    day = anchor - timedelta(days=10)
    evidence.create(
        db,
        EvidenceDraft(
            mentee.id,
            EvidenceKind.WITNESS_STATEMENT.value,
            "Induction of two new starters on the ward",
            day,
            "Led the induction, checked understanding with open questions and agreed a "
            "plan for each starter's first fortnight.",
            "Grace Obi, ward manager",
            (KsbMark(codes["S3"], met, "Planned and ran it"), KsbMark(codes["K4"], working)),
            signed_off_on=anchor - timedelta(days=2),
        ),
        anchor,
        [NewFile("induction-board.png", demo_photo())],
    )
    evidence.create(
        db,
        EvidenceDraft(
            mentee.id,
            EvidenceKind.PROFESSIONAL_DISCUSSION.value,
            "Professional discussion: boundaries in mentoring",
            anchor - timedelta(days=3),
            "Talked through where mentoring ends and line management begins.",
            marks=(KsbMark(codes["K2"], met),),
        ),
        anchor,
    )
    session_item = db.scalars(
        select(EvidenceItem)
        .where(EvidenceItem.mentee_id == mentee.id, EvidenceItem.kind == "session")
        .order_by(EvidenceItem.occurred_on.desc())
    ).first()
    mine = db.scalars(
        select(Ksb.id)
        .join(Standard, Standard.id == Ksb.standard_id)
        .where(Standard.reference == "ST1379", Ksb.code == "S3")
    ).first()
    if session_item is not None and mine is not None:
        evidence.count_for_me(db, session_item.id, (KsbMark(mine, working),), anchor)
    gateway.save_facts(
        db,
        mentee.id,
        gateway.GatewayFacts(
            english_required=True,
            english_achieved_on=anchor - timedelta(days=200),
            employer_confirmed_on=anchor - timedelta(days=5),
            employer_confirmed_by="Grace Obi, ward manager",
        ),
    )
    for kind, text, consent in (
        (ObservationKind.LIVE, "Weekly check-in with a new healthcare assistant", True),
        (ObservationKind.RECORDED, "Remote session on study planning", True),
        (ObservationKind.RECORDED, "Progress conversation after a night shift", False),
    ):
        gateway.add_observation(
            db,
            mentee.id,
            gateway.Observation(
                kind,
                text,
                None,
                anchor - timedelta(days=4) if consent else None,
                "the person mentored, in writing" if consent else "",
            ),
        )
