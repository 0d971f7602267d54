"""The files of an employer export: record PDFs per mentee, CSV and JSON of the rest.

Layout (every name made by MentorDesk; a mentee's folder is their name, cleaned to one safe
path segment, and their id)::

    mentees.csv, mentees.json                      the mentees included, and their folders
    <name>-<id>/contracts/contract-v<n>-<date>.pdf  each signed version in force in the period
    <name>-<id>/reviews/review-<date>-<id>.pdf      signed progress reviews held in the period
    <name>-<id>/sessions.csv, sessions.json         session summaries
    <name>-<id>/off_the_job_hours.csv, .json        hours recorded at sessions, with totals
    <name>-<id>/ksb_evidence.csv, .json             the KSB evidence index
    <name>-<id>/reflections.csv, .json              only when ticked
    <name>-<id>/safeguarding.csv, .json             only when ticked
    supervision.csv, supervision.json               only when ticked (the mentor's own)
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from mentordesk import words
from mentordesk.backup.package import csv_bytes, json_bytes, safe_name
from mentordesk.services.disclosure import rows
from mentordesk.services.disclosure.choice import EmployerChoice
from mentordesk.vault.models import (
    Contract,
    ContractStatus,
    Mentee,
    MentorProfile,
    ProgressReview,
    Standard,
)
from mentordesk.words import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Progress = Callable[[int, int, str], None]
PRINTING_CONTRACTS = QT_TRANSLATE_NOOP("words", "Printing contracts")
PRINTING_REVIEWS = QT_TRANSLATE_NOOP("words", "Printing progress reviews")
WRITING_RECORDS = QT_TRANSLATE_NOOP("words", "Writing records")
Members = list[tuple[str, bytes]]


def folder_of(mentee_id: int, full_name: str) -> str:
    """A mentee's folder in an export: their name made safe, and their id (always unique)."""
    return f"{safe_name(full_name, 'mentee', 50)}-{mentee_id}"


def chosen_mentees(db: Session, choice: EmployerChoice) -> list[Mentee]:
    from mentordesk.errors import ValidationError

    query = select(Mentee).order_by(Mentee.full_name, Mentee.id)
    if choice.mentee_ids:
        query = query.where(Mentee.id.in_(choice.mentee_ids))
    found = list(db.scalars(query))
    missing = set(choice.mentee_ids) - {m.id for m in found}
    if missing:
        raise ValidationError(
            "mentee", f"There is no mentee with id {', '.join(map(str, sorted(missing)))}."
        )
    if not found:
        raise ValidationError("mentee", "There are no mentees in this vault to export.")
    return found


def _signed_contracts(db: Session, mentee_id: int, choice: EmployerChoice) -> list[Contract]:
    """Signed versions whose time in force (agreed until the next version) meets the period."""
    signed = list(
        db.scalars(
            select(Contract)
            .where(Contract.mentee_id == mentee_id, Contract.status != ContractStatus.DRAFT)
            .order_by(Contract.version)
        )
    )
    chosen = []
    for n, contract in enumerate(signed):
        if contract.agreed_at is None:
            continue
        start = contract.agreed_at.astimezone().date()
        following = signed[n + 1].agreed_at if n + 1 < len(signed) else None
        end = following.astimezone().date() if following is not None else None
        if (choice.date_to is None or start <= choice.date_to) and (
            choice.date_from is None or end is None or end >= choice.date_from
        ):
            chosen.append(contract)
    return chosen


def _final_reviews(db: Session, mentee_id: int, choice: EmployerChoice) -> list[ProgressReview]:
    reviews = db.scalars(
        select(ProgressReview)
        .where(ProgressReview.mentee_id == mentee_id, ProgressReview.is_final.is_(True))
        .order_by(ProgressReview.held_on, ProgressReview.id)
    )
    return [r for r in reviews if choice.in_period(r.held_on)]


def _both(members: Members, base: str, table: rows.Table, extra: Any = None) -> None:
    header, csv_rows, objects = table
    members.append((f"{base}.csv", csv_bytes(header, csv_rows)))
    body = objects if extra is None else {**extra, "rows": objects}
    members.append((f"{base}.json", json_bytes(body)))


def build_employer_members(
    db: Session, choice: EmployerChoice, now: datetime, progress: Progress | None = None
) -> Members:
    """Every file of an employer export of ``choice``, as ``(name, bytes)``, in memory."""
    from mentordesk.services.contracts.export import contract_pdf
    from mentordesk.services.reviews.export import review_pdf

    choice.check()
    mentees = chosen_mentees(db, choice)
    plan: list[tuple[Mentee, list[Contract], list[ProgressReview]]] = [
        (
            m,
            _signed_contracts(db, m.id, choice) if choice.contracts else [],
            _final_reviews(db, m.id, choice) if choice.reviews else [],
        )
        for m in mentees
    ]
    total = sum(1 + len(c) + len(r) for _m, c, r in plan)
    done = 0

    def step(label: str) -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total, label)

    members: Members = []
    people = []
    for mentee, contracts, reviews in plan:
        folder = folder_of(mentee.id, mentee.full_name)
        standard = db.get(Standard, mentee.standard_id) if mentee.standard_id else None
        people.append(
            {
                "id": mentee.id,
                "full_name": mentee.full_name,
                "preferred_name": mentee.preferred_name,
                "job_title": mentee.job_title,
                "employer": mentee.employer,
                "standard": f"{standard.reference} v{standard.version}" if standard else None,
                "start_date": mentee.start_date,
                "planned_end_date": mentee.planned_end_date,
                "status": words.label(mentee.status),
                "otj_hours_target": mentee.otj_hours_target,
                "folder": folder,
            }
        )
        for contract in contracts:
            assert contract.agreed_at is not None  # signed
            day = contract.agreed_at.astimezone().date()
            name = f"{folder}/contracts/contract-v{contract.version}-{day.isoformat()}.pdf"
            members.append((name, contract_pdf(db, contract.id, now)))
            step(PRINTING_CONTRACTS)
        for review in reviews:
            name = f"{folder}/reviews/review-{review.held_on.isoformat()}-{review.id}.pdf"
            members.append((name, review_pdf(db, review.id, now)))
            step(PRINTING_REVIEWS)
        if choice.sessions:
            _both(members, f"{folder}/sessions", rows.session_table(db, mentee.id, choice))
        if choice.hours:
            table, totals = rows.hours_table(db, mentee, choice)
            _both(members, f"{folder}/off_the_job_hours", table, totals)
        if choice.ksb_evidence:
            _both(members, f"{folder}/ksb_evidence", rows.evidence_table(db, mentee.id, choice))
        if choice.reflections:
            _both(members, f"{folder}/reflections", rows.reflection_table(db, mentee.id, choice))
        if choice.safeguarding:
            table = rows.safeguarding_tables(db, mentee.id, choice)
            _both(members, f"{folder}/safeguarding", table)
        step(WRITING_RECORDS)
    if choice.supervision:
        _both(members, "supervision", rows.supervision_table(db, choice))
    header = list(people[0])
    members[:0] = [
        ("mentees.csv", csv_bytes(header, [list(p.values()) for p in people])),
        ("mentees.json", json_bytes(people)),
    ]
    return members


_FILES = {  # kind -> (files, what they are)
    "contracts": (
        "<mentee>/contracts/*.pdf",
        "each signed version of the mentoring contract in force in the period",
    ),
    "reviews": ("<mentee>/reviews/*.pdf", "signed progress reviews held in the period"),
    "sessions": ("<mentee>/sessions.csv, .json", "one row per mentoring session in the period"),
    "hours": (
        "<mentee>/off_the_job_hours.csv, .json",
        "off-the-job hours recorded at sessions (the JSON adds the target and the total)",
    ),
    "ksb_evidence": (
        "<mentee>/ksb_evidence.csv, .json",
        "the evidence index: each piece of evidence and the knowledge, skills and "
        "behaviours (KSBs) it shows",
    ),
    "reflections": ("<mentee>/reflections.csv, .json", "the mentor's reflections"),
    "safeguarding": (
        "<mentee>/safeguarding.csv, .json",
        "safeguarding concerns (the JSON adds their chronology and referrals)",
    ),
    "supervision": ("supervision.csv, .json", "the mentor's own supervision records"),
}


def readme_text(db: Session, choice: EmployerChoice, recipient: str, mentee_count: int) -> str:
    """The opening of README.txt: whose records, for whom, which period, which files."""
    mentor = db.get(MentorProfile, 1)
    who = mentor.full_name if mentor is not None else "a mentor"
    if choice.date_from or choice.date_to:
        start = f"{choice.date_from:%d %B %Y}" if choice.date_from else "the first record"
        end = f"{choice.date_to:%d %B %Y}" if choice.date_to else "the latest"
        period = f"from {start} to {end}"
    else:
        period = "for all dates"
    lines = [
        f"Mentoring records shared by {who}" + (f" with {recipient}" if recipient else "") + ",",
        f"for {mentee_count} mentee(s), {period}. It holds only what the mentor chose to share.",
    ]
    if choice.sessions and not choice.session_private_notes:
        lines.append("Session summaries leave out the mentor's private notes.")
    listed = [
        ("mentees.csv, .json", "the mentees included, and the folder (<mentee>) of each"),
        *(_FILES[k] for k in _FILES if getattr(choice, k)),
    ]
    lines += ["", "What each file is:"]
    for files, what in listed:
        lines.append(f"  {files}")
        lines += textwrap.wrap(what, 84, initial_indent=" " * 6, subsequent_indent=" " * 6)
    return "\n".join(lines)
