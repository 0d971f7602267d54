"""Mentees: list, add, edit, archive.

Besides who they are and their programme, a mentee's record holds what training providers
ask for: the Unique Learner Number, the provider and its contact, the line manager (kept
as one of the mentee's stakeholders, so their contract names the same person), learning
support needs (private: never in an employer export), and prior learning with the
off-the-job hours it removes from the target.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from mentordesk.errors import ValidationError
from mentordesk.validation import EMAIL_HINT, is_email
from mentordesk.vault.models import (
    Contract,
    DataSharingConsent,
    EvidenceItem,
    Mentee,
    MenteeStatus,
    MentoringSession,
    Stakeholder,
    StakeholderRole,
    Standard,
)
from mentordesk.vault.otj import effective_otj_target


@dataclass(frozen=True)
class Contact:
    """A person's name and how to reach them; ``id``: their stakeholder record, if any."""

    name: str = ""
    email: str = ""
    phone: str = ""
    id: int | None = None

    @property
    def is_empty(self) -> bool:
        return not (self.name.strip() or self.email.strip() or self.phone.strip())


@dataclass
class MenteeData:
    full_name: str
    standard_id: int | None = None
    start_date: date | None = None
    planned_end_date: date | None = None
    otj_hours_target: float = 0.0
    employer: str = ""
    job_title: str = ""
    preferred_name: str = ""
    email: str = ""
    phone: str = ""
    status: MenteeStatus = MenteeStatus.ACTIVE
    notes: str = ""
    uln: str = ""
    provider_name: str = ""
    provider_contact: str = ""
    provider_email: str = ""
    provider_phone: str = ""
    line_manager: Contact = Contact()
    support_needs: str = ""
    prior_learning: str = ""
    otj_reduction_hours: float = 0.0

    @property
    def effective_otj_target(self) -> float:
        """The off-the-job target less the hours prior learning removes."""
        return effective_otj_target(self.otj_hours_target, self.otj_reduction_hours)


@dataclass(frozen=True)
class MenteeRow:
    id: int
    full_name: str
    preferred_name: str | None
    standard: str
    employer: str
    status: MenteeStatus
    start_date: date | None
    planned_end_date: date | None
    otj: str = ""  # hours against plan, in words ("" without a plan or a day to judge by)
    behind_plan: bool = False


_TEXT_FIELDS = (
    "employer",
    "job_title",
    "preferred_name",
    "email",
    "phone",
    "notes",
    "uln",
    "provider_name",
    "provider_contact",
    "provider_email",
    "provider_phone",
    "support_needs",
    "prior_learning",
)
_DATA_ONLY = {"line_manager", "otj_reduction_hours"}  # stored otherwise than as is


def is_uln(text: str) -> bool:
    """Whether ``text`` is a Unique Learner Number as the Learning Records Service issues
    them: ten digits, the first not 0, the last a check digit. The first nine digits are
    weighted 10 down to 2 and summed; the check digit is 10 less the sum's remainder on
    division by 11 (a remainder of 0 gives no valid number)."""
    if len(text) != 10 or not text.isascii() or not text.isdigit() or text[0] == "0":
        return False
    remainder = sum(int(d) * w for d, w in zip(text[:9], range(10, 1, -1), strict=True)) % 11
    return remainder != 0 and int(text[9]) == 10 - remainder


def _check_email(field: str, label: str, text: str) -> None:
    if text and not is_email(text):
        raise ValidationError(field, f"{label}: {EMAIL_HINT}")


def validate(db: Session, data: MenteeData) -> MenteeData:
    clean = replace(data, full_name=data.full_name.strip())
    if not clean.full_name:
        raise ValidationError("full_name", "Please enter the mentee's full name.")
    if clean.standard_id is not None and db.get(Standard, clean.standard_id) is None:
        raise ValidationError("standard_id", "That programme standard is not in this vault.")
    if (
        clean.start_date is not None
        and clean.planned_end_date is not None
        and clean.planned_end_date <= clean.start_date
    ):
        raise ValidationError(
            "planned_end_date", "The planned end date must be after the start date."
        )
    if clean.otj_hours_target < 0:
        raise ValidationError("otj_hours_target", "Off-the-job hours cannot be negative.")
    for name in _TEXT_FIELDS:
        setattr(clean, name, getattr(clean, name).strip())
    clean.uln = "".join(clean.uln.split())
    if clean.uln and not (len(clean.uln) == 10 and clean.uln.isascii() and clean.uln.isdigit()):
        raise ValidationError(
            "uln",
            "ULN: a Unique Learner Number is 10 digits; leave it blank if it is not known yet.",
        )
    if clean.uln and not is_uln(clean.uln):
        raise ValidationError(
            "uln",
            f"ULN: {clean.uln} is not a valid Unique Learner Number (its check digit does not "
            "match); copy it again from the training provider's record.",
        )
    if clean.otj_reduction_hours < 0:
        raise ValidationError(
            "otj_reduction_hours", "Reduction for prior learning: hours cannot be negative."
        )
    if clean.otj_reduction_hours > clean.otj_hours_target:
        raise ValidationError(
            "otj_reduction_hours",
            f"Reduction for prior learning: {clean.otj_reduction_hours:g} hours is more than "
            f"the off-the-job target of {clean.otj_hours_target:g} hours.",
        )
    _check_email("email", "Email", clean.email)
    _check_email("provider_email", "Training provider email", clean.provider_email)
    manager = clean.line_manager
    clean.line_manager = replace(
        manager,
        name=manager.name.strip(),
        email=manager.email.strip(),
        phone=manager.phone.strip(),
    )
    if not clean.line_manager.name and not clean.line_manager.is_empty:
        raise ValidationError(
            "line_manager_name", "Line manager: enter their name, or clear their email and phone."
        )
    _check_email("line_manager_email", "Line manager email", clean.line_manager.email)
    return clean


def _apply(row: Mentee, data: MenteeData) -> None:
    row.full_name = data.full_name
    row.standard_id = data.standard_id
    row.start_date = data.start_date
    row.planned_end_date = data.planned_end_date
    row.otj_hours_target = data.otj_hours_target
    row.otj_reduction_hours = data.otj_reduction_hours or None
    row.status = data.status
    for name in _TEXT_FIELDS:
        setattr(row, name, getattr(data, name) or None)


def _named_elsewhere(db: Session, person: Stakeholder) -> bool:
    """Whether a contract names ``person`` (their record then stays as it was signed)."""
    return bool(db.scalar(select(exists().where(DataSharingConsent.stakeholder_id == person.id))))


def _link_line_manager(db: Session, row: Mentee, contact: Contact) -> None:
    """Keep the line manager as one of the mentee's stakeholders and link to them.

    Their record is changed in place unless a contract names it; then a new record is made,
    so the signed contract goes on showing whom it named. A record made here and no longer
    linked or named anywhere goes."""
    before = db.get(Stakeholder, row.line_manager_id) if row.line_manager_id else None
    chosen: Stakeholder | None = None
    if contact.name:
        wanted = {
            "name": contact.name,
            "email": contact.email or None,
            "phone": contact.phone or None,
        }
        base = db.get(Stakeholder, contact.id) if contact.id is not None else None
        if base is not None and base.mentee_id != row.id:
            raise ValidationError(
                "line_manager_name",
                "Line manager: that person is not one of this mentee's stakeholders.",
            )
        if base is not None and all(getattr(base, k) == v for k, v in wanted.items()):
            chosen = base
        elif base is not None and not _named_elsewhere(db, base):
            for key, value in wanted.items():
                setattr(base, key, value)
            chosen = base
        else:
            chosen = Stakeholder(
                mentee_id=row.id,
                role=StakeholderRole.LINE_MANAGER,
                organisation=row.employer,
                **wanted,
            )
            db.add(chosen)
            db.flush()
    linked = chosen.id if chosen is not None else None
    if row.line_manager_id != linked:
        row.line_manager_id = linked
        db.flush()
    if before is not None and before is not chosen and not _named_elsewhere(db, before):
        db.delete(before)
        db.flush()


def _data_of(db: Session, row: Mentee) -> MenteeData:
    values = {f.name: getattr(row, f.name) for f in fields(MenteeData) if f.name not in _DATA_ONLY}
    for name in _TEXT_FIELDS:
        values[name] = values[name] or ""
    manager = db.get(Stakeholder, row.line_manager_id) if row.line_manager_id else None
    if manager is not None:
        values["line_manager"] = Contact(
            manager.name, manager.email or "", manager.phone or "", manager.id
        )
    return MenteeData(**values, otj_reduction_hours=row.otj_reduction_hours or 0.0)


def _row(db: Session, mentee_id: int) -> Mentee:
    row = db.get(Mentee, mentee_id)
    if row is None:
        raise ValidationError("id", f"There is no mentee with id {mentee_id}.")
    return row


def create(db: Session, data: MenteeData, *, mentee_id: int | None = None) -> int:
    """Add a mentee; returns the id. ``mentee_id`` adds them again under the id they had
    (redo after undo), so later steps that name them still find them, and no other."""
    if mentee_id is not None and db.get(Mentee, mentee_id) is not None:
        raise ValidationError("id", "Another mentee has taken this one's place.")
    row = Mentee(id=mentee_id, full_name="")
    clean = validate(db, data)
    _apply(row, clean)
    db.add(row)
    db.flush()
    _link_line_manager(db, row, clean.line_manager)
    return row.id


def get(db: Session, mentee_id: int) -> MenteeData:
    row = _row(db, mentee_id)
    return _data_of(db, row)


def update(db: Session, mentee_id: int, data: MenteeData) -> MenteeData:
    """Save ``data``; returns what was there before (for undo)."""
    row = _row(db, mentee_id)
    before = _data_of(db, row)
    clean = validate(db, data)
    _apply(row, clean)
    db.flush()
    _link_line_manager(db, row, clean.line_manager)
    return before


def set_status(db: Session, mentee_id: int, status: MenteeStatus) -> MenteeStatus:
    row = _row(db, mentee_id)
    before = row.status
    row.status = status
    db.flush()
    return before


def archive(db: Session, mentee_id: int) -> MenteeStatus:
    return set_status(db, mentee_id, MenteeStatus.ARCHIVED)


def has_records(db: Session, mentee_id: int) -> bool:
    return bool(
        db.scalar(
            select(
                exists().where(MentoringSession.mentee_id == mentee_id)
                | exists().where(Contract.mentee_id == mentee_id)
                | exists().where(EvidenceItem.mentee_id == mentee_id)
            )
        )
    )


def delete_unused(db: Session, mentee_id: int) -> None:
    """Remove a mentee that has no records yet (undo of an add)."""
    if has_records(db, mentee_id):
        raise ValidationError("id", "This mentee has records; archive them instead.")
    row = db.get(Mentee, mentee_id)
    if row is not None:
        db.delete(row)
        db.flush()


def list_mentees(
    db: Session, *, include_archived: bool = True, today: date | None = None
) -> list[MenteeRow]:
    """Every mentee (but the archived, unless asked), by name; with ``today``, each active
    mentee's off-the-job hours against plan."""
    hours = {}
    if today is not None:
        from mentordesk.services.ksb.otj import statuses
        from mentordesk.services.stored import dbapi

        hours = {s.mentee_id: s for s in statuses(dbapi(db), today)}
    query = (
        select(Mentee, Standard.reference, Standard.version)
        .outerjoin(Standard, Standard.id == Mentee.standard_id)
        .order_by(Mentee.full_name, Mentee.id)
    )
    if not include_archived:
        query = query.where(Mentee.status != MenteeStatus.ARCHIVED)
    return [
        MenteeRow(
            id=m.id,
            full_name=m.full_name,
            preferred_name=m.preferred_name,
            standard=f"{ref} v{ver}" if ref else "",
            employer=m.employer or "",
            status=m.status,
            start_date=m.start_date,
            planned_end_date=m.planned_end_date,
            otj=hours[m.id].words if m.id in hours else "",
            behind_plan=m.id in hours and hours[m.id].behind,
        )
        for m, ref, ver in db.execute(query)
    ]


def find(db: Session, name_or_id: str) -> int:
    """Resolve a mentee by id or by (unique, case-insensitive) name."""
    text = name_or_id.strip()
    if text.isdigit() and db.get(Mentee, int(text)) is not None:
        return int(text)
    matches = [
        m.id
        for m in db.scalars(select(Mentee))
        if text.casefold() in {m.full_name.casefold(), (m.preferred_name or "").casefold()}
    ]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise ValidationError("mentee", f"No mentee is called or numbered {text!r}.")
    raise ValidationError("mentee", f"More than one mentee is called {text!r}; use the id.")
