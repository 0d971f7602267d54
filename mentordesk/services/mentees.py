"""Mentees: list, add, edit, archive."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from mentordesk.errors import ValidationError
from mentordesk.validation import EMAIL_HINT, is_email
from mentordesk.vault.models import (
    Contract,
    EvidenceItem,
    Mentee,
    MenteeStatus,
    MentoringSession,
    Standard,
)


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


_TEXT_FIELDS = ("employer", "job_title", "preferred_name", "email", "phone", "notes")


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
    if clean.email and not is_email(clean.email):
        raise ValidationError("email", EMAIL_HINT)
    for name in _TEXT_FIELDS:
        setattr(clean, name, getattr(clean, name).strip())
    return clean


def _apply(row: Mentee, data: MenteeData) -> None:
    row.full_name = data.full_name
    row.standard_id = data.standard_id
    row.start_date = data.start_date
    row.planned_end_date = data.planned_end_date
    row.otj_hours_target = data.otj_hours_target
    row.status = data.status
    for name in _TEXT_FIELDS:
        setattr(row, name, getattr(data, name) or None)


def _data_of(row: Mentee) -> MenteeData:
    values = {f.name: getattr(row, f.name) for f in fields(MenteeData)}
    for name in _TEXT_FIELDS:
        values[name] = values[name] or ""
    return MenteeData(**values)


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
    _apply(row, validate(db, data))
    db.add(row)
    db.flush()
    return row.id


def get(db: Session, mentee_id: int) -> MenteeData:
    row = _row(db, mentee_id)
    return _data_of(row)


def update(db: Session, mentee_id: int, data: MenteeData) -> MenteeData:
    """Save ``data``; returns what was there before (for undo)."""
    row = _row(db, mentee_id)
    before = _data_of(row)
    _apply(row, validate(db, data))
    db.flush()
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


def list_mentees(db: Session, *, include_archived: bool = True) -> list[MenteeRow]:
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
