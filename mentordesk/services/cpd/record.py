"""The CPD record over a period as a signed PDF, from the GUI or the command line. Each copy
issued is numbered in turn (MD-P-0001, MD-P-0002…) and signed with the mentor's identity."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.documents.reference import long_date, programme_name
from mentordesk.services.cpd.entries import kind_words
from mentordesk.services.cpd.evidence import CpdError, files_of
from mentordesk.services.cpd.listing import Hours, hours_by_year, list_entries, window
from mentordesk.services.profile import get_profile, mentor_standard_id
from mentordesk.services.stored import dbapi
from mentordesk.vault.fileio import atomic_write
from mentordesk.vault.models import CpdEntry, Standard

if TYPE_CHECKING:
    from mentordesk.documents.cpd_record import CpdRecordDocument

KIND = "cpd_log"  # a log: numbered as each copy is issued


def dates_words(start: date, end: date | None) -> str:
    """An activity's day, or its days: "3 May 2026", "3–4 May 2026", "30 April – 2 May
    2026", "30 December 2025 – 2 January 2026"."""
    if end is None or end == start:
        return long_date(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{long_date(end)}"
    if start.year == end.year:
        return f"{start.day} {start:%B} – {long_date(end)}"
    return f"{long_date(start)} – {long_date(end)}"


def _ksbs(conn, start: date, end: date) -> list[tuple[str, str]]:
    rows = conn.execute(
        "SELECT DISTINCT k.code, k.detail, instr('KSB', k.kind), k.position, k.standard_id "
        "FROM cpd_ksb ck JOIN ksb k ON k.id = ck.ksb_id JOIN cpd_entry e ON e.id = ck.cpd_id "
        "WHERE e.occurred_on >= ? AND e.occurred_on <= ? "
        "ORDER BY k.standard_id, instr('KSB', k.kind), k.position",
        (start.isoformat(), end.isoformat()),
    )
    return [(code, " ".join(detail.split())) for code, detail, *_ in rows]


def document(db: Session, start: date, end: date) -> CpdRecordDocument:
    """What the CPD record from ``start`` through ``end`` prints, as plain data."""
    from mentordesk.documents.cpd_record import (
        Activity,
        CpdRecordDocument,
        FileLine,
        WindowLine,
        YearLine,
    )

    if end < start:
        raise CpdError(
            f"The period starts on {long_date(start)}, after its end on {long_date(end)}; "
            "choose an end on or after the start."
        )
    conn = dbapi(db)
    rows = sorted(list_entries(conn, start, end), key=lambda r: (r.occurred_on, r.id))
    texts = {
        i: (learned or "", impact or "")
        for i, learned, impact in db.execute(
            select(CpdEntry.id, CpdEntry.what_i_learned, CpdEntry.impact_on_practice).where(
                CpdEntry.occurred_on >= start, CpdEntry.occurred_on <= end
            )
        )
    }
    activities = [
        Activity(
            dates_words(r.occurred_on, r.ended_on),
            r.title,
            kind_words(r.kind),
            r.participatory,
            r.hours,
            r.provider,
            *texts.get(r.id, ("", "")),
            r.ksbs,
        )
        for r in rows
    ]
    evidence = files_of(db, [r.id for r in rows if r.files])
    files = [
        FileLine(f"{long_date(r.occurred_on)}, {r.title}", f.filename, f.size, f.sha256)
        for r in rows
        for f in evidence.get(r.id, [])
    ]
    counted = {y.year: y.totals for y in hours_by_year(conn, start, end)}
    years = []
    for year in range(start.year, end.year + 1):  # every year of the period, none left out
        first, last = max(start, date(year, 1, 1)), min(end, date(year, 12, 31))
        name = str(year)
        if (first, last) != (date(year, 1, 1), date(year, 12, 31)):
            name += f" ({first.day} {first:%B} to {last.day} {last:%B})"
        t = counted.get(year, Hours(0.0, 0.0, 0))
        years.append(YearLine(name, t.hours, t.participatory, t.entries))
    w = window(conn, end)
    profile = get_profile(db)
    standard_id = mentor_standard_id(db)
    standard = db.get(Standard, standard_id) if standard_id is not None else None
    return CpdRecordDocument(
        mentor=profile.full_name if profile else "",
        organisation=profile.organisation if profile else "",
        role=profile.role if profile else "",
        standard=programme_name(standard.title, standard.reference, standard.level)
        if standard
        else "",
        start=start,
        end=end,
        activities=activities,
        years=years,
        window=WindowLine(
            w.start,
            w.end,
            w.totals.hours,
            w.totals.participatory,
            w.totals.entries,
            w.target_hours,
            w.target_participatory,
        ),
        files=files,
        ksbs=_ksbs(conn, start, end),
    )


def cpd_pdf(db: Session, start: date, end: date, now: datetime) -> bytes:
    """The CPD record from ``start`` through ``end`` as it leaves the app: signed, numbered."""
    from mentordesk.documents.cpd_record import build_cpd_record
    from mentordesk.services.printed import log_pdf

    doc = document(db, start, end)
    return log_pdf(db, KIND, lambda reference: build_cpd_record(doc, reference), now)


def export_cpd(db: Session, start: date, end: date, out: Path, now: datetime) -> Path:
    """Write the signed CPD record to ``out`` (readable by its owner only; whole or not at
    all)."""
    out = Path(out)
    if out.is_dir():
        raise CpdError(f"{out} is a folder; give a file name ending in .pdf.")
    if not out.parent.is_dir():
        raise CpdError(
            f"The folder {out.parent} does not exist; choose another place for {out.name}."
        )
    atomic_write(out, cpd_pdf(db, start, end, now))
    return out
