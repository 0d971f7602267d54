"""``mentordesk export employer`` and ``export list`` from the command line."""

from __future__ import annotations

import contextlib
import io
import subprocess
import zipfile

import pyrage
import pytest

from mentordesk.cli import main
from mentordesk.services import mentees
from mentordesk.vault import Vault
from mentordesk.vault.models import Reflection
from tests.backup.test_package import age_identity
from tests.conftest import PASSPHRASE, TODAY

CANARY = "CANARY-cli-reflection-77ee"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def people(vault_dir):
    with Vault.open_with_passphrase(vault_dir, PASSPHRASE) as vault, vault.transaction() as db:
        ada = mentees.create(db, mentees.MenteeData(full_name="Ada Lovelace"))
        mentees.create(db, mentees.MenteeData(full_name="Bob Stone"))
        db.add(
            Reflection(
                title="r", model="free", occurred_on=TODAY, stages={"x": CANARY}, mentee_id=ada
            )
        )
    return vault_dir


def names_in(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.namelist()


def unzipped(data: bytes) -> bytes:
    """Every file of the zip, uncompressed, one after another (to grep)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return b"".join(archive.read(name) for name in archive.namelist())


def test_export_for_an_age_key_opens_with_the_age_cli_and_is_listed(
    people, with_passphrase, tmp_path, capsys
):
    key, public = age_identity(tmp_path)
    keys = tmp_path / "employer.txt"
    keys.write_text(f"# Acme's IT\n{public}\n")
    out = tmp_path / "acme.age"
    code, printed, err = run(
        capsys, "export", "employer", "--vault", str(people), "--out", str(out),
        "--recipient-file", str(keys), "--mentee", "Ada Lovelace", "--include", "sessions,hours",
        "--for", "Acme HR",
    )  # fmt: skip
    assert code == 0 and err == ""
    assert printed.startswith(f"Employer export written to {out} (")
    assert "age -d -i key.txt acme.age > export.zip" in printed
    plain = subprocess.run(
        ["age", "-d", "-i", str(key), str(out)], check=True, capture_output=True
    ).stdout
    listed = names_in(plain)
    assert [n for n in listed if "/" in n] == [
        "Ada_Lovelace-1/sessions.csv",
        "Ada_Lovelace-1/sessions.json",
        "Ada_Lovelace-1/off_the_job_hours.csv",
        "Ada_Lovelace-1/off_the_job_hours.json",
    ]
    assert b"Ada Lovelace" in unzipped(plain) and CANARY.encode() not in unzipped(plain)

    code, printed, _ = run(capsys, "export", "list", "--vault", str(people))
    assert code == 0
    fields = printed.splitlines()[0].split("\t")
    assert fields[0] == "1" and fields[2:5] == ["employer", "Acme HR", "age key"]
    assert fields[5] == str(out) and fields[6] == str(out.stat().st_size)
    assert fields[8] == "Ada Lovelace; all dates; session summaries, off-the-job hours"


def test_a_passphrase_from_stdin_and_a_sensitive_kind_with_its_warning(
    people, with_passphrase, tmp_path, capsys, monkeypatch
):
    out = tmp_path / "e.age"
    monkeypatch.setattr("sys.stdin", io.StringIO("7KQ4-MX9P-AHTR-W3NC-JJ4K\n"))
    code, printed, err = run(
        capsys, "export", "employer", "--vault", str(people), "--out", str(out),
        "--passphrase-stdin", "--reflections", "--from", "2026-01-01",
    )  # fmt: skip
    assert code == 0
    assert err == (
        "mentordesk: warning: this export includes your reflections; send it only to "
        "someone entitled to see them\n"
    )
    assert "age -d e.age > export.zip" in printed
    plain = pyrage.passphrase.decrypt(out.read_bytes(), "7KQ4-MX9P-AHTR-W3NC-JJ4K")
    assert CANARY.encode() in unzipped(plain)
    assert "Bob_Stone-2/sessions.csv" in names_in(plain)


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["--recipient", "age1nope"], 1, "'age1nope' is not an age public key"),
        (["--mentee", "Nobody", "--recipient", "RECIPIENT"], 1, "No mentee is called"),
        ([], 2, "one of the arguments --recipient --recipient-file --passphrase-stdin"),
        (["--recipient", "RECIPIENT", "--include", "notes"], 2, "choose from contracts,"),
        (["--recipient", "RECIPIENT", "--from", "2026-02-30"], 2, "is not a date"),
    ],
)
def test_refusals_are_one_line_and_write_nothing(
    people, with_passphrase, tmp_path, capsys, args, code, words
):
    _key, public = age_identity(tmp_path)
    args = [public if a == "RECIPIENT" else a for a in args]
    out = tmp_path / "e.age"
    with pytest.raises(SystemExit) if code == 2 else contextlib.nullcontext() as usage:
        got, _out, err = run(capsys, "export", "employer", "--vault", str(people), "--out",
                             str(out), *args)  # fmt: skip
    if code == 2:
        assert usage is not None and usage.value.code == 2
        err = capsys.readouterr().err
    else:
        assert got == code and err.count("\n") == 1 and err.startswith("mentordesk: ")
    assert words in err
    assert not out.exists()
    assert run(capsys, "export", "list", "--vault", str(people))[1] == (
        "No exports have been made from this vault yet.\n"
    )
