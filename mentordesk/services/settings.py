"""Per-vault settings that belong with the records (not with the computer)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mentordesk.errors import ValidationError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

REVIEW_INTERVAL_WEEKS = "review_interval_weeks"
DEFAULTS = {REVIEW_INTERVAL_WEEKS: "12"}


def get(db: Session, key: str) -> str:
    from mentordesk.vault.models import VaultSetting  # this module's constants need no ORM

    row = db.get(VaultSetting, key)
    return row.value if row else DEFAULTS[key]


def review_interval_weeks(db: Session) -> int:
    return int(get(db, REVIEW_INTERVAL_WEEKS))


def set_review_interval_weeks(db: Session, weeks: int) -> None:
    if not 1 <= weeks <= 12:
        raise ValidationError(
            REVIEW_INTERVAL_WEEKS, "Progress reviews must be held at least every 12 weeks."
        )
    from mentordesk.vault.models import VaultSetting

    row = db.get(VaultSetting, REVIEW_INTERVAL_WEEKS) or VaultSetting(key=REVIEW_INTERVAL_WEEKS)
    row.value = str(weeks)
    db.add(row)
    db.flush()
