"""Signing a contract: every page checked, the draft turned into records, this version
made the one in force (the one before it superseded)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from mentordesk.errors import ValidationError
from mentordesk.services import signatures as signing
from mentordesk.services.contracts.draft import ContractDraft, StakeholderDraft
from mentordesk.services.contracts.lifecycle import _apply_programme, check_all
from mentordesk.services.contracts.queries import ContractError, _programme_of, active, get, ksbs_of
from mentordesk.services.signatures import SignatureData
from mentordesk.vault.enums import SignatureMethod
from mentordesk.vault.models import (
    ContractBarrier,
    ContractStatus,
    DataSharingConsent,
    Goal,
    GoalAttainmentLevel,
    KsbRating,
    Rater,
    SignerRole,
    Stakeholder,
)

# Who signs a contract: the mentee and the mentor always; the employer (usually the line
# manager) when they take part. Each is named as the messages say it.
REQUIRED = {SignerRole.MENTEE: "the mentee", SignerRole.MENTOR: "you (the mentor)"}
OPTIONAL = {SignerRole.EMPLOYER: "the employer"}


def check_signatures(signatures: list[SignatureData]) -> None:
    """The mentee and the mentor have signed; the employer may have, once, with a name and
    a mark like the others; nobody else signs a contract."""
    signing.check(signatures, REQUIRED)
    roles = [s.role for s in signatures]
    for role in roles:
        who = REQUIRED.get(role) or OPTIONAL.get(role)
        if who is None:
            raise ValidationError(
                "signatures",
                "A contract is signed by the mentee, the mentor and, if they take part, "
                "the employer; remove the other signature.",
            )
        if roles.count(role) > 1:
            raise ValidationError("signatures", f"There are two signatures from {who}; keep one.")
    for s in signatures:
        if s.role in OPTIONAL and not s.name.strip():
            raise ValidationError(
                "signatures",
                f"The signature from {OPTIONAL[s.role]} has no name: enter it, "
                "or leave the employer out.",
            )
        if s.role in OPTIONAL and s.method is SignatureMethod.DRAWN and not s.image_png:
            raise ValidationError(
                "signatures",
                f"The signature from {OPTIONAL[s.role]} is empty: draw it, type the name, "
                "or leave the employer out.",
            )


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
    now: datetime,
) -> int:
    """Check every page, turn the draft into records, and make this version the active one."""
    contract = get(db, contract_id)
    if contract.status is not ContractStatus.DRAFT:
        raise ContractError("This contract is signed already.")
    check_all(db, draft)
    check_signatures(signatures)
    for r in draft.ratings:  # a note is kept with a rating: one left unrated would be lost
        if r.note.strip() and r.mentee is None and r.mentor is None:
            raise ValidationError(
                "ratings",
                f"{r.ksb_code} has a note from an earlier draft ({r.note.strip()[:60]}) but "
                "no rating: give it a rating on the Starting point page, so the note is kept.",
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
            if value is None:  # left to rate later: shown as "not rated", nothing stored
                continue
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
    return contract.id
