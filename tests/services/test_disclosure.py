"""Employer exports share only what was chosen: canaries in private notes, a reflection, a
supervision record and a safeguarding concern stay out unless each is ticked; nothing
plain reaches the disk; every export is recorded in the vault."""

from __future__ import annotations

import csv
import io
import json
import tempfile
import zipfile
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pyrage
import pytest

from mentordesk.errors import ValidationError
from mentordesk.services import exports, mentees
from mentordesk.services.disclosure import EmployerChoice, export_for_employer, folder_of
from mentordesk.vault.models import (
    ChronologyEntry,
    EvidenceItem,
    MentoringSession,
    Reflection,
    SafeguardingConcern,
    SessionStatus,
    SupervisionRecord,
)
from tests.conftest import NOW
from tests.contract_data import signed_contract

PASSPHRASE = "7KQ4-MX9P-AHTR-W3NC-JJ4K"
CANARIES = {
    "session_private_notes": "CANARY-private-note-5d1e",
    "reflections": "CANARY-reflection-0b7c",
    "supervision": "CANARY-supervision-93aa",
    "safeguarding": "CANARY-safeguarding-4f20",
}
SHARED = "Worked through the audit checklist together"  # a session objective: shared


@pytest.fixture
def filled(vault):
    """Priya (a signed contract, a held session with private notes, a reflection, a
    concern) and Tom (a session in October only), plus a supervision record."""
    _cid, priya = signed_contract(vault, "Priya Patel")
    with vault.transaction() as db:
        tom = mentees.create(db, mentees.MenteeData(full_name="Tom Hughes"))
        held = MentoringSession(
            mentee_id=priya,
            status=SessionStatus.HELD,
            starts_at=datetime(2026, 9, 14, 10, tzinfo=UTC),
            objectives=SHARED,
            plan=f"Plan: {CANARIES['session_private_notes']}",
            notes_by_stage={"notes": f"Said in confidence: {CANARIES['session_private_notes']}"},
            otj_hours=1.5,
        )
        later = MentoringSession(
            mentee_id=tom,
            status=SessionStatus.HELD,
            starts_at=datetime(2026, 10, 20, 10, tzinfo=UTC),
            objectives="October only",
            otj_hours=2.0,
        )
        db.add_all([held, later])
        db.flush()
        db.add(EvidenceItem(mentee_id=priya, title="Audit observed", occurred_on=date(2026, 9, 15)))
        db.add(
            Reflection(
                title="After Priya's session",
                model="gibbs",
                occurred_on=date(2026, 9, 14),
                stages={"feelings": CANARIES["reflections"]},
                mentee_id=priya,
            )
        )
        db.add(
            SupervisionRecord(
                held_on=date(2026, 9, 20), supervisor="Dr Rao", topics=CANARIES["supervision"]
            )
        )
        concern = SafeguardingConcern(
            mentee_id=priya,
            raised_at=datetime(2026, 9, 16, 9, tzinfo=UTC),
            category="wellbeing",
            summary=CANARIES["safeguarding"],
        )
        concern.chronology.append(
            ChronologyEntry(
                occurred_at=datetime(2026, 9, 16, 9, tzinfo=UTC),
                entry_type="disclosure",
                description="told the DSL",
            )
        )
        db.add(concern)
    return vault, priya, tom


IDENTITY = pyrage.x25519.Identity.generate()
RECIPIENT = str(IDENTITY.to_public())


def export(vault, choice: EmployerChoice, out: Path, **how) -> dict[str, bytes]:
    """Export to an age key (fast); with ``passphrase=...``, to that passphrase (scrypt)."""
    if "passphrase" not in how:
        how["recipients"] = [RECIPIENT]
    with vault.transaction() as db:
        export_for_employer(db, choice, out, now=NOW, **how)
    if "passphrase" in how:
        plain = pyrage.passphrase.decrypt(out.read_bytes(), how["passphrase"])
    else:
        plain = pyrage.decrypt(out.read_bytes(), [IDENTITY])
    with zipfile.ZipFile(io.BytesIO(plain)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def grep(files: dict[str, bytes], needle: str) -> list[str]:
    """The files that hold ``needle``: in their bytes, or for a PDF in the text a reader
    sees (a PDF's text is compressed, so its bytes alone would hide it)."""
    from tests.documents.pdftext import text

    def holds(name: str, data: bytes) -> bool:
        if needle.encode() in data:
            return True
        return name.endswith(".pdf") and needle in text(data)

    return [name for name, data in files.items() if holds(name, data)]


def test_a_default_export_holds_no_canary_and_the_shared_records(filled, tmp_path):
    vault, priya, _tom = filled
    files = export(vault, EmployerChoice(), tmp_path / "e.age")
    for kind, canary in CANARIES.items():
        assert grep(files, canary) == [], kind
    folder = folder_of(priya, "Priya Patel")
    assert folder == f"Priya_Patel-{priya}"
    assert f"{folder}/contracts/contract-v1-2026-09-01.pdf" in files
    assert files[f"{folder}/contracts/contract-v1-2026-09-01.pdf"].startswith(b"%PDF")
    assert grep(files, SHARED) == [f"{folder}/sessions.csv", f"{folder}/sessions.json"]
    sessions = list(
        csv.DictReader(io.StringIO(files[f"{folder}/sessions.csv"].decode("utf-8-sig")))
    )
    assert [s["objectives"] for s in sessions] == [SHARED]
    assert "notes" not in sessions[0] and "plan" not in sessions[0]
    hours = json.loads(files[f"{folder}/off_the_job_hours.json"])
    assert hours["recorded_in_period"] == 1.5 and hours["sessions"] == 1
    evidence = json.loads(files[f"{folder}/ksb_evidence.json"])
    assert [e["title"] for e in evidence] == ["Audit observed"]
    assert not [n for n in files if "reflection" in n or "supervision" in n or "safeguard" in n]


@pytest.mark.parametrize("kind", list(CANARIES))
def test_each_canary_is_there_only_when_its_kind_is_ticked(filled, tmp_path, kind):
    vault, _priya, _tom = filled
    files = export(vault, replace(EmployerChoice(), **{kind: True}), tmp_path / "e.age")
    for other, canary in CANARIES.items():
        assert bool(grep(files, canary)) == (other == kind), other
    if kind == "supervision":
        assert grep(files, CANARIES[kind]) == ["supervision.csv", "supervision.json"]


def test_the_period_and_the_mentees_chosen_limit_the_records(filled, tmp_path):
    vault, priya, tom = filled
    october = EmployerChoice(date_from=date(2026, 10, 1), date_to=date(2026, 10, 31))
    files = export(vault, october, tmp_path / "oct.age")
    assert grep(files, "October only") == [
        f"{folder_of(tom, 'Tom Hughes')}/sessions.csv",
        f"{folder_of(tom, 'Tom Hughes')}/sessions.json",
    ]
    assert grep(files, SHARED) == []
    # Priya's contract (agreed 1 September, still in force) covers October.
    assert f"{folder_of(priya, 'Priya Patel')}/contracts/contract-v1-2026-09-01.pdf" in files
    only_tom = export(vault, EmployerChoice(mentee_ids=(tom,)), tmp_path / "tom.age")
    people = json.loads(only_tom["mentees.json"])
    assert [p["full_name"] for p in people] == ["Tom Hughes"]
    assert not [n for n in only_tom if n.startswith("Priya")]


def test_learning_support_needs_never_reach_an_employer(filled, tmp_path):
    """Kept on the mentee's record for the mentor alone: not in any kind of record."""
    vault, priya, _tom = filled
    needs = "CANARY-support-needs-61aa"
    with vault.transaction() as db:
        data = mentees.get(db, priya)
        data.support_needs = needs
        data.uln = "9276308686"
        mentees.update(db, priya, data)
    everything = replace(EmployerChoice(), **{kind: True for kind in CANARIES})
    files = export(vault, everything, tmp_path / "all.age")
    assert grep(files, needs) == []
    assert grep(files, "Priya Patel")  # the export is about her
    # and the search reads the PDFs' text, not only their (compressed) bytes
    assert any(name.endswith(".pdf") for name in grep(files, "Mentoring contract"))


@pytest.mark.parametrize(
    ("name", "folder"),
    [("../x", "x"), ("/etc", "etc"), ("a\x00b", "a_b"), ("..", "mentee"), ("C:\\win", "C_win")],
)
def test_hostile_mentee_names_give_safe_member_names(vault, tmp_path, name, folder):
    with vault.transaction() as db:
        mid = mentees.create(db, mentees.MenteeData(full_name=name))
        db.add(
            MentoringSession(
                mentee_id=mid,
                status=SessionStatus.HELD,
                starts_at=datetime(2026, 9, 14, 10, tzinfo=UTC),
            )
        )
    files = export(vault, EmployerChoice(), tmp_path / "e.age")
    made = [n for n in files if n.endswith("sessions.csv")]
    assert made == [f"{folder}-{mid}/sessions.csv"]
    for member in files:
        parts = member.split("/")
        assert not member.startswith("/") and ".." not in parts and "\x00" not in member


def test_an_export_is_recorded_without_content_and_listed_newest_first(filled, tmp_path):
    vault, priya, tom = filled
    first = tmp_path / "first.age"
    export(
        vault,
        EmployerChoice(mentee_ids=(tom,)),
        first,
        recipient_label="Acme HR",
        passphrase=PASSPHRASE,
    )
    export(vault, EmployerChoice(safeguarding=True), tmp_path / "second.age")
    with vault.session() as db:
        rows = exports.list_exports(db)
    assert [r.file_name for r in rows] == ["second.age", "first.age"]
    older = rows[1]
    assert older.recipient == "Acme HR" and older.by_passphrase and older.kind == "employer"
    assert older.mentees == ("Tom Hughes",) and older.path == first.resolve()
    assert older.size == first.stat().st_size and len(older.sha256) == 64
    assert older.summary == {
        "mentee_ids": [tom],
        "from": None,
        "to": None,
        "records": ["contracts", "reviews", "sessions", "hours", "ksb_evidence"],
    }
    assert rows[0].summary["mentee_ids"] == sorted([priya, tom])
    assert not rows[0].by_passphrase and rows[0].encrypted_to == RECIPIENT
    assert "safeguarding" in rows[0].what and "Tom Hughes" in rows[0].what
    from mentordesk.vault.check import run_checks

    assert [r.line() for r in run_checks(vault) if not r.ok] == []  # audited like any record
    events = vault.connection.execute(
        "SELECT action, fields FROM audit_event WHERE entity = 'export_record'"
    ).fetchall()
    assert [e[0] for e in events] == ["create", "create"]
    stored = vault.connection.execute("SELECT * FROM export_record").fetchall()
    for canary in (*CANARIES.values(), SHARED):
        assert canary not in repr(stored)


def test_a_refused_choice_or_recipient_writes_and_records_nothing(filled, tmp_path):
    vault, _priya, _tom = filled
    out = tmp_path / "e.age"
    nothing = EmployerChoice(
        contracts=False, reviews=False, sessions=False, hours=False, ksb_evidence=False
    )
    backwards = EmployerChoice(date_from=date(2026, 10, 1), date_to=date(2026, 9, 1))
    for choice, how, words in [
        (nothing, {"passphrase": PASSPHRASE}, "at least one kind"),
        (backwards, {"passphrase": PASSPHRASE}, "before its start"),
        (EmployerChoice(mentee_ids=(999,)), {"passphrase": PASSPHRASE}, "no mentee with id 999"),
        (EmployerChoice(), {"recipients": ["age1nope"]}, "not an age public key"),
    ]:
        with pytest.raises(ValidationError, match=words), vault.transaction() as db:
            export_for_employer(db, choice, out, now=NOW, **how)
    assert not out.exists()
    with vault.session() as db:
        assert exports.list_exports(db) == []


def test_no_plaintext_reaches_the_disk_during_an_export(filled, tmp_path, monkeypatch):
    vault, _priya, _tom = filled
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    everything = EmployerChoice(
        session_private_notes=True, reflections=True, supervision=True, safeguarding=True
    )
    needles = [c.encode() for c in (*CANARIES.values(), SHARED)]
    found: list[Path] = []

    def scan(*_args) -> None:
        for path in tmp_path.rglob("*"):
            if path.is_file() and any(n in path.read_bytes() for n in needles):
                found.append(path)

    with vault.transaction() as db:
        export_for_employer(
            db, everything, tmp_path / "e.age", now=NOW, recipients=[RECIPIENT], progress=scan
        )
    scan()
    assert found == []
    files = export(vault, everything, tmp_path / "again.age")  # all there, once decrypted
    assert all(grep(files, c) for c in CANARIES.values())
