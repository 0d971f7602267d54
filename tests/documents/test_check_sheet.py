"""The sheet "How to check a MentorDesk record": one A4 page, the guide page's words whole,
and what it tells a reader to look for is what pyHanko really says."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from io import BytesIO

import pytest
from pypdf import PdfReader

from mentordesk.documents.check_sheet import (
    Block,
    blocks_of,
    build_check_sheet,
    save_check_sheet,
    source_path,
)
from tests.documents.pdftext import flat, pages_text, text


@pytest.fixture(scope="module")
def sheet() -> bytes:
    return build_check_sheet()


def test_the_sheet_is_one_a4_page(sheet):
    reader = PdfReader(BytesIO(sheet))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    assert reader.metadata.title == "How to check a MentorDesk record"


def test_the_sheet_tells_the_commands_and_the_steps(sheet):
    words = text(sheet)
    for needed in (
        "How to check a MentorDesk record",
        "pip install pyhanko-cli",
        "pyhanko sign validate --trust mentor.pem MD-R-0004.pdf",
        "mentordesk verify MD-R-0004.pdf --trust mentor.pem",
        "File › Verify a PDF…",
        "File › Preferences… › Signing certificate… › Export certificate…",
        "Signature validity is UNKNOWN",
        "At least one signature has problems",
        "has not been included in your list of trusted certificates",
        "Show Signature Properties… › Show Signer's Certificate…",
        "Add to Trusted Certificates…",
        '"Use this certificate as a trusted root" and "Certified documents"',
        "Validate Signature",
        "The document has not been modified since it was certified",
        "INTACT",
        "TRUSTED",
        "UNTOUCHED",
        "EXTENDED_WITH_FORM_FILLING",
        "QR code",
        "SHA-256",
        '"Mentee" and "Employer"',
    ):
        assert flat(needed) in words, needed


def _plain(block: Block) -> str:
    return flat(" ".join(block.lines).replace("**", "").replace("`", ""))


def test_every_block_of_the_guide_page_is_printed_whole(sheet):
    blocks = blocks_of(source_path().read_text(encoding="utf-8"))
    kinds = {b.kind for b in blocks}
    assert {"title", "heading", "para", "bullet", "number", "code"} <= kinds
    words = text(sheet)
    missing = [_plain(b) for b in blocks if _plain(b) not in words]
    assert not missing
    assert [b.number for b in blocks if b.kind == "number"] == ["1.", "2.", "3.", "4.", "5."]


def test_markdown_blocks_lists_go_on_indented_and_code_keeps_its_lines():
    blocks = blocks_of(
        "# Title\n\nA para\nthat goes on.\n\n- **One** item\n  goes on\n- Two\n\n"
        "1. First\n   more\n2. Second\n\n```\ncmd one\n  cmd two\n```\n## Head\nAfter.\n"
    )
    assert [(b.kind, b.lines, b.number) for b in blocks] == [
        ("title", ["Title"], ""),
        ("para", ["A para", "that goes on."], ""),
        ("bullet", ["**One** item", "goes on"], ""),
        ("bullet", ["Two"], ""),
        ("number", ["First", "more"], "1."),
        ("number", ["Second"], "2."),
        ("code", ["cmd one", "  cmd two"], ""),
        ("heading", ["Head"], ""),
        ("para", ["After."], ""),
    ]


def test_longer_words_still_fit_on_one_page_in_smaller_type():
    page = source_path().read_text(encoding="utf-8")
    more = "\n\n".join(f"An added line of explanation, number {n}, for a reader." for n in range(3))
    pdf = build_check_sheet(page + "\n\n## More\n\n" + more + "\n")
    assert len(pages_text(pdf)) == 1
    assert "number 2, for a reader" in text(pdf)


def test_saved_sheet_is_private_and_replaces_an_older_one(tmp_path):
    path = tmp_path / "check.pdf"
    path.write_bytes(b"old")
    save_check_sheet(path)
    assert path.read_bytes().startswith(b"%PDF")
    assert len(PdfReader(path).pages) == 1
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["check.pdf"]  # no temporary file left


def test_reading_the_module_imports_no_reportlab():
    code = (
        "import sys, mentordesk.documents.check_sheet, mentordesk.ui.user_guide;"
        "print('reportlab' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=os.environ
    )
    assert out.stdout.strip() == "False"


# -- what pyHanko says: the sheet's words are the ones its command prints --------------------


def _identity(name: str):
    from asn1crypto import keys, x509
    from cryptography import x509 as cx509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    who = cx509.Name([cx509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.now(UTC)
    cert = (
        cx509.CertificateBuilder()
        .subject_name(who)
        .issuer_name(who)
        .public_key(key.public_key())
        .serial_number(cx509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .add_extension(
            cx509.KeyUsage(True, True, False, False, False, False, False, False, False), True
        )
        .sign(key, hashes.SHA256())
    )
    der_key = key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return (
        x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
        keys.PrivateKeyInfo.load(der_key),
    )


def _sign(pdf: bytes, identity, field: str, certify_level=None, empty_fields=()) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    cert, key = identity
    signer = signers.SimpleSigner(
        signing_cert=cert, signing_key=key, cert_registry=SimpleCertificateStore.from_certs([cert])
    )
    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    for name in empty_fields:
        fields.append_signature_field(writer, fields.SigFieldSpec(name, box=(50, 50, 200, 90)))
    meta = signers.PdfSignatureMetadata(
        field_name=field,
        certify=certify_level is not None,
        docmdp_permissions=certify_level or fields.MDPPerm.FILL_FORMS,
        subfilter=fields.SigSeedSubFilter.PADES,
    )
    out = BytesIO()
    signers.sign_pdf(writer, meta, signer=signer, output=out)
    return out.getvalue()


def _summaries(pdf: bytes, *trusted) -> list[str]:
    """What ``pyhanko sign validate`` prints after each signature's name and fingerprint."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    reader = PdfFileReader(BytesIO(pdf))
    context = ValidationContext(trust_roots=[cert for cert, _key in trusted])
    return [validate_pdf_signature(s, context).summary() for s in reader.embedded_signatures]


def test_the_lines_the_sheet_names_are_the_ones_pyhanko_prints(sheet):
    from pyhanko.sign.fields import MDPPerm
    from reportlab.pdfgen import canvas

    out = BytesIO()
    page = canvas.Canvas(out, pageCompression=0)
    page.drawString(100, 700, "Progress review MD-R-0004")
    page.showPage()
    page.save()
    record = out.getvalue()
    mentor, employer = _identity("Jane Doe"), _identity("Bob Employer")
    issued = _sign(record, mentor, "Mentor", MDPPerm.NO_CHANGES)
    to_sign = _sign(record, mentor, "Mentor", MDPPerm.FILL_FORMS, ("Mentee", "Employer"))
    countersigned = _sign(to_sign, employer, "Employer")

    assert _summaries(issued, mentor) == ["INTACT:TRUSTED,UNTOUCHED"]
    assert _summaries(issued, employer) == ["INTACT:UNTRUSTED,UNTOUCHED"]
    both = _summaries(countersigned, mentor, employer)
    assert both == [
        "INTACT:TRUSTED,EXTENDED_WITH_FORM_FILLING,ACCEPTABLE_MODIFICATIONS",
        "INTACT:TRUSTED,UNTOUCHED",
    ]
    flipped = bytearray(issued)
    flipped[issued.index(b"MD-R-0004")] = ord("N")  # one byte inside the signed range
    assert _summaries(bytes(flipped), mentor) == ["INVALID"]

    words = text(sheet)
    said = set(re.findall(r"[A-Z][A-Z_]{5,}", words))
    for summary in [*both, *_summaries(issued, employer), "INVALID", "INTACT:TRUSTED,UNTOUCHED"]:
        for word in re.split(r"[:,]", summary):
            if word != "ACCEPTABLE_MODIFICATIONS":  # said as "form filling" in words
                assert word in said, word
