"""``mentordesk verify``, ``signing`` and ``countersigned`` from the command line."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from mentordesk.cli import main
from mentordesk.documents.signing import make_identity
from tests.contract_data import signed_contract
from tests.documents.signed import append_update, employer_signs


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def contract_pdfs(vault, with_passphrase, tmp_path, capsys):
    signed_contract(vault)
    vault.close()
    base = ["--vault", vault.folder, "--mentee", "priya patel"]
    final, copy = tmp_path / "final.pdf", tmp_path / "copy.pdf"
    assert run(capsys, "export", "contract", *base, "--out", final)[0] == 0
    code, out, _ = run(capsys, "export", "contract", *base, "--out", copy, "--countersign")
    assert code == 0 and "signed for countersigning and written" in out
    cert = tmp_path / "mentor.pem"
    assert run(capsys, "signing", "certificate", "--vault", vault.folder, "--out", cert)[0] == 0
    return final, copy, cert


def test_verify_says_who_signed_and_that_nothing_changed(contract_pdfs, capsys):
    final, _copy, cert = contract_pdfs
    code, out, err = run(capsys, "verify", final, "--trust", cert)
    assert code == 0, err
    first = out.splitlines()[0]
    assert first.startswith("Signed by Test Mentor on ") and first.endswith("; not changed since.")
    assert "intact: yes · valid: yes · trusted: yes" in out
    assert "coverage: ENTIRE_FILE" in out and "certifies the document: NO_CHANGES" in out


def test_verify_without_the_certificate_says_the_signer_is_not_trusted(contract_pdfs, capsys):
    final, _copy, _cert = contract_pdfs
    code, out, _ = run(capsys, "verify", final)
    assert code == 10 and out.startswith("Signer not in your trusted list: Test Mentor")


def test_verify_a_changed_or_unsigned_file_fails(contract_pdfs, capsys, tmp_path):
    final, _copy, cert = contract_pdfs
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(append_update(final.read_bytes()))
    code, out, _ = run(capsys, "verify", changed, "--trust", cert)
    assert code == 1 and out.startswith("CHANGED after signing")
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    assert run(capsys, "verify", plain)[0] == 1
    code, _out, err = run(capsys, "verify", tmp_path / "missing.pdf")
    assert code == 1 and "missing.pdf cannot be read" in err
    code, _out, err = run(capsys, "verify", final, "--trust", final)
    assert code == 1 and "is not a certificate" in err


def test_a_countersigned_contract_is_imported_and_listed(contract_pdfs, capsys, tmp_path, vault):
    _final, copy, cert = contract_pdfs
    now = datetime.now(UTC)  # the command line's clock is the computer's
    employer = make_identity("Grace Obi", "Northfield Engineering", now)
    back = tmp_path / "back.pdf"
    back.write_bytes(employer_signs(copy.read_bytes(), employer, when=now))
    code, out, _ = run(capsys, "verify", back, "--trust", cert)
    assert code == 10 and "countersigned by Grace Obi" in out  # the employer's key is theirs
    code, out, err = run(capsys, "countersigned", "import", back, "--vault", vault.folder)
    assert code == 0, err
    assert (
        "MD-C-0001: recorded the countersignature of Grace Obi (employer); the signed copy" in out
    )
    assert "Employer: Grace Obi, Northfield Engineering, signed " in out
    code, out, _ = run(capsys, "countersigned", "list", "--vault", vault.folder)
    assert code == 0 and out.startswith("MD-C-0001  Employer: Grace Obi")
    kept = tmp_path / "kept.pdf"
    code, out, _ = run(
        capsys, "countersigned", "copy", "MD-C-0001", "--out", kept, "--vault", vault.folder
    )
    assert code == 0 and kept.read_bytes() == back.read_bytes()
    assert kept.stat().st_mode & 0o777 == 0o600
    code, _out, err = run(
        capsys, "countersigned", "copy", "MD-R-0042", "--out", kept, "--vault", vault.folder
    )
    assert code == 1 and "No countersigned copy of MD-R-0042 has come back" in err
    code, _out, err = run(capsys, "countersigned", "import", copy, "--vault", vault.folder)
    assert code == 1 and "Nobody has signed this copy of MD-C-0001 yet" in err


def test_signing_show_and_new(vault, with_passphrase, capsys):
    vault.close()
    code, out, _ = run(capsys, "signing", "show", "--vault", vault.folder)
    assert code == 0 and "No signing certificate yet" in out
    code, out, _ = run(capsys, "signing", "new", "--vault", vault.folder)
    assert code == 0 and "Signer: Test Mentor" in out and "SHA-256 fingerprint: " in out
    fingerprint = out.split("SHA-256 fingerprint: ")[1].splitlines()[0]
    assert len(fingerprint.replace(" ", "")) == 64
    code, out, _ = run(capsys, "signing", "show", "--vault", vault.folder)
    assert fingerprint in out and "(self-signed)" in out


def test_verify_writes_the_how_to_check_sheet(tmp_path, capsys):
    from pypdf import PdfReader

    out = tmp_path / "how-to-check.pdf"
    code, printed, _ = run(capsys, "verify", "--sheet", out)
    assert code == 0 and "written to" in printed
    assert len(PdfReader(out).pages) == 1 and out.stat().st_mode & 0o777 == 0o600
    code, _out, err = run(capsys, "verify")
    assert code == 1 and "give the PDF to check" in err
