"""Sessions: planning one or a series at the contract's cadence, clashes, recording by a
model's stages, actions carried to the next session, KSB evidence, the lock and amendments."""

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from mentordesk.errors import ValidationError
from mentordesk.services import mentees, session_models, sessions
from mentordesk.services.sessions import ActionDraft, SessionPlan, SessionRecord
from mentordesk.vault.models import (
    ActionItem,
    ActionStatus,
    Attendance,
    EvidenceItem,
    Ksb,
    MeetingMode,
    SessionStatus,
)
from tests.conftest import NOW
from tests.contract_data import signed_contract, st1379


def at(day: date, hour: int, minute: int = 0) -> datetime:
    """A local wall-clock time, as the planner's user gives it."""
    return datetime(day.year, day.month, day.day, hour, minute).astimezone()


def ksb_ids(db, *codes) -> list[int]:
    rows = db.scalars(select(Ksb).where(Ksb.standard_id == st1379(db), Ksb.code.in_(codes)))
    return sorted(k.id for k in rows)


def planned(vault, mentee_id, when, minutes=60, **extra) -> int:
    with vault.transaction() as db:
        return sessions.plan(db, SessionPlan(mentee_id, when, minutes, **extra))


def test_shipped_models_have_stages_and_prompts():
    models = session_models.all_models()
    assert {"grow", "oskar", "clear", "egan", "clutterbuck", "free"} <= set(models)
    assert [s.key for s in models["grow"].stages] == ["goal", "reality", "options", "will"]
    assert all(s.prompts for m in models.values() for s in m.stages)
    assert list(models)[-1] == "free"


def test_a_new_model_is_a_file_and_a_malformed_one_is_refused(tmp_path):
    (tmp_path / "free.json").write_text(
        '{"key": "free", "name": "Free", "stages": [{"key": "notes", "title": "Notes"}]}'
    )
    (tmp_path / "star.json").write_text(
        '{"key": "star", "name": "STAR", "stages": [{"key": "situation", "title": "Situation",'
        ' "prompts": ["What happened?"]}]}'
    )
    assert session_models.load_folder(tmp_path)["star"].stages[0].prompts == ("What happened?",)
    (tmp_path / "broken.json").write_text('{"key": "broken", "stages": [')
    with pytest.raises(session_models.SessionModelError, match="broken.json"):
        session_models.load_folder(tmp_path)


def test_series_follows_the_contract_cadence_skips_weekends_and_shows_clashes(vault):
    _, mid = signed_contract(vault)  # every 14 days, 45 minutes, ends 1 Dec 2027
    with vault.transaction() as db:
        other = mentees.create(db, mentees.MenteeData("Other Mentee"))
    # Thursday 3 Dec 2026 10:00; the other mentee is booked 10:30 on 17 Dec.
    clash = planned(vault, other, at(date(2026, 12, 17), 10, 30))
    with vault.session() as db:
        series = sessions.propose_series(db, mid, at(date(2026, 12, 3), 10), until=date(2027, 2, 1))
        long_series = sessions.propose_series(db, mid, at(date(2026, 12, 5), 9))
    days = [p.starts_at.astimezone().date() for p in series]
    assert days == [date(2026, 12, 3) + timedelta(days=14 * k) for k in range(5)]
    assert all(p.duration_minutes == 45 for p in series)
    assert all(p.starts_at.astimezone().hour == 10 for p in series)
    assert [p.clashes[0].id for p in series if p.clashes] == [clash]
    assert series[1].clashes[0].mentee == "Other Mentee"
    # 5 Dec 2026 is a Saturday: every proposal moves to the Monday after.
    assert {p.starts_at.astimezone().weekday() for p in long_series} == {0}
    assert long_series[-1].starts_at.date() <= date(2027, 12, 1)  # the planned end
    with vault.transaction() as db:
        template = SessionPlan(mid, series[0].starts_at, 45, MeetingMode.REMOTE, model="grow")
        ids = sessions.plan_series(db, template, [p.starts_at for p in series[:3]])
    with vault.session() as db:
        shown = sessions.entries(
            db.connection().connection.driver_connection,
            at(date(2026, 12, 1), 0),
            at(date(2027, 1, 1), 0),
            mid,
        )
    assert [e.id for e in shown] == ids and all(e.model == "grow" for e in shown)


def test_series_needs_a_cadence_and_an_end(vault):
    with vault.transaction() as db:
        mid = mentees.create(db, mentees.MenteeData("No Contract"))
    with vault.session() as db:
        with pytest.raises(ValidationError, match="cadence"):
            sessions.propose_series(db, mid, at(date(2026, 12, 3), 10))
        with pytest.raises(ValidationError, match="end date"):
            sessions.propose_series(db, mid, at(date(2026, 12, 3), 10), every_days=7)
        weekly = sessions.propose_series(
            db, mid, at(date(2026, 12, 3), 10), every_days=7, until=date(2026, 12, 31)
        )
    assert len(weekly) == 5


def test_clashes_are_overlaps_only(vault):
    with vault.transaction() as db:
        mid = mentees.create(db, mentees.MenteeData("Ana Lee"))
    day = date(2026, 12, 8)
    first = planned(vault, mid, at(day, 10), 60)
    conn = vault.connection
    assert sessions.clashes(conn, at(day, 11), 30) == []  # back to back
    assert sessions.clashes(conn, at(day, 9), 60) == []
    assert [c.id for c in sessions.clashes(conn, at(day, 10, 59), 30)] == [first]
    assert [c.id for c in sessions.clashes(conn, at(day, 9), 180)] == [first]
    assert sessions.clashes(conn, at(day, 10), 60, exclude_id=first) == []
    with vault.transaction() as db:
        sessions.cancel(db, first, "Mentee on leave")
    assert sessions.clashes(conn, at(day, 10), 60) == []


def test_reschedule_cancel_and_restore(vault):
    with vault.transaction() as db:
        mid = mentees.create(db, mentees.MenteeData("Ana Lee"))
    sid = planned(vault, mid, at(date(2026, 12, 8), 10))
    with vault.transaction() as db:
        before = sessions.reschedule(db, sid, at(date(2026, 12, 9), 14), 30)
        with pytest.raises(ValidationError, match="reason"):
            sessions.cancel(db, sid, "  ")
    assert before == (at(date(2026, 12, 8), 10).astimezone(UTC), 60)
    e = sessions.entry(vault.connection, sid)
    assert e.starts_at == at(date(2026, 12, 9), 14) and e.duration_minutes == 30
    with vault.transaction() as db:
        sessions.cancel(db, sid, "Ward short-staffed")
    assert sessions.entry(vault.connection, sid).status is SessionStatus.CANCELLED
    with vault.transaction() as db:
        with pytest.raises(sessions.SessionError):
            sessions.reschedule(db, sid, at(date(2026, 12, 10), 9))
        sessions.restore(db, sid)
    assert sessions.entry(vault.connection, sid).status is SessionStatus.PLANNED


def test_record_with_grow_creates_evidence_and_carries_actions_to_the_next_session(vault):
    _, mid = signed_contract(vault)
    first = planned(vault, mid, at(date(2026, 11, 10), 10), model="grow")
    second = planned(vault, mid, at(date(2026, 11, 24), 10), model="grow")
    with vault.transaction() as db:
        evidenced = ksb_ids(db, "K3", "S3")
        rec = sessions.record_of(db, first)
        rec.model = "grow"
        rec.mode = MeetingMode.REMOTE
        rec.notes = {"goal": "Plan a handover", "will": "Draft a checklist"}
        rec.questioning = ["Open", "Scaling"]
        rec.actions = [ActionDraft("Draft a handover checklist", "Mentee", date(2026, 11, 20))]
        rec.ksb_ids = evidenced
        rec.otj_hours = 1.5
        rec.travel_avoided_km = 24
        sessions.record(db, first, rec, final=True, now=NOW)
    with vault.session() as db:
        item = db.scalars(select(EvidenceItem).where(EvidenceItem.session_id == first)).one()
        assert item.mentee_id == mid and sorted(link.ksb_id for link in item.links) == evidenced
        assert sessions.evidenced_ksbs(db, first) == evidenced
        carried = sessions.open_actions_before(db, second)
        assert [a.description for a in carried] == ["Draft a handover checklist"]
        assert sessions.previous_session(db, second) == first
        again = sessions.record_of(db, first)
    assert again.notes == {"goal": "Plan a handover", "will": "Draft a checklist"}
    assert again.questioning == ["Open", "Scaling"] and again.otj_hours == 1.5
    with vault.transaction() as db:
        sessions.set_action_status(
            db, carried[0].id, ActionStatus.DONE, "Checklist in use", now=NOW
        )
    with vault.session() as db:
        assert sessions.open_actions_before(db, second) == []
        action = db.get(ActionItem, carried[0].id)
        assert action.outcome == "Checklist in use" and action.closed_at is not None


def test_bad_records_are_refused_and_nothing_is_saved(vault):
    with vault.transaction() as db:
        mid = mentees.create(db, mentees.MenteeData("Ana Lee"))
    sid = planned(vault, mid, at(date(2026, 11, 10), 10))
    cases = [
        (dict(otj_hours=-1), "Off-the-job"),
        (dict(travel_avoided_km=10, mode=MeetingMode.IN_PERSON), "remote and phone"),
        (dict(attendance=Attendance.NO_SHOW, otj_hours=1), "did not attend"),
        (dict(duration_minutes=0), "5 minutes"),
        (dict(actions=[ActionDraft("  ")]), "description"),
        (dict(model="nonesuch"), "nonesuch"),
    ]
    for change, message in cases:
        with vault.transaction() as db:
            with pytest.raises(ValidationError, match=message):
                sessions.record(db, sid, SessionRecord(notes={"notes": "x"}, **change))
    with vault.transaction() as db:
        with pytest.raises(ValidationError, match="notes"):
            sessions.record(db, sid, SessionRecord(), final=True, now=NOW)
    assert sessions.entry(vault.connection, sid).status is SessionStatus.PLANNED


def test_quick_note_then_complete_later(vault):
    with vault.transaction() as db:
        mid = mentees.create(db, mentees.MenteeData("Ana Lee"))
    sid = planned(vault, mid, at(date(2026, 11, 10), 10), model="oskar")
    with vault.transaction() as db:
        sessions.quick_note(db, sid, "Talked rota stress", [ActionDraft("Ask for fixed shifts")])
    with vault.session() as db:
        rec = sessions.record_of(db, sid)
    assert rec.quick_note and rec.notes == {"outcome": "Talked rota stress"}
    assert [a.description for a in rec.actions] == ["Ask for fixed shifts"]
    assert sessions.entry(vault.connection, sid).status is SessionStatus.HELD
    with vault.transaction() as db:
        with pytest.raises(ValidationError, match="quick note"):
            sessions.record(db, sid, rec, final=True, now=NOW)
        rec.quick_note = False
        rec.notes["scaling"] = "Now a 4 out of 10"
        sessions.record(db, sid, rec, final=True, now=NOW)
    assert sessions.entry(vault.connection, sid).is_final


def test_final_session_is_locked_and_changes_are_kept_as_amendments(vault):
    with vault.transaction() as db:
        mid = mentees.create(db, mentees.MenteeData("Ana Lee", standard_id=st1379(db)))
    sid = planned(vault, mid, at(date(2026, 11, 10), 10))
    made = datetime(2026, 11, 12, 9, 30, tzinfo=UTC)
    with vault.transaction() as db:
        rec = SessionRecord(notes={"notes": "Discussed feedback"}, otj_hours=1)
        sessions.record(db, sid, rec, final=True, now=NOW)
    with vault.transaction() as db:
        with pytest.raises(sessions.SessionLocked):
            sessions.record(db, sid, rec)
        with pytest.raises(ValidationError, match="reason"):
            sessions.amend(db, sid, rec, "", now=NOW)
        with pytest.raises(ValidationError, match="Nothing has changed"):
            sessions.amend(db, sid, rec, "No reason", now=NOW)
        rec.otj_hours = 1.5
        rec.ksb_ids = ksb_ids(db, "K1")
        changes = sessions.amend(db, sid, rec, "Hours were under-counted", now=made)
    assert set(changes) == {"otj_hours", "ksb_ids"}
    assert changes["otj_hours"] == {"from": "1", "to": "1.5"}
    with vault.session() as db:
        [kept] = sessions.amendments(db, sid)
        assert kept.made_at == made and kept.reason == "Hours were under-counted"
        assert sessions.record_of(db, sid).otj_hours == 1.5
        assert sessions.evidenced_ksbs(db, sid) == ksb_ids(db, "K1")


def test_hours_are_totalled_from_held_sessions_in_the_period(vault):
    with vault.transaction() as db:
        mid = mentees.create(db, mentees.MenteeData("Ana Lee"))
    days = [date(2026, 10, 1), date(2026, 10, 15), date(2026, 10, 31), date(2026, 11, 2)]
    ids = [planned(vault, mid, at(d, 23, 30), 30) for d in days]
    with vault.transaction() as db:
        for sid, hours in zip(ids[:3], (1.0, 1.25, 2.0), strict=True):
            sessions.record(db, sid, SessionRecord(otj_hours=hours, duration_minutes=30))
        rec = SessionRecord(otj_hours=3, mode=MeetingMode.REMOTE, travel_avoided_km=12.5)
        sessions.record(db, ids[3], rec)
    conn = vault.connection
    october = sessions.totals(conn, mid, date(2026, 10, 1), date(2026, 10, 31))
    assert october == sessions.Totals(3, 90, 4.25, 0.0)  # 23:30 local on the 31st counts
    assert sessions.totals(conn, mid, date(2026, 10, 2), date(2026, 11, 30)).otj_hours == 6.25
    assert (
        sessions.totals(conn, mid, date(2026, 11, 1), date(2026, 11, 30)).travel_avoided_km == 12.5
    )


def test_an_action_cannot_fall_due_before_its_session(vault):
    _, mid = signed_contract(vault)
    sid = planned(vault, mid, at(date(2026, 11, 10), 10))
    early = ActionDraft("Book an observation", "Mentee", date(2026, 4, 10))
    with vault.transaction() as db:
        with pytest.raises(ValidationError, match="Book an observation") as caught:
            sessions.record(db, sid, SessionRecord(notes={"notes": "x"}, actions=[early]))
    message = str(caught.value)
    assert "10 Apr 2026" in message and "10 Nov 2026" in message and "\n" not in message
    with vault.transaction() as db:  # a quick note is held to the same rule
        with pytest.raises(ValidationError, match="before the session"):
            sessions.quick_note(db, sid, "Met briefly", [early])
    assert sessions.entry(vault.connection, sid).status is SessionStatus.PLANNED
    on_the_day = ActionDraft("Book an observation", "Mentee", date(2026, 11, 10))
    with vault.transaction() as db:
        sessions.record(
            db, sid, SessionRecord(notes={"notes": "x"}, actions=[on_the_day]), final=True, now=NOW
        )
    # An amendment cannot move it before the session either.
    with vault.transaction() as db:
        rec = sessions.record_of(db, sid)
        rec.actions[0].due_date = date(2026, 11, 9)
        with pytest.raises(ValidationError, match="before the session"):
            sessions.amend(db, sid, rec, "Wrong date", now=NOW)
    with vault.session() as db:
        assert sessions.record_of(db, sid).actions[0].due_date == date(2026, 11, 10)


def test_new_actions_fall_due_by_the_next_session_else_a_fortnight_on(vault):
    _, mid = signed_contract(vault)
    first = planned(vault, mid, at(date(2026, 11, 10), 10))
    gone = planned(vault, mid, at(date(2026, 11, 17), 10))
    with vault.transaction() as db:
        sessions.cancel(db, gone, "Clash")
        form = sessions.record_form(db, first)
    assert form.session_day == date(2026, 11, 10) and form.next_session_on is None
    assert form.default_due == date(2026, 11, 24)  # a cancelled session is not the next
    planned(vault, mid, at(date(2026, 12, 1), 10))
    with vault.session() as db:
        form = sessions.record_form(db, first)
    assert form.next_session_on == date(2026, 12, 1) == form.default_due
