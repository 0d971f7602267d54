"""The CPD record as a signed PDF: read back as a person would, it names the mentor and the
period, lists every activity with its details, the hours per year and over the three
years against the targets, and each evidence file by name and SHA-256."""

from __future__ import annotations

import hashlib
import stat
from datetime import date

import pytest
from sqlalchemy import select

from mentordesk.services import cpd
from mentordesk.services.cpd import CpdDraft, CpdError, NewFile
from mentordesk.vault.enums import CpdKind
from mentordesk.vault.models import IssuedRecord, Ksb, Standard
from tests.conftest import NOW
from tests.documents.pdftext import flat, text

START, END = date(2023, 11, 24), date(2026, 11, 23)


@pytest.fixture
def logged(vault):
    with vault.transaction() as db:
        standard = db.scalar(select(Standard.id).where(Standard.reference == "ST1379"))
        k14 = db.scalar(select(Ksb.id).where(Ksb.standard_id == standard, Ksb.code == "K14"))
        cpd.create(
            db,
            CpdDraft(
                occurred_on=date(2026, 5, 3),
                ended_on=date(2026, 5, 4),
                title="Mental health first aid",
                kind=CpdKind.COURSE.value,
                hours=14,
                participatory=True,
                provider="MHFA England",
                what_i_learned="How to open a conversation about wellbeing",
                impact_on_practice="A wellbeing check-in at the start of each session",
                ksb_ids=(k14,),
            ),
            (NewFile("mhfa-certificate.pdf", b"%PDF-1.4 certificate"),),
        )
        cpd.create(
            db,
            CpdDraft(date(2024, 2, 29), "Reading: Clutterbuck", CpdKind.READING.value, 2.5),
        )
        cpd.create(  # before the period: left out
            db, CpdDraft(date(2023, 11, 23), "Old webinar", CpdKind.WEBINAR.value, 99)
        )
    return vault


def test_the_pdf_lists_activities_totals_and_evidence(logged):
    with logged.transaction() as db:
        pdf = cpd.cpd_pdf(db, START, END, NOW)
        second = cpd.cpd_pdf(db, START, END, NOW)
        issued = db.scalars(select(IssuedRecord.reference).order_by(IssuedRecord.id)).all()
    words = text(pdf)
    for part in (
        "CPD record",
        "MD-P-0001",
        "Test Mentor",
        "24 November 2023 to 23 November 2026",
        "Mental health first aid",
        "3–4 May 2026",
        "MHFA England",
        "How to open a conversation about wellbeing",
        "A wellbeing check-in at the start of each session",
        "Reading: Clutterbuck",
        "29 February 2024",
        "The three years ending 23 November 2026",
        "16.5 hours of the 35 asked for: 18.5 to go",
        "14 participatory hours of the 20 asked for: 6 to go",
        "2023 (24 November to 31 December) 0 0 0",  # every year of the period, in part
        "2024 2.5 0 1",
        "2025 0 0 0",
        "2026 (1 January to 23 November) 14 14 1",
        "mhfa-certificate.pdf",
        "KSBs evidenced",
        "K14",
    ):
        assert flat(part) in words, part
    assert "Old webinar" not in words
    digest = hashlib.sha256(b"%PDF-1.4 certificate").hexdigest()
    assert digest in words.replace(" ", "")
    assert "MD-P-0002" in text(second) and issued == ["MD-P-0001", "MD-P-0002"]


def test_an_empty_period_says_so(vault):
    with vault.transaction() as db:
        words = text(cpd.cpd_pdf(db, date(2020, 1, 1), date(2020, 12, 31), NOW))
    assert "No CPD recorded in this period." in words
    assert "0 hours of the 35 asked for: 35 to go" in words


def test_export_writes_a_private_file_and_refuses_a_bad_period_or_place(logged, tmp_path):
    out = tmp_path / "cpd.pdf"
    with logged.transaction() as db:
        assert cpd.export_cpd(db, START, END, out, NOW) == out
    assert out.read_bytes().startswith(b"%PDF") and stat.S_IMODE(out.stat().st_mode) == 0o600
    assert not list(tmp_path.glob("*.tmp"))
    with logged.transaction() as db:
        with pytest.raises(CpdError) as caught:
            cpd.export_cpd(db, END, START, tmp_path / "x.pdf", NOW)
        assert str(caught.value) == (
            "The period starts on 23 November 2026, after its end on 24 November 2023; "
            "choose an end on or after the start."
        )
        with pytest.raises(CpdError, match="is a folder; give a file name ending in .pdf"):
            cpd.export_cpd(db, START, END, tmp_path, NOW)
        with pytest.raises(CpdError, match="does not exist; choose another place for x.pdf"):
            cpd.export_cpd(db, START, END, tmp_path / "nowhere" / "x.pdf", NOW)


def test_an_activity_over_several_days_is_dated_briefly():
    from mentordesk.services.cpd.record import dates_words

    assert dates_words(date(2026, 5, 3), None) == "3 May 2026"
    assert dates_words(date(2026, 5, 3), date(2026, 5, 3)) == "3 May 2026"
    assert dates_words(date(2026, 5, 3), date(2026, 5, 4)) == "3–4 May 2026"
    assert dates_words(date(2026, 4, 30), date(2026, 5, 2)) == "30 April – 2 May 2026"
    assert dates_words(date(2025, 12, 30), date(2026, 1, 2)) == (
        "30 December 2025 – 2 January 2026"
    )


def test_a_write_up_longer_than_a_page_is_printed_whole_across_pages(vault):
    """A cell of the activities table taller than a page splits across pages: the record
    is made, and every word is in it."""
    learned = " ".join(f"Lesson{n} about contracting and questions." for n in range(700))
    with vault.transaction() as db:
        cpd.create(
            db,
            CpdDraft(date(2026, 6, 1), "A long course", CpdKind.COURSE.value, 30,
                     what_i_learned=learned),
        )  # fmt: skip
        data = cpd.cpd_pdf(db, START, END, NOW)
    words = flat(text(data))
    assert all(f"Lesson{n} " in words for n in (0, 350, 699))
