"""The KSB portfolio PDF from plain data: every KSB (those without evidence say so), each
piece with its judgement and files' SHA-256, the gaps with their duties, and progress over
time as a chart with the same figures in a table."""

from __future__ import annotations

import hashlib
import subprocess
from datetime import date

from mentordesk.documents.charts import MAX_LABELS, ProgressLine, _labels, progress_chart
from mentordesk.documents.portfolio_pdf import (
    NO_EVIDENCE,
    DutyLine,
    FileLine,
    KsbLine,
    PieceLine,
    PortfolioDocument,
    build_portfolio,
    summary_words,
)
from tests.documents.pdftext import flat, text

PHOTO = hashlib.sha256(b"photo").hexdigest()


def ksb(code: str, pieces=(), status="Red — No evidence", gap=True, duties=("D2",)) -> KsbLine:
    return KsbLine(
        code, f"Wording of {code}", duties, len(pieces), 2, 0, "", None, status, gap,
        max(0, 2 - len(pieces)), tuple(pieces),
    )  # fmt: skip


def document(progress=(), **changes) -> PortfolioDocument:
    piece = PieceLine(
        "Witness statement", "Handover at the ward", date(2026, 3, 5), "Grace Obi", "Met",
        date(2026, 3, 6), (FileLine("photo.jpg", 2048, PHOTO),),
    )  # fmt: skip
    values = dict(
        owner="Priya Patel",
        mentors_own=False,
        mentor="Jane Doe",
        standard="Learning mentor (ST0148, level 3, version 1.0)",
        start_date=date(2025, 9, 1),
        end_date=date(2026, 8, 31),
        made_on=date(2026, 11, 23),
        required=2,
        ksbs=(
            ksb("K1", [piece, piece], "Green — Met", gap=False, duties=("D1",)),
            ksb("K2"),
            ksb("S1", [piece], "Amber — Working towards"),
            ksb("B1", duties=()),
        ),
        duties=(DutyLine("D1", "Plan the mentoring"), DutyLine("D2", "Review progress")),
        progress=tuple(progress),
        percent_elapsed=100.0,
    )
    values.update(changes)
    return PortfolioDocument(**values)


MONTHS = [
    ProgressLine(date(2025 + (9 + m - 1) // 12, (9 + m - 1) % 12 + 1, 1), 25.0 * (m // 4),
                 min(100.0, m * 100 / 12))
    for m in range(15)
]  # fmt: skip


def test_every_ksb_each_piece_and_its_files_are_listed():
    built = build_portfolio(document(MONTHS), "MD-K-0007")
    words = text(built.data)
    for part in (
        "KSB portfolio",
        "MD-K-0007",
        "Priya Patel",
        "Learning mentor (ST0148, level 3, version 1.0)",
        "1 September 2025 to 31 August 2026 (100% of the time elapsed)",
        "1 of 4 KSBs met and signed off (25%); 2 evidenced (50%); 3 gaps",
        "K1 Wording of K1",
        "K2 Wording of K2",
        "S1 Wording of S1",
        "B1 Wording of B1",
        "Handover at the ward",
        "Grace Obi",
        "photo.jpg (2 KiB)",
        "Green — Met",
        "Red — No evidence",
    ):
        assert flat(part) in words, part
    assert words.count(NO_EVIDENCE) == 2  # K2 and B1
    assert words.replace(" ", "").count(PHOTO) == 3  # K1 twice, S1 once
    assert "Mentor" in built.boxes  # a place for the signature stamp


def test_the_gaps_name_their_duties():
    words = text(build_portfolio(document(), "MD-K-0001").data)
    gaps = words[words.index("Gaps What is missing") :]
    assert "K2 Red — No evidence 2 pieces D2" in gaps
    assert "S1 Amber — Working towards 1 piece D2" in gaps
    assert "B1 Red — No evidence 2 pieces —" in gaps
    assert "Duties with gaps" in gaps and "D2 Review progress K2, S1" in gaps
    assert "Plan the mentoring" not in gaps  # D1 has no gap
    assert "K1 Green" not in gaps


def test_progress_is_a_chart_with_its_figures_in_a_table(tmp_path):
    data = build_portfolio(document(MONTHS), "MD-K-0001").data
    words = text(data)
    table = words[words.index("Month KSBs met Programme time elapsed") :]
    assert "Sep 2025 0% 0%" in table and "Sep 2026 75% 100%" in table
    assert "Nov 2026 75% 100%" in table
    assert "KSBs met (%)" in words and "Programme time elapsed (%)" in words  # the legend
    pdf = tmp_path / "p.pdf"
    pdf.write_bytes(data)
    shown = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True)
    assert "100%" in shown.stdout and "Sep 2025" in shown.stdout


def test_without_dates_or_evidence():
    doc = document(
        (), start_date=None, end_date=None, percent_elapsed=None,
        ksbs=(ksb("K1"), ksb("K2")),
    )  # fmt: skip
    words = text(build_portfolio(doc, "MD-K-0001").data)
    assert "On programme" not in words and "No evidence dated yet." in words
    assert summary_words(doc) == "0 of 2 KSBs met and signed off (0%); 0 evidenced (0%); 2 gaps"
    mine = document(mentors_own=True, owner="Jane Doe")
    assert "Mentor Jane Doe Standard" in text(build_portfolio(mine, "MD-K-0002").data)


def test_a_long_programme_labels_at_most_twelve_months():
    months = [ProgressLine(date(2024 + m // 12, m % 12 + 1, 1), m, None) for m in range(40)]
    labels = _labels(months)
    assert len(labels) == 40 and 1 < sum(1 for x in labels if x) <= MAX_LABELS + 1
    assert labels[0] == "Jan 2024" and labels[-1] == "Apr 2027"
    drawing = progress_chart(months, 400, 190)
    assert (drawing.width, drawing.height) == (400, 190)
