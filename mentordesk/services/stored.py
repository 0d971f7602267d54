"""Reading and writing the vault's stored formats from plain SQL.

Screens that must appear at once (dashboard, calendar) query the vault's own DB-API
connection without the ORM. The formats are SQLAlchemy's for SQLite: dates as
``YYYY-MM-DD``, datetimes as naive UTC ``YYYY-MM-DD HH:MM:SS.ffffff``, enums by value.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# Lists name a mentee by their full name, as the Mentees page does, so that the same person
# reads the same on every page (a preferred name is for talking to them, not for records).
MENTEE_NAME = "m.full_name"
# A standard's KSBs in its own order, K then S then B (with ``k.position`` after it), for a
# query that names the KSB table ``k``.
KSB_KIND_ORDER = "CASE k.kind WHEN 'K' THEN 0 WHEN 'S' THEN 1 ELSE 2 END"


def stored(moment: datetime) -> str:
    """An aware datetime as the text stored for it."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def moment(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def day_start(d: date) -> datetime:
    """Midnight at the start of a local calendar day, as an aware datetime."""
    return datetime.combine(d, datetime.min.time()).astimezone()


def day_end(d: date) -> datetime:
    """The last moment of a local calendar day, as an aware datetime."""
    return datetime.combine(d, datetime.max.time()).astimezone()


def dbapi(db: Session):
    """The DB-API connection under an ORM session, for the plain-SQL readers."""
    return db.connection().connection.driver_connection
