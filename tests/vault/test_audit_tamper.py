"""The audit chain tells the truth: every edit made outside MentorDesk is reported by check."""

from __future__ import annotations

import hashlib
import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from mentordesk import cli, paths
from mentordesk.errors import VaultDamaged, VaultReadOnly
from mentordesk.services import mentees
from mentordesk.vault import Vault, anchor, audit
from mentordesk.vault.check import reanchor, run_checks
from mentordesk.vault.connection import connect_raw
from mentordesk.vault.models import AuditEvent, Ksb, Mentee, MentoringSession
from tests.conftest import PASSPHRASE, rebuild_at


def results_of(vault: Vault) -> dict[str, tuple[bool, str]]:
    return {r.name: (r.ok, r.detail) for r in run_checks(vault)}


def check_cli(folder, capsys) -> tuple[int, str, str]:
    code = cli.main(["check", "--vault", str(folder)])
    out, err = capsys.readouterr()
    return code, out, err


def files_of(folder) -> dict[str, bytes]:
    return {
        name: (folder / name).read_bytes()
        for name in ("vault.db", "vault.keys", "vault.anchor")
        if (folder / name).exists()
    }


@pytest.fixture
def busy(vault):
    """A vault with mentees, a session with KSBs, an edit and a delete, all through services."""
    with vault.transaction() as db:
        ids = [mentees.create(db, mentees.MenteeData(full_name=f"Mentee {n}")) for n in range(4)]
        ksbs = list(db.scalars(select(Ksb).limit(3)))
        db.add(
            MentoringSession(
                mentee_id=ids[0],
                starts_at=datetime(2026, 11, 2, 10, tzinfo=UTC),
                duration_minutes=60,
                ksbs=ksbs,
            )
        )
    with vault.transaction() as db:
        data = mentees.get(db, ids[1])
        data.notes = "Prefers mornings"
        mentees.update(db, ids[1], data)
        mentees.delete_unused(db, ids[2])
    return vault


def test_a_vault_used_through_mentordesk_checks_clean(busy):
    results = results_of(busy)
    assert all(ok for ok, _ in results.values()), results
    assert "records match their last event" in results["records"][1]
    assert "reaches the anchor" in results["audit anchor"][1]


def test_deleting_a_mentee_logs_what_the_database_cascades(busy):
    with busy.transaction() as db:
        first = db.scalars(select(MentoringSession.mentee_id)).first()
        db.delete(db.get(Mentee, first))
    results = results_of(busy)
    assert all(ok for ok, _ in results.values()), results
    with busy.session() as db:
        deleted = db.scalars(select(AuditEvent.entity).where(AuditEvent.action == "delete")).all()
    assert "mentoring_session" in deleted  # removed by ON DELETE CASCADE, logged all the same


def test_changing_a_sessions_ksbs_changes_its_digest_through_the_orm(busy):
    with busy.transaction() as db:
        session = db.scalars(select(MentoringSession)).first()
        session.ksbs = session.ksbs[:1]
    results = results_of(busy)
    assert results["records"][0], results["records"]


def _raw(vault: Vault, sql: str, params: tuple = ()) -> None:
    """An edit with the key but not through MentorDesk (foreign keys off, as a tool may be)."""
    conn = connect_raw(vault.db_path, vault.data_key)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute(sql, params)
    finally:
        conn.close()


TAMPER = {
    "update a record": (
        "UPDATE mentee SET notes = 'rewritten' WHERE id = (SELECT min(id) FROM mentee)",
        "records",
        "changed outside MentorDesk (mentee ",
    ),
    "insert a record": (
        "INSERT INTO mentee (full_name, otj_hours_target, status, created_at, updated_at) "
        "VALUES ('Ghost', 0, 'active', '2026-01-01 09:00:00', '2026-01-01 09:00:00')",
        "records",
        "added outside MentorDesk (no create event) (mentee ",
    ),
    "delete a record": (
        "DELETE FROM mentee WHERE id = (SELECT max(id) FROM mentee)",
        "records",
        "removed outside MentorDesk (mentee ",
    ),
    "link a KSB": (
        "INSERT INTO session_ksb (session_id, ksb_id) SELECT (SELECT min(id) FROM "
        "mentoring_session), max(id) FROM ksb",
        "records",
        "changed outside MentorDesk (mentoring_session ",
    ),
    "link a KSB of another type": (
        "INSERT INTO session_ksb (session_id, ksb_id) SELECT min(id), 'x' FROM mentoring_session",
        "records",
        "changed outside MentorDesk (mentoring_session ",
    ),
    "link a missing session": (
        "INSERT INTO session_ksb (session_id, ksb_id) SELECT 99999, max(id) FROM ksb",
        "records",
        "links to no record, added outside MentorDesk (session_ksb (1 rows))",
    ),
    "add a trigger": (
        "CREATE TRIGGER quiet AFTER UPDATE ON mentee BEGIN UPDATE mentee SET notes = '' "
        "WHERE id = NEW.id; END",
        "schema",
        "1 added outside MentorDesk (trigger quiet)",
    ),
    "add a table": (
        "CREATE TABLE secret (body TEXT)",
        "schema",
        "1 added outside MentorDesk (table secret)",
    ),
    "delete the last event": (
        "DELETE FROM audit_event WHERE id = (SELECT max(id) FROM audit_event)",
        "audit anchor",
        "1 events saved before are missing",
    ),
    "delete every event": ("DELETE FROM audit_event", "audit anchor", "saved before are missing"),
    "edit an event": (
        "UPDATE audit_event SET action = 'create' WHERE action = 'delete'",
        "audit chain",
        "does not verify",
    ),
}


@pytest.mark.parametrize("case", sorted(TAMPER))
def test_each_edit_outside_mentordesk_fails_check_with_its_own_line(
    busy, case, capsys, with_passphrase
):
    sql, name, words = TAMPER[case]
    _raw(busy, sql)
    folder = busy.folder
    busy.close()
    before = files_of(folder)
    code, out, err = check_cli(folder, capsys)
    assert code == VaultDamaged.exit_code
    line = next(li for li in out.splitlines() if f" {name}: " in li)
    assert line.startswith("FAILED") and words in line, out
    assert err.strip().splitlines()[-1].startswith("mentordesk: check failed: ")
    assert "Traceback" not in out + err
    assert files_of(folder) == before  # check changes nothing


def test_deleting_the_last_500_events_is_reported_with_the_count(vault):
    with vault.transaction() as db:
        for n in range(520):
            mentees.create(db, mentees.MenteeData(full_name=f"Bulk {n}"))
    _raw(vault, "DELETE FROM audit_event WHERE id > (SELECT max(id) - 500 FROM audit_event)")
    results = results_of(vault)
    assert results["audit chain"][0]  # what is left still chains…
    assert not results["audit anchor"][0]  # …but it stops short of the anchor
    assert "500 events saved before are missing" in results["audit anchor"][1]
    assert "removed outside MentorDesk" not in results["records"][1]
    assert "no create event" in results["records"][1]


def _plain_rechain(vault: Vault, key: bytes | None) -> None:
    """An attacker's rewrite: recompute every event's hash, without the vault's audit key."""
    with vault.engine.begin() as conn:
        rows = conn.execute(select(AuditEvent.__table__).order_by(AuditEvent.id)).fetchall()
        prev = anchor.GENESIS
        for row in rows:
            fields = ["notes"] if row.action == "update" else list(row.fields or [])
            change = audit.Change(row.entity, row.entity_id, row.action, tuple(fields))
            if key is None:
                body = json.dumps([prev, row.at.isoformat(), *change.__dict__.values()])
                mac = hashlib.sha256(body.encode()).hexdigest()
            else:
                mac = audit.event_mac(key, prev, row.at, change, row.digest)
            conn.exec_driver_sql(
                "UPDATE audit_event SET fields = ?, prev_hash = ?, hash = ? WHERE id = ?",
                (json.dumps(fields), prev, mac, row.id),
            )
            prev = mac


@pytest.mark.parametrize("key", [None, b"\x01" * 32], ids=["plain-sha256", "a-guessed-key"])
def test_an_edited_log_with_every_hash_recomputed_is_still_found(busy, key):
    _plain_rechain(busy, key)
    results = results_of(busy)
    assert not results["audit chain"][0]
    assert "does not verify" in results["audit chain"][1]


def test_a_missing_or_forged_anchor_fails_check(busy):
    path = anchor.path_of(busy.folder)
    good = path.read_bytes()
    path.unlink()
    assert "vault.anchor is missing" in results_of(busy)["audit anchor"][1]
    data = json.loads(good)
    data["event"] += 5
    path.write_text(json.dumps(data))
    assert "does not verify under this vault's key" in results_of(busy)["audit anchor"][1]


def test_reanchor_accepts_the_chain_as_it_ends_and_logs_that(busy):
    _raw(busy, "DELETE FROM audit_event WHERE id = (SELECT max(id) FROM audit_event)")
    assert not results_of(busy)["audit anchor"][0]
    # While events are missing, new saves do not move the anchor past the evidence.
    with busy.transaction() as db:
        for n in range(3):
            mentees.create(db, mentees.MenteeData(full_name=f"After {n}"))
    assert not results_of(busy)["audit anchor"][0]
    event, _ = reanchor(busy, "accepted after check")
    results = results_of(busy)
    assert results["audit anchor"][0] and results["audit chain"][0]
    with busy.session() as db:
        last = db.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert last.id == event and last.action == "anchor reset"


def test_opening_warns_when_the_chain_stops_short_of_its_anchor(busy):
    _raw(busy, "DELETE FROM audit_event WHERE id = (SELECT max(id) FROM audit_event)")
    folder = busy.folder
    busy.close()
    with Vault.open_with_passphrase(folder, PASSPHRASE) as again:
        assert again.integrity_warning and "Records saved earlier are missing" in (
            again.integrity_warning
        )


@pytest.mark.parametrize("broken", [False, True], ids=["intact", "broken"])
def test_a_plain_chain_vault_is_rechained_once_with_its_verdict(vault_dir, broken):
    engine, _key = rebuild_at(vault_dir, "0004")
    (vault_dir / "vault.anchor").unlink()
    with engine.begin() as conn:
        prev = anchor.GENESIS
        at = datetime(2026, 1, 6, 9, tzinfo=UTC)
        for n in range(1, 4):
            conn.exec_driver_sql(
                "INSERT INTO mentee (id, full_name, otj_hours_target, status, created_at, "
                "updated_at) VALUES (?, ?, 0, 'active', '2026-01-06 09:00:00', "
                "'2026-01-06 09:00:00')",
                (n, f"Old {n}"),
            )
            fields = ["full_name", "id"]
            digest = audit._legacy_hash(prev, at, "mentee", str(n), "create", fields)
            conn.exec_driver_sql(
                "INSERT INTO audit_event (at, entity, entity_id, action, fields, prev_hash, "
                "hash) VALUES (?, 'mentee', ?, 'create', ?, ?, ?)",
                ("2026-01-06 09:00:00.000000", str(n), json.dumps(fields), prev, digest),
            )
            prev = digest
        if broken:
            conn.exec_driver_sql("UPDATE audit_event SET entity_id = '9' WHERE id = 2")
    engine.dispose()
    with Vault.open_with_passphrase(vault_dir, PASSPHRASE) as vault:
        results = results_of(vault)
        assert all(ok for ok, _ in results.values()), results
        with vault.session() as db:
            rechain = db.scalars(select(AuditEvent).where(AuditEvent.action == "rechain")).one()
    expected = "was broken at event 2" if broken else "verified unbroken"
    assert expected in rechain.fields[0] and "3 events" in rechain.fields[0]


@pytest.mark.parametrize("command", [["check"], ["mentees", "list"]])
def test_an_empty_database_is_never_made_into_a_new_vault(
    vault_dir, capsys, command, with_passphrase
):
    for suffix in ("-wal", "-shm"):
        (vault_dir / f"vault.db{suffix}").unlink(missing_ok=True)
    (vault_dir / "vault.db").write_bytes(b"")
    before = sorted(p.name for p in vault_dir.iterdir())
    code = cli.main([*command, "--vault", str(vault_dir)])
    out, err = capsys.readouterr()
    assert code == VaultDamaged.exit_code
    assert f"{vault_dir / 'vault.db'} is empty (0 bytes)" in err and "Traceback" not in err
    assert (vault_dir / "vault.db").stat().st_size == 0
    assert sorted(p.name for p in vault_dir.iterdir()) == before
    with pytest.raises(VaultDamaged, match="is empty"):
        Vault.open_with_passphrase(vault_dir, PASSPHRASE)


def test_a_read_only_vault_folder_is_named_as_such_not_as_damage(vault_dir, monkeypatch):
    real = os.access
    monkeypatch.setattr(
        os, "access", lambda path, mode: False if Path(path) == vault_dir else real(path, mode)
    )
    before = files_of(vault_dir)
    with pytest.raises(VaultReadOnly) as caught:
        Vault.open_with_passphrase(vault_dir, PASSPHRASE)
    assert "is read-only here" in str(caught.value) and "damaged" not in str(caught.value)
    assert caught.value.exit_code == 6
    assert files_of(vault_dir) == before


def test_a_foreign_database_beside_the_key_file_is_named_and_left_alone(vault_dir, tmp_path):
    import sqlite3

    for suffix in ("-wal", "-shm"):
        (vault_dir / f"vault.db{suffix}").unlink(missing_ok=True)
    other = sqlite3.connect(vault_dir / "vault.db.new")
    other.execute("CREATE TABLE notes (body TEXT)")
    other.commit()
    other.close()
    (vault_dir / "vault.db.new").replace(vault_dir / "vault.db")
    before = files_of(vault_dir)
    with pytest.raises(VaultDamaged) as caught:
        Vault.open_with_passphrase(vault_dir, PASSPHRASE)
    assert str(vault_dir / "vault.db") in str(caught.value)
    assert "not this vault's database" in str(caught.value)
    assert files_of(vault_dir) == before


def test_dropping_a_duty_in_a_standards_import_is_logged_with_what_it_unlinks(vault, tmp_path):
    from mentordesk.standards.schema import load_file
    from mentordesk.standards.store import import_standards

    source = json.loads((paths.standards_data_dir() / "ST1379_v1.0.json").read_text("utf-8"))
    source["duties"] = source["duties"][1:]  # the new version no longer has the first duty
    changed = tmp_path / "ST1379.json"
    changed.write_text(json.dumps(source), "utf-8")
    with vault.transaction() as db:
        import_standards(db, load_file(changed))
    results = results_of(vault)
    assert all(ok for ok, _ in results.values()), results


def test_a_save_made_while_check_runs_is_not_called_missing(busy, monkeypatch):
    from mentordesk.vault import audit_check

    real = audit_check.read_anchor

    def then_someone_saves(folder, key):
        current = real(folder, key)
        with Vault.open_with_passphrase(busy.folder, PASSPHRASE) as other:
            with other.transaction() as db:
                mentees.create(db, mentees.MenteeData(full_name="Saved meanwhile"))
        return current

    monkeypatch.setattr(audit_check, "read_anchor", then_someone_saves)
    results = results_of(busy)
    assert results["audit anchor"][0], results["audit anchor"]
    assert "later events not yet anchored" in results["audit anchor"][1]
