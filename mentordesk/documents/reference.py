"""How a printed record names itself, its programme and its dates, the same on every record.

A person quotes a record by its reference ("MD-C-0009"), not by a database number, reads a
programme with its standard's code and level ("Learning mentor (ST0148, level 3)"), and a
date in words ("1 September 2026").
"""

from __future__ import annotations

from datetime import date, datetime

# One letter per kind of record; a new kind of printed record adds its letter here.
KINDS = {
    "contract": "C",
    "review": "R",
    "reflection": "F",  # one reflective account
    "reflections": "A",  # a set of reflective accounts (a log: numbered as issued)
    "cpd_log": "P",  # a CPD record over a period (a log: numbered as issued)
    "portfolio": "K",  # a KSB portfolio (a log: numbered as issued)
}


def human_ref(kind: str, record_id: int) -> str:
    """The reference printed on a record, e.g. ``human_ref("contract", 9) == "MD-C-0009"``."""
    try:
        letter = KINDS[kind]
    except KeyError:
        raise ValueError(f"{kind!r} is not a kind of printed record") from None
    return f"MD-{letter}-{record_id:04d}"


def programme_name(
    title: str, reference: str, level: int | None = None, version: str | None = None
) -> str:
    """A standard as a record names it: "Learning mentor (ST0148, level 3, version 1.0)"."""
    details = [reference]
    if level:
        details.append(f"level {level}")
    if version:
        details.append(f"version {version}")
    return f"{title} ({', '.join(details)})"


def long_date(day: date | None, empty: str = "—") -> str:
    """A date as a record prints it: "1 September 2026" (``empty`` when there is none)."""
    return f"{day.day} {day:%B %Y}" if day else empty


def long_time(moment: datetime) -> str:
    """A moment in local time as a record prints it: "1 September 2026, 10:30"."""
    local = moment.astimezone()
    return f"{long_date(local)}, {local:%H:%M}"
