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
PNG = (  # a 1x1 transparent PNG stands in for a drawn signature in service tests
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x9a\xa0\xa0"
    b"\x00\x00\x00\x00IEND\xaeB`\x82"
)


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
