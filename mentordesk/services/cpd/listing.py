"""The CPD log as a list and as totals, read with plain SQL over the vault's connection (no
ORM objects), so ten thousand entries list at once.

Totals count an entry on the day it started (``occurred_on``), whatever its end date:

- per calendar year: 1 January to 31 December;
- over the three years ending on a day (:func:`three_years_to`): from the day after the
  same date three years before, through that day, both ends included. Three years before
  29 February is taken as 28 February (there is none), so the window starts on 1 March.

The targets are the NMC's for revalidation: 35 hours, 20 of them participatory (done with
others), in the three years.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from mentordesk.services.stored import day as _day

if TYPE_CHECKING:
    import sqlcipher3.dbapi2 as sqlcipher

TARGET_HOURS = 35.0
TARGET_PARTICIPATORY = 20.0
WINDOW_YEARS = 3


@dataclass(frozen=True)
class CpdRow:
    """One entry as the log lists it."""

    id: int
    occurred_on: date
    ended_on: date | None
    title: str
    kind: str  # a CpdKind value, or an older vault's own word
    participatory: bool
    hours: float
    provider: str
    ksbs: str  # the KSB codes, "K14, S13"
    files: int
    source: str  # "supervision", "reading", or "" (typed in)


# Each entry's KSB codes and file count by correlated subqueries (each a lookup by index):
# faster on ten thousand entries than joining aggregates made of every link first.
_ROWS = """
SELECT e.id, e.occurred_on, e.ended_on, e.title, e.activity_type, e.participatory, e.hours,
       e.provider,
       (SELECT group_concat(code, ', ') FROM (
            SELECT k.code FROM cpd_ksb ck JOIN ksb k ON k.id = ck.ksb_id
            WHERE ck.cpd_id = e.id ORDER BY instr('KSB', k.kind), k.position)),
       (SELECT count(*) FROM attachment a
        WHERE a.owner_type = 'cpd_entry' AND a.owner_id = e.id),
       e.supervision_id, e.reading_id
FROM cpd_entry e
"""


def list_entries(
    conn: sqlcipher.Connection, start: date | None = None, end: date | None = None
) -> list[CpdRow]:
    """Every entry (or those that started from ``start`` through ``end``), latest first."""
    where, args = _between(start, end)
    rows = conn.execute(f"{_ROWS} {where} ORDER BY e.occurred_on DESC, e.id DESC", args)
    return [
        CpdRow(
            id=r[0],
            occurred_on=date.fromisoformat(r[1]),
            ended_on=_day(r[2]),
            title=r[3],
            kind=r[4],
            participatory=bool(r[5]),
            hours=r[6],
            provider=r[7] or "",
            ksbs=r[8] or "",
            files=r[9],
            source="supervision" if r[10] is not None else "reading" if r[11] is not None else "",
        )
        for r in rows
    ]


def _between(start: date | None, end: date | None, column: str = "e.occurred_on"):
    parts, args = [], []
    if start is not None:
        parts.append(f"{column} >= ?")
        args.append(start.isoformat())
    if end is not None:
        parts.append(f"{column} <= ?")
        args.append(end.isoformat())
    return ("WHERE " + " AND ".join(parts) if parts else ""), args


# -- totals -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Hours:
    """Hours of CPD over some days: all of them, those done with others, and how many
    entries."""

    hours: float
    participatory: float
    entries: int


@dataclass(frozen=True)
class YearHours:
    year: int
    start: date  # the first day counted: 1 January, or a period's first day
    end: date  # the last: 31 December, or a period's last day
    totals: Hours

    @property
    def whole(self) -> bool:
        return (self.start, self.end) == (date(self.year, 1, 1), date(self.year, 12, 31))


@dataclass(frozen=True)
class Window:
    """The three years ending on ``end``, their hours, and the targets for them."""

    start: date
    end: date
    totals: Hours
    target_hours: float = TARGET_HOURS
    target_participatory: float = TARGET_PARTICIPATORY

    @property
    def hours_to_go(self) -> float:
        return round(max(0.0, self.target_hours - self.totals.hours), 2)

    @property
    def participatory_to_go(self) -> float:
        return round(max(0.0, self.target_participatory - self.totals.participatory), 2)

    @property
    def met(self) -> bool:
        return self.hours_to_go == 0 and self.participatory_to_go == 0


def three_years_to(day: date) -> tuple[date, date]:
    """The first and last days of the three years ending on ``day`` (see the module)."""
    try:
        before = day.replace(year=day.year - WINDOW_YEARS)
    except ValueError:  # 29 February, three years before: there is none
        before = date(day.year - WINDOW_YEARS, 2, 28)
    return before + timedelta(days=1), day


def hours_between(conn: sqlcipher.Connection, start: date | None, end: date | None) -> Hours:
    """The hours of the entries that started from ``start`` through ``end`` (both in)."""
    where, args = _between(start, end, "occurred_on")
    total, shared, count = conn.execute(
        "SELECT coalesce(sum(hours), 0), "
        "coalesce(sum(CASE WHEN participatory THEN hours ELSE 0 END), 0), count(*) "
        f"FROM cpd_entry {where}",
        args,
    ).fetchone()
    return Hours(round(total, 2), round(shared, 2), count)


def window(
    conn: sqlcipher.Connection,
    today: date,
    target_hours: float = TARGET_HOURS,
    target_participatory: float = TARGET_PARTICIPATORY,
) -> Window:
    """The hours of the three years ending on ``today`` against the targets."""
    start, end = three_years_to(today)
    return Window(start, end, hours_between(conn, start, end), target_hours, target_participatory)


def hours_by_year(
    conn: sqlcipher.Connection, start: date | None = None, end: date | None = None
) -> list[YearHours]:
    """Each calendar year's hours (only those from ``start`` through ``end``, if given),
    earliest first; a year with no entry is left out."""
    where, args = _between(start, end, "occurred_on")
    rows = conn.execute(
        "SELECT CAST(substr(occurred_on, 1, 4) AS INTEGER) AS y, coalesce(sum(hours), 0), "
        "coalesce(sum(CASE WHEN participatory THEN hours ELSE 0 END), 0), count(*) "
        f"FROM cpd_entry {where} GROUP BY y ORDER BY y",
        args,
    )
    out = []
    for year, total, shared, count in rows:
        first, last = date(year, 1, 1), date(year, 12, 31)
        out.append(
            YearHours(
                year,
                max(first, start) if start else first,
                min(last, end) if end else last,
                Hours(round(total, 2), round(shared, 2), count),
            )
        )
    return out


@dataclass(frozen=True)
class Totals:
    """What the CPD page shows: this calendar year, and the three years ending today."""

    year: YearHours
    window: Window


def totals(conn: sqlcipher.Connection, today: date) -> Totals:
    first, last = date(today.year, 1, 1), date(today.year, 12, 31)
    return Totals(
        YearHours(today.year, first, last, hours_between(conn, first, last)), window(conn, today)
    )
