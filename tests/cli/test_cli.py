"""The command line: output, exit codes, and one-line errors without tracebacks."""

import json
import os
import subprocess
import sys

import pytest

from mentordesk.cli import main
from mentordesk.errors import VaultDamaged
from tests.conftest import PASSPHRASE


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_standards_list(vault_dir, with_passphrase, capsys):
    code, out, _ = run(capsys, "standards", "list", "--vault", str(vault_dir))
    assert code == 0
    lines = out.splitlines()
    st1379 = next(line for line in lines if line.startswith("ST1379\tv1.0"))
    st0148 = next(line for line in lines if line.startswith("ST0148\tv1.0"))
    assert "K 16  S 14  B 5  duties 9" in st1379
    assert "K 11  S 11  B 5  duties 0" in st0148


def test_standards_import_and_malformed(vault_dir, with_passphrase, capsys, tmp_path):
    from tests.standards.test_import import standard

    good = tmp_path / "good.json"
    good.write_text(json.dumps([standard(), standard("ST8888")]))
    code, out, _ = run(capsys, "standards", "import", str(good), "--vault", str(vault_dir))
    assert code == 0 and out.splitlines() == ["ST9999 v1.2 added", "ST8888 v1.2 added"]
    bad = standard("ST7777")
    del bad["skills"][0]["detail"]
    badfile = tmp_path / "bad.json"
    badfile.write_text(json.dumps(bad))
    code, _, err = run(capsys, "standards", "import", str(badfile), "--vault", str(vault_dir))
    assert code == 1 and err.strip() == "mentordesk: skills[0].detail: is missing or empty"
    _, out, _ = run(capsys, "standards", "list", "--vault", str(vault_dir))
    assert "ST7777" not in out and "ST8888" in out


def test_passphrase_file_and_mentees_list(vault, capsys, tmp_path):
    from mentordesk.services import mentees

    with vault.transaction() as db:
        mid = mentees.create(db, mentees.MenteeData(full_name="Zara Quinn"))
    folder = vault.folder
    vault.close()
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    code, out, _ = run(
        capsys, "mentees", "list", "--vault", str(folder), "--passphrase-file", str(secret)
    )
    assert code == 0 and out == f"{mid}\tZara Quinn\t-\tactive\n"


def test_wrong_passphrase_one_line_nonzero(vault_dir, monkeypatch, capsys):
    monkeypatch.setenv("MENTORDESK_PASSPHRASE", "definitely wrong")
    code, out, err = run(capsys, "mentees", "list", "--vault", str(vault_dir))
    assert code == 3 and out == ""  # the exit code of a wrong passphrase
    assert err == "mentordesk: That passphrase is not right for this vault.\n"


def test_check_passes_then_fails_on_flipped_byte(vault_dir, with_passphrase, capsys):
    code, out, _ = run(capsys, "check", "--vault", str(vault_dir))
    assert code == 0 and out.count("ok") >= 3
    db = vault_dir / "vault.db"
    raw = bytearray(db.read_bytes())
    raw[3 * 4096 + 200] ^= 0x80
    db.write_bytes(bytes(raw))
    code, out, err = run(capsys, "check", "--vault", str(vault_dir))
    assert code == VaultDamaged.exit_code == 4
    assert "FAILED" in out and "integrity" in err


@pytest.mark.parametrize("damage", ["truncate_db", "garbage_keys", "no_db", "page1"])
def test_damaged_vault_never_shows_a_traceback(vault_dir, with_passphrase, damage):
    db, keys = vault_dir / "vault.db", vault_dir / "vault.keys"
    if damage == "truncate_db":
        db.write_bytes(db.read_bytes()[:5000])
    elif damage == "garbage_keys":
        keys.write_bytes(os.urandom(300))
    elif damage == "no_db":
        db.unlink()
    else:
        raw = bytearray(db.read_bytes())
        raw[100] ^= 0xFF
        db.write_bytes(bytes(raw))
    for args in (["check"], ["mentees", "list"], ["standards", "list"]):
        proc = subprocess.run(
            [sys.executable, "-m", "mentordesk", *args, "--vault", str(vault_dir)],
            capture_output=True,
            text=True,
            env=dict(os.environ),
            timeout=60,
        )
        assert proc.returncode != 0, (args, proc.stdout)
        assert "Traceback" not in proc.stderr
        assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr


def test_demo_command_prints_passphrase_and_makes_a_vault(tmp_path, capsys):
    code, out, _ = run(capsys, "demo", "--vault", str(tmp_path / "d"), "--seed", "4")
    assert code == 0
    assert "Passphrase: demo mentor passphrase" in out and "Recovery code: " in out
    os.environ["MENTORDESK_PASSPHRASE"] = "demo mentor passphrase"
    try:
        code, out, _ = run(capsys, "mentees", "list", "--vault", str(tmp_path / "d"))
    finally:
        del os.environ["MENTORDESK_PASSPHRASE"]
    assert code == 0 and len(out.splitlines()) == 6
    code, _, err = run(capsys, "demo", "--vault", str(tmp_path / "d"))
    assert code == 1 and "already a vault" in err


def test_no_passphrase_available(vault_dir, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", open(os.devnull))
    code, _, err = run(capsys, "check", "--vault", str(vault_dir))
    assert code == 1 and "needs its passphrase" in err


@pytest.mark.dates
def test_reviews_due_ics_round_trip_and_review_export(
    vault_dir, with_passphrase, capsys, tmp_path, monkeypatch
):
    from pypdf import PdfReader

    from mentordesk import cli
    from mentordesk.services.reviews import store
    from mentordesk.vault import Vault
    from tests.conftest import NOW, TODAY, fixed_clock
    from tests.contract_data import signed_contract
    from tests.services.test_reviews import complete, three_signatures

    with Vault.open_with_passphrase(vault_dir, PASSPHRASE) as vault:
        monkeypatch.setattr(cli, "CLOCK", fixed_clock())
        _, mid = signed_contract(vault)  # started 1 Sep 2026: a review is due by 24 Nov 2026
        code, out, _ = run(capsys, "reviews", "due", "--vault", str(vault_dir))
        assert "Priya Patel" in out and "last review" not in out
        with vault.transaction() as db:
            d = complete(store.prefill(db, mid, TODAY))
            store.sign(db, None, d, three_signatures(NOW), now=NOW)
    vault_arg = ("--vault", str(vault_dir))
    code, out, _ = run(capsys, "reviews", "due", *vault_arg)
    assert code == 0 and "No reviews due" in out  # the review just held reset the clock
    code, out, _ = run(
        capsys, "export", "review", "--mentee", "Priya Patel", "--date", str(TODAY),
        "--out", str(tmp_path / "r.pdf"), *vault_arg,
    )  # fmt: skip
    assert code == 0 and f"{TODAY:%d %B %Y}" in out
    assert "Progress review" in PdfReader(tmp_path / "r.pdf").pages[0].extract_text()
    code, _, err = run(
        capsys, "export", "review", "--mentee", "Priya Patel", "--date", "2026-01-01",
        "--out", str(tmp_path / "x.pdf"), *vault_arg,
    )  # fmt: skip
    assert code == 1 and "no progress review on 01 January 2026" in err
    ics = tmp_path / "in.ics"
    from tests.services.test_ics import OUTLOOK_INVITE

    ics.write_bytes(OUTLOOK_INVITE)
    code, out, _ = run(capsys, "import", "ics", str(ics), "--mentee", "Priya Patel", *vault_arg)
    assert code == 0 and "1 sessions added" in out and "all-day" in out
    code, out, _ = run(capsys, "export", "ics", "--out", str(tmp_path / "out.ics"), *vault_arg)
    assert code == 0 and out.startswith("1 planned sessions")
    shared = (tmp_path / "out.ics").read_bytes()
    assert b"SUMMARY:Mentoring \xe2\x80\x94 P. Patel" in shared and b"audit" not in shared
    code, out, _ = run(
        capsys, "export", "ics", "--details", "--out", str(tmp_path / "mine.ics"), *vault_arg
    )
    assert code == 0 and b"SUMMARY:Catch-up about the audit" in (tmp_path / "mine.ics").read_bytes()
    ics.write_bytes(b"BEGIN:VCALENDAR\r\nBROKEN")
    code, _, err = run(capsys, "import", "ics", str(ics), *vault_arg)
    assert code == 1 and err.startswith("mentordesk: ") and "Traceback" not in err
