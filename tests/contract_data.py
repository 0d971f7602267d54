"""A complete, valid contract draft for tests (ST1379, every page filled)."""

from datetime import UTC, date, datetime

from sqlalchemy import select

from mentordesk.services import contracts
from mentordesk.services.contracts import (
    BarrierDraft,
    GoalDraft,
    SignatureData,
    StakeholderDraft,
)
from mentordesk.vault.models import (
    BarrierKind,
    MeetingMode,
    SignatureMethod,
    SignerRole,
    StakeholderRole,
    Standard,
)

SIGNED_AT = datetime(2026, 9, 1, 10, 30, tzinfo=UTC)


def _squiggle_png(width: int = 160, height: int = 48) -> bytes:
    """A small real PNG with a pen stroke, standing in for a drawn signature."""
    import math
    import struct
    import zlib

    rows = []
    for y in range(height):
        row = bytearray([0])  # filter: none; then grey + alpha per pixel
        for x in range(width):
            curve = height / 2 + (height / 3) * math.sin(x / 9)
            row += b"\x10\xff" if abs(y - curve) < 2 else b"\xff\x00"
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 4, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(rows)))
        + chunk(b"IEND", b"")
    )


PNG = _squiggle_png()


def st1379(db) -> int:
    return db.scalar(select(Standard.id).where(Standard.reference == "ST1379"))


def complete_draft(db, name: str = "Priya Patel", mentee_id: int | None = None):
    draft = contracts.new_draft(db, mentee_id)
    draft.mentee_name = draft.mentee_name or name
    draft.standard_id = st1379(db)
    draft.start_date = date(2026, 9, 1)
    draft.planned_end_date = date(2027, 12, 1)
    draft.otj_hours_target = 278
    contracts.fill_ratings(db, draft)
    for n, r in enumerate(draft.ratings):
        r.mentee, r.mentor = n % 5, (n + 1) % 5
    draft.ratings[0].note = "Has run toolbox talks"
    draft.starting_point = "Experienced nurse, new to mentoring."
    draft.prior_learning = "Level 3 Award in Education and Training"
    draft.support_needs = "Dyslexia: written feedback in a clear font"
    draft.goals = [
        GoalDraft(
            title="Plan sessions with a model",
            specific="Use GROW to plan every session",
            measure="Session plans reviewed at each progress review",
            achievable_because="Protected time on Tuesdays",
            relevant_to="Duty 3",
            target_date=date(2027, 3, 1),
            ksb_codes=["K3", "S3"],
            levels={
                -2: "No plans",
                -1: "Some plans",
                0: "All plans",
                1: "Plans shared",
                2: "Teaches it",
            },
        )
    ]
    draft.barriers = [
        BarrierDraft(BarrierKind.WORKLOAD, "Ward rota changes", "Meet on a fixed weekday", "")
    ]
    draft.meeting_every_days = 14
    draft.meeting_mode = MeetingMode.REMOTE
    draft.meeting_minutes = 45
    draft.stakeholders = [
        StakeholderDraft(
            StakeholderRole.LINE_MANAGER,
            "Grace Obi",
            email="grace.obi@example.org",
            needs="Monthly update",
            consent=True,
            what_is_shared="Progress reviews",
        ),
        StakeholderDraft(
            StakeholderRole.SAFEGUARDING_LEAD,
            "Tom Reid",
            phone="01632 960123",
        ),
    ]
    return draft


def both_signatures(mentee: str = "Priya Patel", mentor: str = "Test Mentor"):
    return [
        SignatureData(SignerRole.MENTEE, mentee, SignatureMethod.DRAWN, PNG, SIGNED_AT),
        SignatureData(SignerRole.MENTOR, mentor, SignatureMethod.TYPED, None, SIGNED_AT),
    ]


def signed_contract(vault, name: str = "Priya Patel") -> tuple[int, int]:
    """A mentee with a signed contract (every 14 days, remote, 45 minutes); (contract, mentee)."""
    with vault.transaction() as db:
        draft = complete_draft(db, name)
        cid = contracts.start(db, draft)
        contracts.sign(db, cid, draft, both_signatures(name), now=SIGNED_AT)
    return cid, draft.mentee_id
