"""A portfolio gathered for print: every KSB of the standard with its evidence, the
judgement of each piece against it, its files' SHA-256, the gaps and progress; signed,
numbered as issued and written privately; the mentor's own, CPD files included."""

from __future__ import annotations

import hashlib
import stat
from datetime import date

import pytest
from sqlalchemy import select

from mentordesk.documents.verify import OK, verify_pdf
from mentordesk.errors import ValidationError
from mentordesk.services import cpd, mentees
from mentordesk.services.attachments import NewFile
from mentordesk.services.ksb import evidence, portfolio
from mentordesk.services.ksb.evidence import EvidenceDraft, KsbMark
from mentordesk.services.ksb.portfolio import PortfolioError
from mentordesk.services.signing.identity import trusted
from mentordesk.vault.enums import CpdKind, EvidenceKind, Judgement
from mentordesk.vault.models import IssuedRecord
from tests.conftest import NOW
from tests.documents.pdftext import text
from tests.services.portfolio_data import FILES, TODAY, build, codes_of, ksb_ids


def test_every_ksb_with_its_evidence_judgements_and_files(vault):
    mid, _ids = build(vault)
    with vault.session() as db:
        found = portfolio.gather(db, mid, TODAY)
        codes = codes_of(db, "ST0148")
    doc = found.document
    assert (doc.owner, doc.mentors_own, doc.mentor) == ("Priya Patel", False, "Test Mentor")
    assert doc.standard == "Learning mentor (ST0148, level 3, version 1.0)"
    assert [k.code for k in doc.ksbs] == codes and (doc.met, doc.evidenced) == (1, 3)
    by = {k.code: k for k in doc.ksbs}
    k1, s3, b1, k2 = by["K1"], by["S3"], by["B1"], by["K2"]
    assert (k1.status, k1.count, k1.met, k1.gap) == ("Green — Met", 2, 2, False)
    assert [p.title for p in k1.pieces] == ["Handover at the ward", "Toolbox talk observed"]
    assert [(f.filename, f.sha256) for f in k1.pieces[0].files] == [
        (n, hashlib.sha256(FILES[n]).hexdigest()) for n in ("photo.jpg", "statement.pdf")
    ]
    assert k1.pieces[0].observer == "Grace Obi, ward manager"
    assert k1.pieces[0].signed_off_on == date(2026, 3, 6)
    assert (s3.status, s3.latest, s3.missing) == ("Amber — Working towards", "Working towards", 1)
    assert [p.judgement for p in s3.pieces] == ["Working towards"]
    assert [p.judgement for p in b1.pieces] == ["Not judged yet"] and not b1.pieces[0].files
    assert (k2.status, k2.pieces, k2.missing) == ("Red — No evidence", (), 2)
    assert [(f.filename, f.ksbs) for f in found.files] == [
        ("photo.jpg", ("K1", "S3")),
        ("statement.pdf", ("K1", "S3")),
        ("notes.txt", ("K1",)),
    ]
    months = [p.month for p in doc.progress]
    assert months[0] == date(2025, 9, 1) and months[-1] == date(2026, 11, 1)
    assert doc.progress[-1].percent_met == pytest.approx(100 / 27, abs=0.1)


def test_the_pdf_is_signed_verifies_and_is_numbered_as_issued(vault, tmp_path):
    mid, _ids = build(vault)
    out = tmp_path / "portfolio.pdf"
    steps = []
    with vault.transaction() as db:
        assert portfolio.export_portfolio(db, mid, out, NOW, lambda *s: steps.append(s)) == out
        second = portfolio.portfolio_pdf(db, mid, NOW)
        certificates = trusted(db)
        issued = db.scalars(select(IssuedRecord.reference).order_by(IssuedRecord.id)).all()
    data = out.read_bytes()
    assert stat.S_IMODE(out.stat().st_mode) == 0o600 and not list(tmp_path.glob("*.tmp"))
    assert verify_pdf(data, certificates, NOW).code == OK
    assert issued == ["MD-K-0001", "MD-K-0002"] and "MD-K-0002" in text(second)
    assert steps[-1] == (4, 4, "Writing portfolio.pdf")
    words = text(data).replace(" ", "")
    assert all(hashlib.sha256(b).hexdigest() in words for b in FILES.values())


def test_the_mentors_own_portfolio_counts_cpd_files(vault):
    with vault.transaction() as db:
        k14, s3 = ksb_ids(db, "ST1379", "K14", "S3")
        evidence.create(
            db,
            EvidenceDraft(
                None, EvidenceKind.OBSERVATION.value, "Observed by my manager",
                date(2026, 5, 1), marks=(KsbMark(s3, Judgement.MET),),
            ),
            TODAY,
        )  # fmt: skip
        cpd.create(
            db,
            cpd.CpdDraft(date(2026, 5, 3), "Mental health first aid", CpdKind.COURSE.value,
                         14, ksb_ids=(k14,)),
            (NewFile("mhfa.pdf", b"%PDF-1.4 certificate"),),
        )  # fmt: skip
        found = portfolio.gather(db, None, TODAY)
    doc = found.document
    assert doc.mentors_own and doc.owner == "Test Mentor" and "ST1379" in doc.standard
    by = {k.code: k for k in doc.ksbs}
    assert [p.title for p in by["S3"].pieces] == ["Observed by my manager"]
    assert [p.kind for p in by["K14"].pieces] == ["CPD"]
    assert [(f.store, f.filename, f.ksbs) for f in found.files] == [("cpd", "mhfa.pdf", ("K14",))]


def test_refused_without_a_standard_or_a_place_to_write(vault, tmp_path):
    with vault.transaction() as db:
        mid = mentees.create(db, mentees.MenteeData("Tom Hughes"))
        with pytest.raises(PortfolioError) as caught:
            portfolio.gather(db, mid, TODAY)
        assert str(caught.value) == (
            "Tom Hughes has no apprenticeship standard chosen: choose one on their page, "
            "then make the portfolio again."
        )
        with pytest.raises(ValidationError, match="Mentee 999 is not in this vault"):
            portfolio.gather(db, 999, TODAY)
        with pytest.raises(PortfolioError, match="is a folder; give a file name ending in .pdf"):
            portfolio.export_portfolio(db, None, tmp_path, NOW)
        with pytest.raises(PortfolioError, match="does not exist; choose another place for x.pdf"):
            portfolio.export_portfolio(db, None, tmp_path / "nowhere" / "x.pdf", NOW)
        assert db.scalar(select(IssuedRecord.id)) is None  # refused before anything issued
