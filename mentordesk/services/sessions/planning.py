"""Planning sessions: create, reschedule, cancel, series at the contract's cadence, clashes.

The calendar reads (:func:`entries`, :func:`clashes`) are plain SQL over a DB-API
connection, so the planner's month view draws without waiting for the ORM.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from mentordesk.errors import MentorDeskError, ValidationError
from mentordesk.services import session_models
from mentordesk.services.sessions.names import short_names
from mentordesk.services.stored import MENTEE_NAME, dbapi, moment, stored
from mentordesk.vault.enums import MeetingMode, SessionStatus

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from mentordesk.vault.models import MentoringSession

MAX_MINUTES = 8 * 60
MAX_SERIES = 200


class SessionError(MentorDeskError):
    pass


@dataclass
class SessionPlan:
    """What is planned for a session before it is held."""

    mentee_id: int
    starts_at: datetime  # aware
    duration_minutes: int = 60
    mode: MeetingMode = MeetingMode.IN_PERSON
    location: str = ""
    title: str = ""
    model: str = session_models.FREE
    objectives: str = ""
    plan: str = ""
    goal_ids: list[int] = field(default_factory=list)
    ksb_ids: list[int] = field(default_factory=list)  # KSBs to address

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)


@dataclass(frozen=True)
class CalendarEntry:
    id: int
    mentee_id: int
    mentee: str
    starts_at: datetime  # aware, UTC
    duration_minutes: int
    status: SessionStatus
    mode: MeetingMode
    title: str
    model: str
    is_final: bool
    quick_note: bool
    full_name: str = ""
    short_name: str = ""  # unique among the mentees of the entries read together

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)

    @property
    def label(self) -> str:
        return self.title or self.mentee


@dataclass(frozen=True)
class Proposal:
    starts_at: datetime
    duration_minutes: int
    clashes: tuple[CalendarEntry, ...]


# -- reading (plain SQL) ------------------------------------------------------------------
_ENTRY_SQL = f"""SELECT s.id, m.id, {MENTEE_NAME}, s.starts_at, s.duration_minutes, s.status,
                        s.mode, coalesce(s.title, ''), s.model, s.is_final, s.quick_note,
                        m.full_name, m.preferred_name
                 FROM mentoring_session s JOIN mentee m ON m.id = s.mentee_id"""


def _entry(row, shorts: dict[int, str] | None = None) -> CalendarEntry:
    sid, mid, name, starts, minutes, status, mode, title, model, final, quick, full, _ = row
    return CalendarEntry(
        sid,
        mid,
        name,
        moment(starts),
        minutes,
        SessionStatus(status),
        MeetingMode(mode),
        title,
        model,
        bool(final),
        bool(quick),
        full,
        (shorts or {}).get(mid) or name,
    )


def _entries(rows) -> list[CalendarEntry]:
    """Entries with short names that tell apart every mentee among them."""
    rows = list(rows)
    shorts = short_names({(r[1], r[11], r[12]) for r in rows})
    return [_entry(r, shorts) for r in rows]


def entries(
    conn, start: datetime, end: datetime, mentee_id: int | None = None
) -> list[CalendarEntry]:
    """Sessions starting in [start, end), cancelled ones included, in time order."""
    sql = _ENTRY_SQL + " WHERE s.starts_at >= ? AND s.starts_at < ?"
    args: list = [stored(start), stored(end)]
    if mentee_id is not None:
        sql += " AND s.mentee_id = ?"
        args.append(mentee_id)
    return _entries(conn.execute(sql + " ORDER BY s.starts_at, s.id", args))


def entry(conn, session_id: int) -> CalendarEntry:
    row = conn.execute(_ENTRY_SQL + " WHERE s.id = ?", (session_id,)).fetchone()
    if row is None:
        raise SessionError("That session no longer exists.")
    [found] = _entries([row])
    return found


def clashes(
    conn, starts_at: datetime, minutes: int, exclude_id: int | None = None
) -> list[CalendarEntry]:
    """Sessions (of any mentee, not cancelled) that overlap [starts_at, +minutes)."""
    ends = starts_at + timedelta(minutes=minutes)
    found = entries(conn, starts_at - timedelta(minutes=MAX_MINUTES), ends)
    return [
        e
        for e in found
        if e.status is not SessionStatus.CANCELLED
        and e.id != exclude_id
        and e.starts_at < ends
        and e.ends_at > starts_at
    ]


# -- writing ------------------------------------------------------------------------------
def get(db: Session, session_id: int) -> MentoringSession:
    from mentordesk.vault.models import MentoringSession

    row = db.get(MentoringSession, session_id)
    if row is None:
        raise SessionError("That session no longer exists.")
    return row


def check(db: Session, p: SessionPlan) -> None:
    from mentordesk.vault.models import Mentee

    if db.get(Mentee, p.mentee_id) is None:
        raise ValidationError("mentee", "Choose the mentee the session is with.")
    if p.starts_at.tzinfo is None:
        raise ValidationError("starts_at", "The start time needs a time zone.")
    if not 5 <= p.duration_minutes <= MAX_MINUTES:
        raise ValidationError("duration", "A session lasts between 5 minutes and 8 hours.")
    if p.model not in session_models.all_models():
        raise ValidationError("model", f"There is no session model called “{p.model}”.")


def _apply(db: Session, row: MentoringSession, p: SessionPlan) -> None:
    from mentordesk.vault.models import Goal, Ksb

    row.mentee_id = p.mentee_id
    row.starts_at = p.starts_at
    row.duration_minutes = p.duration_minutes
    row.mode = p.mode
    row.location = p.location.strip() or None
    row.title = p.title.strip() or None
    row.model = p.model
    row.objectives = p.objectives.strip() or None
    row.plan = p.plan.strip() or None
    goals = list(db.scalars(select(Goal).where(Goal.id.in_(p.goal_ids)))) if p.goal_ids else []
    if any(g.mentee_id != p.mentee_id for g in goals):
        raise ValidationError("goals", "A linked goal belongs to another mentee.")
    row.goals = goals
    row.ksbs = list(db.scalars(select(Ksb).where(Ksb.id.in_(p.ksb_ids)))) if p.ksb_ids else []


def plan(
    db: Session, p: SessionPlan, *, ics_uid: str | None = None, session_id: int | None = None
) -> int:
    """Add a planned session; returns its id. ``session_id`` plans it again under the id it
    had (redo after undo), so later steps that name it still find it, and no other."""
    from mentordesk.vault.models import MentoringSession

    check(db, p)
    if session_id is not None and db.get(MentoringSession, session_id) is not None:
        raise SessionError("Another session has taken this one's place; it cannot come back.")
    row = MentoringSession(
        id=session_id, status=SessionStatus.PLANNED, ics_uid=ics_uid or _new_uid()
    )
    _apply(db, row, p)
    db.add(row)
    db.flush()
    return row.id


def plan_of(db: Session, session_id: int) -> SessionPlan:
    row = get(db, session_id)
    return SessionPlan(
        mentee_id=row.mentee_id,
        starts_at=row.starts_at,
        duration_minutes=row.duration_minutes,
        mode=row.mode,
        location=row.location or "",
        title=row.title or "",
        model=row.model,
        objectives=row.objectives or "",
        plan=row.plan or "",
        goal_ids=[g.id for g in row.goals],
        ksb_ids=[k.id for k in row.ksbs],
    )


def update(db: Session, session_id: int, p: SessionPlan) -> SessionPlan:
    """Change a planned session; returns the plan as it was (for undo)."""
    row = get(db, session_id)
    if row.status is not SessionStatus.PLANNED:
        raise SessionError("Only a planned session can be changed here; record it instead.")
    before = plan_of(db, session_id)
    check(db, p)
    _apply(db, row, p)
    db.flush()
    return before


def reschedule(
    db: Session, session_id: int, starts_at: datetime, minutes: int | None = None
) -> tuple[datetime, int]:
    """Move a planned session; returns the old (start, minutes) for undo."""
    row = get(db, session_id)
    if row.status is not SessionStatus.PLANNED:
        raise SessionError("Only a planned session can be moved.")
    before = (row.starts_at, row.duration_minutes)
    p = plan_of(db, session_id)
    p.starts_at = starts_at
    p.duration_minutes = minutes or row.duration_minutes
    check(db, p)
    row.starts_at, row.duration_minutes = p.starts_at, p.duration_minutes
    db.flush()
    return before


def cancel(db: Session, session_id: int, reason: str) -> None:
    row = get(db, session_id)
    if row.status is not SessionStatus.PLANNED:
        raise SessionError("Only a planned session can be cancelled.")
    if not reason.strip():
        raise ValidationError("reason", "Give a reason for cancelling the session.")
    row.status = SessionStatus.CANCELLED
    row.cancel_reason = reason.strip()
    db.flush()


def restore(db: Session, session_id: int) -> None:
    """Undo a cancellation."""
    row = get(db, session_id)
    if row.status is not SessionStatus.CANCELLED:
        raise SessionError("That session is not cancelled.")
    row.status = SessionStatus.PLANNED
    row.cancel_reason = None
    db.flush()


def delete_planned(db: Session, session_id: int) -> None:
    """Remove a planned session made by mistake (undo of a create)."""
    row = get(db, session_id)
    if row.status is not SessionStatus.PLANNED:
        raise SessionError("Only a planned session can be removed.")
    db.delete(row)
    db.flush()


def _new_uid() -> str:
    return f"{uuid.uuid4()}@mentordesk"


# -- series -------------------------------------------------------------------------------
def _skip_weekend(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def propose_series(
    db: Session,
    mentee_id: int,
    first: datetime,
    *,
    until: date | None = None,
    every_days: int | None = None,
    minutes: int | None = None,
) -> list[Proposal]:
    """Sessions every N days (the contract's cadence unless given) from ``first`` until the
    mentee's planned end date (unless given), moved off weekends, each with its clashes."""
    from mentordesk.services import contracts
    from mentordesk.vault.models import Mentee

    mentee = db.get(Mentee, mentee_id)
    if mentee is None:
        raise ValidationError("mentee", "Choose the mentee the sessions are with.")
    agreed = contracts.cadence(db, mentee_id)
    every_days = every_days or (agreed[0] if agreed else None)
    minutes = minutes or (agreed[2] if agreed else 60)
    until = until or mentee.planned_end_date
    if not every_days:
        raise ValidationError(
            "every_days", "No cadence is agreed in a contract; say how often to meet."
        )
    if every_days < 1:
        raise ValidationError("every_days", "Sessions must be at least a day apart.")
    if until is None:
        raise ValidationError("until", "The mentee has no planned end date; say when to stop.")
    if first.tzinfo is None:
        raise ValidationError("starts_at", "The start time needs a time zone.")
    local = first.astimezone()  # the series keeps the same local clock time
    conn = dbapi(db)
    out: list[Proposal] = []
    seen: set[date] = set()
    base = local.date()
    while base <= until:
        day = _skip_weekend(base)
        if day > until:
            break
        if day not in seen:
            seen.add(day)
            clock = time(local.hour, local.minute)
            starts = datetime.combine(day, clock).astimezone().astimezone(UTC)
            out.append(Proposal(starts, minutes, tuple(clashes(conn, starts, minutes))))
            if len(out) > MAX_SERIES:
                raise ValidationError(
                    "until", f"That would be more than {MAX_SERIES} sessions; choose a nearer end."
                )
        base += timedelta(days=every_days)
    return out


def plan_series(
    db: Session,
    template: SessionPlan,
    starts: list[datetime],
    session_ids: list[int] | None = None,
) -> list[int]:
    """Plan one session per start time, each a copy of ``template`` (under ``session_ids``
    when the series is planned again)."""
    if not starts:
        raise ValidationError("series", "There are no sessions to plan.")
    again: list[int | None] = list(session_ids) if session_ids else [None] * len(starts)
    ids = []
    for when, sid in zip(starts, again, strict=True):
        p = SessionPlan(**{**template.__dict__, "starts_at": when})
        p.goal_ids, p.ksb_ids = list(template.goal_ids), list(template.ksb_ids)
        ids.append(plan(db, p, session_id=sid))
    return ids


# -- what the planning screens choose from ------------------------------------------------
def mentee_choices(conn, *, active_only: bool = True) -> list[tuple[int, str]]:
    """(id, name shown) of the mentees, by name; plain SQL for the planner's filter."""
    from mentordesk.vault.enums import MenteeStatus

    sql = f"SELECT m.id, {MENTEE_NAME} FROM mentee m"
    args: tuple = ()
    if active_only:
        sql += " WHERE m.status = ?"
        args = (MenteeStatus.ACTIVE.value,)
    return [(int(mid), str(name)) for mid, name in conn.execute(sql + " ORDER BY 2", args)]


@dataclass(frozen=True)
class PlanChoices:
    """What a session for one mentee can be linked to, and what their contract agrees."""

    goals: list[tuple[int, str]]
    ksbs: list[tuple[int, str]]
    every_days: int | None  # the contract's cadence, if one is in force
    mode: MeetingMode | None
    minutes: int | None
    planned_end: date | None


def plan_choices(db: Session, mentee_id: int) -> PlanChoices:
    from mentordesk.services import contracts
    from mentordesk.vault.models import Mentee

    mentee = db.get(Mentee, mentee_id)
    if mentee is None:
        raise SessionError("That mentee is no longer in this vault.")
    agreed = contracts.cadence(db, mentee_id)
    return PlanChoices(
        goals=[(g.id, g.title) for g in contracts.goals_in_force(db, mentee_id)],
        ksbs=[(k.id, k.label) for k in contracts.ksb_choices(db, mentee.standard_id)],
        every_days=agreed[0] if agreed else None,
        mode=MeetingMode(agreed[1]) if agreed else None,
        minutes=agreed[2] if agreed else None,
        planned_end=mentee.planned_end_date,
    )
