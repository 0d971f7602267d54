"""Reading contracts: versions, the one in force, its goals and cadence, a signed
contract's content in draft form. Functions named ``*_rows`` or returning summaries give
plain data for screens; the others return records for the services' own use."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentordesk.errors import MentorDeskError
from mentordesk.services.contracts.draft import (
    BarrierDraft,
    ContractDraft,
    GoalDraft,
    Rating,
    StakeholderDraft,
)
from mentordesk.vault.enums import SignatureMethod, SignerRole, StakeholderRole
from mentordesk.vault.models import (
    Contract,
    ContractStatus,
    DataSharingConsent,
    Goal,
    Ksb,
    KsbRating,
    Mentee,
    Rater,
    Signature,
    Stakeholder,
)
from mentordesk.words import SIGNER_ROLE


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


@dataclass(frozen=True)
class SignatureSummary:
    """Who signed a contract, as its summary shows it."""

    role: SignerRole
    name: str
    method: SignatureMethod
    signed_at: datetime


@dataclass(frozen=True)
class GoalSummary:
    id: int
    title: str
    target_date: date | None


@dataclass(frozen=True)
class KsbChoice:
    id: int
    code: str
    detail: str

    @property
    def label(self) -> str:
        return f"{self.code} {' '.join(self.detail.split())[:80]}"


def list_contracts(db: Session, mentee_id: int | None = None) -> list[ContractSummary]:
    """Every contract (or one mentee's), in one query of the columns shown: no contract
    or mentee objects, and no draft's content, are loaded for a list."""
    query = (
        select(
            Contract.id,
            Contract.mentee_id,
            Mentee.full_name,
            Contract.version,
            Contract.status,
            Contract.agreed_at,
            func.json_extract(Contract.wizard_state, "$.page"),
            Contract.updated_at,
        )
        .join(Contract.mentee)
        .order_by(Mentee.full_name, Contract.version)
    )
    if mentee_id is not None:
        query = query.where(Contract.mentee_id == mentee_id)
    return [ContractSummary(*row) for row in db.execute(query)]


def signatures_of(db: Session, contract_id: int) -> list[SignatureSummary]:
    """Who signed the contract, in the printed order (mentee, employer, mentor)."""
    order = list(SIGNER_ROLE)
    rows = db.scalars(select(Signature).where(Signature.contract_id == contract_id))
    return [
        SignatureSummary(s.signer_role, s.signer_name, s.method, s.signed_at)
        for s in sorted(rows, key=lambda s: (order.index(s.signer_role), s.id))
    ]


def signatures_in_force(db: Session, mentee_id: int) -> list[SignatureSummary]:
    """Who signed the mentee's contract in force (none when there is none)."""
    contract = active(db, mentee_id)
    return signatures_of(db, contract.id) if contract is not None else []


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


def goals_in_force(db: Session, mentee_id: int) -> list[GoalSummary]:
    """The goals of the mentee's contract in force, in the order agreed."""
    contract = active(db, mentee_id)
    if contract is None:
        return []
    return [GoalSummary(g.id, g.title, g.target_date) for g in goals_of(db, contract.id)]


def cadence(db: Session, mentee_id: int) -> tuple[int, str, int] | None:
    """The agreed (every N days, mode, minutes) the session planner proposes sessions from."""
    contract = active(db, mentee_id)
    if contract is None or not contract.meeting_every_days:
        return None
    mode = contract.meeting_mode.value if contract.meeting_mode else "in_person"
    return contract.meeting_every_days, mode, contract.meeting_minutes or 60


def ksbs_of(db: Session, standard_id: int | None) -> list[Ksb]:
    """The standard's current KSBs in the order K, S, B (none when no standard is chosen)."""
    if standard_id is None:
        return []
    rows = db.scalars(select(Ksb).where(Ksb.standard_id == standard_id, Ksb.retired.is_(False)))
    return sorted(rows, key=lambda k: ("KSB".index(k.kind.value), k.position))


def ksb_choices(db: Session, standard_id: int | None) -> list[KsbChoice]:
    """The standard's current KSBs, K, S then B, as plain rows for pick lists."""
    if standard_id is None:
        return []
    return [KsbChoice(k.id, k.code, k.detail) for k in ksbs_of(db, standard_id)]


def ksb_details(db: Session, standard_id: int | None) -> dict[str, str]:
    """Each KSB code of the standard with its wording."""
    return {k.code: k.detail for k in ksb_choices(db, standard_id)}


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


def line_manager(db: Session, mentee_id: int) -> str:
    """The name of the mentee's line manager: the one linked on their record, else the
    first line manager among their stakeholders, else none."""
    linked = db.scalar(
        select(Stakeholder.name)
        .join(Mentee, Mentee.line_manager_id == Stakeholder.id)
        .where(Mentee.id == mentee_id)
    )
    if linked:
        return linked
    return next(
        (
            s.name
            for s in mentees_stakeholders(db, mentee_id)
            if s.role is StakeholderRole.LINE_MANAGER
        ),
        "",
    )


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
    for ksb in ksbs_of(db, draft.standard_id):  # those left to rate later: "not rated"
        by_code.setdefault(ksb.code, Rating(ksb.code))
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
