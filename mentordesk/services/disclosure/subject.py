"""Subject access (UK GDPR art. 15): everything MentorDesk holds about one mentee.

Two layers, in one package:

- **Readable records**, made as for an employer with every kind ticked and no period: the
  signed contract and review PDFs, sessions with their private notes, off-the-job hours, the
  KSB evidence index, reflections linked to the mentee and safeguarding records (these can
  be held back, see below).
- **Everything held**, complete by construction: under ``data/``, one JSON file per table
  with every row that belongs to the mentee, found by following every foreign key from the
  mentee's row, however deep (a contract's goals, a goal's levels, a session's amendments,
  a review's KSB statuses…), plus the files attached to any of those rows under
  ``attachments/``. Binary columns (drawn signatures) are in the JSON as base64.

Safeguarding records may be exempt from a subject access request where disclosing them
could cause serious harm; :class:`SubjectChoice` lets the mentor leave them out on the
advice of their safeguarding lead, and README.txt then says that they were left out.
Nothing here is written to disk but the encrypted package.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, or_, select

from mentordesk.backup.package import json_bytes, safe_name
from mentordesk.services.disclosure.choice import EmployerChoice
from mentordesk.services.disclosure.employer import build_employer_members, folder_of
from mentordesk.services.disclosure.sealed import ExportDone
from mentordesk.vault.models import Attachment, Base, Mentee, MentorProfile

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Progress = Callable[[int, int, str], None]
SUBJECT = "subject access"
TITLE = "Everything held about you: a subject access export"
#: tables that hold no record about a mentee even where a key leads to one
_NOT_ABOUT_THEM = frozenset({"audit_event", "standard", "ksb", "duty", "reading_item"})
_SAFEGUARDING = frozenset({"safeguarding_concern", "chronology_entry", "referral"})


@dataclass(frozen=True)
class SubjectChoice:
    mentee_id: int
    safeguarding: bool = True  # False: held back on the safeguarding lead's advice


def _rows_about(db: Session, mentee_id: int, skip: frozenset[str]) -> dict[str, list[dict]]:
    """Every row that belongs to the mentee: table -> rows, following foreign keys."""
    tables = Base.metadata.tables
    conn = db.connection()
    mentee = tables["mentee"]
    found = {
        "mentee": [
            dict(r._mapping) for r in conn.execute(select(mentee).where(mentee.c.id == mentee_id))
        ]
    }
    ids: dict[str, set[Any]] = {"mentee": {mentee_id}}
    changed = True
    while changed:
        changed = False
        for table in Base.metadata.sorted_tables:
            if table.name in _NOT_ABOUT_THEM or table.name in skip or table.name == "mentee":
                continue
            clauses = []
            for fk in table.foreign_keys:
                parent = fk.column.table.name
                if parent in ids and fk.column.name == "id" and ids[parent]:
                    clauses.append(fk.parent.in_(sorted(ids[parent])))
            if not clauses:
                continue
            rows = [dict(r._mapping) for r in conn.execute(select(table).where(or_(*clauses)))]
            if "mentee_id" in table.c:
                # A row that names another owner is not theirs, however it is reached: the
                # mentor's own evidence from the mentee's session is the mentor's portfolio.
                rows = [r for r in rows if r["mentee_id"] == mentee_id]
            key = _key_of(table)
            before = {tuple(r[k] for k in key) for r in found.get(table.name, [])}
            new = [r for r in rows if tuple(r[k] for k in key) not in before]
            if new:
                found.setdefault(table.name, []).extend(new)
                if "id" in table.c:
                    ids.setdefault(table.name, set()).update(r["id"] for r in new)
                changed = True
    return found


def owned_rows(db: Session, mentee_id: int) -> set[tuple[str, Any]]:
    """(table, id) of every row that belongs to the mentee, their own row included."""
    held = _rows_about(db, mentee_id, frozenset())
    return {(t, r["id"]) for t, rows in held.items() for r in rows if "id" in r}


def _key_of(table: Table) -> list[str]:
    return [c.name for c in table.primary_key.columns] or [c.name for c in table.c]


def _plain_value(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"base64": base64.b64encode(value).decode("ascii")}
    if isinstance(value, Enum):
        return value.value
    return value


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    return {k: _plain_value(v) for k, v in row.items()}


def build_subject_members(
    db: Session, choice: SubjectChoice, now: datetime, progress: Progress | None = None
) -> list[tuple[str, bytes]]:
    """Every file of a subject access export, as ``(name, bytes)``, in memory."""
    readable = EmployerChoice(
        mentee_ids=(choice.mentee_id,),
        session_private_notes=True,
        reflections=True,
        safeguarding=choice.safeguarding,
    )
    members = build_employer_members(db, readable, now, progress)
    skip = frozenset() if choice.safeguarding else _SAFEGUARDING
    held = _rows_about(db, choice.mentee_id, skip)
    for table, rows in sorted(held.items()):
        members.append((f"data/{table}.json", json_bytes([_plain(r) for r in rows])))
    owned = {(t, r["id"]) for t, rows in held.items() for r in rows if "id" in r}
    attachments = db.scalars(select(Attachment).order_by(Attachment.id))
    for item in attachments:
        if (item.owner_type, item.owner_id) in owned:
            name = f"attachments/{item.id}-{safe_name(item.filename, 'file')}"
            members.append((name, item.data))
    return members


def readme_text(db: Session, mentee: Mentee, choice: SubjectChoice) -> str:
    mentor = db.get(MentorProfile, 1)
    who = mentor.full_name if mentor is not None else "your mentor"
    folder = folder_of(mentee.id, mentee.full_name)
    lines = [
        f"Everything {who} holds about {mentee.full_name} in MentorDesk, their mentoring",
        "records app, as a subject access export (UK GDPR article 15).",
        "",
        f"  {folder}/",
        "      your records to read: contract and review PDFs, sessions (with the",
        "      mentor's notes), hours, evidence, reflections on your sessions",
        "  data/*.json",
        "      every record held, one file per kind, field by field",
        "  attachments/",
        "      files kept with those records (photos, documents)",
        "  mentees.csv, mentees.json",
        "      your details as held",
    ]
    if not choice.safeguarding:
        lines += [
            "",
            "Safeguarding records were left out on the advice of the safeguarding lead",
            "(they may be withheld where disclosing them could cause serious harm).",
        ]
    lines += [
        "",
        "The app also keeps an audit log of when records were added, changed or removed;",
        "it holds no content (only field names and keyed fingerprints) and is not included.",
    ]
    return "\n".join(lines)


def export_subject_access(
    db: Session,
    choice: SubjectChoice,
    out: Path,
    *,
    now: datetime,
    recipients: Sequence[str] = (),
    passphrase: str | None = None,
    recipient_label: str = "",
    progress: Progress | None = None,
) -> ExportDone:
    """Write the subject access export for ``choice.mentee_id`` to ``out`` and record it."""
    from mentordesk.backup.package import check_protection
    from mentordesk.errors import ValidationError
    from mentordesk.services import exports
    from mentordesk.services.disclosure.sealed import seal_and_record

    mentee = db.get(Mentee, choice.mentee_id)
    if mentee is None:
        raise ValidationError("mentee", f"There is no mentee numbered {choice.mentee_id}.")
    check_protection(recipients, passphrase)
    members = build_subject_members(db, choice, now, progress)
    summary = {
        "mentee_ids": [mentee.id],
        "records": ["everything"] if choice.safeguarding else ["everything but safeguarding"],
    }
    return seal_and_record(
        db,
        members,
        out,
        kind=exports.SUBJECT,
        title=TITLE,
        readme=readme_text(db, mentee, choice),
        summary=summary,
        now=now,
        recipients=recipients,
        passphrase=passphrase,
        recipient_label=recipient_label,  # never the mentee's name: an erasure leaves no trace
    )
