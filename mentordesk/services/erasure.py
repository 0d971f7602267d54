"""Erasure of a mentee (UK GDPR art. 17): every record about them goes, a tombstone stays.

:func:`plan` says, in counts, what will go and what is kept (the mentor's own reflections
that were linked to the mentee stay, unlinked: they are the mentor's practice, not the
mentee's record). :func:`erase` removes the mentee and everything that belongs to them in
one transaction: their contracts, sessions, reviews, actions, evidence, ratings,
evaluations, stakeholders, safeguarding concerns and referrals (the database's own cascades
take the parts of each), and any attachment kept for those records.

Every row removed gets its delete event in the audit log, as any delete does (names and
keyed digests, never content). One more event, ``erasure``, is the tombstone: it says that
the mentee with that id was erased and which kinds of record went, with their counts, and
nothing else. Afterwards the write-ahead log is checkpointed, so that the removed pages
(zeroed, as ``secure_delete`` is on) leave the log too.

Backups made before the erasure still hold the mentee until they are deleted;
:func:`older_backups_note` says so in words the confirmation and the CLI both use.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentordesk.errors import ValidationError
from mentordesk.vault import audit
from mentordesk.vault.models import (
    ActionItem,
    Attachment,
    Contract,
    Countersignature,
    EpaObservation,
    Evaluation,
    EvidenceItem,
    GatewayRecord,
    Goal,
    IssuedRecord,
    KsbRating,
    Mentee,
    MentoringSession,
    ProgressReview,
    Referral,
    Reflection,
    SafeguardingConcern,
    Stakeholder,
)
from mentordesk.vault.models.base import Base

TOMBSTONE = "erasure"

#: what goes, in the order the confirmation lists it: (one, many, model)
_OWNED: tuple[tuple[str, str, Any], ...] = (
    ("contract", "contracts", Contract),
    ("goal", "goals", Goal),
    ("session", "sessions", MentoringSession),
    ("progress review", "progress reviews", ProgressReview),
    ("action", "actions", ActionItem),
    ("piece of evidence", "pieces of evidence", EvidenceItem),
    ("KSB rating", "KSB ratings", KsbRating),
    ("evaluation", "evaluations", Evaluation),
    ("stakeholder", "stakeholders", Stakeholder),
    ("safeguarding concern", "safeguarding concerns", SafeguardingConcern),
    ("referral", "referrals", Referral),
    ("gateway record", "gateway records", GatewayRecord),
    ("gateway observation", "gateway observations", EpaObservation),
)


@dataclass(frozen=True)
class ErasurePlan:
    mentee_id: int
    full_name: str
    goes: tuple[tuple[str, int], ...]  # (what, how many), only kinds that have any
    kept: tuple[str, ...]  # the mentor's reflections linked to them, kept unlinked

    @property
    def kept_reflections(self) -> int:
        return len(self.kept)

    def lines(self) -> list[str]:
        """What will go, one line each, for the confirmation."""
        out = [f"{self.full_name}'s details"]
        one = {many: single for single, many, _model in _OWNED} | {"attachments": "attachment"}
        out += [f"{n} {one[label] if n == 1 else label}" for label, n in self.goes]
        return out


def older_backups_note(keep_daily: int = 7, keep_weekly: int = 4) -> str:
    weeks = keep_weekly + (keep_daily + 6) // 7
    return (
        "Backups made before the erasure still hold these records. Automatic backups age "
        f"out within about {weeks} weeks ({keep_daily} daily and {keep_weekly} weekly are "
        "kept); backups you saved yourself keep them until you delete those files."
    )


def _has_mentee_column(model: Any) -> bool:
    return "mentee_id" in model.__table__.c


def plan(db: Session, mentee_id: int) -> ErasurePlan:
    mentee = db.get(Mentee, mentee_id)
    if mentee is None:
        raise ValidationError("mentee", f"There is no mentee numbered {mentee_id}.")
    goes = []
    for _one, label, model in _OWNED:
        assert _has_mentee_column(model), model
        count = db.scalar(
            select(func.count()).select_from(model).where(model.mentee_id == mentee_id)
        )
        if count:
            goes.append((label, int(count or 0)))
    files = attachment_count(db, mentee_id)
    if files:
        goes.append(("attachments", files))
    issued = len(_issued_of(db, mentee_id))
    if issued:
        goes.append(("notes of signed copies issued", issued))
    kept = tuple(
        f"{title} ({day:%d %b %Y})"
        for title, day in db.execute(
            select(Reflection.title, Reflection.occurred_on)
            .where(Reflection.mentee_id == mentee_id)
            .order_by(Reflection.occurred_on, Reflection.id)
        )
    )
    return ErasurePlan(mentee_id, mentee.full_name, tuple(goes), kept)


def attachment_count(db: Session, mentee_id: int) -> int:
    """How many attached files belong to the mentee's records."""
    from mentordesk.services.disclosure.subject import owned_rows

    owned = owned_rows(db, mentee_id)
    return sum(
        1
        for owner_type, owner_id in db.execute(select(Attachment.owner_type, Attachment.owner_id))
        if (owner_type, owner_id) in owned
    )


_ISSUED_KINDS = (("contract", Contract), ("review", ProgressReview))


def _issued_of(db: Session, mentee_id: int) -> list[IssuedRecord]:
    """The notes of signed copies issued of the mentee's contracts and reviews."""
    found: list[IssuedRecord] = []
    for kind, model in _ISSUED_KINDS:
        ids = select(model.id).where(model.mentee_id == mentee_id)
        found += db.scalars(
            select(IssuedRecord).where(IssuedRecord.kind == kind, IssuedRecord.record_id.in_(ids))
        )
    return found


def _orphaned_attachments(db: Session) -> list[Attachment]:
    """Attachments whose owning record is gone."""
    tables = Base.metadata.tables
    out: list[Attachment] = []
    for owner_type in db.scalars(select(Attachment.owner_type).distinct()):
        table = tables.get(owner_type)
        if table is None:
            continue
        live = select(table.c.id)
        out += db.scalars(
            select(Attachment).where(
                Attachment.owner_type == owner_type, Attachment.owner_id.not_in(live)
            )
        )
    return out


def name_matches(typed: str, full_name: str) -> bool:
    """Whether ``typed`` is ``full_name`` typed back (spaces and case aside)."""
    return " ".join(typed.split()).casefold() == " ".join(full_name.split()).casefold()


def erase(db: Session, mentee_id: int, *, confirm: str, now: datetime) -> ErasurePlan:
    """Erase the mentee ``mentee_id``; ``confirm`` must be their full name as typed back.

    Returns what went. The caller commits (then :func:`purge_log`); nothing goes if
    anything fails.
    """
    what = plan(db, mentee_id)
    if not name_matches(confirm, what.full_name):
        raise ValidationError(
            "confirm", f"Type the mentee's full name, {what.full_name}, to confirm the erasure."
        )
    mentee = db.get(Mentee, mentee_id)
    for issued in _issued_of(db, mentee_id):  # who countersigned the mentee's records, too
        for signature in db.scalars(
            select(Countersignature).where(Countersignature.issued_id == issued.id)
        ):
            db.delete(signature)
        db.flush()
        db.delete(issued)
    db.flush()
    for _one, label, model in _OWNED:  # children first, so each delete is logged as it happens
        if label in dict(what.goes):
            for row in db.scalars(select(model).where(model.mentee_id == mentee_id)):
                db.delete(row)
    db.flush()
    db.delete(mentee)
    db.flush()
    for attachment in _orphaned_attachments(db):
        db.delete(attachment)
    db.flush()
    fields = tuple(f"{label}: {n}" for label, n in what.goes)
    head = audit.append(
        db.connection(),
        [audit.Change(TOMBSTONE, str(mentee_id), "erase", ("mentee", *fields))],
        at=now,
    )
    audit.note_head(db, head)
    return what


def purge_log(conn) -> bool:  # noqa: ANN001 - a DB-API connection to the vault
    """After the erasure is committed: move the log into the database and empty it, so the
    removed rows' old pages are nowhere but zeroed free pages. False when another reader
    kept the log busy for 5 seconds: it is emptied when the vault is next closed."""
    conn.execute("PRAGMA busy_timeout = 5000")
    busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    return not busy


LOG_BUSY = (
    "The erased records are gone; their old pages stay in the vault's write-ahead log "
    "(encrypted) until MentorDesk next closes the vault."
)
