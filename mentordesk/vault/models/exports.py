"""What was exported, to whom and when: one row per encrypted package handed out."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Text
from sqlalchemy.orm import Mapped, mapped_column

from mentordesk.vault.models.base import Base


class ExportRecord(Base):
    """An export written (e.g. for an employer): what was chosen (a summary, never the
    content), for whom, how it was protected, and the encrypted file's name, size and hash."""

    __tablename__ = "export_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    made_at: Mapped[datetime] = mapped_column(index=True)
    kind: Mapped[str] = mapped_column(Text)  # employer, ...
    recipient: Mapped[str] = mapped_column(Text)  # who it is for, as the mentor named them
    encrypted_to: Mapped[str] = mapped_column(Text)  # "passphrase" or the age1… keys
    summary: Mapped[dict] = mapped_column(JSON)  # what was chosen: kinds, ids, dates
    file_name: Mapped[str] = mapped_column(Text)
    folder: Mapped[str] = mapped_column(Text)
    files: Mapped[int]  # files in the package
    size: Mapped[int]  # bytes of the encrypted file
    sha256: Mapped[str] = mapped_column(Text)  # of the encrypted file
