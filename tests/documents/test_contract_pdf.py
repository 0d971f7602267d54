"""The contract PDF: made from the GUI's and the CLI's one function, readable, complete."""

from io import BytesIO

import pytest
from pypdf import PdfReader

from mentordesk.cli import main
from mentordesk.services import contracts
from tests.conftest import PASSPHRASE
from tests.contract_data import SIGNED_AT, both_signatures, complete_draft

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
        pdf = contracts.contract_pdf(db, cid)
    assert pdf.startswith(b"%PDF")
    reader = PdfReader(BytesIO(pdf))
    pages = len(reader.pages)
    text = _text(pdf)
    for heading in SECTIONS:
        assert heading in text
    assert "Priya Patel" in text and "Test Mentor" in text
    assert "Plan sessions with a model" in text and "Tom Reid" in text
    assert f"Page 1 of {pages}" in text and f"MD-C-{cid:04d} · version 1" in text
    assert "record " not in text
    assert reader.metadata.title == "Mentoring contract: Priya Patel (version 1)"
    assert "/Image" in str(reader.pages[-1]["/Resources"]) or any(
        "/Image" in str(p["/Resources"]) for p in reader.pages
    )  # the drawn signature is embedded as an image


def test_a_draft_is_not_printed(vault):
    with vault.transaction() as db:
        cid = contracts.start(db, complete_draft(db))
    with vault.session() as db, pytest.raises(contracts.ContractError, match="draft"):
        contracts.contract_pdf(db, cid)


def test_cli_export_contract(vault, tmp_path, monkeypatch, capsys):
    _signed(vault)
    vault.close()
    monkeypatch.setenv("MENTORDESK_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "contract.pdf"
    args = ["export", "contract", "--vault", str(vault.folder), "--mentee", "priya patel"]
    assert main([*args, "--out", str(out)]) == 0
    assert "version 1 written" in capsys.readouterr().out
    assert "Starting point" in _text(out.read_bytes())
    assert main([*args, "--version", "2", "--out", str(tmp_path / "v2.pdf")]) == 1
    assert "no version 2" in capsys.readouterr().err
    assert main([*args[:-1], "Nobody", "--out", str(tmp_path / "x.pdf")]) == 1
    assert "No mentee is called" in capsys.readouterr().err
    assert not (tmp_path / "v2.pdf").exists() and not (tmp_path / "x.pdf").exists()
