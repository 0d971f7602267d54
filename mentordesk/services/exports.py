"""The vault's record of exports handed out: when, what kind, for whom, how protected, what
was chosen (ids, dates, kinds: no content), and the encrypted file's name, size and hash."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from mentordesk.vault.models import ExportRecord, Mentee

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

EMPLOYER = "employer"
SUBJECT = "subject access"  # everything held about one mentee (UK GDPR art. 15)
PASSPHRASE = "passphrase"


@dataclass(frozen=True)
class ExportRow:
    id: int
    made_at: datetime
    kind: str
    recipient: str
    encrypted_to: str
    summary: dict[str, Any]
    mentees: tuple[str, ...]  # names of the mentees included who are still in the vault
    file_name: str
    folder: str
    files: int
    size: int
    sha256: str

    @property
    def path(self) -> Path:
        return Path(self.folder) / self.file_name

    @property
    def by_passphrase(self) -> bool:
        return self.encrypted_to == PASSPHRASE

    @property
    def what(self) -> str:
        """One line in English: who, which period, which records."""
        from mentordesk.services.disclosure.choice import describe

        return describe(self.summary, list(self.mentees))


def record_export(
    db: Session,
    *,
    kind: str,
    recipient: str,
    encrypted_to: str,
    summary: dict[str, Any],
    path: Path,
    files: int,
    size: int,
    sha256: str,
    now: datetime,
) -> int:
    """Note an export just written; returns its id."""
    row = ExportRecord(
        made_at=now,
        kind=kind,
        recipient=recipient.strip(),
        encrypted_to=encrypted_to,
        summary=summary,
        file_name=path.name,
        folder=str(path.parent.resolve()),
        files=files,
        size=size,
        sha256=sha256,
    )
    db.add(row)
    db.flush()
    return row.id


def list_exports(db: Session) -> list[ExportRow]:
    """Every export recorded, newest first."""
    records = list(
        db.scalars(
            select(ExportRecord).order_by(ExportRecord.made_at.desc(), ExportRecord.id.desc())
        )
    )
    names = {m_id: name for m_id, name in db.execute(select(Mentee.id, Mentee.full_name))}
    out = []
    for r in records:
        ids = [i for i in (r.summary or {}).get("mentee_ids", []) if isinstance(i, int)]
        out.append(
            ExportRow(
                id=r.id,
                made_at=r.made_at,
                kind=r.kind,
                recipient=r.recipient,
                encrypted_to=r.encrypted_to,
                summary=dict(r.summary or {}),
                mentees=tuple(names[i] for i in ids if i in names),
                file_name=r.file_name,
                folder=r.folder,
                files=r.files,
                size=r.size,
                sha256=r.sha256,
            )
        )
    return out
