"""One portfolio (a mentee's, or the mentor's own against the mentor's standard) gathered
for print: coverage of every KSB, the evidence under each KSB with its judgement against
it and its files (name, size, SHA-256), the gaps and progress by month; and the signed
PDF of it. Each copy issued is numbered in turn (MD-K-0001, MD-K-0002…) and signed with
the mentor's identity, as the CPD record is."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.documents.reference import programme_name
from mentordesk.errors import MentorDeskError
from mentordesk.services.ksb import coverage, evidence
from mentordesk.services.profile import get_profile
from mentordesk.services.stored import dbapi
from mentordesk.vault.enums import Judgement
from mentordesk.vault.fileio import atomic_write
from mentordesk.vault.models import Duty, EvidenceKsbLink, Standard
from mentordesk.words import label

if TYPE_CHECKING:
    from mentordesk.documents.portfolio_pdf import PortfolioDocument

KIND = "portfolio"  # a log: numbered as each copy is issued
Progress = Callable[[int, int, str], None]  # (done, total, what is being done)

RAG = {
    coverage.Status.MET: "Green",
    coverage.Status.AWAITING: "Amber",
    coverage.Status.WORKING: "Amber",
    coverage.Status.NONE: "Red",
}


class PortfolioError(MentorDeskError):
    """A portfolio that cannot be made as asked (the message says why and what to do)."""


@dataclass(frozen=True)
class PortfolioFile:
    """One evidence file of the portfolio: where it is kept, what it is, its KSBs."""

    store: str  # "evidence" (a piece of KSB evidence) or "cpd" (a CPD entry's file)
    file_id: int
    filename: str  # as stored: never trusted as a path
    size: int
    sha256: str
    ksbs: tuple[str, ...]  # the codes of the standard's KSBs its evidence is mapped to
    evidence: str  # the title of its piece of evidence
    kind: str  # the kind of that evidence, in words
    occurred_on: date


@dataclass(frozen=True)
class Portfolio:
    owner: int | None
    document: PortfolioDocument
    files: tuple[PortfolioFile, ...]


def status_text(row: coverage.CoverageRow) -> str:
    """A KSB's status as a printed record shows it: a RAG word, then the status in words
    (the PDF's standard fonts have no ✔ ✖)."""
    return f"{RAG[row.status]} — {row.status_words.split(' ', 1)[1]}"


def _judgements(db: Session, ids: list[int]) -> dict[tuple[int, int], Judgement | None]:
    out: dict[tuple[int, int], Judgement | None] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for eid, kid, judgement in db.execute(
            select(
                EvidenceKsbLink.evidence_id, EvidenceKsbLink.ksb_id, EvidenceKsbLink.judgement
            ).where(EvidenceKsbLink.evidence_id.in_(chunk))
        ):
            out[(eid, kid)] = judgement
    return out


def _standard_words(db: Session, standard_id: int) -> str:
    s = db.get(Standard, standard_id)
    return programme_name(s.title, s.reference, s.level, s.version) if s else ""


def _no_standard(matrix: coverage.Matrix) -> PortfolioError:
    if matrix.owner is None:
        return PortfolioError(
            "Your own portfolio is kept against your standard, and none is chosen: choose "
            "it under File › Preferences…, then make the portfolio again."
        )
    return PortfolioError(
        f"{matrix.owner_name} has no apprenticeship standard chosen: choose one on their "
        "page, then make the portfolio again."
    )


def gather(
    db: Session, owner: int | None, today: date, progress: Progress | None = None
) -> Portfolio:
    """Everything the portfolio of ``owner`` shows, as plain data (no file's bytes)."""
    from mentordesk.documents.charts import ProgressLine
    from mentordesk.documents.portfolio_pdf import (
        DutyLine,
        FileLine,
        KsbLine,
        PieceLine,
        PortfolioDocument,
    )
    from mentordesk.services.cpd import evidence as cpd_files

    step = progress or (lambda _d, _t, _w: None)
    step(0, 4, "Reading the coverage")
    conn = dbapi(db)
    matrix = coverage.matrix(conn, owner, today)
    if matrix.standard_id is None:
        raise _no_standard(matrix)
    points = coverage.progress(conn, owner, today)
    step(1, 4, "Reading the evidence")
    pieces = list(reversed(evidence.rows(db, owner)))  # oldest first, as an index reads
    judged = _judgements(db, [r.id for r in pieces if r.source == "evidence"])
    step(2, 4, "Listing the evidence files")
    stored = evidence.STORE.files_of(db, [r.id for r in pieces if r.source == "evidence"])
    cpd = cpd_files.files_of(db, [r.id for r in pieces if r.source == "cpd"])
    codes = {row.ksb_id: row.code for row in matrix.rows}

    def files_of(r: evidence.EvidenceRow) -> list:
        return {"evidence": stored, "cpd": cpd}.get(r.source, {}).get(r.id, [])

    def judgement_of(r: evidence.EvidenceRow, ksb_id: int) -> Judgement | None:
        return judged.get((r.id, ksb_id)) if r.source == "evidence" else None

    lines = []
    for row in matrix.rows:
        mine = [r for r in pieces if row.ksb_id in r.ksb_ids]
        marks = [judgement_of(r, row.ksb_id) for r in mine]
        lines.append(
            KsbLine(
                code=row.code,
                detail=" ".join(row.detail.split()),
                duties=row.duties,
                count=row.count,
                required=row.required,
                met=sum(1 for j in marks if j is Judgement.MET),
                latest=label(row.latest) if row.latest else "",
                last_on=row.last_on,
                status=status_text(row),
                gap=row.gap,
                missing=row.missing,
                pieces=tuple(
                    PieceLine(
                        kind=r.kind_words,
                        title=r.title,
                        occurred_on=r.occurred_on,
                        observer=r.observer,
                        judgement=label(j) if j else "Not judged yet",
                        signed_off_on=r.signed_off_on,
                        files=tuple(FileLine(f.filename, f.size, f.sha256) for f in files_of(r)),
                    )
                    for r, j in zip(mine, marks, strict=True)
                ),
            )
        )
    files = tuple(
        PortfolioFile(
            store=r.source,
            file_id=f.id,
            filename=f.filename,
            size=f.size,
            sha256=f.sha256,
            ksbs=tuple(codes[k] for k in sorted(r.ksb_ids, key=list(codes).index) if k in codes),
            evidence=r.title,
            kind=r.kind_words,
            occurred_on=r.occurred_on,
        )
        for r in pieces
        if any(k in codes for k in r.ksb_ids)
        for f in files_of(r)
    )
    step(3, 4, "Laying out the portfolio")
    duties = db.execute(
        select(Duty.code, Duty.detail)
        .where(Duty.standard_id == matrix.standard_id)
        .order_by(Duty.position)
    ).all()
    profile = get_profile(db)
    mentor = profile.full_name if profile else ""
    document = PortfolioDocument(
        owner=matrix.owner_name,
        mentors_own=owner is None,
        mentor=mentor,
        standard=_standard_words(db, matrix.standard_id),
        start_date=matrix.start_date,
        end_date=matrix.end_date,
        made_on=today,
        required=matrix.required,
        ksbs=tuple(lines),
        duties=tuple(DutyLine(code, " ".join(detail.split())) for code, detail in duties),
        progress=tuple(ProgressLine(p.month, p.percent_met, p.percent_elapsed) for p in points),
        percent_elapsed=matrix.percent_elapsed,
    )
    return Portfolio(owner, document, files)


def signed_pdf(db: Session, found: Portfolio, now: datetime) -> bytes:
    """``found`` as it leaves the app: a PDF numbered as issued and signed."""
    from mentordesk.documents.portfolio_pdf import build_portfolio
    from mentordesk.services.printed import log_pdf

    return log_pdf(db, KIND, lambda reference: build_portfolio(found.document, reference), now)


def portfolio_pdf(
    db: Session, owner: int | None, now: datetime, progress: Progress | None = None
) -> bytes:
    """The signed portfolio of ``owner`` (a mentee's id; None: the mentor's own)."""
    return signed_pdf(db, gather(db, owner, now.date(), progress), now)


def check_out(out: Path) -> Path:
    """``out`` if a PDF can be written there (refused, naming it, before anything is issued)."""
    out = Path(out)
    if out.is_dir():
        raise PortfolioError(f"{out} is a folder; give a file name ending in .pdf.")
    if not out.parent.is_dir():
        raise PortfolioError(
            f"The folder {out.parent} does not exist; choose another place for {out.name}."
        )
    return out


def write_pdf(out: Path, data: bytes) -> Path:
    """Write a portfolio's PDF to ``out`` (readable by its owner only; whole or not at all)."""
    out = check_out(out)
    atomic_write(out, data)
    return out


def export_portfolio(
    db: Session, owner: int | None, out: Path, now: datetime, progress: Progress | None = None
) -> Path:
    """Write the signed portfolio of ``owner`` to ``out`` (0600, whole or not at all)."""
    out = check_out(out)
    data = portfolio_pdf(db, owner, now, progress)
    if progress:
        progress(4, 4, f"Writing {out.name}")
    return write_pdf(out, data)
