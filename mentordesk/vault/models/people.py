"""The mentor, mentees and the people around them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentordesk.vault.enums import MenteeStatus, StakeholderRole
from mentordesk.vault.models.base import Base, Timestamped, str_enum
from mentordesk.vault.models.standards import Standard


class MentorProfile(Timestamped, Base):
    """The one mentor who owns this vault."""

    __tablename__ = "mentor_profile"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    full_name: Mapped[str] = mapped_column(Text)
    organisation: Mapped[str | None] = mapped_column(Text)
    role: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    standard_id: Mapped[int | None] = mapped_column(ForeignKey("standard.id"))

    standard: Mapped[Standard | None] = relationship()


class Mentee(Timestamped, Base):
    __tablename__ = "mentee"
    __table_args__ = (
        CheckConstraint("otj_hours_target >= 0", name="otj_target_not_negative"),
        CheckConstraint(
            "planned_end_date IS NULL OR start_date IS NULL OR planned_end_date > start_date",
            name="end_after_start",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(Text)
    preferred_name: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(Text)
    job_title: Mapped[str | None] = mapped_column(Text)
    employer: Mapped[str | None] = mapped_column(Text)
    standard_id: Mapped[int | None] = mapped_column(ForeignKey("standard.id"), index=True)
    start_date: Mapped[date | None]
    planned_end_date: Mapped[date | None]
    otj_hours_target: Mapped[float] = mapped_column(default=0.0)
    status: Mapped[MenteeStatus] = mapped_column(
        str_enum(MenteeStatus), default=MenteeStatus.ACTIVE, index=True
    )
    notes: Mapped[str | None] = mapped_column(Text)

    standard: Mapped[Standard | None] = relationship()
    stakeholders: Mapped[list[Stakeholder]] = relationship(
        back_populates="mentee", cascade="all, delete-orphan"
    )

    @property
    def display_name(self) -> str:
        return self.preferred_name or self.full_name


class Stakeholder(Timestamped, Base):
    __tablename__ = "stakeholder"

    id: Mapped[int] = mapped_column(primary_key=True)
    mentee_id: Mapped[int] = mapped_column(ForeignKey("mentee.id", ondelete="CASCADE"), index=True)
    role: Mapped[StakeholderRole] = mapped_column(str_enum(StakeholderRole))
    role_other: Mapped[str | None] = mapped_column(Text)
    name: Mapped[str] = mapped_column(Text)
    organisation: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(Text)
    needs: Mapped[str | None] = mapped_column(Text)  # their needs or expectations

    mentee: Mapped[Mentee] = relationship(back_populates="stakeholders")
