"""Encrypted packages for people outside MentorDesk: opened by pyrage and by the age CLI."""

from __future__ import annotations

import fcntl
import hashlib
import io
import json
import os
import pty
import subprocess
import termios
import zipfile
from pathlib import Path

import pyrage
import pytest

from mentordesk.backup.package import (
    ExportError,
    csv_bytes,
    safe_name,
    write_package,
)
from mentordesk.errors import ValidationError
from tests.conftest import NOW

PASSPHRASE = "7KQ4-MX9P-AHTR-W3NC-JJ4K"
MEMBERS = [
    ("people.csv", csv_bytes(["name", "note"], [["Zoë", "=HYPERLINK(1)"], ["Al", None]])),
    ("Zoë-3/sessions.json", json.dumps({"hours": 1.5}).encode()),
]


def age_identity(tmp_path: Path) -> tuple[Path, str]:
    key = tmp_path / "key.txt"
    subprocess.run(["age-keygen", "-o", str(key)], check=True, capture_output=True)
    public = subprocess.run(
        ["age-keygen", "-y", str(key)], check=True, capture_output=True, text=True
    ).stdout.strip()
    return key, public


def age_with_passphrase(path: Path, passphrase: str) -> bytes:
    """``age -d FILE`` as a person runs it: age asks for the passphrase on the terminal, so
    it runs on a pseudo-terminal; the plaintext comes back through a pipe, not a file."""
    master, slave = pty.openpty()

    def own_terminal() -> None:
        os.setsid()
        fcntl.ioctl(slave, termios.TIOCSCTTY, 0)

    proc = subprocess.Popen(
        ["age", "-d", str(path)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=own_terminal,
        pass_fds=(slave,),
    )
    os.close(slave)
    try:
        prompt = b""
        while b"passphrase" not in prompt.lower():
            prompt += os.read(master, 1024)
        os.write(master, passphrase.encode() + b"\n")
        out, err = proc.communicate(timeout=60)
    finally:
        os.close(master)
    assert proc.returncode == 0, err
    return out


def unzip(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def check_contents(files: dict[str, bytes]) -> None:
    assert list(files) == ["README.txt", "manifest.json", "SHA256SUMS", *(n for n, _ in MEMBERS)]
    manifest = json.loads(files["manifest.json"])
    assert manifest["format"] == "mentordesk-export" and manifest["title"] == "For the employer"
    assert manifest["chosen"] == {"records": ["sessions"]}
    for name, data in MEMBERS:
        sha = hashlib.sha256(data).hexdigest()
        assert files[name] == data
        assert manifest["files"][name] == {"sha256": sha, "size": len(data)}
        assert f"{sha}  {name}\n" in files["SHA256SUMS"].decode()
    readme = files["README.txt"].decode()
    assert "What these are." in readme and "sha256sum -c SHA256SUMS" in readme
    assert "Zoë-3/sessions.json" in readme


def write(out: Path, **protection) -> object:
    return write_package(
        out,
        MEMBERS,
        readme="What these are.",
        title="For the employer",
        made_at=NOW,
        chosen={"records": ["sessions"]},
        **protection,
    )


def test_a_package_to_an_age_key_opens_with_pyrage_and_the_age_cli(tmp_path):
    key, public = age_identity(tmp_path)
    out = tmp_path / "for employer.age"
    info = write(out, recipients=[public])
    raw = out.read_bytes()
    assert raw.startswith(b"age-encryption.org/v1\n-> X25519 ")
    assert out.stat().st_mode & 0o777 == 0o600
    assert info.size == len(raw) and info.sha256 == hashlib.sha256(raw).hexdigest()
    assert info.files == 5
    assert sorted(p.name for p in tmp_path.iterdir()) == ["for employer.age", "key.txt"]
    identity = pyrage.x25519.Identity.from_str(key.read_text().splitlines()[-1])
    check_contents(unzip(pyrage.decrypt(raw, [identity])))
    by_cli = subprocess.run(
        ["age", "-d", "-i", str(key), str(out)], check=True, capture_output=True
    ).stdout
    check_contents(unzip(by_cli))
    assert (
        'age -d -i key.txt "for employer.age" > export.zip' in unzip(by_cli)["README.txt"].decode()
    )


def test_a_package_to_a_passphrase_opens_with_the_age_cli(tmp_path):
    out = tmp_path / "export.age"
    write(out, passphrase=PASSPHRASE)
    assert out.read_bytes().startswith(b"age-encryption.org/v1\n-> scrypt ")
    files = unzip(age_with_passphrase(out, PASSPHRASE))
    check_contents(files)
    assert "age -d export.age > export.zip" in files["README.txt"].decode()
    with pytest.raises(pyrage.DecryptError):
        pyrage.passphrase.decrypt(out.read_bytes(), "not the passphrase at all")


def test_csv_cells_that_a_spreadsheet_would_run_are_quoted():
    data = csv_bytes(["a", "b"], [["=1+1", "-2"], ["@x", 3], [None, "plain"]])
    assert data.startswith("\ufeff".encode())
    assert data.decode("utf-8-sig").splitlines() == ["a,b", "'=1+1,'-2", "'@x,3", ",plain"]


@pytest.mark.parametrize(
    ("protection", "field", "words"),
    [
        ({}, "recipient", "age public key (age1…) or choose a passphrase"),
        ({"recipients": ["age1notakey"]}, "recipient", "'age1notakey' is not an age public key"),
        ({"recipients": ["AGE-SECRET-KEY-1ABC"]}, "recipient", "is not an age public key"),
        ({"passphrase": "short"}, "passphrase", "too short"),
        ({"passphrase": "password123"}, "passphrase", "too easy to guess"),
    ],
)
def test_a_bad_or_missing_protection_is_refused_and_nothing_written(
    tmp_path, protection, field, words
):
    with pytest.raises(ValidationError) as refused:
        write(tmp_path / "x.age", **protection)
    assert refused.value.field == field and words in str(refused.value)
    assert "\n" not in str(refused.value)
    assert list(tmp_path.iterdir()) == []


def test_both_a_key_and_a_passphrase_is_refused(tmp_path):
    _key, public = age_identity(tmp_path)
    with pytest.raises(ValidationError, match="not both"):
        write(tmp_path / "x.age", recipients=[public], passphrase=PASSPHRASE)
    assert not (tmp_path / "x.age").exists()


def test_a_missing_folder_is_named(tmp_path):
    with pytest.raises(ExportError, match=f"The folder {tmp_path / 'gone'} does not exist"):
        write(tmp_path / "gone" / "x.age", passphrase=PASSPHRASE)


def test_an_older_file_is_replaced_whole_and_no_partial_is_left(tmp_path):
    out = tmp_path / "x.age"
    out.write_bytes(b"the previous export")
    write(out, passphrase=PASSPHRASE)
    assert out.read_bytes().startswith(b"age-encryption.org/v1")
    assert [p.name for p in tmp_path.iterdir()] == ["x.age"]


@pytest.mark.parametrize(
    "name", ["../x", "/etc/passwd", "a/../b", "a\\b", "a\x00b", "C:/x", "a//b", "", "x" * 200]
)
def test_unsafe_member_names_are_refused(tmp_path, name):
    with pytest.raises(ValueError, match="cannot be a file name"):
        write_package(
            tmp_path / "x.age",
            [(name, b"data")],
            passphrase=PASSPHRASE,
            readme="",
            title="t",
            made_at=NOW,
        )
    assert list(tmp_path.iterdir()) == []


def test_a_member_twice_or_named_as_the_manifest_is_refused(tmp_path):
    for members in ([("a.csv", b"1"), ("a.csv", b"2")], [("manifest.json", b"{}")]):
        with pytest.raises(ValueError, match="twice"):
            write_package(
                tmp_path / "x.age",
                members,
                passphrase=PASSPHRASE,
                readme="",
                title="t",
                made_at=NOW,
            )


@pytest.mark.parametrize(
    ("text", "made"),
    [
        ("../x", "x"),
        ("/etc", "etc"),
        ("..", "file"),
        ("a\x00b", "a_b"),
        ("Zoë O'Brien", "Zoë_O_Brien"),
        ("  .hidden ", "hidden"),
        ("a/b\\c:d", "a_b_c_d"),
        ("", "file"),
    ],
)
def test_safe_name_keeps_one_harmless_segment(text, made):
    assert safe_name(text) == made
