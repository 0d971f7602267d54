"""Back up a vault and restore it: same records, a passing check, older schemas migrated."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from mentordesk.backup import age
from mentordesk.backup.manifest import DB_SHA256, MEMBERS
from mentordesk.backup.restore import inspect, restore, restore_backup
from mentordesk.backup.vault_backup import write_backup
from mentordesk.errors import BackupError, ValidationError
from mentordesk.vault import Vault, migrate
from mentordesk.vault.check import run_checks
from mentordesk.vault.connection import connect_raw
from mentordesk.vault.keyfile import KeyFile
from tests.backup.conftest import CANARY, members_of, plain_tar
from tests.conftest import NOW, PASSPHRASE, rebuild_at

AGE = shutil.which("age") or "/usr/bin/age"


def _rows(vault: Vault, table: str) -> list:
    return vault.connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()


def test_round_trip_gives_the_same_records_and_a_passing_check(
    filled_vault, tmp_path, recovery_code
):
    seen: list[tuple[int, int, str]] = []
    info = write_backup(
        filled_vault, tmp_path / "b.age", now=NOW, progress=lambda *a: seen.append(a)
    )
    assert info.path.stat().st_mode & 0o777 == 0o600
    assert info.manifest.counts["mentee"] == 1 and info.manifest.mentor == "Test Mentor"
    assert seen and seen[-1][0] == seen[-1][1]
    assert inspect(info.path, recovery_code).members == info.manifest.members

    target = restore(info.path, tmp_path / "restored", recovery_code)
    with Vault.open_with_recovery_code(target, recovery_code) as restored:
        assert all(r.ok for r in run_checks(restored)), run_checks(restored)
        for table in ("mentee", "audit_event", "standard", "ksb", "mentor_profile"):
            assert _rows(restored, table) == _rows(filled_vault, table)
        assert restored.keyfile.vault_id == filled_vault.keyfile.vault_id
    for name in MEMBERS:
        assert (target / name).stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.age", "restored", "vault"]


def test_restore_never_writes_over_an_existing_vault(backup_file, vault_dir, recovery_code):
    before = {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.is_file()}
    with pytest.raises(BackupError, match="already a vault"):
        restore(backup_file, vault_dir, recovery_code)
    assert {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.is_file()} == before


def test_a_vault_without_a_backup_key_needs_the_recovery_code_once(
    vault_dir, tmp_path, recovery_code
):
    keys = KeyFile.load(vault_dir / "vault.keys")
    assert keys.backup is not None  # made at creation
    keys.backup = None
    keys.save(vault_dir / "vault.keys")
    with Vault.open_with_passphrase(vault_dir, PASSPHRASE) as vault:
        with pytest.raises(BackupError, match="recovery code"):
            write_backup(vault, tmp_path / "b.age", now=NOW)
        assert not (tmp_path / "b.age").exists()
        write_backup(vault, tmp_path / "b.age", now=NOW, recovery_code=recovery_code)
    assert KeyFile.load(vault_dir / "vault.keys").backup is not None
    # and unlocking with the recovery code sets it too
    keys = KeyFile.load(vault_dir / "vault.keys")
    keys.backup = None
    keys.save(vault_dir / "vault.keys")
    Vault.open_with_recovery_code(vault_dir, recovery_code).close()
    stored = KeyFile.load(vault_dir / "vault.keys").backup
    assert stored is not None and stored["recipient"] == age.recipient_for(recovery_code)


def test_an_edited_backup_recipient_is_not_used(vault_dir, tmp_path):
    import pyrage

    keys = KeyFile.load(vault_dir / "vault.keys")
    assert keys.backup is not None
    keys.backup["recipient"] = str(pyrage.x25519.Identity.generate().to_public())
    keys.save(vault_dir / "vault.keys")
    with Vault.open_with_passphrase(vault_dir, PASSPHRASE) as vault:
        with pytest.raises(BackupError, match="no backup key"):
            write_backup(vault, tmp_path / "b.age", now=NOW)


def test_extra_recipients_can_open_it_and_bad_ones_are_refused(filled_vault, tmp_path):
    import pyrage

    employer = pyrage.x25519.Identity.generate()
    out = tmp_path / "b.age"
    write_backup(filled_vault, out, now=NOW, extra_recipients=[str(employer.to_public())])
    assert inspect(out, str(employer)).mentor == "Test Mentor"
    with pytest.raises(ValidationError, match="not an age public key"):
        write_backup(filled_vault, tmp_path / "c.age", now=NOW, extra_recipients=["age1nope"])
    assert not (tmp_path / "c.age").exists()


def test_a_vault_of_an_older_schema_restores_and_is_migrated(vault_dir, tmp_path, recovery_code):
    engine, key = rebuild_at(vault_dir, "0001")
    db_path = vault_dir / "vault.db"
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO mentee (full_name, otj_hours_target, status, created_at, updated_at) "
            "VALUES ('From the first schema', 0, 'active', '2025-01-06 09:00:00', "
            "'2025-01-06 09:00:00')"
        )
    engine.dispose()
    # As an older MentorDesk would hold it open: not migrated.
    old = Vault(vault_dir, KeyFile.load(vault_dir / "vault.keys"), key, connect_raw(db_path, key))
    try:
        info = write_backup(old, tmp_path / "old.age", now=NOW)
    finally:
        old.close()
    assert info.manifest.schema_revision == "0001"
    target = restore(info.path, tmp_path / "restored", recovery_code)
    with Vault.open_with_recovery_code(target, recovery_code) as restored:
        assert migrate.revision_of(restored.connection) == migrate.SCHEMA_HEAD
        names = [r[0] for r in restored.connection.execute("SELECT full_name FROM mentee")]
        assert names == ["From the first schema"]
        assert all(r.ok for r in run_checks(restored))


def test_the_age_cli_decrypts_it_with_the_printed_identity(backup_file, tmp_path, recovery_code):
    identity = tmp_path / "identity.txt"
    identity.write_text(age.identity_for(recovery_code) + "\n")
    identity.chmod(0o600)
    decrypted = subprocess.run(
        [AGE, "-d", "-i", str(identity), str(backup_file)], capture_output=True, check=True
    ).stdout
    listed = subprocess.run(
        ["tar", "-t"], input=decrypted, capture_output=True, check=True
    ).stdout.decode()
    assert listed.split() == ["manifest.json", *MEMBERS, DB_SHA256]
    assert CANARY.encode() not in decrypted  # the database inside stays encrypted


def test_a_file_the_age_cli_encrypted_to_the_recipient_restores(
    backup_file, tmp_path, recovery_code
):
    tar = plain_tar(backup_file, recovery_code)
    encrypted = subprocess.run(
        [AGE, "-r", age.recipient_for(recovery_code)], input=tar, capture_output=True, check=True
    ).stdout
    by_cli = tmp_path / "by-cli.age"
    by_cli.write_bytes(encrypted)
    restored = restore_backup(by_cli, tmp_path / "restored", recovery_code)
    assert restored.manifest.counts["mentee"] == 1
    assert [n for n, _ in members_of(tar)] == ["manifest.json", *MEMBERS, DB_SHA256]


def test_restore_with_the_identity_and_passphrase(backup_file, tmp_path, recovery_code):
    identity = age.identity_for(recovery_code)
    with pytest.raises(BackupError, match="passphrase"):
        restore(backup_file, tmp_path / "r", identity)
    target = restore(backup_file, tmp_path / "r", identity, passphrase=PASSPHRASE)
    assert sorted(os.listdir(target)) == ["vault.anchor", "vault.db", "vault.keys", "vault.lock"]


def test_writes_during_a_backup_carry_on_and_the_backup_is_of_one_moment(
    filled_vault, tmp_path, recovery_code, monkeypatch
):
    from mentordesk.backup import vault_backup
    from mentordesk.services import mentees

    copied: list[object] = []
    monkeypatch.setattr(vault_backup, "_copy", lambda *a: copied.append(a))
    written: list[int] = []

    def write_meanwhile(done: int, total: int, _what: str) -> None:
        if done and not written:  # the database is being read: commit a hundred changes
            for n in range(100):
                with filled_vault.transaction() as db:
                    written.append(mentees.create(db, mentees.MenteeData(full_name=f"M{n}")))
            filled_vault.connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()

    info = write_backup(filled_vault, tmp_path / "b.age", now=NOW, progress=write_meanwhile)
    assert len(written) == 100 and not copied  # the file itself was read, held still
    target = restore(info.path, tmp_path / "restored", recovery_code)
    with Vault.open_with_recovery_code(target, recovery_code) as restored:
        assert all(r.ok for r in run_checks(restored))
        assert _rows(restored, "mentee") == _rows(filled_vault, "mentee")[:1]


def test_a_reader_that_holds_the_log_makes_the_backup_copy_the_database(
    filled_vault, tmp_path, recovery_code, monkeypatch
):
    from mentordesk.backup import vault_backup
    from mentordesk.services import mentees

    with filled_vault.transaction() as db:  # something in the log
        mentees.create(db, mentees.MenteeData(full_name="Second Mentee"))
    copy = vault_backup._copy
    copied: list[object] = []
    monkeypatch.setattr(vault_backup, "_copy", lambda *a: copied.append(a) or copy(*a))
    reader = connect_raw(filled_vault.db_path, filled_vault.data_key)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM mentee").fetchone()  # holds the log's frames
        info = write_backup(filled_vault, tmp_path / "b.age", now=NOW)
    finally:
        reader.close()
    assert copied
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no copy left
    target = restore(info.path, tmp_path / "restored", recovery_code)
    with Vault.open_with_recovery_code(target, recovery_code) as restored:
        assert all(r.ok for r in run_checks(restored))
        assert [r[1] for r in _rows(restored, "mentee")] == [
            r[1] for r in _rows(filled_vault, "mentee")
        ]
