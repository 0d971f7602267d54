"""Mentoring contracts (versioned), their barriers, consents, goals and signatures."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Column,
    ForeignKey,
    LargeBinary,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentordesk.vault.enums import (
    BarrierKind,
    ContractStatus,
    GoalStatus,
    MeetingMode,
    SignatureMethod,
    SignerRole,
)
from mentordesk.vault.models.base import Base, Timestamped, str_enum
from mentordesk.vault.models.people import Mentee, Stakeholder
from mentordesk.vault.models.standards import Ksb


class Contract(Timestamped, Base):
    __tablename__ = "contract"
    __table_args__ = (
        UniqueConstraint("mentee_id", "version"),
        CheckConstraint("meeting_every_days IS NULL OR meeting_every_days > 0", name="cadence"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    mentee_id: Mapped[int] = mapped_column(ForeignKey("mentee.id", ondelete="CASCADE"), index=True)
    version: Mapped[int]
    status: Mapped[ContractStatus] = mapped_column(
        str_enum(ContractStatus), default=ContractStatus.DRAFT
    )
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("contract.id"))
    starting_point: Mapped[str | None] = mapped_column(Text)
    prior_learning: Mapped[str | None] = mapped_column(Text)
    support_needs: Mapped[str | None] = mapped_column(Text)
    boundaries: Mapped[str | None] = mapped_column(Text)
    mentor_will: Mapped[str | None] = mapped_column(Text)
    mentor_will_not: Mapped[str | None] = mapped_column(Text)
    contact_arrangements: Mapped[str | None] = mapped_column(Text)
    confidentiality_terms: Mapped[str | None] = mapped_column(Text)
    safeguarding_limit: Mapped[str | None] = mapped_column(Text)
    records_kept: Mapped[str | None] = mapped_column(Text)
    meeting_every_days: Mapped[int | None]
    meeting_mode: Mapped[MeetingMode | None] = mapped_column(str_enum(MeetingMode))
    meeting_minutes: Mapped[int | None]
    wizard_state: Mapped[dict | None] = mapped_column(JSON)  # resumable draft position
    agreed_at: Mapped[datetime | None]

    mentee: Mapped[Mentee] = relationship()
    barriers: Mapped[list[ContractBarrier]] = relationship(
        back_populates="contract", cascade="all, delete-orphan"
    )
    consents: Mapped[list[DataSharingConsent]] = relationship(
        back_populates="contract", cascade="all, delete-orphan"
    )
    goals: Mapped[list[Goal]] = relationship(back_populates="contract")
    signatures: Mapped[list[Signature]] = relationship(
        back_populates="contract", cascade="all, delete-orphan"
    )


class ContractBarrier(Base):
    __tablename__ = "contract_barrier"

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(
        ForeignKey("contract.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[BarrierKind] = mapped_column(str_enum(BarrierKind))
    description: Mapped[str | None] = mapped_column(Text)
    agreed_support: Mapped[str | None] = mapped_column(Text)
    adjustments: Mapped[str | None] = mapped_column(Text)

    contract: Mapped[Contract] = relationship(back_populates="barriers")


class DataSharingConsent(Base):
    __tablename__ = "data_sharing_consent"
    __table_args__ = (UniqueConstraint("contract_id", "stakeholder_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(ForeignKey("contract.id", ondelete="CASCADE"))
    stakeholder_id: Mapped[int] = mapped_column(ForeignKey("stakeholder.id", ondelete="CASCADE"))
    consent_given: Mapped[bool] = mapped_column(default=False)
    what_is_shared: Mapped[str | None] = mapped_column(Text)

    contract: Mapped[Contract] = relationship(back_populates="consents")
    stakeholder: Mapped[Stakeholder] = relationship()


goal_ksb = Table(
    "goal_ksb",
    Base.metadata,
    Column("goal_id", ForeignKey("goal.id", ondelete="CASCADE"), primary_key=True),
    Column("ksb_id", ForeignKey("ksb.id", ondelete="CASCADE"), primary_key=True),
)


class Goal(Timestamped, Base):
    """A SMART development goal, optionally scaled for goal-attainment scoring."""

    __tablename__ = "goal"
    __table_args__ = (
        CheckConstraint(
            "attained_level IS NULL OR attained_level BETWEEN -2 AND 2", name="attained_range"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    mentee_id: Mapped[int] = mapped_column(ForeignKey("mentee.id", ondelete="CASCADE"), index=True)
    contract_id: Mapped[int | None] = mapped_column(
        ForeignKey("contract.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(Text)
    specific: Mapped[str | None] = mapped_column(Text)
    measure: Mapped[str | None] = mapped_column(Text)
    achievable_because: Mapped[str | None] = mapped_column(Text)
    relevant_to: Mapped[str | None] = mapped_column(Text)
    target_date: Mapped[date | None]
    status: Mapped[GoalStatus] = mapped_column(str_enum(GoalStatus), default=GoalStatus.OPEN)
    attained_level: Mapped[int | None]

    contract: Mapped[Contract | None] = relationship(back_populates="goals")
    ksbs: Mapped[list[Ksb]] = relationship(secondary=goal_ksb)
    attainment_levels: Mapped[list[GoalAttainmentLevel]] = relationship(
        back_populates="goal", cascade="all, delete-orphan", order_by="GoalAttainmentLevel.level"
    )


class GoalAttainmentLevel(Base):
    __tablename__ = "goal_attainment_level"
    __table_args__ = (
        UniqueConstraint("goal_id", "level"),
        CheckConstraint("level BETWEEN -2 AND 2", name="level_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"))
    level: Mapped[int]
    description: Mapped[str] = mapped_column(Text)

    goal: Mapped[Goal] = relationship(back_populates="attainment_levels")


class Signature(Base):
    """A signature captured on this device, for a contract or a progress review."""

    __tablename__ = "signature"
    __table_args__ = (
        CheckConstraint(
            "(contract_id IS NOT NULL) + (review_id IS NOT NULL) = 1", name="one_document"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int | None] = mapped_column(
        ForeignKey("contract.id", ondelete="CASCADE"), index=True
    )
    review_id: Mapped[int | None] = mapped_column(
        ForeignKey("progress_review.id", ondelete="CASCADE"), index=True
    )
    signer_role: Mapped[SignerRole] = mapped_column(str_enum(SignerRole))
    signer_name: Mapped[str] = mapped_column(Text)
    method: Mapped[SignatureMethod] = mapped_column(str_enum(SignatureMethod))
    image_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    signed_at: Mapped[datetime]

    contract: Mapped[Contract | None] = relationship(back_populates="signatures")
