"""A progress review as its printed record: every part the funding rules ask for."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.documents.model import Grid, ReviewDocument, Section
from mentordesk.documents.reference import long_date, programme_name
from mentordesk.services.profile import get_profile
from mentordesk.services.reviews.store import draft_of, get
from mentordesk.services.signatures import signed_by
from mentordesk.vault.models import Ksb, Mentee
from mentordesk.words import label

NONE = "None raised"


def _hours(value: float | None) -> str:
    return "—" if value is None else f"{value:g} hours"


def _pieces(n: int) -> str:
    return "no evidence yet" if n == 0 else f"{n} piece{'s' if n != 1 else ''} of evidence"


def document(db: Session, review_id: int) -> ReviewDocument:
    review = get(db, review_id)
    d = draft_of(db, review_id)
    mentee = db.get_one(Mentee, d.mentee_id)  # the review's own mentee: always there
    profile = get_profile(db)
    gap = ""
    if d.otj_hours_planned is not None and d.otj_hours_recorded is not None:
        diff = d.otj_hours_recorded - d.otj_hours_planned
        gap = f"{abs(diff):g} hours {'ahead of' if diff >= 0 else 'behind'} the plan"
    counts = Counter(s.rag for s in d.ksb_statuses)
    summary = ", ".join(
        f"{n} {label(rag).lower()}" for rag, n in sorted(counts.items(), key=lambda c: c[0].value)
    )
    standard = mentee.standard
    programme = (
        programme_name(standard.title, standard.reference, standard.level, standard.version)
        if standard
        else "—"
    )
    wanted = [s.ksb_id for s in d.ksb_statuses]
    titles = {k.id: k.detail for k in db.scalars(select(Ksb).where(Ksb.id.in_(wanted)))}
    ratings = Grid(
        columns=("KSB", "Knowledge, skill or behaviour", "Rating", "Evidence"),
        widths=(0.055, 0.655, 0.1, 0.19),
        rows=[
            (
                s.code,
                " ".join(titles.get(s.ksb_id, s.title).split())
                + (f"\nComment: {s.comment}" if s.comment else ""),
                label(s.rag),
                _pieces(s.evidence),
            )
            for s in d.ksb_statuses
        ],
    )
    sections = [
        Section(
            "The review",
            [
                ("Mentee", mentee.full_name),
                ("Programme", programme),
                ("Employer", mentee.employer or "—"),
                ("Review held on", long_date(d.held_on)),
                ("Period covered", f"{long_date(d.period_start)} to {long_date(d.held_on)}"),
            ],
        ),
        Section(
            "Actions since the last review and their outcome",
            [("Actions", d.actions_summary or "No actions were agreed in this period.")],
        ),
        Section(
            "Off-the-job training",
            [
                ("Planned to date", _hours(d.otj_hours_planned)),
                ("Recorded to date (from sessions)", _hours(d.otj_hours_recorded)),
                *([("Against the plan", gap)] if gap else []),
            ],
        ),
        Section(
            "Progress against the plan",
            [("Summary", d.progress_summary or "—"), ("KSB ratings", summary or "—")],
            ratings if d.ksb_statuses else None,
        ),
        Section(
            "Concerns raised",
            [
                ("By the mentee", d.concerns_mentee or NONE),
                ("By the employer", d.concerns_employer or NONE),
                ("By the training provider", d.concerns_provider or NONE),
            ],
        ),
        Section(
            "Wellbeing and safeguarding",
            [
                ("Wellbeing check", d.wellbeing_check or "—"),
                ("Safeguarding check", d.safeguarding_check or "—"),
            ],
        ),
        Section(
            "English and maths",
            [("English", d.english_status or "—"), ("Maths", d.maths_status or "—")],
        ),
        Section(
            "Changes of circumstance and support needs",
            [
                ("Changes of circumstance", d.changes_of_circumstance or "None"),
                ("Support needs", d.support_needs or "None identified"),
            ],
        ),
        Section("Readiness for end-point assessment", [("Readiness", d.epa_readiness or "—")]),
        Section(
            "SMART targets to the next review",
            [("Targets", d.smart_targets or "—"), ("Next review", long_date(d.next_review_on))],
        ),
        Section(
            "Comments",
            [
                ("Mentee", d.comments_mentee or "—"),
                ("Employer", d.comments_employer or "—"),
                ("Mentor", d.comments_mentor or "—"),
            ],
        ),
    ]
    return ReviewDocument(
        record_id=review.id,
        mentee=mentee.full_name,
        mentor=profile.full_name if profile else "",
        organisation=(profile.organisation or "") if profile else "",
        held_on=d.held_on,
        is_final=review.is_final,
        sections=sections,
        signatures=signed_by(review.signatures),
    )
