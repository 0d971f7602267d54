"""When each active mentee's next progress review is due.

A review is due at most N weeks (the vault's preference, 12 at most) after the programme
start or the last signed review, or sooner when that review agreed an earlier date. Plain
SQL over the vault's DB-API connection, so the dashboard and planner need no ORM for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from mentordesk.services.settings import DEFAULTS, REVIEW_INTERVAL_WEEKS
from mentordesk.services.stored import MENTEE_NAME, day
from mentordesk.vault.enums import MenteeStatus

DUE_SOON_DAYS = 14


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


def review_interval_weeks(conn) -> int:
    row = conn.execute(
        "SELECT value FROM vault_setting WHERE key = ?", (REVIEW_INTERVAL_WEEKS,)
    ).fetchone()
    return int(row[0] if row else DEFAULTS[REVIEW_INTERVAL_WEEKS])


def due_dates(conn, today: date, interval_weeks: int | None = None) -> list[ReviewDue]:
    """Every active mentee with a start date, with the date their next review is due
    (``days_left`` counted from ``today``; see :func:`reviews_due`)."""
    return _due(conn, today, interval_weeks, None)


def reviews_due(
    conn, today: date, interval_weeks: int | None = None, within_days: int = DUE_SOON_DAYS
) -> list[ReviewDue]:
    """Active mentees whose next review falls within ``within_days`` of today, or is
    overdue, soonest first."""
    return _due(conn, today, interval_weeks, within_days)


def _due(conn, today: date, interval_weeks: int | None, within: int | None) -> list[ReviewDue]:
    interval = timedelta(weeks=interval_weeks or review_interval_weeks(conn))
    # SQLite gives the other columns of the row that holds max(): the last review's agreement.
    rows = conn.execute(
        f"""SELECT m.id, {MENTEE_NAME}, m.start_date, max(r.held_on), r.next_review_on
            FROM mentee m
            LEFT JOIN progress_review r ON r.mentee_id = m.id AND r.is_final = 1
            WHERE m.status = ? AND m.start_date IS NOT NULL
            GROUP BY m.id""",
        (MenteeStatus.ACTIVE.value,),
    )
    out = []
    for mid, name, start, last, agreed in rows:
        last_review = day(last)
        # The programme start is never NULL here (see the WHERE clause).
        due = (last_review or date.fromisoformat(start)) + interval
        agreed_on = day(agreed)
        if agreed_on is not None and agreed_on < due:
            due = agreed_on
        days_left = (due - today).days
        if within is None or days_left <= within:
            out.append(ReviewDue(mid, name, last_review, due, days_left))
    out.sort(key=lambda r: (r.due_on, r.mentee))
    return out
