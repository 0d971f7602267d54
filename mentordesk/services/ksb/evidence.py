"""Pieces of KSB evidence: what an assessor accepts (observations, professional
discussions, witness statements, products, session records…), each mapped to KSBs of its
owner's standard with the mentor's judgement per KSB, signed off by the mentor with a date,
with files kept inside the encrypted vault.

The owner is a mentee, or None for the mentor's own portfolio (against the mentor's
standard). A mentee's session can count for both: :func:`count_for_me` makes the
mentor's own item from it ("one session, two portfolios").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.documents.reference import long_date
from mentordesk.errors import MentorDeskError, ValidationError
from mentordesk.services import attachments
from mentordesk.services.attachments import FileStore, NewFile
from mentordesk.services.contracts.queries import ksbs_of
from mentordesk.services.ksb.kinds import SYMBOL, judgement_words, kind_of, kind_words
from mentordesk.services.ksb.listing import EvidenceRow, rows
from mentordesk.services.profile import mentor_standard_id
from mentordesk.vault.enums import EvidenceKind, Judgement
from mentordesk.vault.models import EvidenceItem, EvidenceKsbLink, Ksb, Mentee

__all__ = [
    "SYMBOL",
    "EvidenceRow",
    "judgement_words",
    "kind_of",
    "kind_words",
    "rows",
]

TITLE_MAX = 300
TEXT_MAX = 20_000


class EvidenceError(MentorDeskError):
    """A piece of evidence or a file that is not there, or cannot be kept as asked."""


STORE = FileStore(EvidenceItem.__tablename__, EvidenceError)


def read_evidence(path: Path) -> NewFile:
    """A file the mentor chose, read whole if within the limit (else refused by name)."""
    return attachments.read_evidence(path, EvidenceError)


@dataclass(frozen=True)
class KsbMark:
    """One KSB a piece of evidence is mapped to, with the mentor's judgement of it."""

    ksb_id: int
    judgement: Judgement | None = None
    comment: str = ""


@dataclass(frozen=True)
class EvidenceDraft:
    owner: int | None  # a mentee's id; None: the mentor's own
    kind: str  # an EvidenceKind value
    title: str
    occurred_on: date
    description: str = ""
    observer: str = ""  # who observed or witnessed it
    marks: tuple[KsbMark, ...] = ()
    signed_off_on: date | None = None
    session_id: int | None = None


@dataclass(frozen=True)
class Saved:
    """A piece of evidence whole, its files' bytes included (what :func:`put` writes)."""

    draft: EvidenceDraft
    files: tuple[NewFile, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class KsbChoice:
    id: int
    code: str
    detail: str
    duties: str  # "D1, D4"


def standard_of(db: Session, owner: int | None) -> int | None:
    """The standard an owner's evidence is mapped against."""
    if owner is None:
        return mentor_standard_id(db)
    return db.scalar(select(Mentee.standard_id).where(Mentee.id == owner))


def ksb_choices(db: Session, owner: int | None) -> list[KsbChoice]:
    """The KSBs of the owner's standard (K, S then B), with the duties each belongs to."""
    return [
        KsbChoice(k.id, k.code, k.detail, ", ".join(d.code for d in k.duties))
        for k in ksbs_of(db, standard_of(db, owner))
    ]


def check(
    db: Session, draft: EvidenceDraft, today: date, kept: frozenset[int] = frozenset()
) -> EvidenceDraft:
    """The draft tidied, or a ValidationError naming the field at fault. ``kept``: KSBs the
    stored evidence is already mapped to, allowed although the owner's standard has moved
    on (its older marks stay as they were)."""
    title = " ".join(draft.title.split())
    if not title:
        raise ValidationError("title", "Give the evidence a title (for example “Rota handover”).")
    if len(title) > TITLE_MAX:
        raise ValidationError(
            "title", f"The title is {len(title)} characters long; shorten it to {TITLE_MAX}."
        )
    if kind_of(draft.kind) is None and not draft.kind.strip():
        raise ValidationError("kind", "Choose what kind of evidence this is.")
    if draft.occurred_on > today:
        raise ValidationError(
            "occurred_on",
            f"The evidence is dated {long_date(draft.occurred_on)}, after today; "
            "evidence records what has happened.",
        )
    for name in ("description", "observer"):
        if len(getattr(draft, name)) > TEXT_MAX:
            raise ValidationError(name, f"Shorten this to {TEXT_MAX:,} characters.")
    if draft.owner is not None and db.get(Mentee, draft.owner) is None:
        raise ValidationError("owner", "That mentee is no longer in this vault.")
    standard = standard_of(db, draft.owner)
    ids = [m.ksb_id for m in draft.marks]
    if len(set(ids)) != len(ids):
        raise ValidationError("marks", "A KSB is chosen twice; choose each once.")
    if ids:
        found = dict(db.execute(select(Ksb.id, Ksb.standard_id).where(Ksb.id.in_(ids))).all())
        if any(found.get(i) is None for i in ids):
            raise ValidationError("marks", "A KSB chosen is no longer in this vault; choose again.")
        if any(found[i] != standard for i in ids if i not in kept):
            whose = "your own standard" if draft.owner is None else "the mentee's standard"
            raise ValidationError("marks", f"Choose KSBs of {whose} only.")
    if draft.signed_off_on is not None:
        if not any(m.judgement for m in draft.marks):
            raise ValidationError(
                "signed_off_on", "Judge at least one KSB (working towards or met) to sign off."
            )
        if draft.signed_off_on > today:
            raise ValidationError("signed_off_on", "The sign-off date cannot be after today.")
        if draft.signed_off_on < draft.occurred_on:
            raise ValidationError(
                "signed_off_on", "The sign-off date is before the evidence's own date."
            )
    marks = tuple(replace(m, comment=m.comment.strip()) for m in draft.marks)
    return replace(
        draft,
        title=title,
        description=draft.description.strip(),
        observer=draft.observer.strip(),
        marks=marks,
    )


def _item(db: Session, evidence_id: int) -> EvidenceItem:
    row = db.get(EvidenceItem, evidence_id)
    if row is None:
        raise EvidenceError(
            f"Evidence {evidence_id} is not in this vault (it may have been deleted)."
        )
    return row


def _fill(row: EvidenceItem, d: EvidenceDraft) -> None:
    row.mentee_id = d.owner
    row.kind = d.kind
    row.title = d.title
    row.occurred_on = d.occurred_on
    row.description = d.description or None
    row.observer = d.observer or None
    row.signed_off_on = d.signed_off_on
    row.session_id = d.session_id
    wanted = {m.ksb_id: m for m in d.marks}
    for link in list(row.links):
        if link.ksb_id not in wanted:
            row.links.remove(link)
    have = {link.ksb_id: link for link in row.links}
    for kid, mark in wanted.items():
        link = have.get(kid) or EvidenceKsbLink(ksb_id=kid)
        if link.judgement != mark.judgement:
            link.judgement = mark.judgement
        if (link.comment or "") != mark.comment:
            link.comment = mark.comment or None
        if kid not in have:
            row.links.append(link)


def create(
    db: Session,
    draft: EvidenceDraft,
    today: date,
    files: Sequence[NewFile] = (),
    *,
    evidence_id: int | None = None,
) -> int:
    """Save a new piece of evidence (under ``evidence_id`` when given: an undone delete
    comes back as it was) with its ``files``; its id."""
    d = check(db, draft, today)
    row = EvidenceItem(id=evidence_id)
    _fill(row, d)
    db.add(row)
    db.flush()
    STORE.add_files(db, row.id, files)
    return row.id


def update(
    db: Session,
    evidence_id: int,
    draft: EvidenceDraft,
    today: date,
    files: Sequence[NewFile] | None = None,
) -> None:
    """Save a piece of evidence's changes; ``files`` (when given) become its files."""
    row = _item(db, evidence_id)
    if draft.owner != row.mentee_id:
        raise EvidenceError("Evidence cannot move to another portfolio; add it there instead.")
    d = check(db, draft, today, frozenset(link.ksb_id for link in row.links))
    if row.signed_off_on is not None and d.signed_off_on == row.signed_off_on:
        judged = {(link.ksb_id, link.judgement) for link in row.links}
        if judged != {(m.ksb_id, m.judgement) for m in d.marks}:
            # A sign-off vouches for the judgements it was given on: changed, they wait
            # for the mentor to sign them off again.
            d = replace(d, signed_off_on=None)
    _fill(row, d)
    db.flush()
    if files is not None:
        STORE.reconcile(db, evidence_id, files)


def get(db: Session, evidence_id: int) -> EvidenceDraft:
    row = _item(db, evidence_id)
    return EvidenceDraft(
        owner=row.mentee_id,
        kind=row.kind,
        title=row.title,
        occurred_on=row.occurred_on,
        description=row.description or "",
        observer=row.observer or "",
        marks=tuple(
            KsbMark(link.ksb_id, link.judgement, link.comment or "")
            for link in sorted(row.links, key=lambda link: link.ksb_id)
        ),
        signed_off_on=row.signed_off_on,
        session_id=row.session_id,
    )


def take(db: Session, evidence_id: int) -> Saved:
    return Saved(get(db, evidence_id), STORE.stored_files(db, evidence_id))


def put(db: Session, evidence_id: int, saved: Saved) -> int:
    """Make ``evidence_id`` exactly ``saved`` again, creating it if it was deleted; its id
    (so a redone step hands the next undo the record it acts on)."""
    row = db.get(EvidenceItem, evidence_id)
    if row is None:
        row = EvidenceItem(id=evidence_id)
        _fill(row, saved.draft)
        db.add(row)
        db.flush()
    else:
        _fill(row, saved.draft)
        db.flush()
    STORE.reconcile(db, evidence_id, saved.files)
    return evidence_id


def delete(db: Session, evidence_id: int) -> Saved:
    """Delete a piece of evidence and its files; what it was (for undo)."""
    saved = take(db, evidence_id)
    STORE.delete_files(db, evidence_id)
    db.delete(_item(db, evidence_id))
    db.flush()
    return saved


def sign_off(db: Session, evidence_id: int, on: date) -> None:
    """The mentor signs off a piece of evidence's judgements on ``on``."""
    row = _item(db, evidence_id)
    if not any(link.judgement for link in row.links):
        raise EvidenceError(
            f"“{row.title}” has no KSB judged yet: open it, judge each KSB "
            "(working towards or met), then sign it off."
        )
    if on < row.occurred_on:
        raise EvidenceError("The sign-off date is before the evidence's own date.")
    row.signed_off_on = on
    db.flush()


def count_for_me(db: Session, evidence_id: int, marks: tuple[KsbMark, ...], today: date) -> int:
    """One session, two portfolios: a mentee's session evidence counted again as the
    mentor's own, against the mentor's standard (the same session, the mentor's KSBs).
    Asked twice for one session, the mentor's item is updated, not doubled; its id."""
    source = _item(db, evidence_id)
    if source.mentee_id is None:
        raise EvidenceError("This is already your own evidence.")
    if source.session_id is None:
        raise EvidenceError("Only evidence from a session can count for your portfolio too.")
    # No name is kept: it is the mentor's record, and stays theirs if the mentee's are erased.
    draft = EvidenceDraft(
        owner=None,
        kind=EvidenceKind.SESSION.value,
        title=f"Mentoring session, {long_date(source.occurred_on)}",
        occurred_on=source.occurred_on,
        description=f"From the session record of {long_date(source.occurred_on)}.",
        marks=marks,
        session_id=source.session_id,
    )
    mine = db.scalars(
        select(EvidenceItem.id).where(
            EvidenceItem.session_id == source.session_id, EvidenceItem.mentee_id.is_(None)
        )
    ).first()
    if mine is not None:  # a sign-off stays only if the judgements are as they were
        update(db, mine, replace(draft, signed_off_on=get(db, mine).signed_off_on), today)
        return mine
    return create(db, draft, today)
