"""One CPD activity: what it was, when, for how long, with whom, what was learned and how it
changed practice, the mentor's KSBs it evidences, and files kept as its evidence.

Every write takes the caller's session; what it changed is recorded by the session itself
(see ``vault.changes``). A saved entry can be taken whole (:func:`take`, files included)
and put back under its id (:func:`put`), which is how an edit or a delete is undone.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.documents.reference import long_date
from mentordesk.errors import ValidationError
from mentordesk.services.cpd.evidence import (
    CpdError,
    NewFile,
    add_files,
    delete_files,
    reconcile,
    stored_files,
)
from mentordesk.services.profile import mentor_standard_id
from mentordesk.services.reflections.store import keep_final_links
from mentordesk.vault.enums import CpdKind
from mentordesk.vault.models import CpdEntry, Ksb
from mentordesk.words import label

HOURS_MAX = 1000
TITLE_MAX = 300


@dataclass(frozen=True)
class CpdDraft:
    """A CPD entry as typed. ``kind`` is a :class:`CpdKind` value (an older vault's own word
    for a kind is kept as it was); ``participatory``: done with others."""

    occurred_on: date
    title: str
    kind: str
    hours: float
    ended_on: date | None = None
    participatory: bool = False
    provider: str = ""
    what_i_learned: str = ""
    impact_on_practice: str = ""
    ksb_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class Saved:
    """An entry whole, its files' bytes included: what :func:`put` writes back."""

    draft: CpdDraft
    files: tuple[NewFile, ...] = field(default_factory=tuple)
    # Where it came from (so its hours are not brought in twice) and the reflections linked.
    supervision_id: int | None = None
    reading_id: int | None = None
    reflection_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class KsbChoice:
    id: int
    code: str
    detail: str

    @property
    def wording(self) -> str:
        """The KSB's full wording on one line."""
        return " ".join(self.detail.split())


def kind_words(stored: str) -> str:
    """A kind as stored, in words: a :class:`CpdKind`'s label, else the stored text."""
    try:
        return label(CpdKind(stored))
    except ValueError:
        return stored


def check(draft: CpdDraft) -> None:
    """Refuse a draft that cannot be saved, with one line naming the field."""
    title = draft.title.strip()
    if not title:
        raise ValidationError(
            "title", "Give the activity a title (for example “Safeguarding refresher”)."
        )
    if len(title) > TITLE_MAX:
        raise ValidationError(
            "title", f"The title is {len(title)} characters long; shorten it to {TITLE_MAX}."
        )
    if not draft.kind.strip():
        raise ValidationError("kind", "Choose what kind of activity this was.")
    hours = draft.hours
    if not isinstance(hours, int | float) or math.isnan(hours) or not 0 <= hours <= HOURS_MAX:
        raise ValidationError(
            "hours", f"Hours must be between 0 and {HOURS_MAX}; {hours:g} was given."
        )
    if draft.ended_on is not None and draft.ended_on < draft.occurred_on:
        raise ValidationError(
            "ended_on",
            f"The end date ({long_date(draft.ended_on)}) is before the start "
            f"({long_date(draft.occurred_on)}); change one of them.",
        )


def _entry(db: Session, entry_id: int) -> CpdEntry:
    row = db.get(CpdEntry, entry_id)
    if row is None:
        raise CpdError(f"CPD entry {entry_id} is not in this vault (it may have been deleted).")
    return row


def _ksbs(db: Session, ids: tuple[int, ...]) -> list[Ksb]:
    wanted = list(dict.fromkeys(ids))
    found = {k.id: k for k in db.scalars(select(Ksb).where(Ksb.id.in_(wanted)))}
    missing = [i for i in wanted if i not in found]
    if missing:
        raise ValidationError("ksb_ids", "A KSB chosen is no longer in this vault; choose again.")
    return [found[i] for i in wanted]


def _fill(db: Session, row: CpdEntry, draft: CpdDraft) -> None:
    row.occurred_on = draft.occurred_on
    row.ended_on = draft.ended_on
    row.title = draft.title.strip()
    row.activity_type = draft.kind.strip()
    row.hours = float(draft.hours)
    row.participatory = bool(draft.participatory)
    row.provider = draft.provider.strip() or None
    row.what_i_learned = draft.what_i_learned.strip() or None
    row.impact_on_practice = draft.impact_on_practice.strip() or None
    if [k.id for k in row.ksbs] != list(dict.fromkeys(draft.ksb_ids)):
        row.ksbs = _ksbs(db, draft.ksb_ids)


def create(
    db: Session,
    draft: CpdDraft,
    files: tuple[NewFile, ...] = (),
    *,
    entry_id: int | None = None,
    supervision_id: int | None = None,
    reading_id: int | None = None,
) -> int:
    """Save a new entry (under ``entry_id`` when given: an undone delete comes back as it
    was) with its evidence ``files``; its id."""
    check(draft)
    row = CpdEntry(id=entry_id, supervision_id=supervision_id, reading_id=reading_id)
    _fill(db, row, draft)
    db.add(row)
    db.flush()
    add_files(db, row.id, files)
    return row.id


def update(
    db: Session,
    entry_id: int,
    draft: CpdDraft,
    add: tuple[NewFile, ...] = (),
    remove: tuple[int, ...] = (),
) -> int:
    """Save an entry's changes: its fields and KSBs, files to ``add``, evidence files (by
    id) to ``remove``; its id."""
    check(draft)
    row = _entry(db, entry_id)
    _fill(db, row, draft)
    delete_files(db, entry_id, remove)
    add_files(db, entry_id, add)
    db.flush()
    return entry_id


def delete(db: Session, entry_id: int) -> int:
    """Delete an entry and its evidence files; its id."""
    row = _entry(db, entry_id)
    keep_final_links(db, "cpd", entry_id)
    delete_files(db, entry_id)
    db.delete(row)
    db.flush()
    return entry_id


def get(db: Session, entry_id: int) -> CpdDraft:
    row = _entry(db, entry_id)
    return CpdDraft(
        occurred_on=row.occurred_on,
        ended_on=row.ended_on,
        title=row.title,
        kind=row.activity_type,
        hours=row.hours,
        participatory=bool(row.participatory),
        provider=row.provider or "",
        what_i_learned=row.what_i_learned or "",
        impact_on_practice=row.impact_on_practice or "",
        ksb_ids=tuple(k.id for k in row.ksbs),
    )


def take(db: Session, entry_id: int) -> Saved:
    """The entry whole, with its files' bytes, its source and the reflections linked to it
    (to undo a change to it later)."""
    row = _entry(db, entry_id)
    linked = db.connection().exec_driver_sql(
        "SELECT reflection_id FROM reflection_cpd WHERE cpd_id = ? ORDER BY reflection_id",
        (entry_id,),
    )
    return Saved(
        get(db, entry_id),
        stored_files(db, entry_id),
        row.supervision_id,
        row.reading_id,
        tuple(rid for (rid,) in linked),
    )


def put(db: Session, entry_id: int, saved: Saved) -> int:
    """Make entry ``entry_id`` what ``saved`` holds: made again if it was deleted; files
    already there (same name and content) are kept, others added or removed."""
    row = db.get(CpdEntry, entry_id)
    if row is None:
        from mentordesk.vault.models import ReadingEntry, Reflection, SupervisionRecord

        made = create(
            db,
            saved.draft,
            saved.files,
            entry_id=entry_id,
            supervision_id=saved.supervision_id
            if saved.supervision_id and db.get(SupervisionRecord, saved.supervision_id)
            else None,
            reading_id=saved.reading_id
            if saved.reading_id and db.get(ReadingEntry, saved.reading_id)
            else None,
        )
        entry = db.get_one(CpdEntry, made)
        for reflection in db.scalars(
            select(Reflection).where(Reflection.id.in_(saved.reflection_ids))
        ):
            reflection.cpd_entries.append(entry)
        db.flush()
        return made
    check(saved.draft)
    _fill(db, row, saved.draft)
    reconcile(db, entry_id, saved.files)
    db.flush()
    return entry_id


def ksb_choices(db: Session, also: tuple[int, ...] = ()) -> list[KsbChoice]:
    """The mentor's own standard's current KSBs (K, S then B), and any of ``also`` (KSBs an
    entry was tagged with under another standard) after them."""
    from mentordesk.services.contracts import ksb_choices as standard_ksbs

    chosen = [KsbChoice(k.id, k.code, k.detail) for k in standard_ksbs(db, mentor_standard_id(db))]
    have = {k.id for k in chosen}
    extra = [i for i in also if i not in have]
    if extra:
        rows = db.scalars(select(Ksb).where(Ksb.id.in_(extra)).order_by(Ksb.position))
        chosen += [KsbChoice(k.id, k.code, k.detail) for k in rows]
    return chosen
