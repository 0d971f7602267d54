"""Apprenticeship standards: KSBs, duties and the duty->KSB mapping, and reading lists."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Integer, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentordesk.vault.enums import KsbKind
from mentordesk.vault.models.base import Base, Timestamped, str_enum

duty_ksb = Table(
    "duty_ksb",
    Base.metadata,
    Column("duty_id", ForeignKey("duty.id", ondelete="CASCADE"), primary_key=True),
    Column("ksb_id", ForeignKey("ksb.id", ondelete="CASCADE"), primary_key=True),
)


class Standard(Timestamped, Base):
    __tablename__ = "standard"
    __table_args__ = (UniqueConstraint("reference", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(Text)  # e.g. ST1379
    version: Mapped[str] = mapped_column(Text)  # e.g. 1.0
    title: Mapped[str] = mapped_column(Text)
    level: Mapped[int | None]
    status: Mapped[str | None] = mapped_column(Text)
    route: Mapped[str | None] = mapped_column(Text)
    shipped: Mapped[bool] = mapped_column(default=False)

    ksbs: Mapped[list[Ksb]] = relationship(
        back_populates="standard", cascade="all, delete-orphan", order_by="Ksb.position"
    )
    duties: Mapped[list[Duty]] = relationship(
        back_populates="standard", cascade="all, delete-orphan", order_by="Duty.position"
    )
    reading_items: Mapped[list[ReadingItem]] = relationship(
        back_populates="standard", cascade="all, delete-orphan", order_by="ReadingItem.position"
    )

    @property
    def label(self) -> str:
        level = f", level {self.level}" if self.level else ""
        return f"{self.reference} v{self.version} {self.title}{level}"


class Ksb(Base):
    __tablename__ = "ksb"
    __table_args__ = (UniqueConstraint("standard_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    standard_id: Mapped[int] = mapped_column(ForeignKey("standard.id", ondelete="CASCADE"))
    kind: Mapped[KsbKind] = mapped_column(str_enum(KsbKind))
    code: Mapped[str] = mapped_column(Text)  # K1, S3, B2 ...
    position: Mapped[int] = mapped_column(Integer)
    source_id: Mapped[str | None] = mapped_column(Text)  # GUID from the standards API
    detail: Mapped[str] = mapped_column(Text)
    retired: Mapped[bool] = mapped_column(default=False)

    standard: Mapped[Standard] = relationship(back_populates="ksbs")
    duties: Mapped[list[Duty]] = relationship(secondary=duty_ksb, back_populates="ksbs")


class Duty(Base):
    __tablename__ = "duty"
    __table_args__ = (UniqueConstraint("standard_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    standard_id: Mapped[int] = mapped_column(ForeignKey("standard.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(Text)  # D1 ...
    position: Mapped[int] = mapped_column(Integer)
    source_id: Mapped[str | None] = mapped_column(Text)
    detail: Mapped[str] = mapped_column(Text)

    standard: Mapped[Standard] = relationship(back_populates="duties")
    ksbs: Mapped[list[Ksb]] = relationship(
        secondary=duty_ksb, back_populates="duties", order_by="Ksb.position"
    )


class ReadingItem(Base):
    __tablename__ = "reading_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    standard_id: Mapped[int] = mapped_column(ForeignKey("standard.id", ondelete="CASCADE"))
    duty_id: Mapped[int | None] = mapped_column(ForeignKey("duty.id", ondelete="SET NULL"))
    group_no: Mapped[int]
    position: Mapped[int]
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)

    standard: Mapped[Standard] = relationship(back_populates="reading_items")
    duty: Mapped[Duty | None] = relationship()
