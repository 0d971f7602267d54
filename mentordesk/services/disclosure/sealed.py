"""Seal an export's files into one age-encrypted package and note it in the vault: the one
last step of every export (employer, subject access)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class ExportDone:
    """What was written: where, how big, its SHA-256, how many files, what was chosen."""

    id: int
    path: Path
    size: int
    sha256: str
    files: int
    summary: dict[str, Any]
    by_passphrase: bool


def seal_and_record(
    db: Session,
    members: list[tuple[str, bytes]],
    out: Path,
    *,
    kind: str,
    title: str,
    readme: str,
    summary: dict[str, Any],
    now: datetime,
    recipients: Sequence[str],
    passphrase: str | None,
    recipient_label: str,
) -> ExportDone:
    """Write the package to ``out`` and record it (in ``db``'s transaction)."""
    from mentordesk.backup.package import write_package
    from mentordesk.services import exports

    keys = [r.strip() for r in recipients if r.strip()]
    info = write_package(
        Path(out),
        members,
        recipients=keys,
        passphrase=passphrase,
        readme=readme,
        title=title,
        made_at=now,
        chosen=summary,
    )
    record_id = exports.record_export(
        db,
        kind=kind,
        recipient=recipient_label,
        encrypted_to=exports.PASSPHRASE if passphrase is not None else ", ".join(keys),
        summary=summary,
        path=info.path,
        files=info.files,
        size=info.size,
        sha256=info.sha256,
        now=now,
    )
    return ExportDone(
        record_id, info.path, info.size, info.sha256, info.files, summary, passphrase is not None
    )
