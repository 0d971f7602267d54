"""Calendar export: the same bytes as a calendar built whole, written a session at a time,
private, and whole or not at all."""

import os
import stat
import tracemalloc
from datetime import UTC, datetime, timedelta

import icalendar
import pytest
from sqlalchemy import insert, select

from mentordesk.errors import MentorDeskError
from mentordesk.services import mentees, sessions
from mentordesk.services.sessions import SessionPlan, ics
from mentordesk.services.sessions.ics import IcsError, export_ics, export_to, parse_ics
from mentordesk.vault.enums import SessionStatus
from mentordesk.vault.models import MeetingMode, Mentee, MentoringSession
from tests.conftest import NOW

START = datetime(2027, 1, 4, 9, tzinfo=UTC)


def whole_calendar(db, mentee_id=None, details=False) -> bytes:
    """The calendar as it was made before export streamed: every event in one Calendar."""
    query = (
        select(MentoringSession, Mentee)
        .join(Mentee, Mentee.id == MentoringSession.mentee_id)
        .where(MentoringSession.status == SessionStatus.PLANNED)
        .order_by(MentoringSession.starts_at, MentoringSession.id)
    )
    if mentee_id is not None:
        query = query.where(MentoringSession.mentee_id == mentee_id)
    cal = icalendar.Calendar()
    cal.add("prodid", ics.PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    for s, m in db.execute(query):
        event = icalendar.Event()
        event.add("uid", s.ics_uid or f"mentordesk-session-{s.id}@mentordesk")
        event.add("dtstamp", NOW)
        event.add("dtstart", s.starts_at)
        event.add("dtend", s.starts_at + timedelta(minutes=s.duration_minutes))
        if details:
            event.add("summary", s.title or f"Mentoring: {m.display_name}")
        else:
            event.add("summary", ics.neutral_title(m.full_name))
        if s.location:
            event.add("location", s.location)
        if details and s.objectives:
            event.add("description", s.objectives)
        if details:
            event.add(ics.MENTEE_PROPERTY, m.full_name)
        event.add(ics.MODE_PROPERTY, s.mode.value)
        cal.add_component(event)
    return cal.to_ical()


@pytest.fixture
def planned(vault):
    with vault.transaction() as db:
        ana = mentees.create(db, mentees.MenteeData("Ana Lee", preferred_name="Annie"))
        ben = mentees.create(db, mentees.MenteeData("Ben Ode"))
        sessions.plan(db, SessionPlan(ana, START, 45, MeetingMode.REMOTE, location="Teams"))
        sessions.plan(
            db,
            SessionPlan(
                ben,
                START,  # the same time as Ana's: ties keep the order they were planned in
                90,
                title="Portfolio check; bring the log, please",
                objectives="Line one\nLine two, with a comma — and a long tail " + "x" * 120,
            ),
        )
        sessions.plan(db, SessionPlan(ben, START + timedelta(days=3), 30, MeetingMode.PHONE))
        gone = sessions.plan(db, SessionPlan(ana, START + timedelta(days=1), 30))
        sessions.cancel(db, gone, "Clash")
    return vault, ana, ben


def test_streamed_calendar_has_the_same_bytes_as_one_built_whole(planned, tmp_path):
    vault, ana, ben = planned
    with vault.session() as db:
        for who in (None, ana, ben):
            assert export_ics(db, who, now=NOW) == whole_calendar(db, who)
            assert export_ics(db, who, now=NOW, details=True) == whole_calendar(db, who, True)
        written = export_to(tmp_path / "all.ics", db, None, now=NOW, details=True)
        assert (tmp_path / "all.ics").read_bytes() == whole_calendar(db, details=True)
    assert written == 3
    cal = icalendar.Calendar.from_ical((tmp_path / "all.ics").read_bytes())
    events = cal.walk("VEVENT")
    assert [str(e["summary"]) for e in events] == [
        "Mentoring: Annie",
        "Portfolio check; bring the log, please",
        "Mentoring: Ben Ode",
    ]
    assert events[0].decoded("dtend") - events[0].decoded("dtstart") == timedelta(minutes=45)
    invitations, skipped = parse_ics((tmp_path / "all.ics").read_bytes())
    assert [i.minutes for i in invitations] == [45, 90, 30] and skipped == []


CANARY = "CANARY-7f3a confidential sickness absence plan"


def test_by_default_an_event_says_who_when_and_where_and_nothing_of_the_session(vault, tmp_path):
    with vault.transaction() as db:
        tom = mentees.create(db, mentees.MenteeData("Tomasz Nowak", preferred_name="Tom"))
        sessions.plan(
            db,
            SessionPlan(
                tom, START, 60, location="Ward 7 office", title=f"Title {CANARY}", objectives=CANARY
            ),
        )
        export_to(tmp_path / "shared.ics", db, None, now=NOW)
        export_to(tmp_path / "mine.ics", db, None, now=NOW, details=True)
    shared = (tmp_path / "shared.ics").read_bytes()
    assert b"CANARY" not in shared and b"Tomasz" not in shared
    [event] = icalendar.Calendar.from_ical(shared).walk("VEVENT")
    assert str(event["summary"]) == "Mentoring — T. Nowak"
    assert str(event["location"]) == "Ward 7 office"
    assert "description" not in event and ics.MENTEE_PROPERTY not in event
    assert event.decoded("dtstart") == START
    # Asked for (a calendar nobody else sees): the title and the objectives go in.
    [mine] = icalendar.Calendar.from_ical((tmp_path / "mine.ics").read_bytes()).walk("VEVENT")
    assert str(mine["summary"]) == f"Title {CANARY}" and str(mine["description"]) == CANARY


def test_an_empty_calendar_is_still_a_calendar(vault, tmp_path):
    with vault.session() as db:
        assert export_to(tmp_path / "none.ics", db, None, now=NOW) == 0
        assert (tmp_path / "none.ics").read_bytes() == whole_calendar(db)
    assert icalendar.Calendar.from_ical((tmp_path / "none.ics").read_bytes()).walk("VEVENT") == []


def test_the_file_is_private_and_replaces_the_old_one_whole(planned, tmp_path):
    vault, _, _ = planned
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "out.ics"
    target.write_bytes(b"the old calendar")
    with vault.session() as db:
        export_to(target, db, None, now=NOW)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert sorted(p.name for p in target.parent.iterdir()) == ["out.ics"]


def test_a_failure_part_way_leaves_the_old_file_and_no_partial_one(planned, tmp_path, monkeypatch):
    vault, _, _ = planned
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "out.ics"
    target.write_bytes(b"the old calendar")
    real = icalendar.Event.to_ical
    calls = []

    def breaks_on_the_second(self, *args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(icalendar.Event, "to_ical", breaks_on_the_second)
    with pytest.raises(MentorDeskError, match="disk is full") as caught:
        with vault.session() as db:
            export_to(target, db, None, now=NOW)
    assert str(target) in str(caught.value)
    assert target.read_bytes() == b"the old calendar"
    assert sorted(p.name for p in target.parent.iterdir()) == ["out.ics"]


def test_a_folder_that_does_not_exist_is_one_clear_line(vault, tmp_path):
    target = tmp_path / "missing" / "out.ics"
    with pytest.raises(IcsError, match="cannot be written") as caught:
        with vault.session() as db:
            export_to(target, db, None, now=NOW)
    assert str(target) in str(caught.value) and "\n" not in str(caught.value)


def test_export_of_thousands_of_sessions_never_holds_them_all(vault, tmp_path):
    count = 5000
    with vault.transaction() as db:
        mentee_ids = [mentees.create(db, mentees.MenteeData(f"Mentee {n}")) for n in range(20)]
        db.execute(
            insert(MentoringSession),
            [
                {
                    "mentee_id": mentee_ids[n % 20],
                    "status": SessionStatus.PLANNED,
                    "starts_at": START + timedelta(hours=n),
                    "duration_minutes": 60,
                    "mode": MeetingMode.IN_PERSON,
                    "location": f"Room {n % 40}, the training centre on the second floor",
                    "objectives": f"Session {n}: go through the week's log and agree actions.",
                    "ics_uid": f"bench-{n}@mentordesk",
                    "model": "free",
                }
                for n in range(count)
            ],
        )
    target = tmp_path / "big.ics"
    with vault.session() as db:
        export_to(target, db, None, now=NOW)  # warm: imports, compiled queries, caches
        tracemalloc.start()
        try:
            written = export_to(target, db, None, now=NOW)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    size = target.stat().st_size
    assert written == count and target.read_bytes().count(b"BEGIN:VEVENT") == count
    print(f"\nexport of {count} sessions: file {size / 1024:.0f} KiB, peak {peak / 1024:.0f} KiB")
    # The whole file, as bytes alone, is `size`; built as a Calendar it took many times that.
    assert peak < size / 6, f"peak {peak} bytes for a {size}-byte file"
    assert os.path.getsize(target) == size
