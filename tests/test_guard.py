"""The command line's one guard: honest exit codes, one line, and crash reports without
anyone's records; a keychain that fails in any way; the passphrase rule in the service;
private files."""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
import sqlcipher3.dbapi2 as sqlcipher
from keyring.backend import KeyringBackend

from mentordesk import crash, paths
from mentordesk.cli import main
from mentordesk.errors import (
    EXIT_BUSY,
    EXIT_DISK_FULL,
    EXIT_READ_ONLY,
    EXIT_UNEXPECTED,
    EXIT_WRONG_SECRET,
    KeychainUnavailable,
    ValidationError,
)
from mentordesk.vault import Vault, keychain
from tests.conftest import PASSPHRASE, snapshot

ROOT = Path(__file__).resolve().parents[1]
MENTEE = "Oriel Vantablack-Quist"  # made up: must never reach a crash report


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# -- the unexpected: one line, exit 70, a private report without content ---------------------
def test_an_unexpected_error_is_one_line_and_a_report_without_the_mentee(
    vault_dir, with_passphrase, capsys, monkeypatch
):
    from mentordesk.services import mentees

    def broken(_db):
        raise ValueError(f"cannot show {MENTEE} at {vault_dir}")

    monkeypatch.setattr(mentees, "list_mentees", broken)
    code, out, err = run(capsys, "mentees", "list", "--vault", str(vault_dir))
    assert code == EXIT_UNEXPECTED and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err and MENTEE not in err
    found = re.fullmatch(
        r"mentordesk: an unexpected error \(ValueError\) stopped MentorDesk; a crash report "
        r"was written to (.+\.txt)\. Nothing saved was lost\.\n",
        err,
    )
    assert found, err
    report = Path(found.group(1))
    assert report.parent == paths.state_dir() / "crash-reports"
    assert mode(report) == 0o600 and mode(report.parent) == 0o700
    text = report.read_text("utf-8")
    assert "exception: ValueError" in text and "version: " in text and "python: " in text
    assert re.search(r"^  mentordesk/cli\.py:\d+ cmd_mentees$", text, re.M)
    assert re.search(r"^  <elsewhere>:\d+ broken$", text, re.M)  # the test's own file
    assert MENTEE not in text and "cannot show" not in text
    assert str(vault_dir) not in text and str(Path.home()) not in text
    assert str(ROOT) not in text  # no absolute path, not even the source's


def test_no_more_than_twenty_reports_are_kept():
    for n in range(25):
        try:
            raise RuntimeError(f"number {n}")
        except RuntimeError as exc:
            assert crash.write_report(exc) is not None
    reports = sorted((paths.state_dir() / "crash-reports").iterdir())
    assert len(reports) == crash.KEEP == 20


def test_a_chained_error_reports_each_type_and_no_message():
    try:
        try:
            {}["Ana " + MENTEE]
        except KeyError as inner:
            raise RuntimeError(MENTEE) from inner
    except RuntimeError as exc:
        text = crash.report_text(exc)
    assert "exception: KeyError" in text and "exception: RuntimeError" in text
    assert MENTEE not in text


def test_help_lists_every_exit_code(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for code, words in [
        (0, "done"),
        (1, "refused"),
        (2, "usage"),
        (3, "wrong passphrase or recovery code"),
        (4, "damaged"),
        (5, "busy"),
        (6, "read-only"),
        (7, "disk is full"),
        (8, "too many wrong tries"),
        (70, "unexpected"),
    ]:
        assert re.search(rf"^  {code} +.*{words}", out, re.M), (code, out)


def test_wrong_passphrase_exits_3_in_a_real_process(vault_dir):
    env = dict(os.environ, MENTORDESK_PASSPHRASE="not the right passphrase")
    proc = subprocess.run(
        [sys.executable, "-m", "mentordesk", "mentees", "list", "--vault", str(vault_dir)],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=60,
    )  # fmt: skip
    assert proc.returncode == EXIT_WRONG_SECRET
    assert proc.stderr == "mentordesk: That passphrase is not right for this vault.\n"


# -- the vault's conditions, really produced, each with its exit code ----------------------
@pytest.fixture
def standard_file(tmp_path) -> Path:
    from tests.standards.test_import import standard

    path = tmp_path / "standard.json"
    path.write_text(json.dumps(standard("ST4242")))
    return path


@pytest.fixture
def quick_busy_timeout(monkeypatch):
    """SQLCipher waits 5 s for a lock by default; a test waits 0.2 s."""
    real = sqlcipher.connect

    def connect(*args, **kwargs):
        kwargs["timeout"] = 0.2
        return real(*args, **kwargs)

    monkeypatch.setattr(sqlcipher, "connect", connect)


def hold_write_lock(vault_dir: Path) -> sqlcipher.Connection:
    with Vault.open_with_passphrase(vault_dir, PASSPHRASE) as vault:
        key = vault.data_key
    holder = sqlcipher.connect(str(vault_dir / "vault.db"), isolation_level=None)
    holder.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("CREATE TABLE held (x)")
    return holder


def test_a_vault_another_program_is_writing_is_busy(
    vault_dir, with_passphrase, standard_file, quick_busy_timeout, capsys
):
    holder = hold_write_lock(vault_dir)
    try:
        code, _, err = run(
            capsys, "standards", "import", str(standard_file), "--vault", str(vault_dir)
        )
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == EXIT_BUSY, err
    assert err == (
        "mentordesk: The vault is busy: another MentorDesk or another program is writing to "
        "it. Try again when it has finished.\n"
    )
    _, out, _ = run(capsys, "standards", "list", "--vault", str(vault_dir))
    assert "ST4242" not in out


def test_a_read_only_vault_is_read_only(
    vault_dir, with_passphrase, standard_file, monkeypatch, capsys
):
    real = sqlcipher.connect

    def read_only(database, *args, **kwargs):  # as a read-only mount would open it
        return real(str(database).replace("mode=rw", "mode=ro"), *args, **kwargs)

    monkeypatch.setattr(sqlcipher, "connect", read_only)
    before = snapshot(vault_dir)
    code, _, err = run(capsys, "standards", "import", str(standard_file), "--vault", str(vault_dir))
    assert code == EXIT_READ_ONLY, err
    assert err.startswith(f"mentordesk: The vault's folder {vault_dir} cannot be written to")
    assert err.count("\n") == 1
    assert snapshot(vault_dir)["vault.db"] == before["vault.db"]


def test_a_full_disk_is_disk_full(tmp_path, monkeypatch, capsys):
    from mentordesk.vault import connection

    real = connection.connect_raw

    def small_disk(db_path, data_key, *, create=False):
        conn = real(db_path, data_key, create=create)
        conn.execute("PRAGMA max_page_count = 24")  # the disk fills at 24 pages
        return conn

    monkeypatch.setattr(connection, "connect_raw", small_disk)
    monkeypatch.setattr("mentordesk.vault.engine.connect_raw", small_disk)
    monkeypatch.setattr("mentordesk.vault.vault.connect_raw", small_disk)
    code, _, err = run(capsys, "demo", "--vault", str(tmp_path / "demo"))
    assert code == EXIT_DISK_FULL, err
    assert err == (
        "mentordesk: The disk holding the vault is full: the demo vault was not saved; "
        "everything saved before it is safe. Free some space and try again.\n"
    )


# -- a keychain that fails in any way -------------------------------------------------------
class BrokenKeyring(KeyringBackend):
    """A secure store that raises what real ones raise on a bad day (D-Bus, a locked wallet)."""

    priority = 1

    def get_password(self, service, username):
        raise RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown")

    def set_password(self, service, username, password):
        raise ValueError("the wallet refused")

    def delete_password(self, service, username):
        raise OSError("no bus")


keychain.register_secure_backend(BrokenKeyring)


@pytest.fixture
def remembered_vault(vault_dir, memory_keyring) -> Path:
    with Vault.open_with_passphrase(vault_dir, PASSPHRASE) as vault:
        vault.set_remember(True)
    keyring.set_keyring(BrokenKeyring())
    return vault_dir


def test_a_raising_keychain_falls_back_to_the_passphrase(remembered_vault, capsys, monkeypatch):
    assert keychain.fetch("any") is None
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    asked = []
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or PASSPHRASE)
    code, out, err = run(capsys, "mentees", "list", "--vault", str(remembered_vault))
    assert code == 0 and err == "" and asked == ["Vault passphrase: "]
    monkeypatch.setenv("MENTORDESK_PASSPHRASE", PASSPHRASE)
    code, _, err = run(capsys, "mentees", "list", "--vault", str(remembered_vault))
    assert code == 0 and err == ""


def test_a_keychain_that_cannot_even_be_found_is_refused_not_raised(vault_dir, monkeypatch):
    def no_keyring():
        raise RuntimeError("no backend could be loaded")

    monkeypatch.setattr(keyring, "get_keyring", no_keyring)
    assert keychain.refusal_reason() == "the keychain could not be asked (RuntimeError)"
    assert keychain.fetch("any") is None
    with pytest.raises(KeychainUnavailable, match="could not be asked"):
        keychain.store("any", b"k" * 32)


def test_storing_in_a_raising_keychain_is_one_clear_refusal(vault_dir):
    keyring.set_keyring(BrokenKeyring())
    with Vault.open_with_passphrase(vault_dir, PASSPHRASE) as vault:
        with pytest.raises(KeychainUnavailable) as refused:
            vault.set_remember(True)
        assert str(refused.value) == (
            "The keychain did not store the key (ValueError); the vault still opens with its "
            "passphrase."
        )
        assert not vault.keyfile.remember_in_keychain
        vault.set_remember(False)  # forgetting in a broken keychain is not an error
    keychain.forget("any")


# -- one passphrase rule for every front door ----------------------------------------------
@pytest.mark.parametrize(
    "weak, why",
    [
        ("aaaaaaaaaa", 'Repeats like "aaa" are easy to guess.'),
        ("abcdefghij", "Sequences like"),
        ("password1234", "This is a very common password."),
        ("short", "at least 10 characters"),
    ],
)
def test_weak_passphrases_are_refused_by_the_service(tmp_path, weak, why):
    with pytest.raises(ValidationError) as refused:
        Vault.create(tmp_path / "v", weak)
    assert refused.value.field == "passphrase" and why in str(refused.value)
    assert not (tmp_path / "v").exists()


def test_the_demo_and_fixture_passphrases_are_strong_enough():
    from mentordesk.services.demo.builder import DEMO_PASSPHRASE
    from mentordesk.vault import strength

    for passphrase in (DEMO_PASSPHRASE, PASSPHRASE):
        assert strength.weakness(passphrase) is None


def test_changing_to_a_weak_passphrase_is_refused_and_changes_nothing(vault, recovery_code):
    before = vault.keys_path.read_bytes()
    with pytest.raises(ValidationError, match="too easy to guess"):
        vault.change_passphrase(PASSPHRASE, "aaaaaaaaaa")
    with pytest.raises(ValidationError, match="too easy to guess"):
        vault.reset_passphrase("mentordesk1")
    assert vault.keys_path.read_bytes() == before


def test_the_cli_refuses_a_weak_demo_passphrase(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("MENTORDESK_PASSPHRASE", "aaaaaaaaaa")
    code, _, err = run(capsys, "demo", "--vault", str(tmp_path / "d"))
    assert code == 1
    assert err.startswith("mentordesk: The passphrase is too easy to guess: Repeats like")
    assert not (tmp_path / "d").exists()


# -- private files -------------------------------------------------------------------------
@pytest.mark.dates
def test_exports_are_private_files(vault_dir, with_passphrase, tmp_path, capsys, monkeypatch):
    from mentordesk import cli
    from tests.conftest import fixed_clock
    from tests.contract_data import signed_contract

    monkeypatch.setattr(cli, "CLOCK", fixed_clock())
    os.umask(0o022)  # as most desktops have it
    with Vault.open_with_passphrase(vault_dir, PASSPHRASE) as vault:
        signed_contract(vault)
    vault_arg = ("--vault", str(vault_dir))
    pdf, ics = tmp_path / "contract.pdf", tmp_path / "sessions.ics"
    code, _, err = run(
        capsys, "export", "contract", "--mentee", "Priya Patel", "--out", str(pdf), *vault_arg
    )
    assert code == 0, err
    code, _, err = run(capsys, "export", "ics", "--out", str(ics), *vault_arg)
    assert code == 0, err
    assert mode(pdf) == 0o600 and mode(ics) == 0o600
    assert os.umask(0o022) == 0o022  # the command put the umask back as it was


def test_the_recovery_sheet_is_a_private_file(tmp_path):
    from datetime import UTC, datetime

    from mentordesk.documents.recovery_sheet import build_recovery_sheet

    sheet = tmp_path / "recovery.pdf"
    build_recovery_sheet(sheet, "ABCD-EFGH", "Test Mentor", "v-1", datetime(2026, 1, 1, tzinfo=UTC))
    assert mode(sheet) == 0o600 and sheet.read_bytes().startswith(b"%PDF")


def test_private_files_backstop_makes_library_files_private(tmp_path):
    with paths.private_files():
        (tmp_path / "made-by-a-library").write_text("x")
        (tmp_path / "a-folder").mkdir()
    assert mode(tmp_path / "made-by-a-library") == 0o600
    assert mode(tmp_path / "a-folder") == 0o700


def test_the_vault_and_sqlites_own_files_are_private(tmp_path):
    os.umask(0o022)
    vault, _code = Vault.create(tmp_path / "v", PASSPHRASE)
    with vault, vault.transaction() as db:
        from mentordesk.services import mentees

        mentees.create(db, mentees.MenteeData(full_name="Wal Written"))
        made = sorted(p.name for p in vault.folder.iterdir())
        assert {"vault.db", "vault.keys", "vault.db-wal", "vault.db-shm"} <= set(made)
        for name in made:
            assert mode(vault.folder / name) == 0o600, name
    assert mode(tmp_path / "v") == 0o700
