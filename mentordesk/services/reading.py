"""Research and reading (ST1379 K16, S14): the reading list that ships with the mentor's
own standard, grouped by duty, as a log (to read, reading, read; when, how long, notes and
how it changed their practice), and sources of their own.

A shipped item has no entry until the mentor first marks or edits it; the entry then
copies its title and description. Items of the list are never deleted (its entry can be
reset); the mentor's own sources can be.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from mentordesk.errors import ValidationError
from mentordesk.services.profile import mentor_standard_id
from mentordesk.services.reflections.store import keep_final_links
from mentordesk.vault.enums import ReadingStatus
from mentordesk.vault.models import (
    CpdEntry,
    Duty,
    ReadingEntry,
    ReadingItem,
    Reflection,
    reflection_reading,
)

MAX_HOURS = 500.0


@dataclass
class ReadingDraft:
    title: str
    source: str = ""  # author, publisher, address
    status: ReadingStatus = ReadingStatus.TO_READ
    read_on: date | None = None  # kept only for something read
    hours: float | None = None  # None: not noted
    notes: str = ""
    changed_practice: str = ""


@dataclass(frozen=True)
class ReadingRow:
    item_id: int | None  # on the standard's list; None: the mentor's own source
    entry_id: int | None  # None: not marked or edited yet
    title: str
    source: str
    status: ReadingStatus
    read_on: date | None
    hours: float | None
    has_notes: bool  # notes or "how it changed my practice" written

    @property
    def own(self) -> bool:
        return self.item_id is None


@dataclass(frozen=True)
class DutyGroup:
    """The reading for one duty of the standard (``duty`` its code, ``words`` its text), or
    (``duty`` None) the mentor's own sources and entries from another standard's list."""

    duty: str | None
    words: str
    rows: tuple[ReadingRow, ...]


@dataclass(frozen=True)
class RemovedEntry:
    """An entry deleted or reset, as it was, to put back under its id (undo)."""

    id: int
    item_id: int | None
    draft: ReadingDraft
    reflection_ids: list[int]
    cpd_ids: list[int]


# -- checking -----------------------------------------------------------------------------
def check(draft: ReadingDraft, *, today: date) -> ReadingDraft:
    """The draft tidied (text trimmed; a date only for something read); a mistake is refused
    with a :class:`ValidationError` naming its field."""
    clean = replace(
        draft,
        title=" ".join(draft.title.split()),
        source=draft.source.strip(),
        notes=draft.notes.strip(),
        changed_practice=draft.changed_practice.strip(),
        read_on=draft.read_on if draft.status is ReadingStatus.READ else None,
    )
    if not clean.title:
        raise ValidationError(
            "title", "Title: enter what you read (a book, an article, a web page)."
        )
    if not isinstance(clean.status, ReadingStatus):
        raise ValidationError("status", "Status: choose to read, reading or read.")
    if clean.hours is not None and not 0 <= clean.hours <= MAX_HOURS:
        raise ValidationError(
            "hours", f"Hours: enter between 0 and {MAX_HOURS:g} hours, or leave it blank."
        )
    if clean.status is ReadingStatus.READ and clean.read_on is None:
        raise ValidationError("read_on", "Read on: give the day you finished reading it.")
    if clean.read_on is not None and clean.read_on > today:
        raise ValidationError(
            "read_on",
            f"Read on: {clean.read_on:%d %b %Y} is after today; give the day you finished it.",
        )
    return clean


# -- reading ------------------------------------------------------------------------------
def _draft(entry: ReadingEntry) -> ReadingDraft:
    return ReadingDraft(
        title=entry.title,
        source=entry.source or "",
        status=entry.status,
        read_on=entry.read_on,
        hours=entry.hours,
        notes=entry.notes or "",
        changed_practice=entry.changed_practice or "",
    )


def _entry(db: Session, entry_id: int) -> ReadingEntry:
    entry = db.get(ReadingEntry, entry_id)
    if entry is None:
        raise ValidationError("entry", "That reading log entry is no longer in the vault.")
    return entry


def _item(db: Session, item_id: int) -> ReadingItem:
    """The list item ``item_id`` stands for. A source the list gives under several duties
    (the same title, one item per duty) is one source: its first item holds the entry, so
    it is read once, and its hours are counted once."""
    item = db.get(ReadingItem, item_id)
    if item is None:
        raise ValidationError("item", "That reading list item is no longer in the vault.")
    first = db.scalar(
        select(ReadingItem)
        .where(
            ReadingItem.standard_id == item.standard_id,
            func.lower(ReadingItem.title) == item.title.lower(),
        )
        .order_by(ReadingItem.id)
        .limit(1)
    )
    return first or item


def get(db: Session, entry_id: int) -> ReadingDraft:
    return _draft(_entry(db, entry_id))


def editing(
    db: Session, *, item_id: int | None = None, entry_id: int | None = None
) -> ReadingDraft:
    """What the editor starts from: the entry, else the list item as its entry would start
    (its title and description), else a blank source of one's own."""
    if entry_id is not None:
        return get(db, entry_id)
    if item_id is not None:
        item = _item(db, item_id)
        have = db.scalar(select(ReadingEntry.id).where(ReadingEntry.reading_item_id == item.id))
        if have is not None:
            return get(db, have)
        return ReadingDraft(title=item.title, source=item.description or "")
    return ReadingDraft(title="")


def _row(item_id, entry_id, title, source, status, read_on, hours, notes, changed) -> ReadingRow:
    return ReadingRow(
        item_id,
        entry_id,
        title,
        source or "",
        status or ReadingStatus.TO_READ,
        read_on,
        hours,
        bool(notes or changed),
    )


def reading_log(db: Session) -> list[DutyGroup]:
    """The mentor's standard's reading list by duty, with their entries; their own sources
    (and entries from another standard's list) last."""
    standard_id = mentor_standard_id(db)
    groups: list[DutyGroup] = []
    if standard_id is not None:
        # Each title's first item: the one whose entry every copy of that source shows.
        first = (
            select(
                func.min(ReadingItem.id).label("id"), func.lower(ReadingItem.title).label("title")
            )
            .where(ReadingItem.standard_id == standard_id)
            .group_by(func.lower(ReadingItem.title))
            .subquery()
        )
        rows = db.execute(
            select(
                Duty.code,
                Duty.detail,
                ReadingItem.id,
                ReadingEntry.id,
                ReadingItem.title,
                ReadingItem.description,
                ReadingEntry.title,
                ReadingEntry.source,
                ReadingEntry.status,
                ReadingEntry.read_on,
                ReadingEntry.hours,
                ReadingEntry.notes,
                ReadingEntry.changed_practice,
            )
            .outerjoin(Duty, Duty.id == ReadingItem.duty_id)
            .outerjoin(first, func.lower(first.c.title) == func.lower(ReadingItem.title))
            .outerjoin(ReadingEntry, ReadingEntry.reading_item_id == first.c.id)
            .where(ReadingItem.standard_id == standard_id)
            .order_by(
                Duty.position.is_(None),
                Duty.position,
                ReadingItem.group_no,
                ReadingItem.position,
                ReadingItem.id,
            )
        )
        by_duty: dict[str, tuple[str, list[ReadingRow]]] = {}
        for code, detail, item_id, entry_id, title, description, *entry in rows:
            shown_title, source, status, read_on, hours, notes, changed = entry
            if entry_id is None:
                shown_title, source = title, description
            key = code or ""
            by_duty.setdefault(key, (detail or "", []))[1].append(
                _row(item_id, entry_id, shown_title, source, status, read_on, hours, notes, changed)
            )
        groups = [DutyGroup(code, words, tuple(rs)) for code, (words, rs) in by_duty.items()]
    others = select(
        ReadingEntry.reading_item_id,
        ReadingEntry.id,
        ReadingEntry.title,
        ReadingEntry.source,
        ReadingEntry.status,
        ReadingEntry.read_on,
        ReadingEntry.hours,
        ReadingEntry.notes,
        ReadingEntry.changed_practice,
    ).outerjoin(ReadingItem, ReadingItem.id == ReadingEntry.reading_item_id)
    if standard_id is not None:
        others = others.where(
            or_(ReadingEntry.reading_item_id.is_(None), ReadingItem.standard_id != standard_id)
        )
    own = tuple(
        _row(*row) for row in db.execute(others.order_by(ReadingEntry.title, ReadingEntry.id))
    )
    groups.append(DutyGroup(None, "", own))
    return groups


# -- writing ------------------------------------------------------------------------------
def _apply(entry: ReadingEntry, clean: ReadingDraft) -> None:
    entry.title = clean.title
    entry.source = clean.source or None
    entry.status = clean.status
    entry.read_on = clean.read_on
    entry.hours = clean.hours
    entry.notes = clean.notes or None
    entry.changed_practice = clean.changed_practice or None


def _entry_of_item(db: Session, item_id: int) -> ReadingEntry:
    """The item's entry, made on first use from its title and description."""
    item = _item(db, item_id)
    entry = db.scalars(select(ReadingEntry).where(ReadingEntry.reading_item_id == item.id)).first()
    if entry is None:
        entry = ReadingEntry(
            reading_item_id=item.id,
            title=item.title,
            source=item.description,
            status=ReadingStatus.TO_READ,
        )
        db.add(entry)
        db.flush()
    return entry


def save(
    db: Session,
    draft: ReadingDraft,
    *,
    today: date,
    entry_id: int | None = None,
    item_id: int | None = None,
    new_id: int | None = None,
) -> int:
    """Save an entry: ``entry_id``'s, or the list item ``item_id``'s (made on its first
    edit), or a new source of the mentor's own (under ``new_id`` when redoing). Returns the
    entry's id."""
    clean = check(draft, today=today)
    if entry_id is not None:
        entry = _entry(db, entry_id)
    elif item_id is not None:
        entry = _entry_of_item(db, item_id)
    else:
        if new_id is not None and db.get(ReadingEntry, new_id) is not None:
            raise ValidationError("id", "Another reading log entry has taken this one's place.")
        entry = ReadingEntry(id=new_id)
        db.add(entry)
    _apply(entry, clean)
    db.flush()
    return entry.id


def mark(
    db: Session,
    status: ReadingStatus,
    *,
    today: date,
    entry_id: int | None = None,
    item_id: int | None = None,
) -> tuple[int, ReadingDraft | None]:
    """Mark an entry (or a list item, making its entry) read, reading or to read; something
    read is dated ``today`` unless it already has its day. Returns the entry's id and what
    it was (None: the entry was made now), for undo."""
    if entry_id is None and item_id is None:
        raise ValueError("mark needs an entry or a list item")
    if entry_id is None:
        assert item_id is not None
        first = _item(db, item_id).id
        entry_id = db.scalar(select(ReadingEntry.id).where(ReadingEntry.reading_item_id == first))
    if entry_id is not None:
        before: ReadingDraft | None = get(db, entry_id)
        entry = _entry(db, entry_id)
    else:
        assert item_id is not None
        before, entry = None, _entry_of_item(db, item_id)
    draft = replace(_draft(entry), status=status)
    if status is ReadingStatus.READ and draft.read_on is None:
        draft.read_on = today
    _apply(entry, check(draft, today=today))
    db.flush()
    return entry.id, before


def _links(db: Session, entry_id: int) -> list[int]:
    return sorted(
        db.scalars(
            select(reflection_reading.c.reflection_id).where(
                reflection_reading.c.reading_id == entry_id
            )
        )
    )


def _remove(db: Session, entry: ReadingEntry) -> RemovedEntry:
    keep_final_links(db, "reading", entry.id)
    removed = RemovedEntry(
        id=entry.id,
        item_id=entry.reading_item_id,
        draft=_draft(entry),
        reflection_ids=_links(db, entry.id),
        cpd_ids=list(db.scalars(select(CpdEntry.id).where(CpdEntry.reading_id == entry.id))),
    )
    for reflection in db.scalars(
        select(Reflection).where(Reflection.id.in_(removed.reflection_ids))
    ):
        reflection.reading.remove(entry)
    db.delete(entry)
    db.flush()
    return removed


def delete_own(db: Session, entry_id: int) -> RemovedEntry:
    """Delete a source of the mentor's own; returns it, for :func:`restore`."""
    entry = _entry(db, entry_id)
    if entry.reading_item_id is not None:
        raise ValidationError(
            "entry",
            f"“{entry.title}” is on the standard's reading list, so it stays; reset your entry "
            "for it instead.",
        )
    return _remove(db, entry)


def reset(db: Session, entry_id: int) -> RemovedEntry:
    """Clear the entry of a list item (it reads "to read" again, with no notes); returns the
    entry, for :func:`restore`."""
    entry = _entry(db, entry_id)
    if entry.reading_item_id is None:
        raise ValidationError(
            "entry", f"“{entry.title}” is a source of your own; delete it instead."
        )
    return _remove(db, entry)


def restore(db: Session, removed: RemovedEntry) -> int:
    """Put a deleted or reset entry back as it was, under its id (undo)."""
    if db.get(ReadingEntry, removed.id) is not None:
        raise ValidationError("id", "Another reading log entry has taken this one's place.")
    if removed.item_id is not None and db.scalar(
        select(ReadingEntry.id).where(ReadingEntry.reading_item_id == removed.item_id)
    ):
        raise ValidationError(
            "entry", f"“{removed.draft.title}” has a new entry since; edit that one instead."
        )
    item_id = removed.item_id if removed.item_id and db.get(ReadingItem, removed.item_id) else None
    entry = ReadingEntry(id=removed.id, reading_item_id=item_id)
    _apply(entry, removed.draft)
    db.add(entry)
    db.flush()
    for reflection in db.scalars(
        select(Reflection).where(Reflection.id.in_(removed.reflection_ids))
    ):
        reflection.reading.append(entry)
    for cpd in db.scalars(select(CpdEntry).where(CpdEntry.id.in_(removed.cpd_ids))):
        if cpd.reading_id is None:
            cpd.reading_id = entry.id
    db.flush()
    return entry.id
