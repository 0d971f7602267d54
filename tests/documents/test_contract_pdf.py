"""The contract PDF: made from the GUI's and the CLI's one function, readable, complete."""

import re
from io import BytesIO

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from mentordesk.cli import main
from mentordesk.documents.contract_pdf import build_contract_pdf
from mentordesk.documents.model import ContractDocument
from mentordesk.services import contracts
from mentordesk.services.signatures import SignatureData
from mentordesk.vault.enums import SignatureMethod, SignerRole
from mentordesk.vault.models import Ksb, Standard
from mentordesk.words import RATING_WORDS
from tests.conftest import PASSPHRASE
from tests.contract_data import SIGNED_AT, both_signatures, complete_draft
from tests.documents.pdftext import flat, pages_text, text

SECTIONS = [
    "Mentee and programme",
    "Starting point",
    "Development goals",
    "Barriers and support",
    "Boundaries and expectations",
    "Stakeholders and data sharing",
    "Signatures",
]


def _text(pdf: bytes) -> str:
    reader = PdfReader(BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def _signed(vault) -> int:
    with vault.transaction() as db:
        draft = complete_draft(db)
        cid = contracts.start(db, draft)
        contracts.sign(db, cid, draft, both_signatures(), now=SIGNED_AT)
    return cid


def test_pdf_has_every_section_both_signers_and_page_numbers(vault):
    cid = _signed(vault)
    with vault.session() as db:
        pdf = contracts.contract_pdf(db, cid, SIGNED_AT)
    assert pdf.startswith(b"%PDF")
    reader = PdfReader(BytesIO(pdf))
    pages = len(reader.pages)
    text = _text(pdf)
    for heading in SECTIONS:
        assert heading in text
    assert "Priya Patel" in text and "Test Mentor" in text
    assert "Plan sessions with a model" in text and "Tom Reid" in text
    assert f"Page 1 of {pages}" in text and f"MD-C-{cid:04d} · version 1" in text
    assert not re.search(r"record \d", text)  # the footer quotes the reference, no number
    assert reader.metadata.title == "Mentoring contract: Priya Patel (version 1)"
    assert "/Image" in str(reader.pages[-1]["/Resources"]) or any(
        "/Image" in str(p["/Resources"]) for p in reader.pages
    )  # the drawn signature is embedded as an image


def test_a_draft_is_not_printed(vault):
    with vault.transaction() as db:
        cid = contracts.start(db, complete_draft(db))
    with vault.session() as db, pytest.raises(contracts.ContractError, match="draft"):
        contracts.contract_pdf(db, cid, SIGNED_AT)


def test_cli_export_contract(vault, tmp_path, monkeypatch, capsys):
    _signed(vault)
    vault.close()
    monkeypatch.setenv("MENTORDESK_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "contract.pdf"
    args = ["export", "contract", "--vault", str(vault.folder), "--mentee", "priya patel"]
    assert main([*args, "--out", str(out)]) == 0
    assert "version 1 signed and written" in capsys.readouterr().out
    assert "Starting point" in _text(out.read_bytes())
    assert main([*args, "--version", "2", "--out", str(tmp_path / "v2.pdf")]) == 1
    assert "no version 2" in capsys.readouterr().err
    assert main([*args[:-1], "Nobody", "--out", str(tmp_path / "x.pdf")]) == 1
    assert "No mentee is called" in capsys.readouterr().err
    assert not (tmp_path / "v2.pdf").exists() and not (tmp_path / "x.pdf").exists()


def _st0148_with_three_signers(vault) -> int:
    """A contract on ST0148 with every KSB rated (every score used) and a note on some, signed
    by the mentee, their line manager (employer) and the mentor."""
    with vault.transaction() as db:
        draft = complete_draft(db)
        draft.standard_id = db.scalar(select(Standard.id).where(Standard.reference == "ST0148"))
        draft.ratings = []
        contracts.fill_ratings(db, draft)
        for n, r in enumerate(draft.ratings):
            r.mentee, r.mentor = n % 5, (n + 2) % 5
            r.note = "Seen at work on the ward, with the team leader" if n % 6 == 0 else ""
        cid = contracts.start(db, draft)
        signers = [
            *both_signatures(),
            SignatureData(SignerRole.EMPLOYER, "Grace Obi", SignatureMethod.TYPED, None, SIGNED_AT),
        ]
        contracts.sign(db, cid, draft, signers, now=SIGNED_AT)
    return cid


def test_st0148_contract_prints_the_whole_scan_with_its_key_on_two_pages(vault):
    cid = _st0148_with_three_signers(vault)
    with vault.session() as db:
        pdf = contracts.contract_pdf(db, cid, SIGNED_AT)
        ksbs = db.scalars(
            select(Ksb).join(Standard).where(Standard.reference == "ST0148").order_by(Ksb.position)
        ).all()
    pages = pages_text(pdf)
    printed = " ".join(pages)
    assert len(pages) <= 2
    assert "…" not in printed
    assert "Learning mentor (ST0148, level 3, version 1.0)" in printed
    scale = RATING_WORDS  # the scale the wizard rates with: "0 Not yet" … "4 Confident"
    assert len(scale) == 5 and all(words.startswith(f"{n} ") for n, words in enumerate(scale))
    assert (
        "Key: each KSB rated by the mentee and by the mentor at the start: "
        + " · ".join(scale)
        + "; not rated: no rating given yet."
    ) in printed
    assert "KSB Skills scan: knowledge, skill or behaviour Mentee Mentor" in printed
    assert len(ksbs) == 27
    for n, ksb in enumerate(ksbs):  # each title whole, then mentee's and mentor's rating
        note = " Note: Seen at work on the ward, with the team leader" if n % 6 == 0 else ""
        row = f"{ksb.code} {flat(ksb.detail)}{note} {scale[n % 5]} {scale[(n + 2) % 5]}"
        assert row in printed, row
    assert "mentee 0" not in printed
    for n, page in enumerate(pages, 1):
        assert page.endswith(
            f"Mentoring contract · Priya Patel · MD-C-{cid:04d} · version 1 "
            f"Page {n} of {len(pages)}"
        )
    assert printed.startswith(f"Mentoring contract MD-C-{cid:04d} · version 1 Between Priya")


def test_an_employer_signature_is_printed_between_mentee_and_mentor(vault):
    cid = _st0148_with_three_signers(vault)
    with vault.session() as db:
        doc = contracts.document(db, cid)
        pdf = contracts.contract_pdf(db, cid, SIGNED_AT)
    assert [(s.role, s.name) for s in doc.signatures] == [
        ("Mentee", "Priya Patel"),
        ("Employer", "Grace Obi"),
        ("Mentor", "Test Mentor"),
    ]
    signatures = text(pdf).split("We agree to this mentoring contract.")[1]
    assert signatures.index("Mentee") < signatures.index("Employer Grace Obi")
    assert signatures.index("Employer") < signatures.index("Mentor Test Mentor")
    assert signatures.count("1 September 2026, ") == 3


def test_unrated_ksbs_print_as_not_rated(vault):
    with vault.transaction() as db:
        draft = complete_draft(db)
        draft.ratings[0].mentee = None
        draft.ratings[1].mentor = None
        pdf = build_contract_pdf(
            ContractDocument(
                record_id=7,
                version=1,
                status="draft",
                mentee="Priya Patel",
                mentor="Test Mentor",
                mentor_role="",
                organisation="",
                agreed_at=None,
                supersedes_version=None,
                sections=contracts.sections(db, draft),
                signatures=[],
            )
        )
    printed = text(pdf.data)
    k1, k2 = draft.ratings[0].ksb_code, draft.ratings[1].ksb_code
    assert re.search(rf"{k1} [^·]*? Note: Has run toolbox talks not rated 1 Aware", printed)
    assert re.search(rf"{k2} [^·]*? 1 Aware not rated", printed)
    assert "MD-C-0007 · version 1" in printed
