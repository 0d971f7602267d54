"""Calendar files: planned sessions out as ``.ics``, invitations (from Outlook or similar,
saved as a file) in as planned sessions. The ``icalendar`` library reads and writes the
format; it is imported only here, when a calendar file is made or read.

Import is all or nothing: a file that cannot be read, or an invitation that cannot be
placed with a mentee, raises :class:`IcsError` and nothing is added.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from mentordesk.errors import MentorDeskError
from mentordesk.services.sessions.planning import SessionPlan, plan
from mentordesk.vault.enums import MeetingMode, SessionStatus
from mentordesk.words import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

PRODID = "-//MentorDesk//Mentoring sessions//EN"
MENTEE_PROPERTY = "X-MENTORDESK-MENTEE"
MODE_PROPERTY = "X-MENTORDESK-MODE"


class IcsError(MentorDeskError):
    pass


@dataclass(frozen=True)
class Invitation:
    uid: str
    summary: str
    starts_at: datetime
    minutes: int
    location: str
    description: str
    mentee_hint: str  # our own property, else the attendees' names
    mode: MeetingMode


@dataclass
class ImportResult:
    created: list[int] = field(default_factory=list)
    moved: list[int] = field(default_factory=list)  # an invitation we had, at a new time
    skipped: list[str] = field(default_factory=list)  # why, per invitation not imported


def export_ics(db: Session, mentee_id: int | None, *, now: datetime) -> bytes:
    """Planned sessions (of one mentee, or all) as an iCalendar file."""
    import icalendar

    from mentordesk.vault.models import Mentee, MentoringSession

    query = (
        select(MentoringSession, Mentee)
        .join(Mentee, Mentee.id == MentoringSession.mentee_id)
        .where(MentoringSession.status == SessionStatus.PLANNED)
        .order_by(MentoringSession.starts_at)
    )
    if mentee_id is not None:
        query = query.where(MentoringSession.mentee_id == mentee_id)
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    stamp = now
    for s, m in db.execute(query):
        event = icalendar.Event()
        event.add("uid", s.ics_uid or f"mentordesk-session-{s.id}@mentordesk")
        event.add("dtstamp", stamp)
        event.add("dtstart", s.starts_at)
        event.add("dtend", s.starts_at + timedelta(minutes=s.duration_minutes))
        event.add("summary", s.title or f"Mentoring: {m.display_name}")
        if s.location:
            event.add("location", s.location)
        if s.objectives:
            event.add("description", s.objectives)
        event.add(MENTEE_PROPERTY, m.full_name)
        event.add(MODE_PROPERTY, s.mode.value)
        cal.add_component(event)
    return cal.to_ical()


def _local(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.astimezone()  # floating time: this computer's


def _aware(value) -> datetime | None:
    return _local(value) if isinstance(value, datetime) else None


def parse_ics(data: bytes) -> tuple[list[Invitation], list[str]]:
    """The timed invitations in a file, and why any others are left out."""
    import icalendar

    if not data.strip():
        raise IcsError("The calendar file is empty.")
    try:
        cal = icalendar.Calendar.from_ical(data)
        events = list(cal.walk("VEVENT"))
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise IcsError(f"This is not a calendar file MentorDesk can read: {exc}") from exc
    if cal.name != "VCALENDAR":
        raise IcsError("This is not a calendar file: it does not start with BEGIN:VCALENDAR.")
    found, skipped = [], []
    for n, ev in enumerate(events, 1):
        summary = str(ev.get("summary", "")).strip() or f"Invitation {n}"
        try:
            start = ev.decoded("dtstart")
        except KeyError:
            raise IcsError(f"“{summary}” has no start time.") from None
        except (ValueError, TypeError) as exc:
            raise IcsError(f"“{summary}” has a start time that cannot be read: {exc}") from exc
        if not isinstance(start, date):
            raise IcsError(f"“{summary}” has a start time that cannot be read: {start!s:.40}")
        if str(ev.get("status", "")).upper() == "CANCELLED":
            skipped.append(f"“{summary}”: cancelled by the organiser.")
            continue
        if isinstance(start, date) and not isinstance(start, datetime):
            skipped.append(f"“{summary}”: an all-day event, not a session.")
            continue
        if ev.get("rrule") is not None:
            skipped.append(f"“{summary}”: a repeating invitation; use Plan series instead.")
            continue
        starts = _local(start)  # a datetime: dates alone are left out above
        try:
            if ev.get("dtend") is not None:
                ends = _aware(ev.decoded("dtend"))
                if ends is None:
                    raise ValueError(str(ev.get("dtend").to_ical(), "utf-8", "replace"))
                minutes = int((ends - starts).total_seconds() // 60)
            elif ev.get("duration") is not None:
                minutes = int(ev.decoded("duration").total_seconds() // 60)
            else:
                minutes = 60
        except (ValueError, TypeError) as exc:
            raise IcsError(f"“{summary}” has an end time that cannot be read: {exc}") from exc
        if minutes <= 0:
            raise IcsError(f"“{summary}” ends before it starts.")
        hint = str(ev.get(MENTEE_PROPERTY, "")).strip()
        if not hint:
            attendees = ev.get("attendee") or []
            if not isinstance(attendees, list):
                attendees = [attendees]
            hint = "; ".join(str(a.params.get("CN", "")) for a in attendees)
        try:
            mode = MeetingMode(str(ev.get(MODE_PROPERTY, "in_person")))
        except ValueError:
            mode = MeetingMode.IN_PERSON
        found.append(
            Invitation(
                uid=str(ev.get("uid", "")).strip(),
                summary=summary,
                starts_at=starts.astimezone(UTC),
                minutes=min(minutes, 8 * 60),
                location=str(ev.get("location", "")),
                description=str(ev.get("description", "")),
                mentee_hint=hint,
                mode=mode,
            )
        )
    return found, skipped


def _match(invitation: Invitation, people: list[tuple[int, str, str | None]]) -> int | None:
    text = f"{invitation.mentee_hint} {invitation.summary}".casefold()
    exact = [mid for mid, full, _ in people if full.casefold() == invitation.mentee_hint.casefold()]
    if exact:
        return exact[0]
    named = {
        mid
        for mid, full, preferred in people
        if full.casefold() in text or (preferred and f" {preferred.casefold()} " in f" {text} ")
    }
    return named.pop() if len(named) == 1 else None


def import_ics(
    db: Session,
    data: bytes,
    default_mentee_id: int | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> ImportResult:
    """Add each timed invitation as a planned session with the mentee it names (else the
    default mentee). An invitation already imported (same UID) is moved to its new time.
    ``progress(done, total, label)`` is told after each invitation."""
    from mentordesk.vault.models import Mentee, MentoringSession

    invitations, skipped = parse_ics(data)
    people = [(m.id, m.full_name, m.preferred_name) for m in db.scalars(select(Mentee))]
    placed = []
    for inv in invitations:
        mentee_id = _match(inv, people) or default_mentee_id
        if mentee_id is None:
            raise IcsError(
                f"“{inv.summary}” does not say which mentee it is with; choose a mentee for "
                "invitations that name none, then import again. Nothing was imported."
            )
        placed.append((inv, mentee_id))
    result = ImportResult(skipped=skipped)
    for done, (inv, mentee_id) in enumerate(placed):
        if progress is not None:
            progress(
                done, len(placed), QT_TRANSLATE_NOOP("words", "Importing calendar invitations")
            )
        existing = (
            db.scalars(select(MentoringSession).where(MentoringSession.ics_uid == inv.uid)).first()
            if inv.uid
            else None
        )
        if existing is not None:
            if existing.status is SessionStatus.PLANNED and (
                existing.starts_at != inv.starts_at or existing.duration_minutes != inv.minutes
            ):
                existing.starts_at, existing.duration_minutes = inv.starts_at, inv.minutes
                result.moved.append(existing.id)
            else:
                result.skipped.append(f"“{inv.summary}”: already in the planner.")
            continue
        p = SessionPlan(
            mentee_id=mentee_id,
            starts_at=inv.starts_at,
            duration_minutes=max(5, inv.minutes),
            mode=inv.mode,
            location=inv.location,
            title=inv.summary,
            objectives=inv.description,
        )
        result.created.append(plan(db, p, ics_uid=inv.uid or None))
    return result


def export_to(path: Path, db: Session, mentee_id: int | None, *, now: datetime) -> int:
    """Write the planned sessions to ``path`` (whole or not at all); how many were written."""
    from mentordesk.vault.fileio import atomic_write

    data = export_ics(db, mentee_id, now=now)
    atomic_write(path, data)
    return data.count(b"BEGIN:VEVENT")
