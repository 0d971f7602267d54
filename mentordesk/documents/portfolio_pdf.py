"""The KSB portfolio as a PDF, in the layout of every printed record: whose portfolio against
which standard (and version), a coverage summary, an index by KSB listing every piece of
evidence (every KSB of the standard, those without evidence too) with its files' SHA-256,
the gaps with the duties they belong to, and progress over time as a chart with its
figures in a table under it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial

from mentordesk.documents.charts import ProgressLine, progress_chart, progress_rows
from mentordesk.documents.cpd_record import grouped_hash, size_words
from mentordesk.documents.layout import Built, Layout, build_pdf
from mentordesk.documents.model import Grid, Section
from mentordesk.documents.reference import long_date

NO_EVIDENCE = "No evidence yet"
CHART_HEIGHT = 190  # points


@dataclass(frozen=True)
class FileLine:
    filename: str
    size: int
    sha256: str


@dataclass(frozen=True)
class PieceLine:
    """One piece of evidence as listed under a KSB, with its judgement against that KSB."""

    kind: str  # in words: "Witness statement"
    title: str
    occurred_on: date
    observer: str
    judgement: str  # "Met", "Working towards", "Not judged yet"
    signed_off_on: date | None
    files: tuple[FileLine, ...] = ()


@dataclass(frozen=True)
class KsbLine:
    code: str
    detail: str
    duties: tuple[str, ...]  # ("D1", "D4")
    count: int  # pieces of evidence
    required: int
    met: int  # pieces judged met
    latest: str  # the latest judgement in words, "" for none
    last_on: date | None
    status: str  # "Green — Met", "Amber — Working towards", "Red — No evidence"
    gap: bool
    missing: int  # pieces still needed
    pieces: tuple[PieceLine, ...] = ()


@dataclass(frozen=True)
class DutyLine:
    code: str
    detail: str


@dataclass(frozen=True)
class PortfolioDocument:
    owner: str  # the apprentice's name, or the mentor's for their own portfolio
    mentors_own: bool
    mentor: str
    standard: str  # "Learning mentor (ST0148, level 3, version 1.0)"; "" when none is set
    start_date: date | None
    end_date: date | None
    made_on: date
    required: int  # pieces asked for each KSB
    ksbs: tuple[KsbLine, ...]
    duties: tuple[DutyLine, ...]  # the standard's duties, for the gaps
    progress: tuple[ProgressLine, ...]
    percent_elapsed: float | None

    @property
    def met(self) -> int:
        return sum(1 for k in self.ksbs if not k.gap)

    @property
    def evidenced(self) -> int:
        return sum(1 for k in self.ksbs if k.count)

    @property
    def files(self) -> int:
        return sum(len(p.files) for k in self.ksbs for p in k.pieces)


def _share(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "0%"


def summary_words(doc: PortfolioDocument) -> str:
    """ "12 of 30 KSBs met and signed off (40%); 20 evidenced (67%); 18 gaps"."""
    total = len(doc.ksbs)
    gaps = total - doc.met
    return (
        f"{doc.met} of {total} KSBs met and signed off ({_share(doc.met, total)}); "
        f"{doc.evidenced} evidenced ({_share(doc.evidenced, total)}); "
        f"{gaps} gap{'' if gaps == 1 else 's'}"
    )


def _about(doc: PortfolioDocument) -> Section:
    rows = [("Mentor" if doc.mentors_own else "Apprentice", doc.owner or "—")]
    if not doc.mentors_own and doc.mentor:
        rows.append(("Mentor", doc.mentor))
    rows.append(("Standard", doc.standard or "No standard chosen"))
    if doc.start_date or doc.end_date:
        span = f"{long_date(doc.start_date)} to {long_date(doc.end_date)}"
        if doc.percent_elapsed is not None:
            span += f" ({doc.percent_elapsed:.0f}% of the time elapsed)"
        rows.append(("On programme", span))
    each = f"{doc.required} piece{'' if doc.required == 1 else 's'} of evidence for each KSB"
    rows += [
        ("Made on", long_date(doc.made_on)),
        ("Evidence asked for", each),
        ("Coverage", summary_words(doc)),
        ("Evidence files", f"{doc.files}, each listed with its SHA-256"),
    ]
    return Section("The portfolio", rows)


def _coverage(doc: PortfolioDocument) -> Section:
    return Section(
        "Coverage",
        [],
        Grid(
            columns=(
                "KSB",
                "Status",
                "Evidence",
                "Met",
                "Latest judgement",
                "Last evidenced",
                "Duties",
            ),  # fmt: skip
            widths=(0.07, 0.27, 0.11, 0.07, 0.16, 0.16, 0.16),
            rows=[
                (
                    k.code,
                    k.status,
                    f"{k.count} of {k.required}",
                    str(k.met),
                    k.latest or "—",
                    long_date(k.last_on),
                    ", ".join(k.duties) or "—",
                )
                for k in doc.ksbs
            ],
            key="Evidence: pieces held of those asked for. Met: pieces judged met. Green: met "
            "and signed off; Amber: working towards, or met and awaiting sign-off; Red: no "
            "evidence yet.",
        ),
    )


def _files_words(files: tuple[FileLine, ...]) -> str:
    return "\n".join(
        f"{f.filename} ({size_words(f.size)})\nSHA-256 {grouped_hash(f.sha256)}" for f in files
    )


def _ksb_section(k: KsbLine) -> Section:
    title = f"{k.code} {k.detail}"
    duties = f" Duties: {', '.join(k.duties)}." if k.duties else ""
    note = f"{k.status.split(' — ', 1)[-1]}: {k.count} of {k.required} pieces.{duties}"
    if not k.pieces:
        return Section(title, [("Evidence", NO_EVIDENCE)], note=note)
    return Section(
        title,
        [],
        Grid(
            columns=("Date", "Kind", "Evidence", "Observer", "Judgement", "Signed off", "Files"),
            widths=(0.11, 0.11, 0.17, 0.11, 0.1, 0.11, 0.29),
            rows=[
                (
                    long_date(p.occurred_on),
                    p.kind,
                    p.title,
                    p.observer or "—",
                    p.judgement,
                    long_date(p.signed_off_on, "Not yet"),
                    _files_words(p.files) or "—",
                )
                for p in k.pieces
            ],
        ),
        note=note,
    )


def _gaps(doc: PortfolioDocument) -> list[Section]:
    gaps = [k for k in doc.ksbs if k.gap]
    if not gaps:
        return [Section("Gaps", [("Gaps", "None: every KSB is met and signed off.")])]
    sections = [
        Section(
            "Gaps",
            [],
            Grid(
                columns=("KSB", "Status", "Still needed", "Duties"),
                widths=(0.08, 0.4, 0.2, 0.32),
                rows=[
                    (
                        k.code,
                        k.status,
                        f"{k.missing} piece{'' if k.missing == 1 else 's'}"
                        if k.missing
                        else "Sign-off or a judgement of met",
                        ", ".join(k.duties) or "—",
                    )
                    for k in gaps
                ],
            ),
            note="What is missing: each KSB not yet met and signed off, with the duties of "
            "the standard it belongs to.",
        )
    ]
    named = {code for k in gaps for code in k.duties}
    duties = [d for d in doc.duties if d.code in named]
    if duties:
        sections.append(
            Section(
                "Duties with gaps",
                [],
                Grid(
                    columns=("Duty", "What the duty is", "Gaps"),
                    widths=(0.08, 0.72, 0.2),
                    rows=[
                        (
                            d.code,
                            d.detail,
                            ", ".join(k.code for k in gaps if d.code in k.duties),
                        )
                        for d in duties
                    ],
                ),
            )
        )
    return sections


def _progress(doc: PortfolioDocument) -> Section:
    if not doc.progress:
        return Section("Progress over time", [("Progress", "No evidence dated yet.")])
    return Section(
        "Progress over time",
        [],
        Grid(
            columns=("Month", "KSBs met", "Programme time elapsed"),
            widths=(0.3, 0.3, 0.4),
            rows=list(progress_rows(doc.progress)),
        ),
        note="The share of the standard's KSBs met by the end of each month (solid line), "
        "against the share of the programme's time gone (dashed line). The same figures "
        "are in the table under the chart.",
        chart=partial(_chart, doc.progress),
    )


def _chart(points: tuple[ProgressLine, ...], width: float) -> object:
    return progress_chart(points, width, CHART_HEIGHT)


def sections(doc: PortfolioDocument) -> list[Section]:
    index = Section(
        "Evidence by KSB",
        [],
        note="Every KSB of the standard, in its order, with each piece of evidence mapped "
        "to it and its files. A file given later must have the SHA-256 printed here.",
    )
    return [
        _about(doc),
        _coverage(doc),
        index,
        *[_ksb_section(k) for k in doc.ksbs],
        *_gaps(doc),
        _progress(doc),
    ]


def build_portfolio(doc: PortfolioDocument, reference: str) -> Built:
    whose = f"{doc.owner}'s" if doc.owner else "The"
    against = f" against {doc.standard}" if doc.standard else ""
    return build_pdf(
        Layout(
            heading="KSB portfolio",
            reference=reference,
            intro=[
                f"{whose} evidence of knowledge, skills and behaviours{against}, "
                f"as held on {long_date(doc.made_on)}."
            ],
            sections=sections(doc),
            signatures=[],
            sign_statement="",
            footer=f"KSB portfolio · {doc.owner}",
            title=f"KSB portfolio: {doc.owner} ({long_date(doc.made_on)})",
            author=doc.mentor,
            subject="KSB portfolio",
        )
    )
