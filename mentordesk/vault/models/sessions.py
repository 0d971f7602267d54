"""Mentoring sessions, their amendments, action items and progress reviews."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, CheckConstraint, Column, ForeignKey, Index, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentordesk.vault.enums import ActionStatus, Attendance, MeetingMode, Rag, SessionStatus
from mentordesk.vault.models.base import Base, Timestamped, str_enum, utcnow
from mentordesk.vault.models.contracts import Goal, Signature
from mentordesk.vault.models.people import Mentee
from mentordesk.vault.models.standards import Ksb

session_ksb = Table(
    "session_ksb",
    Base.metadata,
    Column("session_id", ForeignKey("mentoring_session.id", ondelete="CASCADE"), primary_key=True),
    Column("ksb_id", ForeignKey("ksb.id", ondelete="CASCADE"), primary_key=True),
)

session_goal = Table(
    "session_goal",
    Base.metadata,
    Column("session_id", ForeignKey("mentoring_session.id", ondelete="CASCADE"), primary_key=True),
    Column("goal_id", ForeignKey("goal.id", ondelete="CASCADE"), primary_key=True),
)


class MentoringSession(Timestamped, Base):
    __tablename__ = "mentoring_session"
    __table_args__ = (
        CheckConstraint("duration_minutes > 0", name="duration_positive"),
        CheckConstraint("otj_hours >= 0", name="otj_not_negative"),
        CheckConstraint("travel_avoided_km >= 0", name="travel_not_negative"),
        # Off-the-job hours held per mentee, read from the index alone (the dashboard's
        # "behind plan").
        Index("ix_mentoring_session_otj", "mentee_id", "status", "starts_at", "otj_hours"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    mentee_id: Mapped[int] = mapped_column(ForeignKey("mentee.id", ondelete="CASCADE"), index=True)
    status: Mapped[SessionStatus] = mapped_column(
        str_enum(SessionStatus), default=SessionStatus.PLANNED
    )
    starts_at: Mapped[datetime] = mapped_column(index=True)
    duration_minutes: Mapped[int] = mapped_column(default=60)
    mode: Mapped[MeetingMode] = mapped_column(str_enum(MeetingMode), default=MeetingMode.IN_PERSON)
    location: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)  # from a calendar invitation, or typed
    ics_uid: Mapped[str | None] = mapped_column(Text, index=True)  # stable calendar identity
    model: Mapped[str] = mapped_column(Text, default="free")  # key of a model in resources/
    objectives: Mapped[str | None] = mapped_column(Text)
    plan: Mapped[str | None] = mapped_column(Text)
    notes_by_stage: Mapped[dict | None] = mapped_column(JSON)
    attendance: Mapped[Attendance | None] = mapped_column(str_enum(Attendance))
    questioning_techniques: Mapped[str | None] = mapped_column(Text)
    feedback_given: Mapped[str | None] = mapped_column(Text)
    otj_hours: Mapped[float] = mapped_column(default=0.0)
    travel_avoided_km: Mapped[float] = mapped_column(default=0.0)
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    quick_note: Mapped[bool] = mapped_column(default=False)
    is_final: Mapped[bool] = mapped_column(default=False)
    finalised_at: Mapped[datetime | None]

    mentee: Mapped[Mentee] = relationship()
    ksbs: Mapped[list[Ksb]] = relationship(secondary=session_ksb)
    goals: Mapped[list[Goal]] = relationship(secondary=session_goal)
    actions: Mapped[list[ActionItem]] = relationship(
        back_populates="session", foreign_keys="ActionItem.session_id"
    )
    amendments: Mapped[list[SessionAmendment]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="SessionAmendment.made_at"
    )


class SessionAmendment(Base):
    """A change to a session after it was marked final: kept, never overwritten."""

    __tablename__ = "session_amendment"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("mentoring_session.id", ondelete="CASCADE"), index=True
    )
    made_at: Mapped[datetime] = mapped_column(default=utcnow)
    reason: Mapped[str] = mapped_column(Text)
    changes: Mapped[dict] = mapped_column(JSON)  # field -> {"from": ..., "to": ...}

    session: Mapped[MentoringSession] = relationship(back_populates="amendments")


class ActionItem(Timestamped, Base):
    """An action agreed at a session or review (the mentee's), or at the mentor's own
    supervision (no mentee)."""

    __tablename__ = "action_item"
    __table_args__ = (
        CheckConstraint(
            "mentee_id IS NOT NULL OR supervision_id IS NOT NULL", name="belongs_somewhere"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    mentee_id: Mapped[int | None] = mapped_column(
        ForeignKey("mentee.id", ondelete="CASCADE"), index=True
    )
    supervision_id: Mapped[int | None] = mapped_column(
        ForeignKey("supervision_record.id", ondelete="CASCADE"), index=True
    )
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("mentoring_session.id", ondelete="SET NULL"), index=True
    )
    review_id: Mapped[int | None] = mapped_column(
        ForeignKey("progress_review.id", ondelete="SET NULL"), index=True
    )
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(Text)
    due_date: Mapped[date | None]
    status: Mapped[ActionStatus] = mapped_column(
        str_enum(ActionStatus), default=ActionStatus.OPEN, index=True
    )
    closed_at: Mapped[datetime | None]
    outcome: Mapped[str | None] = mapped_column(Text)

    mentee: Mapped[Mentee | None] = relationship()
    session: Mapped[MentoringSession | None] = relationship(
        back_populates="actions", foreign_keys=[session_id]
    )


class ProgressReview(Timestamped, Base):
    """The (at least) 12-weekly progress review the funding rules ask for."""

    __tablename__ = "progress_review"

    id: Mapped[int] = mapped_column(primary_key=True)
    mentee_id: Mapped[int] = mapped_column(ForeignKey("mentee.id", ondelete="CASCADE"), index=True)
    held_on: Mapped[date] = mapped_column(index=True)
    period_start: Mapped[date | None]
    otj_hours_planned: Mapped[float | None]
    otj_hours_recorded: Mapped[float | None]
    actions_summary: Mapped[str | None] = mapped_column(Text)
    progress_summary: Mapped[str | None] = mapped_column(Text)
    concerns_mentee: Mapped[str | None] = mapped_column(Text)
    concerns_employer: Mapped[str | None] = mapped_column(Text)
    concerns_provider: Mapped[str | None] = mapped_column(Text)
    wellbeing_check: Mapped[str | None] = mapped_column(Text)
    safeguarding_check: Mapped[str | None] = mapped_column(Text)
    english_status: Mapped[str | None] = mapped_column(Text)
    maths_status: Mapped[str | None] = mapped_column(Text)
    changes_of_circumstance: Mapped[str | None] = mapped_column(Text)
    support_needs: Mapped[str | None] = mapped_column(Text)
    epa_readiness: Mapped[str | None] = mapped_column(Text)
    smart_targets: Mapped[str | None] = mapped_column(Text)
    comments_mentee: Mapped[str | None] = mapped_column(Text)
    comments_employer: Mapped[str | None] = mapped_column(Text)
    comments_mentor: Mapped[str | None] = mapped_column(Text)
    next_review_on: Mapped[date | None]
    is_final: Mapped[bool] = mapped_column(default=False)
    finalised_at: Mapped[datetime | None]

    mentee: Mapped[Mentee] = relationship()
    ksb_statuses: Mapped[list[ReviewKsbStatus]] = relationship(
        back_populates="review", cascade="all, delete-orphan"
    )
    signatures: Mapped[list[Signature]] = relationship(cascade="all, delete-orphan")


class ReviewKsbStatus(Base):
    __tablename__ = "review_ksb_status"

    review_id: Mapped[int] = mapped_column(
        ForeignKey("progress_review.id", ondelete="CASCADE"), primary_key=True
    )
    ksb_id: Mapped[int] = mapped_column(ForeignKey("ksb.id", ondelete="CASCADE"), primary_key=True)
    rag: Mapped[Rag] = mapped_column(str_enum(Rag))
    comment: Mapped[str | None] = mapped_column(Text)

    review: Mapped[ProgressReview] = relationship(back_populates="ksb_statuses")
    ksb: Mapped[Ksb] = relationship()
