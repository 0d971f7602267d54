"""What the mentor sees first: upcoming sessions, reviews due or overdue, open actions.

The dashboard is the first screen after unlocking, so it reads with plain SQL over the
vault's own connection (``vault.connection``) and never waits for the ORM to load. The
stored formats are SQLAlchemy's for SQLite: dates as ``YYYY-MM-DD``, datetimes as naive
UTC ``YYYY-MM-DD HH:MM:SS.ffffff``, enums by value.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from mentordesk.services.settings import DEFAULTS, REVIEW_INTERVAL_WEEKS
from mentordesk.vault.enums import ActionStatus, MenteeStatus, SessionStatus

if TYPE_CHECKING:
    import sqlcipher3.dbapi2 as sqlcipher

DUE_SOON_DAYS = 14
_NAME = "coalesce(nullif(m.preferred_name, ''), m.full_name)"


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
class ReviewDue:
    mentee_id: int
    mentee: str
    last_review: date | None
    due_on: date
    days_left: int  # negative when overdue

    @property
    def overdue(self) -> bool:
        return self.days_left < 0


@dataclass(frozen=True)
class OpenAction:
    action_id: int
    mentee_id: int
    mentee: str
    description: str
    owner: str
    due_date: date | None
    overdue: bool


@dataclass
class Dashboard:
    today: date
    upcoming: list[UpcomingSession] = field(default_factory=list)
    reviews: list[ReviewDue] = field(default_factory=list)
    actions: list[OpenAction] = field(default_factory=list)
    open_action_count: int = 0


def _stored(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def review_interval_weeks(conn: sqlcipher.Connection) -> int:
    row = conn.execute(
        "SELECT value FROM vault_setting WHERE key = ?", (REVIEW_INTERVAL_WEEKS,)
    ).fetchone()
    return int(row[0] if row else DEFAULTS[REVIEW_INTERVAL_WEEKS])


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


def reviews_due(
    conn: sqlcipher.Connection, today: date, interval_weeks: int | None = None
) -> list[ReviewDue]:
    """Active mentees whose next review falls within 14 days, or is overdue."""
    weeks = interval_weeks or review_interval_weeks(conn)
    rows = conn.execute(
        f"""SELECT m.id, {_NAME}, m.start_date, max(r.held_on)
            FROM mentee m LEFT JOIN progress_review r ON r.mentee_id = m.id
            WHERE m.status = ? AND m.start_date IS NOT NULL
            GROUP BY m.id""",
        (MenteeStatus.ACTIVE.value,),
    )
    out = []
    for mid, name, start, last in rows:
        last_review = _day(last)
        due = (last_review or _day(start)) + timedelta(weeks=weeks)
        days_left = (due - today).days
        if days_left <= DUE_SOON_DAYS:
            out.append(ReviewDue(mid, name, last_review, due, days_left))
    out.sort(key=lambda r: (r.due_on, r.mentee))
    return out


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


def load(conn: sqlcipher.Connection, now: datetime | None = None) -> Dashboard:
    now = now or datetime.now(UTC)
    today = now.astimezone().date()
    actions, total = open_actions(conn, today)
    return Dashboard(
        today=today,
        upcoming=upcoming_sessions(conn, now),
        reviews=reviews_due(conn, today),
        actions=actions,
        open_action_count=total,
    )
