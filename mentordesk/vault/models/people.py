"""The mentor, mentees and the people around them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentordesk.vault.enums import MenteeStatus, StakeholderRole
from mentordesk.vault.models.base import Base, Timestamped, str_enum
from mentordesk.vault.models.standards import Standard
from mentordesk.vault.otj import effective_otj_target


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
        CheckConstraint(
            "otj_reduction_hours IS NULL OR "
            "(otj_reduction_hours >= 0 AND otj_reduction_hours <= otj_hours_target)",
            name="otj_reduction_within_target",
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
    # What training providers ask for. The ULN is the Learning Records Service's number.
    uln: Mapped[str | None] = mapped_column(Text)
    provider_name: Mapped[str | None] = mapped_column(Text)
    provider_contact: Mapped[str | None] = mapped_column(Text)
    provider_email: Mapped[str | None] = mapped_column(Text)
    provider_phone: Mapped[str | None] = mapped_column(Text)
    # The line manager is one of the mentee's stakeholders, so a contract names the same
    # person. (The key is added after both tables exist: each table points at the other.)
    line_manager_id: Mapped[int | None] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="SET NULL", use_alter=True)
    )
    support_needs: Mapped[str | None] = mapped_column(Text)  # private: never shared
    prior_learning: Mapped[str | None] = mapped_column(Text)
    otj_reduction_hours: Mapped[float | None]  # off-the-job hours prior learning removes

    standard: Mapped[Standard | None] = relationship()
    stakeholders: Mapped[list[Stakeholder]] = relationship(
        back_populates="mentee",
        cascade="all, delete-orphan",
        foreign_keys="Stakeholder.mentee_id",
    )
    line_manager: Mapped[Stakeholder | None] = relationship(
        foreign_keys=[line_manager_id], viewonly=True
    )

    @property
    def display_name(self) -> str:
        return self.preferred_name or self.full_name

    @property
    def effective_otj_target(self) -> float:
        """The off-the-job hours still to do: the target less what prior learning removes."""
        return effective_otj_target(self.otj_hours_target, self.otj_reduction_hours)


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

    mentee: Mapped[Mentee] = relationship(back_populates="stakeholders", foreign_keys=[mentee_id])
