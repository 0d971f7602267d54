"""Supervision and reading hours into the CPD log, in one go.

Each supervision record with a length, and each reading log entry marked read with hours
(up to the 1,000 hours an entry may hold),
becomes one CPD entry, once: the entry remembers where it came from, so importing again
adds only what is new. Nothing private is copied: a supervision entry names the supervisor
and the kind of supervision, never what was discussed.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentordesk.services.cpd.entries import HOURS_MAX, TITLE_MAX, CpdDraft, create
from mentordesk.services.profile import mentor_standard_id
from mentordesk.vault.enums import CpdKind, ReadingStatus
from mentordesk.vault.models import CpdEntry, Ksb, ReadingEntry, Standard, SupervisionRecord
from mentordesk.words import label

# The learning and skills mentor's KSBs that supervision and reading evidence (ST1379:
# "Supervision log (K15, S13)", "Research and reading (K16, S14)").
TAGS = {"ST1379": {"supervision": ("K15", "S13"), "reading": ("K16", "S14")}}


def _title(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= TITLE_MAX else text[: TITLE_MAX - 1] + "…"


def _supervision_waiting():
    done = select(CpdEntry.supervision_id).where(CpdEntry.supervision_id.is_not(None))
    return (
        select(SupervisionRecord)
        .where(
            SupervisionRecord.duration_minutes > 0,
            SupervisionRecord.duration_minutes <= HOURS_MAX * 60,
            SupervisionRecord.id.not_in(done),
        )
        .order_by(SupervisionRecord.held_on, SupervisionRecord.id)
    )


def _reading_waiting():
    done = select(CpdEntry.reading_id).where(CpdEntry.reading_id.is_not(None))
    return (
        select(ReadingEntry)
        .where(
            ReadingEntry.status == ReadingStatus.READ,
            ReadingEntry.hours > 0,
            ReadingEntry.hours <= HOURS_MAX,
            ReadingEntry.id.not_in(done),
        )
        .order_by(ReadingEntry.read_on, ReadingEntry.id)
    )


def importable(db: Session) -> int:
    """How many supervision records and reading entries are waiting to become CPD."""
    count = 0
    for query in (_supervision_waiting(), _reading_waiting()):
        count += db.scalar(select(func.count()).select_from(query.subquery())) or 0
    return count


def _tags(db: Session) -> dict[str, tuple[int, ...]]:
    standard_id = mentor_standard_id(db)
    standard = db.get(Standard, standard_id) if standard_id is not None else None
    wanted = TAGS.get(standard.reference, {}) if standard is not None else {}
    codes = {k.code: k.id for k in db.scalars(select(Ksb).where(Ksb.standard_id == standard_id))}
    return {source: tuple(codes[c] for c in want if c in codes) for source, want in wanted.items()}


def import_entries(db: Session, today: date) -> list[int]:
    """Make a CPD entry of every supervision record and reading entry not yet in the log;
    the new entries' ids. A reading entry with no date read is dated ``today``."""
    tags = _tags(db)
    made = []
    for record in db.scalars(_supervision_waiting()):
        assert record.duration_minutes is not None  # chosen for having a length
        kind = f" ({label(record.kind).lower()})" if record.kind is not None else ""
        draft = CpdDraft(
            occurred_on=record.held_on,
            title=_title(f"Supervision with {record.supervisor}{kind}"),
            kind=CpdKind.SUPERVISION.value,
            hours=round(record.duration_minutes / 60, 2),
            participatory=True,
            provider=record.supervisor,
            ksb_ids=tags.get("supervision", ()),
        )
        made.append(create(db, draft, supervision_id=record.id))
    for entry in db.scalars(_reading_waiting()):
        assert entry.hours is not None  # chosen for having hours
        draft = CpdDraft(
            occurred_on=entry.read_on or today,
            title=_title(f"Reading: {entry.title}"),
            kind=CpdKind.READING.value,
            hours=entry.hours,
            participatory=False,
            provider=entry.source or "",
            impact_on_practice=entry.changed_practice or "",
            ksb_ids=tags.get("reading", ()),
        )
        made.append(create(db, draft, reading_id=entry.id))
    return made


def import_hours(db: Session, today: date) -> int:
    """Import supervision and reading hours as CPD (see :func:`import_entries`); how many
    entries were made (none when run again)."""
    return len(import_entries(db, today))
