"""What the end-point assessment gateway asks beyond the evidence: English and maths,
the employer's confirmation, the portfolio assembled, and (for ST1379) the sessions to be
observed, each with its consent recorded."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from mentordesk.vault.enums import ObservationKind
from mentordesk.vault.models.base import Base, Timestamped, str_enum


class GatewayRecord(Timestamped, Base):
    """One mentee's gateway facts; a mentee without a row has none of them recorded."""

    __tablename__ = "gateway_record"

    mentee_id: Mapped[int] = mapped_column(
        ForeignKey("mentee.id", ondelete="CASCADE"), primary_key=True
    )
    english_required: Mapped[bool] = mapped_column(default=False)
    english_achieved_on: Mapped[date | None]
    maths_required: Mapped[bool] = mapped_column(default=False)
    maths_achieved_on: Mapped[date | None]
    employer_confirmed_on: Mapped[date | None]
    employer_confirmed_by: Mapped[str | None] = mapped_column(Text)
    portfolio_assembled_on: Mapped[date | None]
    notes: Mapped[str | None] = mapped_column(Text)


class EpaObservation(Timestamped, Base):
    """A session of the mentee's own mentoring planned for the assessment's observation
    evidence log: live or recorded, with the consent of those in it."""

    __tablename__ = "epa_observation"

    id: Mapped[int] = mapped_column(primary_key=True)
    mentee_id: Mapped[int] = mapped_column(ForeignKey("mentee.id", ondelete="CASCADE"), index=True)
    kind: Mapped[ObservationKind] = mapped_column(str_enum(ObservationKind))
    held_on: Mapped[date | None]
    description: Mapped[str] = mapped_column(Text)
    consent_recorded_on: Mapped[date | None]
    consent_from: Mapped[str | None] = mapped_column(Text)
