"""What the mentor sees first: upcoming sessions, reviews due or overdue, open actions,
and mentees who need attention (hours behind plan, evidence to sign off).

The dashboard is the first screen after unlocking, so it reads with plain SQL over the
vault's own connection (``vault.connection``) and never waits for the ORM to load. The
stored formats are SQLAlchemy's for SQLite: dates as ``YYYY-MM-DD``, datetimes as naive
UTC ``YYYY-MM-DD HH:MM:SS.ffffff``, enums by value.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from mentordesk.services.reviews.due import ReviewDue, reviews_due
from mentordesk.services.stored import MENTEE_NAME as _NAME
from mentordesk.services.stored import day as _day
from mentordesk.services.stored import stored as _stored
from mentordesk.vault.enums import ActionStatus, ContractStatus, MenteeStatus, SessionStatus

if TYPE_CHECKING:
    import sqlcipher3.dbapi2 as sqlcipher


@dataclass(frozen=True)
class UpcomingSession:
    session_id: int
    mentee_id: int
    mentee: str
    starts_at: datetime
    duration_minutes: int
    mode: str
    location: str


@dataclass(frozen=True)
class OpenAction:
    action_id: int
    mentee_id: int
    mentee: str
    description: str
    owner: str
    due_date: date | None
    overdue: bool


@dataclass(frozen=True)
class MenteeAlert:
    """Something about one mentee's programme that needs the mentor: hours behind plan,
    evidence to judge and sign off."""

    mentee_id: int
    mentee: str
    what: str
    kind: str  # "otj" | "evidence"


@dataclass
class Dashboard:
    today: date
    upcoming: list[UpcomingSession] = field(default_factory=list)
    reviews: list[ReviewDue] = field(default_factory=list)
    actions: list[OpenAction] = field(default_factory=list)
    open_action_count: int = 0
    alerts: list[MenteeAlert] = field(default_factory=list)
    start: FirstSteps | None = None  # None once the first steps are all done


@dataclass(frozen=True)
class FirstSteps:
    """What a new mentor has done of the first three steps (shown until all are done)."""

    mentees: int
    contracts: int
    sessions: int

    @property
    def done(self) -> bool:
        return bool(self.mentees and self.contracts and self.sessions)


def first_steps(conn: sqlcipher.Connection) -> FirstSteps:
    """How many mentees (not archived), contracts in force and sessions the vault holds."""
    mentees, contracts, sessions = conn.execute(
        """SELECT (SELECT count(*) FROM mentee WHERE status != ?),
                  (SELECT count(*) FROM contract WHERE status = ?),
                  (SELECT count(*) FROM mentoring_session)""",
        (MenteeStatus.ARCHIVED.value, ContractStatus.ACTIVE.value),
    ).fetchone()
    return FirstSteps(int(mentees), int(contracts), int(sessions))


def upcoming_sessions(
    conn: sqlcipher.Connection, now: datetime, days: int = 14, limit: int = 100
) -> list[UpcomingSession]:
    rows = conn.execute(
        f"""SELECT s.id, m.id, {_NAME}, s.starts_at, s.duration_minutes, s.mode, s.location
            FROM mentoring_session s JOIN mentee m ON m.id = s.mentee_id
            WHERE s.status = ? AND s.starts_at >= ? AND s.starts_at < ?
            ORDER BY s.starts_at LIMIT ?""",
        (SessionStatus.PLANNED.value, _stored(now), _stored(now + timedelta(days=days)), limit),
    )
    return [
        UpcomingSession(
            sid,
            mid,
            name,
            datetime.fromisoformat(starts).replace(tzinfo=UTC),
            minutes,
            mode,
            location or "",
        )
        for sid, mid, name, starts, minutes, mode, location in rows
    ]


def open_actions(
    conn: sqlcipher.Connection, today: date, limit: int = 200
) -> tuple[list[OpenAction], int]:
    where = """FROM action_item a JOIN mentee m ON m.id = a.mentee_id
               WHERE a.status = ? AND m.status = ?"""
    args = (ActionStatus.OPEN.value, MenteeStatus.ACTIVE.value)
    (total,) = conn.execute(f"SELECT count(*) {where}", args).fetchone()
    rows = conn.execute(
        f"""SELECT a.id, m.id, {_NAME}, a.description, a.owner, a.due_date {where}
            ORDER BY a.due_date IS NULL, a.due_date, a.id LIMIT ?""",
        (*args, limit),
    )
    items = []
    for aid, mid, name, description, owner, due_text in rows:
        due = _day(due_text)
        items.append(
            OpenAction(
                aid, mid, name, description, owner or "", due, due is not None and due < today
            )
        )
    return items, int(total)


def evidence_to_sign(conn: sqlcipher.Connection) -> list[MenteeAlert]:
    """Active mentees with evidence not yet signed off (a session's own record aside)."""
    rows = conn.execute(
        f"""SELECT m.id, {_NAME}, count(*)
              FROM evidence_item i INDEXED BY ix_evidence_item_unsigned
              JOIN mentee m ON m.id = i.mentee_id
             WHERE i.signed_off_on IS NULL AND i.kind <> 'session' AND m.status = ?
             GROUP BY m.id ORDER BY count(*) DESC, {_NAME}""",
        (MenteeStatus.ACTIVE.value,),
    )
    return [
        MenteeAlert(
            mid,
            name,
            f"{n} piece{'s' if n != 1 else ''} of evidence to judge and sign off",
            "evidence",
        )
        for mid, name, n in rows
    ]


def alerts(conn: sqlcipher.Connection, today: date) -> list[MenteeAlert]:
    """Hours behind plan first (the furthest behind first), then evidence to sign off."""
    from mentordesk.services.ksb.otj import behind_plan

    behind = [
        MenteeAlert(s.mentee_id, s.name, f"Off-the-job hours: {s.words}", "otj")
        for s in behind_plan(conn, today)
    ]
    return behind + evidence_to_sign(conn)


def load(conn: sqlcipher.Connection, now: datetime) -> Dashboard:
    """Everything the dashboard shows, as of ``now``."""
    today = now.astimezone().date()
    actions, total = open_actions(conn, today)
    steps = first_steps(conn)
    return Dashboard(
        start=None if steps.done else steps,
        today=today,
        upcoming=upcoming_sessions(conn, now),
        reviews=reviews_due(conn, today),
        actions=actions,
        open_action_count=total,
        alerts=alerts(conn, today),
    )
