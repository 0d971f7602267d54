"""The standards that ship with MentorDesk (``standards_data/``)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from mentordesk import paths
from mentordesk.standards.schema import ParsedStandard, load_file
from mentordesk.standards.store import ImportResult, install_reading_list, upsert_standard


def shipped_files() -> list[Path]:
    return sorted(
        p for p in paths.standards_data_dir().glob("*.json") if not p.name.endswith(".reading.json")
    )


def reading_list_files() -> list[Path]:
    return sorted(paths.standards_data_dir().glob("*.reading.json"))


def load_shipped() -> list[ParsedStandard]:
    out: list[ParsedStandard] = []
    for path in shipped_files():
        out.extend(load_file(path))
    return out


def install_shipped(db: Session) -> list[ImportResult]:
    results = [upsert_standard(db, std, shipped=True) for std in load_shipped()]
    for path in reading_list_files():
        install_reading_list(db, path)
    return results
