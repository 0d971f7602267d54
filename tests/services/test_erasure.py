"""Erasing a mentee: everything about them goes, the rest stays, the log keeps a tombstone."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from mentordesk.errors import ValidationError
from mentordesk.services import erasure
from mentordesk.services.demo import build_demo
from mentordesk.vault.check import run_checks
from mentordesk.vault.models import (
    Attachment,
    AuditEvent,
    Base,
    EvidenceItem,
    Mentee,
    MentoringSession,
    Reflection,
    SafeguardingConcern,
)
from tests.conftest import NOW, TODAY

CANARY = "Zebedee-Quartermaine"  # a name found nowhere else in the demo


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    vault, _code = build_demo(tmp_path_factory.mktemp("erase") / "v", "small", 3, anchor=TODAY)
    yield vault
    vault.close()


def _busiest(db) -> int:
    return db.scalar(
        select(MentoringSession.mentee_id)
        .group_by(MentoringSession.mentee_id)
        .order_by(func.count().desc())
        .limit(1)
    )


def _texts(vault) -> str:
    """Every value in every table, as text (the database decrypted, in memory)."""
    out = []
    for table in Base.metadata.sorted_tables:
        for row in vault.connection.execute(f'SELECT * FROM "{table.name}"'):
            out.append(" ".join(str(v) for v in row))
    return "\n".join(out)


def test_erasure_removes_every_record_of_the_mentee_and_keeps_the_rest(demo):
    with demo.transaction() as db:
        mid = _busiest(db)
        mentee = db.get(Mentee, mid)
        mentee.full_name = CANARY
        session_id = db.scalar(select(MentoringSession.id).where(MentoringSession.mentee_id == mid))
        photo = Attachment(
            owner_type="mentoring_session",
            owner_id=session_id,
            filename="photo.jpg",
            media_type="image/jpeg",
            size=3,
            sha256="0" * 64,
            data=b"abc",
        )
        db.add(photo)
        db.flush()
        photo_id = photo.id
        db.add(
            SafeguardingConcern(
                mentee_id=mid, raised_at=NOW, summary=f"about {CANARY}", category="other"
            )
        )
        linked = Reflection(title="On a session", model="free", occurred_on=TODAY, mentee_id=mid)
        db.add(linked)
        db.flush()
        reflection_id = linked.id
    with demo.session() as db:
        others = {
            t.name: n
            for t in Base.metadata.sorted_tables
            if "mentee_id" in t.c
            and (n := db.scalar(select(func.count()).select_from(t).where(t.c.mentee_id != mid)))
        }
        what = erasure.plan(db, mid)
        kept_files = set(
            db.scalars(
                select(Attachment.id).where(
                    Attachment.owner_type == "evidence_item",
                    Attachment.owner_id.in_(
                        select(EvidenceItem.id).where(
                            (EvidenceItem.mentee_id != mid) | EvidenceItem.mentee_id.is_(None)
                        )
                    ),
                )
            )
        )
        # The mentor's own files (a CPD certificate) are not the mentee's: they stay.
        kept_files |= set(
            db.scalars(select(Attachment.id).where(Attachment.owner_type == "cpd_entry"))
        )
        assert kept_files > set()
    goes = dict(what.goes)
    assert goes["sessions"] >= 1 and goes["safeguarding concerns"] >= 1
    assert what.kept_reflections >= 1 and any(k.startswith("On a session (") for k in what.kept)
    assert goes["goals"] >= 1 and goes["attachments"] >= 1
    assert what.lines()[0] == f"{CANARY}'s details"

    with pytest.raises(ValidationError, match="Type the mentee's full name"):
        with demo.transaction() as db:
            erasure.erase(db, mid, confirm="someone else", now=NOW)
    with demo.session() as db:
        assert db.get(Mentee, mid) is not None  # a wrong name erases nothing

    with demo.transaction() as db:
        done = erasure.erase(db, mid, confirm=f"  {CANARY.lower()} ", now=NOW)
    erasure.purge_log(demo.connection)
    assert done.goes == what.goes

    with demo.session() as db:
        assert db.get(Mentee, mid) is None
        for table in Base.metadata.sorted_tables:
            if "mentee_id" in table.c:
                left = db.scalar(
                    select(func.count()).select_from(table).where(table.c.mentee_id == mid)
                )
                assert left == 0, table.name
                kept = db.scalar(
                    select(func.count()).select_from(table).where(table.c.mentee_id != mid)
                )
                assert kept == others.get(table.name, 0), table.name
        assert db.get(Attachment, photo_id) is None
        assert set(db.scalars(select(Attachment.id))) == kept_files
        reflection = db.get(Reflection, reflection_id)
        assert (
            reflection is not None and reflection.mentee_id is None
        )  # the mentor's own, kept, unlinked
        tomb = db.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert (tomb.entity, tomb.entity_id, tomb.action) == ("erasure", str(mid), "erase")
    assert tomb.digest is None and "sessions: " in " ".join(tomb.fields)
    assert CANARY not in _texts(demo)
    assert CANARY.encode() not in (demo.folder / "vault.db").read_bytes()
    assert (demo.folder / "vault.db-wal").stat().st_size == 0
    assert all(r.ok for r in run_checks(demo)), [r for r in run_checks(demo) if not r.ok]


def test_the_note_on_older_backups_follows_the_kept_counts():
    assert "about 5 weeks" in erasure.older_backups_note(7, 4)
    assert "about 3 weeks" in erasure.older_backups_note(3, 2)


def test_erasing_an_unknown_mentee_is_refused(demo):
    with demo.session() as db, pytest.raises(ValidationError, match="no mentee numbered 999"):
        erasure.plan(db, 999)


def test_every_kind_of_record_that_cascades_from_a_mentee_is_counted():
    from mentordesk.services.erasure import _OWNED

    counted = {model.__tablename__ for _one, _many, model in _OWNED}
    cascading = {
        table.name
        for table in Base.metadata.sorted_tables
        for fk in table.foreign_keys
        if fk.column.table.name == "mentee" and fk.ondelete == "CASCADE"
    }
    assert cascading <= counted, cascading - counted
