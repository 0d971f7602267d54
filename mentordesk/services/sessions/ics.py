"""Calendar files: planned sessions out as ``.ics``, invitations (from Outlook or similar,
saved as a file) in as planned sessions. The ``icalendar`` library reads and writes the
format; it is imported only here, when a calendar file is made or read.

Import is all or nothing: a file that cannot be read, or an invitation that is broken or
cannot be placed with a mentee, raises :class:`IcsError` (one short line that quotes at most
a few printable characters of the file) and nothing is added. Invitations that are fine but
are not sessions (cancelled, all-day, repeating, dated outside the years a planner holds)
are left out, each with its reason. Export streams: one event is in memory at a time.

Exported events say only who and where by default ("Mentoring — T. Nowak", the location):
a calendar is often shared (a team's Outlook, a phone synced to a work account), and what a
session is about is confidential. Titles and objectives go in only when asked for.
"""

from __future__ import annotations

import errno
import hashlib
import io
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import IO, TYPE_CHECKING

from sqlalchemy import select

from mentordesk.errors import DiskFull, MentorDeskError
from mentordesk.services.sessions.names import initial_and_surname
from mentordesk.services.sessions.planning import MAX_MINUTES, SessionPlan, plan
from mentordesk.vault.enums import MeetingMode, SessionStatus
from mentordesk.words import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

PRODID = "-//MentorDesk//Mentoring sessions//EN"
MENTEE_PROPERTY = "X-MENTORDESK-MENTEE"
MODE_PROPERTY = "X-MENTORDESK-MODE"
FOOTER = b"END:VCALENDAR\r\n"

MAX_BYTES = 10 * 1024 * 1024  # a year of a busy calendar is well under 1 MiB
MAX_EVENTS = 10_000
MAX_DEPTH = 8  # VCALENDAR > VTIMEZONE > STANDARD, or VCALENDAR > VEVENT > VALARM, is 3
YEARS = range(1900, 3000)  # an invitation dated outside these is not a session to plan
MAX_TITLE, MAX_LOCATION, MAX_DESCRIPTION, MAX_UID = 200, 200, 10_000, 255
EXPORT_BATCH = 100  # sessions read from the vault at a time while a calendar is written


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


# -- export ---------------------------------------------------------------------------------
def _export_query(mentee_id: int | None):
    from mentordesk.vault.models import Mentee, MentoringSession

    s = MentoringSession
    query = (
        select(
            s.id,
            s.ics_uid,
            s.starts_at,
            s.duration_minutes,
            s.title,
            s.location,
            s.objectives,
            s.mode,
            Mentee.preferred_name,
            Mentee.full_name,
        )
        .join(Mentee, Mentee.id == s.mentee_id)
        .where(s.status == SessionStatus.PLANNED)
        .order_by(s.starts_at, s.id)
    )
    if mentee_id is not None:
        query = query.where(s.mentee_id == mentee_id)
    return query.execution_options(yield_per=EXPORT_BATCH)


def neutral_title(full_name: str) -> str:
    """An event's title that says no more than who: "Mentoring — T. Nowak"."""
    return f"Mentoring — {initial_and_surname(full_name)}"


def write_calendar(
    out: IO[bytes], db: Session, mentee_id: int | None, *, now: datetime, details: bool = False
) -> int:
    """Write the planned sessions (of one mentee, or all) to ``out`` as an iCalendar file,
    one event at a time as the vault yields them; how many were written. Each event has a
    neutral title, the time and the location; ``details`` adds the session's own title, its
    objectives and the mentee's full name (for a calendar nobody else sees)."""
    import icalendar

    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    head = cal.to_ical()  # BEGIN, the calendar's properties, END: the events go before END
    out.write(head[: -len(FOOTER)])
    count = 0
    for sid, uid, starts, minutes, title, location, objectives, mode, preferred, full in db.execute(
        _export_query(mentee_id)
    ):
        event = icalendar.Event()
        event.add("uid", uid or f"mentordesk-session-{sid}@mentordesk")
        event.add("dtstamp", now)
        event.add("dtstart", starts)
        event.add("dtend", starts + timedelta(minutes=minutes))
        if details:
            event.add("summary", title or f"Mentoring: {preferred or full}")
        else:
            event.add("summary", neutral_title(full))
        if location:
            event.add("location", location)
        if details and objectives:
            event.add("description", objectives)
        if details:
            event.add(MENTEE_PROPERTY, full)
        event.add(MODE_PROPERTY, mode.value)
        out.write(event.to_ical())
        count += 1
    out.write(FOOTER)
    return count


def export_ics(
    db: Session, mentee_id: int | None, *, now: datetime, details: bool = False
) -> bytes:
    """Planned sessions (of one mentee, or all) as an iCalendar file, in memory (see
    :func:`write_calendar` for ``details``)."""
    buffer = io.BytesIO()
    write_calendar(buffer, db, mentee_id, now=now, details=details)
    return buffer.getvalue()


def export_to(
    path: Path, db: Session, mentee_id: int | None, *, now: datetime, details: bool = False
) -> int:
    """Write the planned sessions to ``path`` (whole or not at all); how many were written
    (see :func:`write_calendar` for ``details``).
    The file is written beside ``path`` under another name, readable by its owner only, and
    takes ``path``'s place once complete; on any fault it is removed."""
    from mentordesk.vault.fileio import PRIVATE_MODE, fsync_dir

    path = Path(path)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise _write_error(path, exc) from exc
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as fh:
            count = write_calendar(fh, db, mentee_id, now=now, details=details)
            fh.flush()
            os.fsync(fh.fileno())
        if os.name == "posix":
            os.chmod(tmp, PRIVATE_MODE)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _write_error(path, exc) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return count


def _write_error(path: Path, exc: OSError) -> MentorDeskError:
    if exc.errno == errno.ENOSPC:
        return DiskFull(f"The disk is full: {path} was not written. Free some space and try again.")
    return IcsError(f"{path} cannot be written ({exc.strerror or exc}); nothing was saved there.")


# -- reading a file ---------------------------------------------------------------------------
def _quote(text: object, limit: int = 60) -> str:
    """A short, printable, one-line excerpt of something read from a file."""
    flat = " ".join("".join(c if c.isprintable() else " " for c in str(text)[:1000]).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _kept(c: str) -> str:
    if c.isprintable() or c in "\t\n":
        return c
    return " " if unicodedata.category(c).startswith("Z") else ""  # e.g. a no-break space


def _clean(text: str, limit: int) -> str:
    """Text for the vault: no control characters (but tabs and line breaks; other spaces
    and separators become plain spaces), at most ``limit`` characters."""
    kept = "".join(map(_kept, text[: limit * 4])).strip()
    return kept if len(kept) <= limit else kept[: limit - 1].rstrip() + "…"


def read_calendar_file(path: Path) -> bytes:
    """The bytes of a calendar file, refused early (naming the file) when it is too large."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise IcsError(f"{path} cannot be read ({exc.strerror or exc}).") from exc
    if len(data) > MAX_BYTES:
        raise IcsError(f"{path} is larger than {MAX_BYTES >> 20} MiB; {_TOO_BIG}")
    return data


_TOO_BIG = "export a shorter period from your calendar and import that."
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"),
    (b"\xff\xfe", "utf-16-le", "UTF-16"),
    (b"\xfe\xff", "utf-16-be", "UTF-16"),
)
_LONE_CR = re.compile(r"\r(?!\n)")
_BLOCK = re.compile(r"^(BEGIN|END)[ \t]*:[ \t]*(\S*)", re.IGNORECASE | re.MULTILINE)


def _decode(data: bytes) -> str:
    """The file as text: UTF-8 (or the UTF-16/32 its byte-order mark names; other 8-bit
    text read as Windows-1252), refused when it is binary."""
    if len(data) > MAX_BYTES:
        raise IcsError(f"The calendar file is larger than {MAX_BYTES >> 20} MiB; {_TOO_BIG}")
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError:
                raise IcsError(
                    f"The calendar file starts as {label} text but is not; "
                    "save it from your calendar again as UTF-8."
                ) from None
            break
    else:
        if b"\x00" in data:
            if data[1::2].count(0) > len(data) // 4 or data[::2].count(0) > len(data) // 4:
                raise IcsError(
                    "The calendar file is UTF-16 text without a byte-order mark; "
                    "save it from your calendar again as UTF-8."
                )
            raise IcsError("This is not a calendar file: it holds binary data (NUL bytes).")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", "replace")
    if "\x00" in text:
        raise IcsError("This is not a calendar file: it holds binary data (NUL characters).")
    return _LONE_CR.sub("\r\n", text)  # old Mac line ends, which the reader does not know


def _check_shape(text: str) -> None:
    if not text.lstrip().upper().startswith("BEGIN:VCALENDAR"):
        raise IcsError("This is not a calendar file: it does not start with BEGIN:VCALENDAR.")
    depth = events = 0
    for match in _BLOCK.finditer(text):
        if match.group(1).upper() == "BEGIN":
            depth += 1
            events += match.group(2).upper() == "VEVENT"
            if depth > MAX_DEPTH:
                raise IcsError(
                    f"The calendar file nests BEGIN blocks more than {MAX_DEPTH} deep; "
                    "it is damaged or not from a calendar."
                )
        else:
            depth = max(0, depth - 1)
    if events > MAX_EVENTS:
        raise IcsError(f"The calendar file holds more than {MAX_EVENTS:,} events; {_TOO_BIG}")


def _one(ev, name: str):
    """A text property's value (the first, if the invitation repeats it), or None."""
    value = ev.get(name)
    if isinstance(value, list):
        return value[0] if value else None
    return value


def _text(ev, name: str) -> str:
    value = _one(ev, name)
    return "" if value is None else str(value)


def _moment(ev, name: str, what: str, who: str) -> date | timedelta | None:
    """The decoded DTSTART, DTEND or DURATION of an invitation, or None when it has none."""
    value = ev.get(name)
    if value is None:
        return None
    if isinstance(value, list):
        raise IcsError(f"“{who}” has {len(value)} {what}s; an invitation has one.")
    try:
        decoded = ev.decoded(name)
    except Exception as exc:  # the library reading a value (and its time zone) from the file
        raise IcsError(f"“{who}” has a {what} that cannot be read: {_quote(exc)}") from exc
    wanted = timedelta if name == "duration" else date
    if not isinstance(decoded, wanted):
        try:
            shown = value.to_ical()
        except Exception:  # the value as the library wrote it back, else as it prints
            shown = value
        if isinstance(shown, bytes):
            shown = shown.decode("utf-8", "replace")
        raise IcsError(f"“{who}” has a {what} that cannot be read: {_quote(shown)}")
    return decoded


def _utc(moment: datetime, what: str, who: str) -> datetime:
    """``moment`` in UTC; a floating time is this computer's."""
    try:
        local = moment if moment.tzinfo else moment.astimezone()
        return local.astimezone(UTC)
    except Exception as exc:  # a time zone from the file that cannot place this moment
        raise IcsError(f"“{who}” has a {what} that cannot be read: {_quote(exc)}") from exc


def _invitation(ev, n: int) -> Invitation | str:
    """One event as an invitation, or why it is left out; :class:`IcsError` when broken."""
    summary = _clean(_text(ev, "summary"), MAX_TITLE) or f"Invitation {n}"
    who = _quote(summary)
    start = _moment(ev, "dtstart", "start time", who)
    if start is None:
        raise IcsError(f"“{who}” has no start time.")
    if not isinstance(start, date):  # _moment gives a date for a start; this tells mypy
        raise IcsError(f"“{who}” has a start time that cannot be read.")
    if _text(ev, "status").strip().upper() == "CANCELLED":
        return f"“{who}”: cancelled by the organiser."
    if not isinstance(start, datetime):
        return f"“{who}”: an all-day event, not a session."
    if ev.get("rrule") is not None or ev.get("rdate") is not None:
        return f"“{who}”: a repeating invitation; use Plan series instead."
    if start.year not in YEARS:
        return f"“{who}”: dated {start.date().isoformat()}, outside the years a planner holds."
    starts = _utc(start, "start time", who)
    end = _moment(ev, "dtend", "end time", who)
    duration = _moment(ev, "duration", "duration", who)
    if end is not None and duration is not None:
        raise IcsError(f"“{who}” has both an end time and a duration; an invitation has one.")
    if isinstance(end, datetime):
        if end.year not in YEARS:
            raise IcsError(f"“{who}” has an end time that cannot be read: {end.date().isoformat()}")
        minutes = int((_utc(end, "end time", who) - starts).total_seconds() // 60)
    elif end is not None:
        raise IcsError(f"“{who}” has an end time that cannot be read: a day without a time")
    elif isinstance(duration, timedelta):
        minutes = int(duration.total_seconds() // 60)
    else:
        minutes = 60
    if minutes <= 0:
        raise IcsError(f"“{who}” ends before it starts.")
    hint = _text(ev, MENTEE_PROPERTY).strip()
    if not hint:
        attendees = ev.get("attendee") or []
        if not isinstance(attendees, list):
            attendees = [attendees]
        hint = "; ".join(str(getattr(a, "params", {}).get("CN", "")) for a in attendees)
    try:
        mode = MeetingMode(_text(ev, MODE_PROPERTY) or "in_person")
    except ValueError:
        mode = MeetingMode.IN_PERSON
    uid = _text(ev, "uid").strip()
    if len(uid) > MAX_UID:  # kept as a stable identity, at a size the vault indexes well
        uid = "sha256-" + hashlib.sha256(uid.encode("utf-8", "replace")).hexdigest()
    return Invitation(
        uid=uid,
        summary=summary,
        starts_at=starts,
        minutes=min(max(minutes, 5), MAX_MINUTES),  # as long as a session can be
        location=_clean(_text(ev, "location"), MAX_LOCATION),
        description=_clean(_text(ev, "description"), MAX_DESCRIPTION),
        mentee_hint=_clean(hint, MAX_TITLE),
        mode=mode,
    )


def parse_ics(data: bytes) -> tuple[list[Invitation], list[str]]:
    """The timed invitations in a file, and why any others are left out."""
    import icalendar

    if not data.strip():
        raise IcsError("The calendar file is empty.")
    text = _decode(data)
    _check_shape(text)
    try:
        cal = icalendar.Calendar.from_ical(text)
        events = list(cal.walk("VEVENT"))
    except Exception as exc:  # the library reading the file: any fault means "not readable"
        raise IcsError(f"This is not a calendar file MentorDesk can read: {_quote(exc)}") from exc
    if cal.name != "VCALENDAR":
        raise IcsError("This is not a calendar file: it does not start with BEGIN:VCALENDAR.")
    found: list[Invitation] = []
    skipped: list[str] = []
    for n, ev in enumerate(events, 1):
        outcome = _invitation(ev, n)
        if isinstance(outcome, str):
            skipped.append(outcome)
        else:
            found.append(outcome)
    return found, skipped


# -- import -----------------------------------------------------------------------------------
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
    if not named:  # our own neutral title names the mentee as "T. Nowak"
        named = {
            mid
            for mid, full, _ in people
            if invitation.summary.casefold() == neutral_title(full).casefold()
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
    full_names = {mid: full for mid, full, _ in people}
    placed = []
    for inv in invitations:
        mentee_id = _match(inv, people) or default_mentee_id
        if mentee_id is None:
            raise IcsError(
                f"“{_quote(inv.summary)}” does not say which mentee it is with; choose a mentee "
                "for invitations that name none, then import again. Nothing was imported."
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
                result.skipped.append(f"“{_quote(inv.summary)}”: already in the planner.")
            continue
        neutral = neutral_title(full_names.get(mentee_id, ""))
        p = SessionPlan(
            mentee_id=mentee_id,
            starts_at=inv.starts_at,
            duration_minutes=inv.minutes,
            mode=inv.mode,
            location=inv.location,
            # a neutral title ("Mentoring — T. Nowak") is no title: the planner shows the name
            title="" if inv.summary == neutral else inv.summary,
            objectives=inv.description,
        )
        result.created.append(plan(db, p, ics_uid=inv.uid or None))
    return result
