"""A contract's draft life cycle: new, checked page by page, started, saved as it is
written, loaded again, discarded, and revised into a new version."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import TypedDict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentordesk.errors import ValidationError
from mentordesk.services import mentees
from mentordesk.services.contracts.draft import (
    PAGES,
    ContractDraft,
    Rating,
    check_barriers,
    check_boundaries,
    check_goals,
    check_mentee,
    check_stakeholders,
    check_starting_point,
)
from mentordesk.services.contracts.queries import (
    ContractError,
    ContractSummary,
    _stakeholder_draft,
    active,
    draft_from_records,
    drafts,
    get,
    ksbs_of,
    mentees_stakeholders,
)
from mentordesk.vault.models import Contract, ContractStatus, Standard, VaultSetting


class DefaultTerms(TypedDict):
    """The wording a new contract starts from, by ContractDraft field."""

    contact_arrangements: str
    boundaries: str
    mentor_will: str
    mentor_will_not: str
    confidentiality_terms: str
    safeguarding_limit: str
    records_kept: str


DEFAULT_TERMS: DefaultTerms = {
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


OFFERED = "contract_drafts_offered"  # vault setting: the drafts offered once at unlock


def _draft_keys(db: Session) -> dict[int, str]:
    """Each draft's id with a key that a later draft given the same id does not share."""
    rows = db.execute(
        select(Contract.id, Contract.created_at).where(Contract.status == ContractStatus.DRAFT)
    )
    return {cid: f"{cid}@{created.isoformat()}" for cid, created in rows}


def _offered(db: Session) -> set[str]:
    row = db.get(VaultSetting, OFFERED)
    try:
        return {str(key) for key in json.loads(row.value)} if row else set()
    except (TypeError, ValueError):  # unreadable: offer again rather than fail an unlock
        return set()


def draft_to_offer(db: Session) -> ContractSummary | None:
    """The draft most recently left part-way that has not been offered to continue yet
    (each draft is offered once; after that it waits in Contracts)."""
    offered, keys = _offered(db), _draft_keys(db)
    left = [d for d in drafts(db) if d.page is not None and keys.get(d.id) not in offered]
    return max(left, key=lambda d: (d.updated_at, d.id), default=None)


def mark_offered(db: Session, contract_id: int) -> None:
    """Remember that this draft was offered (whatever the answer), so it is not again."""
    keys = _draft_keys(db)
    if contract_id not in keys:
        return
    keep = (_offered(db) | {keys[contract_id]}) & set(keys.values())
    row = db.get(VaultSetting, OFFERED) or VaultSetting(key=OFFERED)
    row.value = json.dumps(sorted(keep))
    db.add(row)
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
