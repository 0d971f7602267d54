"""The CPD record as a PDF, in the layout of every printed record: the mentor and the
period, the hours per year and over the three years with the targets, every activity, the
evidence files by name and SHA-256, and the KSBs the activities evidence."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mentordesk.documents.layout import Built, Layout, build_pdf
from mentordesk.documents.model import Grid, Section
from mentordesk.documents.reference import long_date


@dataclass(frozen=True)
class Activity:
    """One CPD activity as the record prints it."""

    dates: str
    title: str
    kind: str
    participatory: bool
    hours: float
    provider: str
    learned: str
    impact: str
    ksbs: str


@dataclass(frozen=True)
class YearLine:
    label: str  # "2025", or "2023 (from 24 November)"
    hours: float
    participatory: float
    entries: int


@dataclass(frozen=True)
class WindowLine:
    start: date
    end: date
    hours: float
    participatory: float
    entries: int
    target_hours: float
    target_participatory: float


@dataclass(frozen=True)
class FileLine:
    activity: str  # "3 May 2026, Safeguarding refresher"
    filename: str
    size: int
    sha256: str


@dataclass(frozen=True)
class CpdRecordDocument:
    mentor: str
    organisation: str
    role: str
    standard: str  # the mentor's own standard, as a programme is named; "" if none
    start: date
    end: date
    activities: list[Activity]
    years: list[YearLine]
    window: WindowLine
    files: list[FileLine]
    ksbs: list[tuple[str, str]]  # (code, wording) of the KSBs the activities evidence


def hours(value: float) -> str:
    return f"{value:g}"


def size_words(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KiB"
    return f"{size / (1024 * 1024):.1f} MiB"


def grouped_hash(sha256: str) -> str:
    """A SHA-256 in groups of eight characters, so a narrow column can wrap it."""
    return " ".join(sha256[i : i + 8] for i in range(0, len(sha256), 8))


def _against(done: float, target: float, what: str) -> str:
    if done >= target:
        return f"{hours(done)} {what} of the {hours(target)} asked for: met"
    return f"{hours(done)} {what} of the {hours(target)} asked for: {hours(target - done)} to go"


def window_words(w: WindowLine) -> str:
    """The three years' hours against the targets, in words."""
    return (
        f"{long_date(w.start)} to {long_date(w.end)}: "
        f"{_against(w.hours, w.target_hours, 'hours')}; "
        f"{_against(w.participatory, w.target_participatory, 'participatory hours')}."
    )


def _sections(doc: CpdRecordDocument) -> list[Section]:
    about = [("Mentor", doc.mentor or "—")]
    if doc.role or doc.organisation:
        about.append(("Role", ", ".join(p for p in (doc.role, doc.organisation) if p)))
    if doc.standard:
        about.append(("Standard", doc.standard))
    about += [
        ("Period", f"{long_date(doc.start)} to {long_date(doc.end)}"),
        ("Activities", str(len(doc.activities))),
    ]
    w = doc.window
    totals = Section(
        "Hours",
        [(f"The three years ending {long_date(w.end)}", window_words(w))],
        Grid(
            columns=("Year", "Hours", "Participatory hours", "Activities"),
            widths=(0.4, 0.2, 0.2, 0.2),
            rows=[
                (y.label, hours(y.hours), hours(y.participatory), str(y.entries)) for y in doc.years
            ],
        ),
        note="An activity counts on the day it started. Participatory: done with others.",
    )
    if doc.activities:
        activities = Section(
            "Activities",
            [],
            Grid(
                columns=(
                    "Date",
                    "Activity",
                    "Kind",
                    "With others",
                    "Hours",
                    "Provider",
                    "What I learned",
                    "Impact on my practice",
                    "KSBs",
                ),
                widths=(0.1, 0.145, 0.1, 0.065, 0.065, 0.12, 0.17, 0.17, 0.065),
                rows=[
                    (
                        a.dates,
                        a.title,
                        a.kind,
                        "Yes" if a.participatory else "No",
                        hours(a.hours),
                        a.provider or "—",
                        a.learned or "—",
                        a.impact or "—",
                        a.ksbs or "—",
                    )
                    for a in doc.activities
                ],
            ),
        )
    else:
        activities = Section("Activities", [("Activities", "No CPD recorded in this period.")])
    if doc.files:
        files = Section(
            "Evidence files",
            [],
            Grid(
                columns=("Activity", "File", "Size", "SHA-256"),
                widths=(0.3, 0.22, 0.1, 0.38),
                rows=[
                    (f.activity, f.filename, size_words(f.size), grouped_hash(f.sha256))
                    for f in doc.files
                ],
            ),
            note="Kept in the mentor's encrypted vault; a copy shown later must have the "
            "same SHA-256.",
        )
    else:
        files = Section("Evidence files", [("Evidence files", "None kept for this period.")])
    sections = [Section("The record", about), totals, activities, files]
    if doc.ksbs:
        sections.append(
            Section(
                "KSBs evidenced",
                [],
                Grid(("KSB", "Knowledge, skill or behaviour"), (0.08, 0.92), list(doc.ksbs)),
            )
        )
    return sections


def build_cpd_record(doc: CpdRecordDocument, reference: str) -> Built:
    period = f"{long_date(doc.start)} to {long_date(doc.end)}"
    return build_pdf(
        Layout(
            heading="CPD record",
            reference=reference,
            intro=[
                f"Continuing professional development of {doc.mentor or 'the mentor'}, {period}."
            ],
            sections=_sections(doc),
            signatures=[],
            sign_statement="",
            footer=f"CPD record · {doc.mentor} · {period}",
            title=f"CPD record: {doc.mentor} ({period})",
            author=doc.mentor,
            subject="CPD record",
        )
    )
