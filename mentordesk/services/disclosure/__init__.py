"""Selective disclosure: exports for an employer (or training provider) that hold only what
the mentor chose, as open files (PDF, CSV, JSON) in one age-encrypted package.

:func:`export_for_employer` builds the files in memory (:mod:`.employer`), writes the
encrypted package (:mod:`mentordesk.backup.package`), and notes the export in the vault
(:mod:`mentordesk.services.exports`) in the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from mentordesk.backup.package import check_protection, opening_instructions
from mentordesk.services.disclosure.choice import (
    KINDS,
    RECORDS,
    SENSITIVE,
    EmployerChoice,
    describe,
    suggest_passphrase,
)
from mentordesk.services.disclosure.employer import build_employer_members, folder_of
from mentordesk.services.disclosure.sealed import ExportDone

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Progress = Callable[[int, int, str], None]
TITLE = "Mentoring records for an employer"


def export_for_employer(
    db: Session,
    choice: EmployerChoice,
    out: Path,
    *,
    now: datetime,
    recipients: Sequence[str] = (),
    passphrase: str | None = None,
    recipient_label: str = "",
    progress: Progress | None = None,
) -> ExportDone:
    """Write an employer export of ``choice`` to ``out`` and record it; nothing is written
    when the choice, the recipient or the passphrase is refused."""
    from mentordesk.services import exports
    from mentordesk.services.disclosure.employer import chosen_mentees, readme_text
    from mentordesk.services.disclosure.sealed import seal_and_record

    choice.check()
    check_protection(recipients, passphrase)  # before any PDF is made
    members = build_employer_members(db, choice, now, progress)
    mentee_ids = [m.id for m in chosen_mentees(db, choice)]
    summary = choice.summary(mentee_ids)
    return seal_and_record(
        db,
        members,
        out,
        kind=exports.EMPLOYER,
        title=TITLE,
        readme=readme_text(db, choice, recipient_label.strip(), len(mentee_ids)),
        summary=summary,
        now=now,
        recipients=recipients,
        passphrase=passphrase,
        recipient_label=recipient_label,
    )


__all__ = [
    "KINDS",
    "RECORDS",
    "SENSITIVE",
    "EmployerChoice",
    "ExportDone",
    "build_employer_members",
    "check_protection",
    "describe",
    "export_for_employer",
    "folder_of",
    "opening_instructions",
    "suggest_passphrase",
]
