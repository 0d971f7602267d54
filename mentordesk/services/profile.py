"""The mentor's own profile."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from mentordesk.errors import ValidationError
from mentordesk.vault.models import MentorProfile, Standard


@dataclass
class ProfileData:
    full_name: str
    organisation: str = ""
    role: str = ""
    email: str = ""
    standard_id: int | None = None


def get_profile(db: Session) -> ProfileData | None:
    row = db.get(MentorProfile, 1)
    if row is None:
        return None
    return ProfileData(
        full_name=row.full_name,
        organisation=row.organisation or "",
        role=row.role or "",
        email=row.email or "",
        standard_id=row.standard_id,
    )


def save_profile(db: Session, data: ProfileData) -> None:
    name = data.full_name.strip()
    if not name:
        raise ValidationError("full_name", "Please enter your name.")
    if data.standard_id is not None and db.get(Standard, data.standard_id) is None:
        raise ValidationError("standard_id", "That standard is not in this vault.")
    row = db.get(MentorProfile, 1) or MentorProfile(id=1, full_name=name)
    row.full_name = name
    row.organisation = data.organisation.strip() or None
    row.role = data.role.strip() or None
    row.email = data.email.strip() or None
    row.standard_id = data.standard_id
    db.add(row)
    db.flush()


MENTOR_STANDARD = "ST1379"  # the learning and skills mentor's own, unless the profile says


def mentor_standard_id(db: Session) -> int | None:
    """The standard the mentor's own evidence is tagged against: the profile's, else the
    newest version of ST1379 in the vault (by number: 1.10 after 1.9); None when neither."""
    from mentordesk.services.stored import dbapi

    return mentor_standard_of(dbapi(db))


def mentor_standard_of(conn) -> int | None:
    """:func:`mentor_standard_id` read with plain SQL over the vault's DB-API connection."""
    row = conn.execute("SELECT standard_id FROM mentor_profile WHERE id = 1").fetchone()
    if row and row[0] is not None:
        return int(row[0])
    versions = conn.execute(
        "SELECT id, version FROM standard WHERE reference = ?", (MENTOR_STANDARD,)
    ).fetchall()

    def number(version: str) -> tuple[int, ...]:
        return tuple(int(p) if p.isdigit() else 0 for p in version.split("."))

    return max(versions, key=lambda v: number(v[1]))[0] if versions else None
