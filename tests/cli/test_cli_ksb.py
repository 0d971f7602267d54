"""The KSB tracker from the command line: the matrix as a table and as CSV, the gateway
checklist's exit code, the signed portfolio and the gateway pack."""

from __future__ import annotations

import csv
import io
import stat
import subprocess
import zipfile
from datetime import date

import pytest

from mentordesk import cli
from mentordesk.cli import main
from mentordesk.services.ksb import gateway
from mentordesk.vault import Vault
from tests.conftest import PASSPHRASE, fixed_clock
from tests.documents.pdftext import text
from tests.services import portfolio_data


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def built(vault_dir, with_passphrase, monkeypatch):
    monkeypatch.setattr(cli, "CLOCK", fixed_clock())  # today: 23 November 2026
    with Vault.open_with_passphrase(vault_dir, PASSPHRASE) as vault:
        mid, _ids = portfolio_data.build(vault)
        with vault.session() as db:
            codes = portfolio_data.codes_of(db, "ST0148")
    return ("--vault", str(vault_dir)), mid, codes


def test_the_matrix_as_a_table_lists_every_ksb(built, capsys):
    where, _mid, codes = built
    code, out, err = run(capsys, "ksb", "matrix", *where, "--mentee", "Priya Patel")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith("Priya Patel: Learning mentor (ST0148 v1.0). 1 of 27 KSBs met")
    assert lines[1].split()[:3] == ["Code", "KSB", "Duties"]
    assert [line.split()[0] for line in lines[2:]] == codes
    k1 = next(line for line in lines if line.startswith("K1 "))
    assert "2026-06-01" in k1 and k1.endswith("✔ Met")
    assert next(line for line in lines if line.startswith("K2 ")).endswith("✖ No evidence")


def test_the_matrix_as_csv_by_id(built, capsys):
    where, mid, codes = built
    code, out, _ = run(capsys, "ksb", "matrix", *where, "--mentee", str(mid), "--csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and [r["code"] for r in rows] == codes
    s3 = next(r for r in rows if r["code"] == "S3")
    assert (s3["evidence"], s3["required"], s3["latest_judgement"], s3["last_evidenced"]) == (
        "1", "2", "Working towards", "2026-03-05",
    )  # fmt: skip
    assert s3["status"] == "◐ Working towards" and s3["ksb"].startswith(
        "Work with education providers"
    )


def test_the_mentors_own_matrix_and_errors_in_one_line(built, capsys):
    where, _mid, _codes = built
    code, out, _ = run(capsys, "ksb", "matrix", *where, "--mine")
    assert code == 0 and "ST1379" in out.splitlines()[0]
    code, out, err = run(capsys, "ksb", "matrix", *where, "--mentee", "Nobody Here")
    assert (code, out) == (1, "")
    assert err == "mentordesk: No mentee is called or numbered 'Nobody Here'.\n"
    with pytest.raises(SystemExit) as usage:  # --mentee or --mine, one of them
        main(["ksb", "matrix", *where])
    assert usage.value.code == 2


def test_gateway_not_ready_exits_11_and_lists_each_unmet_rule(built, capsys):
    where, _mid, _codes = built
    code, out, err = run(capsys, "gateway", *where, "--mentee", "Priya Patel")
    assert (code, err) == (11, "")  # not ready: apart from 1, refused
    lines = out.splitlines()
    assert lines[0].startswith("Gateway readiness of Priya Patel")
    rules = [line for line in lines[1:-1]]
    assert rules and all(line[0] in "✔✖" and "(source: " in line for line in rules)
    unmet = [line[2:].split(":")[0] for line in rules if line.startswith("✖")]
    assert unmet and lines[-1].startswith(f"Not ready: {len(unmet)} of {len(rules)} rules")
    assert all(label in lines[-1] for label in unmet)


def test_gateway_ready_exits_0(built, capsys, monkeypatch):
    where, _mid, _codes = built
    results = (
        gateway.RuleResult(
            "time", "Time on programme", "ST0148 assessment plan", True, "14 months"
        ),
        gateway.RuleResult("otj", "Off-the-job hours", "Funding rules 2025", True, "280 h"),
    )
    monkeypatch.setattr(
        gateway,
        "readiness",
        lambda db, mid, today: gateway.Readiness(mid, "Priya Patel", "ST0148", None, results),
    )
    code, out, _ = run(capsys, "gateway", *where, "--mentee", "Priya Patel")
    assert code == 0
    assert "✔ Time on programme: 14 months (source: ST0148 assessment plan)" in out
    assert out.splitlines()[-1] == "Ready for gateway: all 2 rules are met."


def test_export_portfolio_writes_a_signed_private_pdf(built, tmp_path, capsys):
    where, _mid, codes = built
    out = tmp_path / "priya.pdf"
    code, printed, err = run(
        capsys, "export", "portfolio", *where, "--mentee", "Priya Patel", "--out", str(out)
    )
    assert (code, err) == (0, "")
    assert printed.strip() == (
        f"KSB portfolio of Priya Patel (1 of 27 KSBs met, 5 evidence files) signed and "
        f"written to {out}"
    )
    words = text(out.read_bytes())
    assert "MD-K-0001" in words and all(f"{c} " in words for c in codes)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    code, _, err = run(capsys, "export", "portfolio", *where, "--mine", "--out", str(tmp_path))
    assert code == 1 and "is a folder; give a file name ending in .pdf" in err


def test_export_gateway_pack_to_an_age_key(built, tmp_path, capsys):
    where, _mid, _codes = built
    key = tmp_path / "key.txt"
    made = subprocess.run(["age-keygen", "-o", str(key)], capture_output=True, text=True)
    public = made.stderr.split("Public key: ")[1].strip()
    out = tmp_path / "pack.age"
    code, printed, err = run(
        capsys, "export", "gateway-pack", *where, "--mentee", "Priya Patel",
        "--out", str(out), "--recipient", public,
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert printed.startswith(f"Gateway pack written to {out} (") and "export 1" in printed
    opened = subprocess.run(["age", "-d", "-i", str(key), str(out)], capture_output=True)
    names = zipfile.ZipFile(io.BytesIO(opened.stdout)).namelist()
    assert "portfolio.pdf" in names and "K1/2026-06-01_notes.txt" in names
    with Vault.open_with_passphrase(where[1], PASSPHRASE) as vault, vault.session() as db:
        assert gateway.facts(db, _mid).portfolio_assembled_on == date(2026, 11, 23)
    code, _, err = run(
        capsys, "export", "gateway-pack", *where, "--mentee", "Priya Patel",
        "--out", str(out), "--recipient", "age1notakey",
    )  # fmt: skip
    assert code == 1 and err.count("\n") == 1 and "age public key" in err
