"""Progress reviews: a draft pre-filled from the records, saved as it is written, then
signed by mentee, employer and mentor, which makes it final."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentordesk.errors import MentorDeskError, ValidationError
from mentordesk.services import settings
from mentordesk.services import signatures as signing
from mentordesk.services.contracts import ksbs_of
from mentordesk.services.sessions.records import totals
from mentordesk.services.signatures import SignatureData
from mentordesk.services.stored import day_end, day_start, dbapi
from mentordesk.vault.enums import ActionStatus, Rag, SignatureMethod, SignerRole
from mentordesk.vault.models import (
    ActionItem,
    EvidenceItem,
    EvidenceKsbLink,
    Mentee,
    MentoringSession,
    ProgressReview,
    ReviewKsbStatus,
)
from mentordesk.words import label

SIGNERS = {
    SignerRole.MENTEE: "the mentee",
    SignerRole.EMPLOYER: "the employer",
    SignerRole.MENTOR: "you (the mentor)",
}
# Text parts of a review, in the order of the form and the printed record.
TEXT_FIELDS = (
    "actions_summary",
    "progress_summary",
    "concerns_mentee",
    "concerns_employer",
    "concerns_provider",
    "wellbeing_check",
    "safeguarding_check",
    "english_status",
    "maths_status",
    "changes_of_circumstance",
    "support_needs",
    "epa_readiness",
    "smart_targets",
    "comments_mentee",
    "comments_employer",
    "comments_mentor",
)
# What must be written before a review is signed: field -> its name in the list of what is
# missing (the form's section, or its label where that is clearer).
NEEDED_TO_SIGN = {
    "progress_summary": "progress against the plan",
    "wellbeing_check": "wellbeing check",
    "safeguarding_check": "safeguarding check",
    "english_status": "English",
    "maths_status": "maths",
    "epa_readiness": "readiness for end-point assessment",
    "smart_targets": "at least one SMART target",
}
SIGNATURE_FIELD = "signature:"  # + the signer's role, for a signature that is missing
WHOSE = {SignerRole.MENTEE: "the mentee's", SignerRole.EMPLOYER: "the employer's"}  # else "your"


class ReviewError(MentorDeskError):
    pass


class MissingToSign(ValidationError):
    """Parts a review needs before it can be signed, all of them: ``missing`` lists
    (field, what) in the order of the form; ``field`` is the first."""

    def __init__(self, missing: list[tuple[str, str]]) -> None:
        names = "; ".join(what for _field, what in missing)
        super().__init__(
            missing[0][0],
            f"Before signing, complete {len(missing)} part{'s' if len(missing) > 1 else ''}: "
            f"{names}.",
        )
        self.missing = missing


@dataclass
class KsbStatusDraft:
    ksb_id: int
    code: str
    title: str
    rag: Rag
    evidence: int  # evidence links so far
    comment: str = ""


@dataclass
class ReviewDraft:
    mentee_id: int
    held_on: date
    period_start: date | None = None
    otj_hours_planned: float | None = None
    otj_hours_recorded: float | None = None
    next_review_on: date | None = None
    ksb_statuses: list[KsbStatusDraft] = field(default_factory=list)
    actions_summary: str = ""
    progress_summary: str = ""
    concerns_mentee: str = ""
    concerns_employer: str = ""
    concerns_provider: str = ""
    wellbeing_check: str = ""
    safeguarding_check: str = ""
    english_status: str = ""
    maths_status: str = ""
    changes_of_circumstance: str = ""
    support_needs: str = ""
    epa_readiness: str = ""
    smart_targets: str = ""
    comments_mentee: str = ""
    comments_employer: str = ""
    comments_mentor: str = ""


@dataclass(frozen=True)
class ReviewSummary:
    id: int
    mentee_id: int
    held_on: date
    is_final: bool
    next_review_on: date | None


# -- reading ------------------------------------------------------------------------------
def get(db: Session, review_id: int) -> ProgressReview:
    row = db.get(ProgressReview, review_id)
    if row is None:
        raise ReviewError("That review no longer exists.")
    return row


def list_reviews(db: Session, mentee_id: int) -> list[ReviewSummary]:
    rows = db.scalars(
        select(ProgressReview)
        .where(ProgressReview.mentee_id == mentee_id)
        .order_by(ProgressReview.held_on.desc(), ProgressReview.id.desc())
    )
    return [ReviewSummary(r.id, r.mentee_id, r.held_on, r.is_final, r.next_review_on) for r in rows]


def last_final(db: Session, mentee_id: int, before: date | None = None) -> ProgressReview | None:
    query = select(ProgressReview).where(
        ProgressReview.mentee_id == mentee_id, ProgressReview.is_final.is_(True)
    )
    if before is not None:
        query = query.where(ProgressReview.held_on < before)
    return db.scalars(query.order_by(ProgressReview.held_on.desc()).limit(1)).first()


def find(db: Session, mentee_id: int, on: date | None = None) -> ProgressReview:
    """The review held on ``on``, else the latest one (signed first)."""
    query = select(ProgressReview).where(ProgressReview.mentee_id == mentee_id)
    if on is not None:
        query = query.where(ProgressReview.held_on == on)
    row = db.scalars(
        query.order_by(ProgressReview.is_final.desc(), ProgressReview.held_on.desc())
    ).first()
    if row is None:
        when = f" on {on:%d %B %Y}" if on else ""
        raise ReviewError(f"There is no progress review{when} for this mentee.")
    return row


def draft_of(db: Session, review_id: int) -> ReviewDraft:
    r = get(db, review_id)
    codes = _ksb_index(db, r.mentee_id)
    evidence = _evidence_counts(db, r.mentee_id)
    statuses = [
        KsbStatusDraft(
            s.ksb_id,
            codes.get(s.ksb_id, ("?", ""))[0],
            codes.get(s.ksb_id, ("?", ""))[1],
            s.rag,
            evidence.get(s.ksb_id, 0),
            s.comment or "",
        )
        for s in r.ksb_statuses
    ]
    order = list(codes)  # the standard's order; a KSB since retired goes last
    statuses.sort(key=lambda s: order.index(s.ksb_id) if s.ksb_id in codes else len(order))
    return ReviewDraft(
        mentee_id=r.mentee_id,
        held_on=r.held_on,
        period_start=r.period_start,
        otj_hours_planned=r.otj_hours_planned,
        otj_hours_recorded=r.otj_hours_recorded,
        next_review_on=r.next_review_on,
        ksb_statuses=statuses,
        **{name: getattr(r, name) or "" for name in TEXT_FIELDS},
    )


def _ksb_index(db: Session, mentee_id: int) -> dict[int, tuple[str, str]]:
    """The mentee's standard's current KSBs, K then S then B: id -> (code, short title)."""
    standard_id = db.scalar(select(Mentee.standard_id).where(Mentee.id == mentee_id))
    if standard_id is None:
        return {}
    return {k.id: (k.code, _short(k.detail)) for k in ksbs_of(db, standard_id)}


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _evidence_counts(db: Session, mentee_id: int) -> dict[int, int]:
    rows = db.execute(
        select(EvidenceKsbLink.ksb_id, func.count())
        .join(EvidenceItem, EvidenceItem.id == EvidenceKsbLink.evidence_id)
        .where(EvidenceItem.mentee_id == mentee_id)
        .group_by(EvidenceKsbLink.ksb_id)
    )
    return dict(rows.all())


def rag_from_evidence(count: int) -> Rag:
    """The starting RAG for a KSB: none yet red, one piece amber, two or more green."""
    return Rag.RED if count == 0 else Rag.AMBER if count == 1 else Rag.GREEN


def otj_planned_to(mentee: Mentee, on: date) -> float | None:
    """Off-the-job hours the plan expects by ``on`` (see ``ksb.otj.planned_to``)."""
    from mentordesk.services.ksb.otj import planned_to

    return planned_to(mentee.effective_otj_target, mentee.start_date, mentee.planned_end_date, on)


def _actions_since(db: Session, mentee_id: int, since: date, until: date) -> str:
    lo, hi = day_start(since), day_end(until)
    held = select(MentoringSession.id).where(
        MentoringSession.mentee_id == mentee_id,
        MentoringSession.starts_at >= lo,
        MentoringSession.starts_at <= hi,
    )
    earlier_open = (ActionItem.status == ActionStatus.OPEN) & (ActionItem.created_at < lo)
    rows = db.scalars(
        select(ActionItem)
        .where(
            ActionItem.mentee_id == mentee_id,
            ActionItem.session_id.in_(held) | earlier_open | ActionItem.review_id.isnot(None),
        )
        .order_by(ActionItem.due_date.is_(None), ActionItem.due_date, ActionItem.id)
    )
    lines = []
    for a in rows:
        closed_before = a.closed_at is not None and a.closed_at < lo
        if a.review_id is not None and a.status is not ActionStatus.OPEN and closed_before:
            continue  # a target of an earlier period, closed before this one
        outcome = f": {a.outcome}" if a.outcome else ""
        lines.append(f"• {a.description} ({a.owner or 'no owner'}) — {label(a.status)}{outcome}")
    return "\n".join(lines)


def prefill(db: Session, mentee_id: int, held_on: date) -> ReviewDraft:
    """A new review for ``mentee_id`` filled from the records: the period since the last
    review, actions and their outcome, hours planned and recorded, RAG from evidence.
    ``held_on`` is the day of the review (today, for a new one)."""
    mentee = db.get(Mentee, mentee_id)
    if mentee is None:
        raise ValidationError("mentee", "Choose the mentee the review is for.")
    last = last_final(db, mentee_id, before=held_on)
    since = last.held_on if last else (mentee.start_date or held_on)
    weeks = settings.review_interval_weeks(db)
    recorded = (
        totals(dbapi(db), mentee_id, mentee.start_date, held_on).otj_hours
        if mentee.start_date
        else None
    )
    evidence = _evidence_counts(db, mentee_id)
    statuses = [
        KsbStatusDraft(
            kid, code, title, rag_from_evidence(evidence.get(kid, 0)), evidence.get(kid, 0)
        )
        for kid, (code, title) in _ksb_index(db, mentee_id).items()
    ]
    previous_targets = (
        f"Targets set at the last review:\n{last.smart_targets}\n\n"
        if last and last.smart_targets
        else ""
    )
    return ReviewDraft(
        mentee_id=mentee_id,
        held_on=held_on,
        period_start=since,
        otj_hours_planned=otj_planned_to(mentee, held_on),
        otj_hours_recorded=recorded,
        next_review_on=held_on + timedelta(weeks=weeks),
        ksb_statuses=statuses,
        actions_summary=previous_targets + _actions_since(db, mentee_id, since, held_on),
        support_needs=last.support_needs or "" if last else "",
        english_status=last.english_status or "" if last else "",
        maths_status=last.maths_status or "" if last else "",
    )


# -- writing ------------------------------------------------------------------------------
def check(db: Session, d: ReviewDraft, *, to_sign: bool, today: date) -> None:
    if db.get(Mentee, d.mentee_id) is None:
        raise ValidationError("mentee", "Choose the mentee the review is for.")
    if d.held_on > today + timedelta(days=1):
        raise ValidationError("held_on", "A review is recorded on or after the day it is held.")
    for name in ("otj_hours_planned", "otj_hours_recorded"):
        value = getattr(d, name)
        if value is not None and value < 0:
            raise ValidationError(name, "Off-the-job hours cannot be negative.")
    weeks = settings.review_interval_weeks(db)
    if d.next_review_on is not None:
        if d.next_review_on <= d.held_on:
            raise ValidationError("next_review_on", "The next review must be after this one.")
        if d.next_review_on > d.held_on + timedelta(weeks=weeks):
            raise ValidationError(
                "next_review_on",
                f"The next review must be within {weeks} weeks "
                f"(by {d.held_on + timedelta(weeks=weeks):%d %B %Y}).",
            )
    if to_sign and (missing := missing_to_sign(d)):
        raise MissingToSign(missing)


def missing_to_sign(
    d: ReviewDraft, signatures: list[SignatureData] | None = None
) -> list[tuple[str, str]]:
    """Everything still needed before the review can be signed, as (field, what), in the
    order of the form: the next review's date, the parts in :data:`NEEDED_TO_SIGN`, and
    (when ``signatures`` are given) each signer's name and mark."""
    missing = []
    if d.next_review_on is None:
        missing.append(("next_review_on", "the date of the next review"))
    missing += [(f, what) for f, what in NEEDED_TO_SIGN.items() if not getattr(d, f).strip()]
    for role in SIGNERS if signatures is not None else ():
        sig = next((s for s in signatures or () if s.role is role), None)
        whose = WHOSE.get(role, "your")
        if sig is None or not sig.name.strip():
            missing.append((SIGNATURE_FIELD + role.value, f"{whose} name"))
        elif sig.method is SignatureMethod.DRAWN and not sig.image_png:
            missing.append((SIGNATURE_FIELD + role.value, f"{whose} signature"))
    return missing


def save(db: Session, d: ReviewDraft, review_id: int | None, *, today: date) -> int:
    """Create or update the review as a draft; returns its id."""
    check(db, d, to_sign=False, today=today)
    if review_id is None:
        row = ProgressReview(mentee_id=d.mentee_id, is_final=False)
        db.add(row)
    else:
        row = get(db, review_id)
        if row.is_final:
            raise ReviewError("This review is signed and final; it cannot be changed.")
        if row.mentee_id != d.mentee_id:
            raise ReviewError("A review cannot be moved to another mentee.")
    row.held_on = d.held_on
    row.period_start = d.period_start
    row.otj_hours_planned = d.otj_hours_planned
    row.otj_hours_recorded = d.otj_hours_recorded
    row.next_review_on = d.next_review_on
    for name in TEXT_FIELDS:
        setattr(row, name, getattr(d, name).strip() or None)
    have = {s.ksb_id: s for s in row.ksb_statuses}
    statuses = []
    for s in d.ksb_statuses:
        status = have.get(s.ksb_id) or ReviewKsbStatus(ksb_id=s.ksb_id)
        status.rag, status.comment = s.rag, s.comment.strip() or None
        statuses.append(status)
    row.ksb_statuses = statuses
    db.flush()
    return row.id


def sign(
    db: Session,
    review_id: int | None,
    d: ReviewDraft,
    signatures: list[SignatureData],
    now: datetime,
) -> int:
    """Save, check every part, take the three signatures and make the review final. Each
    line of the SMART targets becomes an open action due by the next review."""
    today = now.astimezone().date()
    check(db, d, to_sign=False, today=today)
    if missing := missing_to_sign(d, signatures):
        raise MissingToSign(missing)
    signing.check(signatures, SIGNERS)
    review_id = save(db, d, review_id, today=today)
    row = get(db, review_id)
    row.signatures = signing.rows(signatures, now)
    for line in d.smart_targets.splitlines():
        target = line.strip().lstrip("•-*0123456789.) ").strip()
        if target:
            db.add(
                ActionItem(
                    mentee_id=d.mentee_id,
                    review_id=review_id,
                    description=target,
                    owner="Mentee",
                    due_date=d.next_review_on,
                    status=ActionStatus.OPEN,
                )
            )
    row.is_final = True
    row.finalised_at = now
    db.flush()
    return review_id


def discard(db: Session, review_id: int) -> None:
    row = get(db, review_id)
    if row.is_final:
        raise ReviewError("A signed review is kept; it cannot be discarded.")
    db.delete(row)
    db.flush()


@dataclass(frozen=True)
class ReviewForm:
    """What the review screen opens on: the mentee's draft if there is one (else a new one
    pre-filled for ``today``), and the names for its signature boxes."""

    draft: ReviewDraft
    review_id: int | None
    is_final: bool
    mentee_name: str
    line_manager: str
    mentor: str


def open_form(db: Session, mentee_id: int, today: date, review_id: int | None = None) -> ReviewForm:
    from mentordesk.services import contracts
    from mentordesk.services.profile import get_profile

    mentee = db.get(Mentee, mentee_id)
    if mentee is None:
        raise ValidationError("mentee", "Choose the mentee the review is for.")
    if review_id is None:
        review_id = next((r.id for r in list_reviews(db, mentee_id) if not r.is_final), None)
    if review_id is None:
        draft, is_final = prefill(db, mentee_id, today), False
    else:
        draft, is_final = draft_of(db, review_id), get(db, review_id).is_final
    profile = get_profile(db)
    return ReviewForm(
        draft=draft,
        review_id=review_id,
        is_final=is_final,
        mentee_name=mentee.full_name,
        line_manager=contracts.line_manager(db, mentee_id),
        mentor=profile.full_name if profile else "",
    )
