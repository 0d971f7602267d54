"""The mentor's reflective practice: reflections (and their amendments once final),
supervision, the values statement's versions, the reading log and the CPD log.

Columns added after the first schema are nullable and start empty, so adding them left
every record's audit digest as it was (see ``vault.digest``).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, CheckConstraint, Column, ForeignKey, Index, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentordesk.vault.enums import ReadingStatus, SupervisionKind
from mentordesk.vault.models.base import Base, Timestamped, str_enum, utcnow
from mentordesk.vault.models.sessions import MentoringSession
from mentordesk.vault.models.standards import Ksb, ReadingItem


def _link(name: str, owner: str, other: str, other_table: str) -> Table:
    """A link table owned by its first column's record (the audit digest counts it there)."""
    return Table(
        name,
        Base.metadata,
        Column(
            owner,
            ForeignKey(f"{owner.removesuffix('_id')}.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        Column(
            other, ForeignKey(f"{other_table}.id", ondelete="CASCADE"), primary_key=True, index=True
        ),
    )


reflection_session = Table(
    "reflection_session",
    Base.metadata,
    Column("reflection_id", ForeignKey("reflection.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "session_id",
        ForeignKey("mentoring_session.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
)

reflection_ksb = Table(
    "reflection_ksb",
    Base.metadata,
    Column("reflection_id", ForeignKey("reflection.id", ondelete="CASCADE"), primary_key=True),
    Column("ksb_id", ForeignKey("ksb.id", ondelete="CASCADE"), primary_key=True),
)

reflection_supervision = _link(
    "reflection_supervision", "reflection_id", "supervision_id", "supervision_record"
)
reflection_cpd = _link("reflection_cpd", "reflection_id", "cpd_id", "cpd_entry")
reflection_reading = _link("reflection_reading", "reflection_id", "reading_id", "reading_entry")

cpd_ksb = Table(
    "cpd_ksb",
    Base.metadata,
    Column("cpd_id", ForeignKey("cpd_entry.id", ondelete="CASCADE"), primary_key=True),
    Column("ksb_id", ForeignKey("ksb.id", ondelete="CASCADE"), primary_key=True),
)


class Reflection(Timestamped, Base):
    """A reflection: a draft until ``finalised_at`` is set, then changed only by amendment."""

    __tablename__ = "reflection"
    # The list reads this index alone, never the rows with their words.
    __table_args__ = (
        Index("ix_reflection_list", "occurred_on", "id", "title", "model", "finalised_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    model: Mapped[str] = mapped_column(Text)  # key of a file in resources/reflection_models
    occurred_on: Mapped[date]
    stages: Mapped[dict] = mapped_column(JSON, default=dict)  # stage key -> text
    mentee_id: Mapped[int | None] = mapped_column(
        ForeignKey("mentee.id", ondelete="SET NULL"), index=True
    )
    # Words written under an earlier model that have no stage in this one: kept, shown.
    carried: Mapped[str | None] = mapped_column(Text)
    # De-identification findings the mentor looked at and accepted (their matched text).
    accepted: Mapped[list | None] = mapped_column(JSON)
    finalised_at: Mapped[datetime | None]

    sessions: Mapped[list[MentoringSession]] = relationship(secondary=reflection_session)
    ksbs: Mapped[list[Ksb]] = relationship(secondary=reflection_ksb)
    supervisions: Mapped[list[SupervisionRecord]] = relationship(secondary=reflection_supervision)
    cpd_entries: Mapped[list[CpdEntry]] = relationship(secondary=reflection_cpd)
    reading: Mapped[list[ReadingEntry]] = relationship(secondary=reflection_reading)
    amendments: Mapped[list[ReflectionAmendment]] = relationship(
        back_populates="reflection",
        cascade="all, delete-orphan",
        order_by="ReflectionAmendment.made_at",
    )

    @property
    def is_final(self) -> bool:
        return self.finalised_at is not None


class ReflectionAmendment(Base):
    """A change to a final reflection: kept with its time and reason, never overwritten."""

    __tablename__ = "reflection_amendment"

    id: Mapped[int] = mapped_column(primary_key=True)
    reflection_id: Mapped[int] = mapped_column(
        ForeignKey("reflection.id", ondelete="CASCADE"), index=True
    )
    made_at: Mapped[datetime] = mapped_column(default=utcnow)
    reason: Mapped[str] = mapped_column(Text)
    changes: Mapped[dict] = mapped_column(JSON)  # field -> {"from": ..., "to": ...}

    reflection: Mapped[Reflection] = relationship(back_populates="amendments")


class SupervisionRecord(Timestamped, Base):
    """The mentor's own supervision; its agreed actions are action items (no mentee)."""

    __tablename__ = "supervision_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    held_on: Mapped[date] = mapped_column(index=True)
    supervisor: Mapped[str] = mapped_column(Text)
    duration_minutes: Mapped[int | None]
    topics: Mapped[str | None] = mapped_column(Text)  # the themes
    feedback: Mapped[str | None] = mapped_column(Text)
    actions: Mapped[str | None] = mapped_column(Text)  # actions noted as text, before items
    wellbeing: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[SupervisionKind | None] = mapped_column(str_enum(SupervisionKind))
    discussed: Mapped[str | None] = mapped_column(Text)  # private: never shared


class ValuesStatement(Timestamped, Base):
    """One dated version of the mentor's values statement; a new version is a new row."""

    __tablename__ = "values_statement"

    id: Mapped[int] = mapped_column(primary_key=True)
    written_on: Mapped[date] = mapped_column(index=True)
    statement: Mapped[str] = mapped_column(Text)
    # [{"name": "Respect", "words": ["respect", "dignity"]}, ...]: what to look for in practice
    values: Mapped[list] = mapped_column(JSON, default=list)


class ReadingEntry(Timestamped, Base):
    """The mentor's log of one source: from the standard's reading list or their own."""

    __tablename__ = "reading_entry"
    __table_args__ = (CheckConstraint("hours IS NULL OR hours >= 0", name="hours_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    reading_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("reading_item.id", ondelete="SET NULL"), unique=True
    )
    title: Mapped[str] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)  # author, publisher, address
    status: Mapped[ReadingStatus] = mapped_column(
        str_enum(ReadingStatus), default=ReadingStatus.TO_READ
    )
    read_on: Mapped[date | None]
    hours: Mapped[float | None]
    notes: Mapped[str | None] = mapped_column(Text)
    changed_practice: Mapped[str | None] = mapped_column(Text)

    item: Mapped[ReadingItem | None] = relationship()


class CpdEntry(Timestamped, Base):
    __tablename__ = "cpd_entry"
    __table_args__ = (
        CheckConstraint("hours >= 0", name="hours_not_negative"),
        CheckConstraint("ended_on IS NULL OR ended_on >= occurred_on", name="ends_after_start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_on: Mapped[date] = mapped_column(index=True)
    title: Mapped[str] = mapped_column(Text)
    activity_type: Mapped[str] = mapped_column(Text)  # a CpdKind value
    hours: Mapped[float] = mapped_column(default=0.0)
    provider: Mapped[str | None] = mapped_column(Text)
    what_i_learned: Mapped[str | None] = mapped_column(Text)
    impact_on_practice: Mapped[str | None] = mapped_column(Text)
    ended_on: Mapped[date | None]
    participatory: Mapped[bool | None]  # with others (NMC's "participatory"); None: no
    # Set when the entry was made from a supervision or a reading log entry (one each).
    supervision_id: Mapped[int | None] = mapped_column(
        ForeignKey("supervision_record.id", ondelete="SET NULL"), unique=True
    )
    reading_id: Mapped[int | None] = mapped_column(
        ForeignKey("reading_entry.id", ondelete="SET NULL"), unique=True
    )

    ksbs: Mapped[list[Ksb]] = relationship(secondary=cpd_ksb)
