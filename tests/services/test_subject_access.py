"""Subject access: every row about one mentee, and nothing about anyone else."""

from __future__ import annotations

import io
import json
import zipfile

import pyrage
import pytest
from sqlalchemy import func, select

from mentordesk.services import exports
from mentordesk.services.demo import build_demo
from mentordesk.services.disclosure.subject import SubjectChoice, export_subject_access
from mentordesk.services.ksb import evidence
from mentordesk.vault.models import (
    Attachment,
    Base,
    EvidenceItem,
    Mentee,
    MentoringSession,
    SafeguardingConcern,
    SupervisionRecord,
)
from tests.conftest import NOW, TODAY

OTHER = "CANARY-another-mentee-71c2"
SUPERVISION = "CANARY-supervision-0e5d"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    vault, _code = build_demo(tmp_path_factory.mktemp("sar") / "v", "small", 4, anchor=TODAY)
    with vault.transaction() as db:
        counts = (
            select(MentoringSession.mentee_id)
            .group_by(MentoringSession.mentee_id)
            .order_by(func.count().desc())
        )
        mid, other = db.scalars(counts.limit(2)).all()
        db.get(Mentee, other).notes = OTHER
        db.add(SupervisionRecord(held_on=TODAY, supervisor="Dr Ames", topics=SUPERVISION))
        session_id = db.scalar(select(MentoringSession.id).where(MentoringSession.mentee_id == mid))
        db.add(
            Attachment(
                owner_type="mentoring_session",
                owner_id=session_id,
                filename="../../board photo.jpg",
                media_type="image/jpeg",
                size=9,
                sha256="0" * 64,
                data=b"JPEGBYTES",
            )
        )
        if not db.scalar(
            select(SafeguardingConcern.id).where(SafeguardingConcern.mentee_id == mid)
        ):
            db.add(SafeguardingConcern(mentee_id=mid, raised_at=NOW, category="other", summary="x"))
    yield vault, mid
    vault.close()


def _open(path, identity) -> dict[str, bytes]:
    plain = pyrage.decrypt(path.read_bytes(), [identity])
    with zipfile.ZipFile(io.BytesIO(plain)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_everything_about_the_mentee_and_nothing_else(demo, tmp_path):
    vault, mid = demo
    identity = pyrage.x25519.Identity.generate()
    with vault.transaction() as db:
        done = export_subject_access(
            db,
            SubjectChoice(mid),
            tmp_path / "sar.age",
            now=NOW,
            recipients=[str(identity.to_public())],
        )
    files = _open(done.path, identity)
    assert done.path.stat().st_mode & 0o777 == 0o600
    with vault.session() as db:
        for table in Base.metadata.sorted_tables:
            if "mentee_id" in table.c and table.name != "export_record":
                held = db.scalar(
                    select(func.count()).select_from(table).where(table.c.mentee_id == mid)
                )
                exported = json.loads(files.get(f"data/{table.name}.json", b"[]"))
                assert len(exported) == held, table.name
        mentee = db.get(Mentee, mid)
        (held_row,) = json.loads(files["data/mentee.json"])
        assert set(held_row) == set(Mentee.__table__.c.keys())  # every column, new ones too
        for column in ("full_name", "uln", "provider_name", "provider_contact",
                       "provider_email", "support_needs", "prior_learning",
                       "otj_reduction_hours", "line_manager_id"):  # fmt: skip
            assert held_row[column] == getattr(mentee, column), column
        assert mentee.uln and mentee.line_manager_id
        stakeholders = {r["id"] for r in json.loads(files["data/stakeholder.json"])}
        assert mentee.line_manager_id in stakeholders
        listed = exports.list_exports(db)
    # rows reached through others: the sessions' amendments and actions, contracts' goals
    assert any(name.startswith("data/goal") for name in files) or not json.loads(
        files.get("data/contract.json", b"[]")
    )
    with vault.session() as db:  # the session's photo, and the files of their evidence
        items = db.scalars(select(EvidenceItem.id).where(EvidenceItem.mentee_id == mid)).all()
        theirs = {f.filename for fs in evidence.STORE.files_of(db, items).values() for f in fs}
    attached = [n for n in files if n.startswith("attachments/")]
    assert sorted(n.split("-", 1)[1] for n in attached) == sorted({"board_photo.jpg"} | theirs)
    assert b"JPEGBYTES" in files.values()
    everything = b"\n".join(files.values())
    assert OTHER.encode() not in everything and SUPERVISION.encode() not in everything
    assert "subject access export" in files["README.txt"].decode()
    assert listed[0].kind == exports.SUBJECT and listed[0].mentees == (mentee.full_name,)


def test_safeguarding_can_be_held_back(demo, tmp_path):
    vault, mid = demo
    identity = pyrage.x25519.Identity.generate()
    with vault.transaction() as db:
        done = export_subject_access(
            db,
            SubjectChoice(mid, safeguarding=False),
            tmp_path / "sar.age",
            now=NOW,
            recipients=[str(identity.to_public())],
        )
    files = _open(done.path, identity)
    assert not [n for n in files if "safeguarding" in n or "referral" in n or "chronology" in n]
    assert "left out on the advice of the safeguarding lead" in files["README.txt"].decode()
