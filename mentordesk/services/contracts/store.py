"""Contracts as records: drafts saved as they are written, signing, versions, revising."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentordesk.errors import MentorDeskError, ValidationError
from mentordesk.services import mentees
from mentordesk.services import signatures as signing
from mentordesk.services.contracts.draft import (
    PAGES,
    BarrierDraft,
    ContractDraft,
    GoalDraft,
    Rating,
    StakeholderDraft,
    check_barriers,
    check_boundaries,
    check_goals,
    check_mentee,
    check_stakeholders,
    check_starting_point,
)
from mentordesk.services.signatures import SignatureData
from mentordesk.vault.models import (
    Contract,
    ContractBarrier,
    ContractStatus,
    DataSharingConsent,
    Goal,
    GoalAttainmentLevel,
    Ksb,
    KsbRating,
    Mentee,
    Rater,
    SignerRole,
    Stakeholder,
    Standard,
)

DEFAULT_TERMS = {
    "contact_arrangements": (
        "We meet at the agreed time. Between meetings, contact by work email or Teams during "
        "working hours; replies within two working days. Urgent matters: phone."
    ),
    "boundaries": (
        "Meetings start and end on time; either of us may rearrange with 24 hours' notice. "
        "Mentoring supports learning and wellbeing at work; it is not line management, "
        "assessment or counselling."
    ),
    "mentor_will": (
        "Listen, challenge and support; help plan and review learning against the standard; "
        "give honest feedback; signpost to specialist support; keep agreed records."
    ),
    "mentor_will_not": (
        "Do the mentee's work for them; make decisions for them; act as their line manager "
        "or assessor; share what is said beyond what this contract allows."
    ),
    "confidentiality_terms": (
        "What we discuss stays between us, except what we agree to share with the "
        "stakeholders named in this contract, and the limit below."
    ),
    "safeguarding_limit": (
        "If I believe you or someone else is at risk of harm, or a law may have been broken, "
        "I must pass this on to the designated safeguarding lead named here. I will tell you "
        "first where that is safe."
    ),
    "records_kept": (
        "Session notes, actions, reviews and KSB evidence are kept in the mentor's encrypted "
        "MentorDesk vault on a work computer. The mentee may see all of them; stakeholders see "
        "only what the mentee consents to below; records are kept for the length of the "
        "programme plus six years."
    ),
}


class ContractError(MentorDeskError):
    """A contract action that cannot be done in the contract's present state."""


@dataclass(frozen=True)
class ContractSummary:
    id: int
    mentee_id: int
    mentee: str
    version: int
    status: ContractStatus
    agreed_at: datetime | None
    page: str | None  # for a draft: the page it was left on
    updated_at: datetime


# -- reading ------------------------------------------------------------------------------
def _summary(c: Contract) -> ContractSummary:
    state = c.wizard_state or {}
    return ContractSummary(
        c.id,
        c.mentee_id,
        c.mentee.display_name,
        c.version,
        c.status,
        c.agreed_at,
        state.get("page"),
        c.updated_at,
    )


def list_contracts(db: Session, mentee_id: int | None = None) -> list[ContractSummary]:
    query = select(Contract).join(Contract.mentee).order_by(Mentee.full_name, Contract.version)
    if mentee_id is not None:
        query = query.where(Contract.mentee_id == mentee_id)
    return [_summary(c) for c in db.scalars(query)]


def drafts(db: Session) -> list[ContractSummary]:
    return [c for c in list_contracts(db) if c.status is ContractStatus.DRAFT]


def get(db: Session, contract_id: int) -> Contract:
    contract = db.get(Contract, contract_id)
    if contract is None:
        raise ContractError(f"There is no contract {contract_id}.")
    return contract


def active(db: Session, mentee_id: int) -> Contract | None:
    return db.scalar(
        select(Contract).where(
            Contract.mentee_id == mentee_id, Contract.status == ContractStatus.ACTIVE
        )
    )


def find_version(db: Session, mentee_id: int, version: int | None = None) -> Contract:
    """The given version of a mentee's contract, or the active one."""
    if version is None:
        found = active(db, mentee_id)
    else:
        found = db.scalar(
            select(Contract).where(Contract.mentee_id == mentee_id, Contract.version == version)
        )
    if found is None:
        which = f"version {version}" if version else "an active (signed) contract"
        raise ContractError(f"This mentee has no {which}.")
    return found


def goals_of(db: Session, contract_id: int) -> list[Goal]:
    """A contract's goals, in the order agreed."""
    return list(db.scalars(select(Goal).where(Goal.contract_id == contract_id).order_by(Goal.id)))


def goals_in_force(db: Session, mentee_id: int) -> list[Goal]:
    """The goals of the mentee's contract in force, in the order agreed."""
    contract = active(db, mentee_id)
    return goals_of(db, contract.id) if contract is not None else []


def cadence(db: Session, mentee_id: int) -> tuple[int, str, int] | None:
    """The agreed (every N days, mode, minutes) the session planner proposes sessions from."""
    contract = active(db, mentee_id)
    if contract is None or not contract.meeting_every_days:
        return None
    mode = contract.meeting_mode.value if contract.meeting_mode else "in_person"
    return contract.meeting_every_days, mode, contract.meeting_minutes or 60


def ksbs_of(db: Session, standard_id: int) -> list[Ksb]:
    """The standard's current KSBs in the order K, S, B."""
    rows = db.scalars(select(Ksb).where(Ksb.standard_id == standard_id, Ksb.retired.is_(False)))
    return sorted(rows, key=lambda k: ("KSB".index(k.kind.value), k.position))


# -- drafts -------------------------------------------------------------------------------
def new_draft(db: Session, mentee_id: int | None = None) -> ContractDraft:
    """A blank contract with sensible wording to edit, filled from the mentee if given."""
    draft = ContractDraft(**DEFAULT_TERMS)
    if mentee_id is not None:
        m = mentees.get(db, mentee_id)
        draft.mentee_id = mentee_id
        draft.mentee_name = m.full_name
        draft.standard_id = m.standard_id
        draft.start_date = m.start_date
        draft.planned_end_date = m.planned_end_date
        draft.otj_hours_target = m.otj_hours_target
        draft.stakeholders = [_stakeholder_draft(s) for s in mentees_stakeholders(db, mentee_id)]
    return draft


def _stakeholder_draft(
    row: Stakeholder, consent: DataSharingConsent | None = None
) -> StakeholderDraft:
    return StakeholderDraft(
        role=row.role,
        name=row.name,
        role_other=row.role_other or "",
        organisation=row.organisation or "",
        email=row.email or "",
        phone=row.phone or "",
        needs=row.needs or "",
        consent=bool(consent and consent.consent_given),
        what_is_shared=(consent.what_is_shared or "") if consent else "",
        id=row.id,
    )


def mentees_stakeholders(db: Session, mentee_id: int) -> list[Stakeholder]:
    return list(
        db.scalars(select(Stakeholder).where(Stakeholder.mentee_id == mentee_id).order_by("id"))
    )


def fill_ratings(db: Session, draft: ContractDraft) -> None:
    """Give the skills scan one line per KSB of the programme standard, keeping ratings made."""
    if draft.standard_id is None:
        draft.ratings = []
        return
    kept = {r.ksb_code: r for r in draft.ratings}
    draft.ratings = [kept.get(k.code) or Rating(k.code) for k in ksbs_of(db, draft.standard_id)]


def check_page(db: Session, draft: ContractDraft, page: str) -> None:
    """Raise ValidationError if the page's part of the draft cannot be accepted."""
    if page == "mentee":
        check_mentee(draft, lambda sid: db.get(Standard, sid) is not None)
    elif page == "starting_point":
        check_starting_point(draft)
    elif page == "goals":
        check_goals(draft)
        codes = {r.ksb_code for r in draft.ratings} or {
            k.code for k in ksbs_of(db, draft.standard_id)
        }
        for n, goal in enumerate(draft.goals, 1):
            unknown = [c for c in goal.ksb_codes if c not in codes]
            if unknown:
                raise ValidationError(
                    "ksb_codes", f"Goal {n}: {', '.join(unknown)} is not in the standard."
                )
    elif page == "barriers":
        check_barriers(draft)
    elif page == "boundaries":
        check_boundaries(draft)
    elif page == "stakeholders":
        check_stakeholders(draft)
    elif page != "sign":
        raise ValueError(f"unknown page {page!r}")


def check_all(db: Session, draft: ContractDraft) -> None:
    for page in PAGES:
        check_page(db, draft, page)


def _apply_programme(db: Session, draft: ContractDraft) -> int:
    """Create the mentee, or update their programme, from page 1; returns the mentee id."""
    if draft.mentee_id is None:
        data = mentees.MenteeData(full_name=draft.mentee_name)
    else:
        data = mentees.get(db, draft.mentee_id)
    data = replace(
        data,
        standard_id=draft.standard_id,
        start_date=draft.start_date,
        planned_end_date=draft.planned_end_date,
        otj_hours_target=draft.otj_hours_target,
    )
    if draft.mentee_id is None:
        draft.mentee_id = mentees.create(db, data)
    else:
        mentees.update(db, draft.mentee_id, data)
    draft.mentee_name = data.full_name
    return draft.mentee_id


def _next_version(db: Session, mentee_id: int) -> int:
    return (
        db.scalar(select(func.max(Contract.version)).where(Contract.mentee_id == mentee_id)) or 0
    ) + 1


def _draft_of(db: Session, mentee_id: int) -> Contract | None:
    return db.scalar(
        select(Contract).where(
            Contract.mentee_id == mentee_id, Contract.status == ContractStatus.DRAFT
        )
    )


def start(db: Session, draft: ContractDraft, page: str = "starting_point") -> int:
    """Save page 1 (creating the mentee if new) and open a draft; returns the contract id.

    A mentee has at most one draft: starting again continues the one there is.
    """
    check_page(db, draft, "mentee")
    mentee_id = _apply_programme(db, draft)
    contract = _draft_of(db, mentee_id)
    if contract is None:
        contract = Contract(mentee_id=mentee_id, version=_next_version(db, mentee_id))
        previous = active(db, mentee_id)
        contract.supersedes_id = previous.id if previous else None
        db.add(contract)
    fill_ratings(db, draft)
    contract.wizard_state = {"page": page, "draft": draft.to_json()}
    db.flush()
    return contract.id


def save(db: Session, contract_id: int, draft: ContractDraft, page: str) -> None:
    """Keep the draft exactly as it is, and the page it is on (no validation)."""
    contract = get(db, contract_id)
    if contract.status is not ContractStatus.DRAFT:
        raise ContractError("A signed contract cannot be changed; revise it instead.")
    if page not in PAGES:
        raise ValueError(f"unknown page {page!r}")
    contract.wizard_state = {"page": page, "draft": draft.to_json()}
    db.flush()


def load(db: Session, contract_id: int) -> tuple[ContractDraft, str]:
    """A draft and the page it was left on; for a signed contract, its content."""
    contract = get(db, contract_id)
    if contract.status is ContractStatus.DRAFT and contract.wizard_state:
        state = contract.wizard_state
        return ContractDraft.from_json(state["draft"]), state.get("page", "mentee")
    return draft_from_records(db, contract), "sign"


def discard(db: Session, contract_id: int) -> None:
    contract = get(db, contract_id)
    if contract.status is not ContractStatus.DRAFT:
        raise ContractError("Only a draft can be discarded; signed versions are kept.")
    db.delete(contract)
    db.flush()


def revise(db: Session, mentee_id: int) -> int:
    """Copy the active contract into a new draft version (or continue the open draft)."""
    existing = _draft_of(db, mentee_id)
    if existing is not None:
        return existing.id
    current = active(db, mentee_id)
    if current is None:
        raise ContractError("There is no signed contract to revise; start a new one.")
    draft = draft_from_records(db, current)
    contract = Contract(
        mentee_id=mentee_id,
        version=_next_version(db, mentee_id),
        supersedes_id=current.id,
        wizard_state={"page": "mentee", "draft": draft.to_json()},
    )
    db.add(contract)
    db.flush()
    return contract.id


# -- signing ------------------------------------------------------------------------------
def _stakeholder_row(db: Session, mentee_id: int, person: StakeholderDraft) -> Stakeholder:
    """The record for this stakeholder: reused when unchanged, else a new one, so that
    earlier versions keep showing who they named."""
    values = {
        "role": person.role,
        "name": person.name.strip(),
        "role_other": person.role_other or None,
        "organisation": person.organisation or None,
        "email": person.email or None,
        "phone": person.phone or None,
        "needs": person.needs or None,
    }
    if person.id is not None:
        row = db.get(Stakeholder, person.id)
        if row is not None and row.mentee_id == mentee_id:
            if all(getattr(row, k) == v for k, v in values.items()):
                return row
    row = Stakeholder(mentee_id=mentee_id, **values)
    db.add(row)
    db.flush()
    return row


def sign(
    db: Session,
    contract_id: int,
    draft: ContractDraft,
    signatures: list[SignatureData],
    now: datetime | None = None,
) -> Contract:
    """Check every page, turn the draft into records, and make this version the active one."""
    contract = get(db, contract_id)
    if contract.status is not ContractStatus.DRAFT:
        raise ContractError("This contract is signed already.")
    now = now or datetime.now(UTC)
    check_all(db, draft)
    signing.check(
        signatures, {SignerRole.MENTEE: "the mentee", SignerRole.MENTOR: "you (the mentor)"}
    )

    mentee_id = _apply_programme(db, draft)
    for name in (
        "starting_point",
        "prior_learning",
        "support_needs",
        "boundaries",
        "mentor_will",
        "mentor_will_not",
        "contact_arrangements",
        "confidentiality_terms",
        "safeguarding_limit",
        "records_kept",
    ):
        setattr(contract, name, getattr(draft, name).strip() or None)
    contract.meeting_every_days = draft.meeting_every_days
    contract.meeting_mode = draft.meeting_mode
    contract.meeting_minutes = draft.meeting_minutes
    contract.barriers = [
        ContractBarrier(
            kind=b.kind,
            description=b.description or None,
            agreed_support=b.agreed_support,
            adjustments=b.adjustments or None,
        )
        for b in draft.barriers
    ]
    contract.consents = [
        DataSharingConsent(
            stakeholder=_stakeholder_row(db, mentee_id, p),
            consent_given=p.consent,
            what_is_shared=p.what_is_shared or None,
        )
        for p in draft.stakeholders
    ]
    ksbs = {k.code: k for k in ksbs_of(db, draft.standard_id)}
    for g in draft.goals:
        db.add(
            Goal(
                mentee_id=mentee_id,
                contract=contract,
                title=g.title.strip(),
                specific=g.specific,
                measure=g.measure,
                achievable_because=g.achievable_because or None,
                relevant_to=g.relevant_to or None,
                target_date=g.target_date,
                ksbs=[ksbs[c] for c in g.ksb_codes],
                attainment_levels=[
                    GoalAttainmentLevel(level=level, description=text.strip())
                    for level, text in sorted(g.levels.items())
                    if text.strip()
                ],
            )
        )
    today = now.astimezone().date()
    for r in draft.ratings:
        for rater, value in ((Rater.MENTEE, r.mentee), (Rater.MENTOR, r.mentor)):
            db.add(
                KsbRating(
                    mentee_id=mentee_id,
                    ksb_id=ksbs[r.ksb_code].id,
                    contract_id=contract.id,
                    rated_on=today,
                    rated_by=rater,
                    rating=value,
                    note=r.note or None,
                )
            )
    contract.signatures = signing.rows(signatures, now)
    previous = active(db, mentee_id)
    if previous is not None and previous.id != contract.id:
        previous.status = ContractStatus.SUPERSEDED
        contract.supersedes_id = previous.id
    contract.status = ContractStatus.ACTIVE
    contract.agreed_at = now
    # A signed contract keeps the programme as agreed; the mentee's record may change later.
    contract.wizard_state = {"agreed_programme": _programme_of(draft)}
    db.flush()
    return contract


PROGRAMME_FIELDS = ("standard_id", "start_date", "planned_end_date", "otj_hours_target")


def _programme_of(draft: ContractDraft) -> dict:
    data = draft.to_json()
    return {name: data[name] for name in PROGRAMME_FIELDS}


def draft_from_records(db: Session, contract: Contract) -> ContractDraft:
    """A signed contract's content in draft form (to show, compare or revise)."""
    m = contract.mentee
    draft = ContractDraft(
        mentee_id=m.id,
        mentee_name=m.full_name,
        standard_id=m.standard_id,
        start_date=m.start_date,
        planned_end_date=m.planned_end_date,
        otj_hours_target=m.otj_hours_target,
        meeting_every_days=contract.meeting_every_days or 14,
        meeting_minutes=contract.meeting_minutes or 60,
    )
    if contract.meeting_mode is not None:
        draft.meeting_mode = contract.meeting_mode
    agreed = (contract.wizard_state or {}).get("agreed_programme")
    if agreed:
        as_agreed = ContractDraft.from_json(agreed)
        for name in PROGRAMME_FIELDS:
            setattr(draft, name, getattr(as_agreed, name))
    for f in fields(ContractDraft):
        if f.type == "str" and hasattr(Contract, f.name) and f.name != "mentee_name":
            setattr(draft, f.name, getattr(contract, f.name) or "")
    scan = db.execute(
        select(KsbRating, Ksb)
        .join(Ksb, Ksb.id == KsbRating.ksb_id)
        .where(KsbRating.contract_id == contract.id)
        .order_by(KsbRating.id)
    )
    by_code: dict[str, Rating] = {}
    for rating, ksb in scan:
        line = by_code.setdefault(ksb.code, Rating(ksb.code, note=rating.note or ""))
        if rating.rated_by is Rater.MENTEE:
            line.mentee = rating.rating
        else:
            line.mentor = rating.rating
    draft.ratings = sorted(by_code.values(), key=lambda r: _code_order(r.ksb_code))
    draft.goals = [
        GoalDraft(
            title=g.title,
            specific=g.specific or "",
            measure=g.measure or "",
            achievable_because=g.achievable_because or "",
            relevant_to=g.relevant_to or "",
            target_date=g.target_date,
            ksb_codes=sorted((k.code for k in g.ksbs), key=_code_order),
            levels={lv.level: lv.description for lv in g.attainment_levels},
        )
        for g in goals_of(db, contract.id)
    ]
    draft.barriers = [
        BarrierDraft(
            kind=b.kind,
            description=b.description or "",
            agreed_support=b.agreed_support or "",
            adjustments=b.adjustments or "",
        )
        for b in sorted(contract.barriers, key=lambda b: b.id)
    ]
    draft.stakeholders = [
        _stakeholder_draft(c.stakeholder, c) for c in sorted(contract.consents, key=lambda c: c.id)
    ]
    return draft


def _code_order(code: str) -> tuple[int, int]:
    return ("KSB".index(code[0]), int(code[1:]) if code[1:].isdigit() else 0)
