"""What lands on disk: encryption, pragmas, file modes, integrity, the audit chain."""

import os
import secrets
import tempfile
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from mentordesk.services import mentees
from mentordesk.vault import Vault, audit_check
from mentordesk.vault.check import run_checks
from mentordesk.vault.connection import REQUIRED_PRAGMAS, connect_raw
from mentordesk.vault.models import AuditEvent
from tests.conftest import PASSPHRASE


def _files_containing(root: Path, needle: bytes) -> list[Path]:
    hits = []
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            path = Path(dirpath) / name
            try:
                if path.is_file() and needle in path.read_bytes():
                    hits.append(path)
            except OSError:
                continue
    return hits


def test_canary_is_never_on_disk_in_plaintext(vault):
    canary = f"CANARY-{secrets.token_hex(8)}"
    with vault.transaction() as db:
        mentee_id = mentees.create(db, mentees.MenteeData(full_name=canary, notes=canary * 50))
    with vault.transaction() as db:  # an update leaves the old value in freed pages
        data = mentees.get(db, mentee_id)
        data.full_name = "Renamed"
        mentees.update(db, mentee_id, data)
    with vault.transaction() as db:
        mentees.update(db, mentee_id, mentees.MenteeData(full_name=canary))
    temp = Path(tempfile.gettempdir())
    for encoding in ("utf-8", "utf-16-le"):
        needle = canary.encode(encoding)
        assert _files_containing(vault.folder, needle) == []
        assert _files_containing(temp, needle) == []
    vault.close()
    for encoding in ("utf-8", "utf-16-le"):
        needle = canary.encode(encoding)
        assert _files_containing(vault.folder, needle) == []
        assert _files_containing(temp, needle) == []
    assert not (vault.folder / "vault.db").read_bytes().startswith(b"SQLite format 3")


def test_an_evidence_file_canary_is_never_on_disk_outside_the_vault(vault, tmp_path):
    """A file kept as KSB evidence is read from where the mentor chose it, kept only
    inside the encrypted vault, read back byte-identical, and saved nowhere else (the
    copy the test made to choose from is removed first)."""
    from mentordesk.services.ksb import evidence

    canary = f"CANARY-FILE-{secrets.token_hex(8)}".encode()
    photo = b"\x89PNG\r\n\x1a\n" + canary * 64
    chosen = tmp_path / "witness-photo.png"
    chosen.write_bytes(photo)
    with vault.transaction() as db:
        mentee_id = mentees.create(db, mentees.MenteeData(full_name="File Canary"))
        item = evidence.EvidenceDraft(mentee_id, "witness_statement", "Photo", date(2026, 5, 1))
        eid = evidence.create(db, item, date(2026, 11, 23), [evidence.read_evidence(chosen)])
    chosen.unlink()
    with vault.transaction() as db:
        (f,) = evidence.STORE.files(db, eid)
        assert evidence.STORE.read_file(db, f.id) == photo
        evidence.delete(db, eid)  # a deleted file leaves no plaintext behind either
    vault.close()
    temp = Path(tempfile.gettempdir())
    assert _files_containing(vault.folder, canary) == []
    assert _files_containing(temp, canary) == []
    assert _files_containing(tmp_path, canary) == []


def test_every_connection_has_the_required_pragmas(vault):
    with vault.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA cipher_version").scalar()
        for name, expected in REQUIRED_PRAGMAS.items():
            assert conn.exec_driver_sql(f"PRAGMA {name}").scalar() == expected


def test_vault_files_are_private(vault):
    with vault.transaction() as db:
        mentees.create(db, mentees.MenteeData(full_name="Someone"))
    for path in vault.folder.iterdir():
        if path.is_file():
            assert path.stat().st_mode & 0o777 == 0o600, path.name


def test_raw_open_never_creates_a_database(tmp_path):
    from mentordesk.errors import VaultDamaged

    with pytest.raises(VaultDamaged):
        connect_raw(tmp_path / "missing.db", os.urandom(32))
    assert not (tmp_path / "missing.db").exists()


def test_a_plain_sqlite_file_is_refused(tmp_path):
    import sqlite3

    from mentordesk.errors import VaultDamaged

    plain = tmp_path / "plain.db"
    sqlite3.connect(plain).execute("create table t(x)").connection.commit()
    with pytest.raises(VaultDamaged, match="cipher integrity"):
        connect_raw(plain, os.urandom(32))


def test_one_flipped_byte_fails_check_naming_integrity(vault_dir):
    db_path = vault_dir / "vault.db"
    raw = bytearray(db_path.read_bytes())
    page = 4096
    assert len(raw) > 3 * page
    raw[2 * page + 1000] ^= 0x01  # inside page 3's encrypted content
    db_path.write_bytes(bytes(raw))
    with Vault.open_with_passphrase(vault_dir, PASSPHRASE) as vault:
        results = {r.name: r for r in run_checks(vault)}
    assert not results["cipher integrity"].ok
    assert "page" in results["cipher integrity"].detail.lower()


def test_audit_events_name_fields_never_content(vault):
    with vault.transaction() as db:
        mentee_id = mentees.create(db, mentees.MenteeData(full_name="Private Name", employer="X"))
    with vault.transaction() as db:
        data = mentees.get(db, mentee_id)
        data.employer = "Secret Employer"
        mentees.update(db, mentee_id, data)
    with vault.transaction() as db:
        mentees.archive(db, mentee_id)
    with vault.session() as db:
        events = db.scalars(
            select(AuditEvent).where(AuditEvent.entity == "mentee").order_by(AuditEvent.id)
        ).all()
    assert [(e.action, e.entity_id) for e in events] == [
        ("create", str(mentee_id)),
        ("update", str(mentee_id)),
        ("update", str(mentee_id)),
    ]
    assert "full_name" in events[0].fields
    assert events[1].fields == ["employer"] and events[2].fields == ["status"]
    dumped = repr([(e.fields, e.entity, e.entity_id) for e in events])
    assert "Secret" not in dumped and "Private" not in dumped


def test_delete_is_audited(vault):
    with vault.transaction() as db:
        mentee_id = mentees.create(db, mentees.MenteeData(full_name="Added by mistake"))
    with vault.transaction() as db:
        mentees.delete_unused(db, mentee_id)
    with vault.session() as db:
        last = db.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
    assert (last.entity, last.action, last.entity_id) == ("mentee", "delete", str(mentee_id))


def test_rolled_back_work_leaves_no_audit_event(vault):
    with vault.session() as db:
        before = db.scalar(select(text("count(*)")).select_from(AuditEvent))
    with pytest.raises(RuntimeError), vault.transaction() as db:
        mentees.create(db, mentees.MenteeData(full_name="Never saved"))
        raise RuntimeError("user cancelled")
    with vault.session() as db:
        assert db.scalar(select(text("count(*)")).select_from(AuditEvent)) == before


@pytest.mark.parametrize("tamper", ["edit_fields", "delete_middle", "edit_hash"])
def test_tampered_audit_chain_is_detected(vault, tamper):
    with vault.transaction() as db:
        for n in range(3):
            mentees.create(db, mentees.MenteeData(full_name=f"Mentee {n}"))
    with vault.engine.begin() as conn:
        ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM audit_event ORDER BY id")]
        middle = ids[len(ids) // 2]
        if tamper == "edit_fields":
            conn.exec_driver_sql(f"UPDATE audit_event SET fields='[]' WHERE id={middle}")
        elif tamper == "delete_middle":
            conn.exec_driver_sql(f"DELETE FROM audit_event WHERE id={middle}")
        else:
            conn.exec_driver_sql(f"UPDATE audit_event SET hash='{'f' * 64}' WHERE id={middle}")
    with vault.engine.connect() as conn:
        report = audit_check.verify_chain(conn)
    assert not report.ok
    results = {r.name: r.ok for r in run_checks(vault)}
    assert results["cipher integrity"] and results["database integrity"]
    assert results["audit chain"] is False


def test_audit_events_cannot_be_deleted_through_the_orm(vault):
    with vault.session() as db:
        event = db.scalars(select(AuditEvent).limit(1)).one()
        db.delete(event)
        with pytest.raises(PermissionError):
            db.flush()
