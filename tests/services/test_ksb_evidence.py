"""KSB evidence: checks, saving with judgements and files, sign-off, undo, the list, and a
session counted for the mentee and for the mentor ("one session, two portfolios")."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from mentordesk.errors import ValidationError
from mentordesk.services import mentees, sessions
from mentordesk.services.attachments import LIMIT, NewFile
from mentordesk.services.ksb import coverage, evidence
from mentordesk.services.ksb.evidence import EvidenceDraft, EvidenceError, KsbMark
from mentordesk.vault.enums import EvidenceKind, Judgement
from mentordesk.vault.models import Attachment, Ksb, Standard

TODAY = date(2026, 11, 23)
MET, WORKING = Judgement.MET, Judgement.WORKING_TOWARDS


def ksbs(db, reference: str, *codes: str) -> list[int]:
    sid = db.scalar(select(Standard.id).where(Standard.reference == reference))
    found = {k.code: k.id for k in db.scalars(select(Ksb).where(Ksb.standard_id == sid))}
    return [found[c] for c in codes]


def add_mentee(vault, reference="ST0148", start=date(2025, 9, 1)) -> int:
    with vault.transaction() as db:
        sid = db.scalar(select(Standard.id).where(Standard.reference == reference))
        return mentees.create(
            db,
            mentees.MenteeData(
                "Priya Patel",
                standard_id=sid,
                start_date=start,
                planned_end_date=start + timedelta(days=365),
            ),
        )


def draft(owner, marks=(), **changes) -> EvidenceDraft:
    values = dict(
        owner=owner,
        kind=EvidenceKind.WITNESS_STATEMENT.value,
        title="Handover at the ward",
        occurred_on=date(2026, 10, 5),
        observer="Grace Obi, ward manager",
        marks=tuple(marks),
    )
    values.update(changes)
    return EvidenceDraft(**values)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": " "}, "title"),
        ({"title": "x" * 301}, "title"),
        ({"occurred_on": TODAY + timedelta(days=1)}, "occurred_on"),
        ({"signed_off_on": TODAY}, "signed_off_on"),  # nothing judged
    ],
)
def test_a_draft_that_cannot_be_saved_names_its_field(vault, changes, field):
    mid = add_mentee(vault)
    with vault.transaction() as db, pytest.raises(ValidationError) as err:
        evidence.create(db, draft(mid, **changes), TODAY)
    assert err.value.field == field


def test_ksbs_of_another_standard_are_refused(vault):
    mid = add_mentee(vault, "ST0148")
    with vault.transaction() as db:
        (other,) = ksbs(db, "ST1379", "S3")
        with pytest.raises(ValidationError, match="mentee's standard"):
            evidence.create(db, draft(mid, [KsbMark(other, MET)]), TODAY)
        (mine,) = ksbs(db, "ST0148", "S3")
        with pytest.raises(ValidationError, match="your own standard"):
            evidence.create(db, draft(None, [KsbMark(mine, MET)]), TODAY)


def test_evidence_with_judgements_and_a_photo_is_kept_and_read_back(vault):
    mid = add_mentee(vault)
    photo = bytes(range(256)) * 40 + b"CANARY-ksb-photo"
    with vault.transaction() as db:
        k1, s3 = ksbs(db, "ST0148", "K1", "S3")
        marks = [KsbMark(k1, MET, "clear advice"), KsbMark(s3, WORKING)]
        eid = evidence.create(db, draft(mid, marks), TODAY, [NewFile("ward/photo.png", photo)])
    with vault.transaction() as db:
        got = evidence.get(db, eid)
        assert got.marks == (KsbMark(k1, MET, "clear advice"), KsbMark(s3, WORKING))
        assert got.observer == "Grace Obi, ward manager"
        (f,) = evidence.STORE.files(db, eid)
        assert (f.filename, f.media_type, f.is_image) == ("photo.png", "image/png", True)
        assert evidence.STORE.read_file(db, f.id) == photo
        (row,) = evidence.rows(db, mid)
        assert (row.ksbs, row.ksbs_words) == ("K1 ✔, S3 ◐", "K1 ✔ met, S3 ◐ working towards")
        assert (row.file_count, row.signed_off_on, row.kind_words) == (
            1,
            None,
            "Witness statement",
        )
    # the photo is in the vault and nowhere else on disk
    for path in vault.folder.rglob("*"):
        if path.is_file():
            assert b"CANARY-ksb-photo" not in path.read_bytes(), path


def test_a_file_over_the_limit_is_refused_by_name(vault, tmp_path):
    big = tmp_path / "scan.pdf"
    big.write_bytes(b"\0" * (LIMIT + 1))
    with pytest.raises(EvidenceError, match="scan.pdf"):
        evidence.read_evidence(big)
    mid = add_mentee(vault)
    with vault.transaction() as db, pytest.raises(EvidenceError, match="scan.pdf.*20 MiB"):
        evidence.create(db, draft(mid), TODAY, [NewFile("scan.pdf", b"\0" * (LIMIT + 1))])


def test_sign_off_needs_a_judgement_and_is_dated(vault):
    mid = add_mentee(vault)
    with vault.transaction() as db:
        (k1,) = ksbs(db, "ST0148", "K1")
        bare = evidence.create(db, draft(mid, [KsbMark(k1)]), TODAY)
        with pytest.raises(EvidenceError, match="no KSB judged"):
            evidence.sign_off(db, bare, TODAY)
        judged = evidence.create(db, draft(mid, [KsbMark(k1, MET)]), TODAY)
        evidence.sign_off(db, judged, TODAY)
        assert evidence.get(db, judged).signed_off_on == TODAY


def test_delete_and_put_back_restores_marks_and_files(vault):
    mid = add_mentee(vault)
    with vault.transaction() as db:
        k1, s3 = ksbs(db, "ST0148", "K1", "S3")
        eid = evidence.create(
            db, draft(mid, [KsbMark(k1, MET), KsbMark(s3)]), TODAY, [NewFile("a.txt", b"abc")]
        )
    with vault.transaction() as db:
        saved = evidence.delete(db, eid)
        assert db.scalar(select(Attachment.id).where(Attachment.owner_id == eid)) is None
    with vault.transaction() as db:
        evidence.put(db, eid, saved)
    with vault.transaction() as db:
        assert evidence.take(db, eid) == saved


def test_update_replaces_marks_and_keeps_files_unless_given(vault):
    mid = add_mentee(vault)
    with vault.transaction() as db:
        k1, s3, b1 = ksbs(db, "ST0148", "K1", "S3", "B1")
        eid = evidence.create(
            db, draft(mid, [KsbMark(k1), KsbMark(s3)]), TODAY, [NewFile("a.txt", b"a")]
        )
        evidence.update(db, eid, draft(mid, [KsbMark(s3, MET), KsbMark(b1)]), TODAY)
        assert [m.ksb_id for m in evidence.get(db, eid).marks] == sorted([s3, b1])
        assert len(evidence.STORE.files(db, eid)) == 1
        evidence.update(db, eid, draft(mid), TODAY, files=[])
        assert evidence.STORE.files(db, eid) == []


def test_one_session_counts_for_the_mentee_and_for_the_mentor(vault):
    mid = add_mentee(vault)
    when = datetime.combine(date(2026, 10, 5), time(10)).astimezone()
    with vault.transaction() as db:
        (mentee_s3,) = ksbs(db, "ST0148", "S3")
        (mentor_s3,) = ksbs(db, "ST1379", "S3")
        sid = sessions.plan(db, sessions.SessionPlan(mid, when, ksb_ids=[mentee_s3]))
        sessions.record(db, sid, sessions.SessionRecord(ksb_ids=[mentee_s3], otj_hours=1))
    with vault.transaction() as db:
        (item,) = evidence.rows(db, mid)
        assert item.session_id == sid and item.kind == "session"
        mine = evidence.count_for_me(db, item.id, (KsbMark(mentor_s3, WORKING),), TODAY)
        # asked again: the same item, not a second one
        assert evidence.count_for_me(db, item.id, (KsbMark(mentor_s3, MET),), TODAY) == mine
    conn = vault.connection
    mentee_row = {r.code: r for r in coverage.matrix(conn, mid, TODAY).rows}["S3"]
    mentor_row = {r.code: r for r in coverage.matrix(conn, None, TODAY).rows}["S3"]
    assert (mentee_row.count, mentor_row.count) == (1, 1)
    assert mentor_row.latest is MET
    with vault.transaction() as db:
        own = [r for r in evidence.rows(db, None) if r.source == "evidence"]
        assert [(r.session_id, r.ksbs_words) for r in own] == [(sid, "S3 ✔ met")]


def test_changed_judgements_wait_for_a_new_sign_off(vault):
    mid = add_mentee(vault)
    with vault.transaction() as db:
        k1, s3 = ksbs(db, "ST0148", "K1", "S3")
        signed = draft(mid, [KsbMark(k1, WORKING)], signed_off_on=date(2026, 10, 6))
        eid = evidence.create(db, signed, TODAY)
        # the title corrected, the judgements as they were: still signed off
        evidence.update(db, eid, replace(signed, title="Handover on ward 7"), TODAY)
        assert evidence.get(db, eid).signed_off_on == date(2026, 10, 6)
        # a judgement changed with the old sign-off kept in the form: no longer signed off
        evidence.update(db, eid, replace(signed, marks=(KsbMark(k1, MET),)), TODAY)
        assert evidence.get(db, eid).signed_off_on is None
        # signed again, explicitly, with a new date
        evidence.update(
            db, eid, replace(signed, marks=(KsbMark(k1, MET),), signed_off_on=TODAY), TODAY
        )
        assert evidence.get(db, eid).signed_off_on == TODAY


def test_old_marks_stay_editable_after_the_owner_moves_to_another_standard(vault):
    from mentordesk.vault.models import Mentee

    mid = add_mentee(vault, "ST0148")
    with vault.transaction() as db:
        (old,) = ksbs(db, "ST0148", "K1")
        (new,) = ksbs(db, "ST1379", "K1")
        eid = evidence.create(db, draft(mid, [KsbMark(old, MET)]), TODAY)
        db.get(Mentee, mid).standard_id = db.scalar(
            select(Standard.id).where(Standard.reference == "ST1379")
        )
    with vault.transaction() as db:
        kept = evidence.get(db, eid)
        evidence.update(db, eid, replace(kept, title="Renamed"), TODAY)  # the old mark kept
        assert evidence.get(db, eid).title == "Renamed"
        evidence.update(db, eid, replace(kept, marks=(*kept.marks, KsbMark(new))), TODAY)
        with pytest.raises(ValidationError, match="mentee's standard"):
            another = ksbs(db, "ST0148", "S3")[0]  # a new mark of the old standard
            evidence.update(db, eid, replace(kept, marks=(KsbMark(another),)), TODAY)


def test_the_mentors_item_from_a_session_keeps_no_name(vault):
    mid = add_mentee(vault)
    when = datetime.combine(date(2026, 10, 5), time(10)).astimezone()
    with vault.transaction() as db:
        (mentor_s3,) = ksbs(db, "ST1379", "S3")
        sid = sessions.plan(db, sessions.SessionPlan(mid, when))
        sessions.record(db, sid, sessions.SessionRecord(ksb_ids=ksbs(db, "ST0148", "S3")))
    with vault.transaction() as db:
        (item,) = evidence.rows(db, mid)
        mine = evidence.count_for_me(db, item.id, (KsbMark(mentor_s3, WORKING),), TODAY)
        got = evidence.get(db, mine)
    assert got.title == "Mentoring session, 5 October 2026"
    assert "Priya" not in got.title + got.description
