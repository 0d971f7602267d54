"""Seal an export's files into one age-encrypted package and note it in the vault: the one
last step of every export (employer, subject access)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from mentordesk.backup.package import PackageInfo


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
) -> tuple[int, PackageInfo]:
    """Write the package to ``out`` and record it (in ``db``'s transaction): (record id, info)."""
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
    return record_id, info
