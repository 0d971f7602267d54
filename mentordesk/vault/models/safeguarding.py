"""Safeguarding concerns, their chronology, and referrals to other services."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentordesk.vault.enums import ConcernStatus, ReferralStatus, RiskLevel
from mentordesk.vault.models.base import Base, Timestamped, str_enum
from mentordesk.vault.models.people import Mentee


class SafeguardingConcern(Timestamped, Base):
    __tablename__ = "safeguarding_concern"

    id: Mapped[int] = mapped_column(primary_key=True)
    mentee_id: Mapped[int] = mapped_column(ForeignKey("mentee.id", ondelete="CASCADE"), index=True)
    raised_at: Mapped[datetime]
    category: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text)
    risk: Mapped[RiskLevel] = mapped_column(str_enum(RiskLevel), default=RiskLevel.LOW)
    status: Mapped[ConcernStatus] = mapped_column(
        str_enum(ConcernStatus), default=ConcernStatus.OPEN
    )
    dsl_informed_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]

    mentee: Mapped[Mentee] = relationship()
    chronology: Mapped[list[ChronologyEntry]] = relationship(
        back_populates="concern",
        cascade="all, delete-orphan",
        order_by="ChronologyEntry.occurred_at",
    )
    referrals: Mapped[list[Referral]] = relationship(back_populates="concern")


class ChronologyEntry(Base):
    __tablename__ = "chronology_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    concern_id: Mapped[int] = mapped_column(
        ForeignKey("safeguarding_concern.id", ondelete="CASCADE"), index=True
    )
    occurred_at: Mapped[datetime]
    entry_type: Mapped[str] = mapped_column(Text)  # disclosure, observation, contact, decision
    description: Mapped[str] = mapped_column(Text)
    action_taken: Mapped[str | None] = mapped_column(Text)

    concern: Mapped[SafeguardingConcern] = relationship(back_populates="chronology")


class Referral(Timestamped, Base):
    __tablename__ = "referral"

    id: Mapped[int] = mapped_column(primary_key=True)
    mentee_id: Mapped[int] = mapped_column(ForeignKey("mentee.id", ondelete="CASCADE"), index=True)
    concern_id: Mapped[int | None] = mapped_column(
        ForeignKey("safeguarding_concern.id", ondelete="SET NULL")
    )
    made_on: Mapped[date]
    service: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    consent_obtained: Mapped[bool] = mapped_column(default=False)
    status: Mapped[ReferralStatus] = mapped_column(
        str_enum(ReferralStatus), default=ReferralStatus.MADE
    )
    outcome: Mapped[str | None] = mapped_column(Text)

    concern: Mapped[SafeguardingConcern | None] = relationship(back_populates="referrals")
