"""Attachments, the audit log and per-vault settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Index, LargeBinary, Text
from sqlalchemy.orm import Mapped, mapped_column

from mentordesk.vault.models.base import Base, utcnow


class Attachment(Base):
    """A file kept inside the encrypted database, never beside it."""

    __tablename__ = "attachment"
    __table_args__ = (Index("ix_attachment_owner", "owner_type", "owner_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_type: Mapped[str] = mapped_column(Text)  # table name of the owning record
    owner_id: Mapped[int]
    filename: Mapped[str] = mapped_column(Text)
    media_type: Mapped[str] = mapped_column(Text)
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(Text)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AuditEvent(Base):
    """One create/update/delete: names of changed fields, never their content, and a keyed
    digest of the record after the change; ``hash`` is the event's MAC (see vault.audit)."""

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    entity: Mapped[str] = mapped_column(Text, index=True)
    entity_id: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(Text)  # create / update / delete
    fields: Mapped[list] = mapped_column(JSON)
    digest: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(Text)
    hash: Mapped[str] = mapped_column(Text)


class VaultSetting(Base):
    __tablename__ = "vault_setting"

    key: Mapped[str] = mapped_column(Text, primary_key=True)
    value: Mapped[str] = mapped_column(Text)
