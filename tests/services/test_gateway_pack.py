"""The gateway pack: the age tool opens it, it holds the signed portfolio and every
evidence file byte for byte in a folder per KSB, its index's detached signature verifies
with openssl, stored names cannot step out of their folder, nothing plain is left on disk,
and it is recorded as an export with the portfolio noted as assembled."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import tempfile
import zipfile
from datetime import date

import pytest
from sqlalchemy import select

from mentordesk.documents.verify import OK, verify_pdf
from mentordesk.errors import ValidationError
from mentordesk.services import exports
from mentordesk.services.ksb import gateway, pack
from mentordesk.services.signing.identity import trusted
from mentordesk.vault.models import Attachment, IssuedRecord
from tests.conftest import NOW
from tests.services.portfolio_data import FILES, build

PASSWORD = "violet-anchor-meadow-71-quartz"


@pytest.fixture
def age_key(tmp_path):
    key = tmp_path / "key.txt"
    made = subprocess.run(["age-keygen", "-o", str(key)], capture_output=True, text=True)
    return key, made.stderr.split("Public key: ")[1].strip()


def opened(path, key) -> dict[str, bytes]:
    """The pack as the assessment organisation opens it: the age tool, then unzip."""
    plain = subprocess.run(["age", "-d", "-i", str(key), str(path)], capture_output=True)
    assert plain.returncode == 0, plain.stderr
    archive = zipfile.ZipFile(io.BytesIO(plain.stdout))
    return {name: archive.read(name) for name in archive.namelist()}


def cms_verifies(folder, files: dict[str, bytes]) -> bool:
    for name in (pack.INDEX, pack.SIGNATURE, pack.CERTIFICATE):
        (folder / name).write_bytes(files[name])
    checked = subprocess.run(
        ["openssl", "cms", "-verify", "-binary", "-inform", "DER",
         "-in", pack.SIGNATURE, "-content", pack.INDEX,
         "-certfile", pack.CERTIFICATE, "-CAfile", pack.CERTIFICATE, "-purpose", "any",
         "-attime", str(int(NOW.timestamp())), "-out", "/dev/null"],
        cwd=folder, capture_output=True, text=True,
    )  # fmt: skip
    return checked.returncode == 0 and "Verification successful" in checked.stderr


def test_the_age_tool_opens_it_and_every_file_is_byte_identical(vault, age_key, tmp_path):
    key, public = age_key
    mid, _ids = build(vault)
    out = tmp_path / "priya.age"
    with vault.transaction() as db:
        done = pack.make_pack(db, mid, out, NOW, recipients=[public])
        certificates = trusted(db)
        recorded = exports.list_exports(db)
        assembled = gateway.facts(db, mid).portfolio_assembled_on
    files = opened(out, key)
    index = json.loads(files[pack.INDEX])
    listed = {f["path"]: f for f in index["files"]}
    assert set(listed) == {
        "portfolio.pdf",
        "K1/2026-03-05_photo.jpg",
        "S3/2026-03-05_photo.jpg",
        "K1/2026-03-05_statement.pdf",
        "S3/2026-03-05_statement.pdf",
        "K1/2026-06-01_notes.txt",
    }
    for path, entry in listed.items():
        assert hashlib.sha256(files[path]).hexdigest() == entry["sha256"], path
        if path != "portfolio.pdf":
            assert files[path] == FILES[entry["stored_name"]], path
    assert listed["K1/2026-03-05_photo.jpg"]["ksbs"] == ["K1", "S3"]
    assert [k["code"] for k in index["ksbs"]][:2] == ["K1", "K2"] and len(index["ksbs"]) == 27
    assert verify_pdf(files["portfolio.pdf"], certificates, NOW).code == OK
    assert cms_verifies(tmp_path, files)
    assert done.path == out and done.size == out.stat().st_size and done.files == len(files)
    assert [(r.kind, r.sha256, r.files) for r in recorded] == [
        (pack.KIND, hashlib.sha256(out.read_bytes()).hexdigest(), len(files))
    ]
    assert recorded[0].mentees == ("Priya Patel",) and not recorded[0].by_passphrase
    assert assembled == date(2026, 11, 23)


def test_a_changed_index_no_longer_verifies(vault, age_key, tmp_path):
    key, public = age_key
    mid, _ids = build(vault)
    with vault.transaction() as db:
        pack.make_pack(db, mid, tmp_path / "p.age", NOW, recipients=[public])
    files = opened(tmp_path / "p.age", key)
    assert cms_verifies(tmp_path, files)
    files[pack.INDEX] = files[pack.INDEX].replace(b'"K1"', b'"K9"', 1)
    assert not cms_verifies(tmp_path, files)


def test_a_passphrase_opens_it_too(vault, tmp_path):
    import pyrage

    mid, _ids = build(vault)
    with vault.transaction() as db:
        pack.make_pack(db, mid, tmp_path / "p.age", NOW, passphrase=PASSWORD)
        assert exports.list_exports(db)[0].by_passphrase
    plain = pyrage.passphrase.decrypt((tmp_path / "p.age").read_bytes(), PASSWORD)
    assert "K1/2026-06-01_notes.txt" in zipfile.ZipFile(io.BytesIO(plain)).namelist()


@pytest.mark.parametrize(
    ("stored", "placed"),
    [("../../x", "K1/2026-03-05_x"), ("a/b", "K1/2026-03-05_a_b"), ("", "K1/2026-03-05_file"),
     ("..", "K1/2026-03-05_file"), ("C:\\evil.txt", "K1/2026-03-05_C_evil.txt")],
)  # fmt: skip
def test_a_hostile_stored_name_stays_in_its_ksb_folder(vault, age_key, tmp_path, stored, placed):
    key, public = age_key
    mid, ids = build(vault)
    with vault.transaction() as db:  # as a damaged or foreign vault might hold it
        db.add(
            Attachment(
                owner_type="evidence_item", owner_id=ids["Handover at the ward"],
                filename=stored, media_type="text/plain", size=5,
                sha256=hashlib.sha256(b"bytes").hexdigest(), data=b"bytes",
            )
        )  # fmt: skip
        pack.make_pack(db, mid, tmp_path / "p.age", NOW, recipients=[public])
    files = opened(tmp_path / "p.age", key)
    assert files[placed] == b"bytes" and files[placed.replace("K1/", "S3/")] == b"bytes"
    for name in files:
        parts = name.split("/")
        assert ".." not in parts and "\\" not in name and len(parts) <= 2, name


def test_two_files_of_one_name_on_one_day_are_both_kept(vault, age_key, tmp_path):
    key, public = age_key
    mid, ids = build(vault)
    with vault.transaction() as db:
        db.add(
            Attachment(
                owner_type="evidence_item", owner_id=ids["Handover at the ward"],
                filename="photo.jpg", media_type="image/jpeg", size=3,
                sha256=hashlib.sha256(b"two").hexdigest(), data=b"two",
            )
        )  # fmt: skip
        pack.make_pack(db, mid, tmp_path / "p.age", NOW, recipients=[public])
    files = opened(tmp_path / "p.age", key)
    assert files["K1/2026-03-05_photo.jpg"] == FILES["photo.jpg"]
    assert files["K1/2026-03-05_photo-2.jpg"] == b"two"


def test_no_plain_evidence_is_left_on_disk(vault, age_key, tmp_path, monkeypatch):
    _key, public = age_key
    mid, ids = build(vault)
    canary = b"CANARY-gateway-pack-5c1f"
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    with vault.transaction() as db:
        db.add(
            Attachment(
                owner_type="evidence_item", owner_id=ids["Toolbox talk observed"],
                filename="canary.txt", media_type="text/plain", size=len(canary),
                sha256=hashlib.sha256(canary).hexdigest(), data=canary,
            )
        )  # fmt: skip
        (tmp_path / "out").mkdir()
        pack.make_pack(db, mid, tmp_path / "out" / "p.age", NOW, recipients=[public])
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert tmp_path / "out" / "p.age" in written
    assert [p for p in written if canary in p.read_bytes()] == []
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["p.age"]


def test_a_refused_protection_writes_and_issues_nothing(vault, tmp_path, age_key):
    _key, public = age_key
    mid, _ids = build(vault)
    out = tmp_path / "p.age"
    with vault.transaction() as db:
        with pytest.raises(ValidationError, match="not both"):
            pack.make_pack(db, mid, out, NOW, recipients=[public], passphrase=PASSWORD)
        with pytest.raises(ValidationError, match="Say how to protect the export"):
            pack.make_pack(db, mid, out, NOW)
        with pytest.raises(ValidationError, match="age public key"):
            pack.make_pack(db, mid, out, NOW, recipients=["age1nonsense"])
        assert db.scalar(select(IssuedRecord.id)) is None and not exports.list_exports(db)
    assert not out.exists()


def test_a_long_file_name_keeps_its_extension_in_the_pack():
    from types import SimpleNamespace

    from mentordesk.services.ksb.pack import member_names

    long = "Witness statement from the ward manager about the rota planning meeting, signed.pdf"
    same = [SimpleNamespace(filename=n, occurred_on=date(2026, 1, 1), ksbs=("K1",)) for n in
            (long, long, "../../x", "archive.tar.gz")]  # fmt: skip
    names = [name for _f, name in member_names(same)]
    assert names[0].endswith(".pdf") and names[1].endswith("-2.pdf") and len(names[0]) < 90
    assert names[2:] == ["K1/2026-01-01_x", "K1/2026-01-01_archive.tar.gz"]


def test_a_pack_over_the_limit_is_refused_before_anything_is_made(vault, tmp_path, monkeypatch):
    from mentordesk.services.ksb import pack
    from mentordesk.services.ksb.evidence import EvidenceError

    monkeypatch.setattr(pack, "PACK_LIMIT", 10)  # bytes: the test's files are larger
    mid, _ids = build(vault)
    out = tmp_path / "pack.age"
    with vault.transaction() as db, pytest.raises(EvidenceError, match="limit is 0 GiB"):
        pack.make_pack(db, mid, out, NOW, passphrase="a long pack passphrase")
    assert not out.exists()
