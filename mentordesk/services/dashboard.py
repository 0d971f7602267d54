"""What the mentor sees first: upcoming sessions, reviews due or overdue, open actions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentordesk.services import settings
from mentordesk.vault.models import (
    ActionItem,
    ActionStatus,
    Mentee,
    MenteeStatus,
    MentoringSession,
    ProgressReview,
    SessionStatus,
)

DUE_SOON_DAYS = 14


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


def _name(m: Mentee) -> str:
    return m.preferred_name or m.full_name


def upcoming_sessions(
    db: Session, now: datetime, days: int = 14, limit: int = 100
) -> list[UpcomingSession]:
    rows = db.execute(
        select(MentoringSession, Mentee)
        .join(Mentee, Mentee.id == MentoringSession.mentee_id)
        .where(
            MentoringSession.status == SessionStatus.PLANNED,
            MentoringSession.starts_at >= now,
            MentoringSession.starts_at < now + timedelta(days=days),
        )
        .order_by(MentoringSession.starts_at)
        .limit(limit)
    )
    return [
        UpcomingSession(
            s.id, m.id, _name(m), s.starts_at, s.duration_minutes, s.mode.value, s.location or ""
        )
        for s, m in rows
    ]


def reviews_due(db: Session, today: date, interval_weeks: int | None = None) -> list[ReviewDue]:
    """Active mentees whose next review falls within 14 days, or is overdue."""
    weeks = interval_weeks or settings.review_interval_weeks(db)
    last = (
        select(ProgressReview.mentee_id, func.max(ProgressReview.held_on).label("last"))
        .group_by(ProgressReview.mentee_id)
        .subquery()
    )
    rows = db.execute(
        select(Mentee, last.c.last)
        .outerjoin(last, last.c.mentee_id == Mentee.id)
        .where(Mentee.status == MenteeStatus.ACTIVE, Mentee.start_date.is_not(None))
    )
    out = []
    for mentee, last_review in rows:
        base = last_review or mentee.start_date
        due = base + timedelta(weeks=weeks)
        days_left = (due - today).days
        if days_left <= DUE_SOON_DAYS:
            out.append(ReviewDue(mentee.id, _name(mentee), last_review, due, days_left))
    out.sort(key=lambda r: (r.due_on, r.mentee))
    return out


def open_actions(db: Session, today: date, limit: int = 200) -> tuple[list[OpenAction], int]:
    where = (ActionItem.status == ActionStatus.OPEN, Mentee.status == MenteeStatus.ACTIVE)
    total = db.scalar(select(func.count()).select_from(ActionItem).join(Mentee).where(*where))
    rows = db.execute(
        select(ActionItem, Mentee)
        .join(Mentee, Mentee.id == ActionItem.mentee_id)
        .where(*where)
        .order_by(ActionItem.due_date.is_(None), ActionItem.due_date, ActionItem.id)
        .limit(limit)
    )
    items = [
        OpenAction(
            a.id,
            m.id,
            _name(m),
            a.description,
            a.owner or "",
            a.due_date,
            a.due_date is not None and a.due_date < today,
        )
        for a, m in rows
    ]
    return items, int(total or 0)


def load(db: Session, now: datetime | None = None) -> Dashboard:
    now = now or datetime.now(UTC)
    today = now.astimezone().date()
    actions, total = open_actions(db, today)
    return Dashboard(
        today=today,
        upcoming=upcoming_sessions(db, now),
        reviews=reviews_due(db, today),
        actions=actions,
        open_action_count=total,
    )
