"""The evidence trail: KSB evidence and ratings, and evaluations of the mentoring."""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentordesk.vault.enums import Judgement, Rater
from mentordesk.vault.models.base import Base, Timestamped, str_enum
from mentordesk.vault.models.people import Mentee
from mentordesk.vault.models.standards import Ksb


class EvidenceItem(Timestamped, Base):
    """A piece of evidence; ``mentee_id`` None means it is the mentor's own."""

    __tablename__ = "evidence_item"
    # The pieces still to judge and sign off (a session's own record is not signed off),
    # so the dashboard counts them without reading every piece of evidence.
    __table_args__ = (
        Index(
            "ix_evidence_item_unsigned",
            "mentee_id",
            sqlite_where=text("signed_off_on IS NULL AND kind <> 'session'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    mentee_id: Mapped[int | None] = mapped_column(
        ForeignKey("mentee.id", ondelete="CASCADE"), index=True
    )
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("mentoring_session.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(Text, default="observation")
    description: Mapped[str | None] = mapped_column(Text)
    occurred_on: Mapped[date]
    # Added by 0011 (nullable, so no earlier record's digest changed): who observed or
    # witnessed it, and the day the mentor signed off its judgements.
    observer: Mapped[str | None] = mapped_column(Text)
    signed_off_on: Mapped[date | None]

    mentee: Mapped[Mentee | None] = relationship()
    links: Mapped[list[EvidenceKsbLink]] = relationship(
        back_populates="evidence", cascade="all, delete-orphan"
    )


class EvidenceKsbLink(Base):
    __tablename__ = "evidence_ksb"

    evidence_id: Mapped[int] = mapped_column(
        ForeignKey("evidence_item.id", ondelete="CASCADE"), primary_key=True
    )
    ksb_id: Mapped[int] = mapped_column(
        ForeignKey("ksb.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    comment: Mapped[str | None] = mapped_column(Text)
    # The mentor's judgement of this evidence against this KSB (None: not judged yet).
    judgement: Mapped[Judgement | None] = mapped_column(str_enum(Judgement))

    evidence: Mapped[EvidenceItem] = relationship(back_populates="links")
    ksb: Mapped[Ksb] = relationship()


class KsbRating(Base):
    """One rating of one KSB at one time (0 = not yet ... 4 = fully competent)."""

    __tablename__ = "ksb_rating"
    __table_args__ = (CheckConstraint("rating BETWEEN 0 AND 4", name="rating_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    mentee_id: Mapped[int | None] = mapped_column(
        ForeignKey("mentee.id", ondelete="CASCADE"), index=True
    )
    ksb_id: Mapped[int] = mapped_column(ForeignKey("ksb.id", ondelete="CASCADE"))
    # Set when the rating is part of a contract's starting-point skills scan.
    contract_id: Mapped[int | None] = mapped_column(
        ForeignKey("contract.id", ondelete="SET NULL"), index=True
    )
    rated_on: Mapped[date]
    rated_by: Mapped[Rater] = mapped_column(str_enum(Rater))
    rating: Mapped[int]
    note: Mapped[str | None] = mapped_column(Text)

    ksb: Mapped[Ksb] = relationship()


class Evaluation(Timestamped, Base):
    """An evaluation of the mentoring relationship, a session or the programme."""

    __tablename__ = "evaluation"

    id: Mapped[int] = mapped_column(primary_key=True)
    mentee_id: Mapped[int | None] = mapped_column(
        ForeignKey("mentee.id", ondelete="CASCADE"), index=True
    )
    subject: Mapped[str] = mapped_column(Text)  # relationship / session / programme
    completed_on: Mapped[date]
    completed_by: Mapped[str] = mapped_column(Text)  # mentee / mentor / employer
    scores: Mapped[dict] = mapped_column(JSON, default=dict)
    comments: Mapped[str | None] = mapped_column(Text)
