"""Calendar files: export planned sessions, import them into another vault, read invitations."""

import shutil
from datetime import UTC, datetime, timedelta

import pytest

from mentordesk.services import mentees, sessions
from mentordesk.services.sessions import SessionPlan
from mentordesk.services.sessions.ics import IcsError, export_ics, import_ics, parse_ics
from mentordesk.vault import Vault
from mentordesk.vault.models import MeetingMode
from tests.conftest import NOW, PASSPHRASE

OUTLOOK_INVITE = b"""BEGIN:VCALENDAR\r
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r
VERSION:2.0\r
METHOD:REQUEST\r
BEGIN:VTIMEZONE\r
TZID:GMT Standard Time\r
BEGIN:STANDARD\r
DTSTART:16011028T020000\r
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r
TZOFFSETFROM:+0100\r
TZOFFSETTO:-0000\r
END:STANDARD\r
BEGIN:DAYLIGHT\r
DTSTART:16010325T010000\r
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r
TZOFFSETFROM:-0000\r
TZOFFSETTO:+0100\r
END:DAYLIGHT\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
UID:040000008200E00074C5B7101A82E008000000001\r
SUMMARY:Catch-up about the audit\r
ATTENDEE;CN=Ana Lee;RSVP=TRUE:mailto:ana.lee@example.org\r
DTSTART;TZID=GMT Standard Time:20270615T143000\r
DTEND;TZID=GMT Standard Time:20270615T151500\r
LOCATION:Ward 7 office\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:all-day-1\r
SUMMARY:Training day\r
DTSTART;VALUE=DATE:20270616\r
END:VEVENT\r
END:VCALENDAR\r
"""


def add(vault, name) -> int:
    with vault.transaction() as db:
        return mentees.create(db, mentees.MenteeData(name))


def test_round_trip_into_a_fresh_vault_keeps_times_and_titles(vault, vault_template, tmp_path):
    ana, ben = add(vault, "Ana Lee"), add(vault, "Ben Ode")
    times = [datetime(2026, 12, 1, 9, tzinfo=UTC), datetime(2027, 3, 30, 13, 30, tzinfo=UTC)]
    with vault.transaction() as db:
        sessions.plan(db, SessionPlan(ana, times[0], 45, MeetingMode.REMOTE, location="Teams"))
        sessions.plan(db, SessionPlan(ben, times[1], 90, title="Portfolio check"))
        cancelled = sessions.plan(db, SessionPlan(ben, times[0], 30))
        sessions.cancel(db, cancelled, "Clash")
    with vault.session() as db:
        data = export_ics(db, None, now=NOW, details=True)
        only_ben = export_ics(db, ben, now=NOW, details=True)
    assert data.count(b"BEGIN:VEVENT") == 2 and only_ben.count(b"BEGIN:VEVENT") == 1

    fresh = tmp_path / "fresh"
    shutil.copytree(vault_template[0], fresh)
    with Vault.open_with_passphrase(fresh, PASSPHRASE) as other:
        add(other, "Ana Lee"), add(other, "Ben Ode")
        with other.transaction() as db:
            result = import_ics(db, data)
        with other.session() as db:
            again = export_ics(db, None, now=NOW, details=True)
        shown = sessions.entries(
            other.connection, datetime(2026, 1, 1, tzinfo=UTC), datetime(2028, 1, 1, tzinfo=UTC)
        )
    assert len(result.created) == 2 and result.skipped == []
    assert [(e.mentee, e.starts_at, e.duration_minutes, e.mode) for e in shown] == [
        ("Ana Lee", times[0], 45, MeetingMode.REMOTE),
        ("Ben Ode", times[1], 90, MeetingMode.IN_PERSON),
    ]
    first, second = parse_ics(data)[0], parse_ics(again)[0]
    assert [(i.uid, i.summary, i.starts_at, i.minutes) for i in first] == [
        (i.uid, i.summary, i.starts_at, i.minutes) for i in second
    ]
    assert [i.summary for i in second] == ["Mentoring: Ana Lee", "Portfolio check"]


def test_a_neutral_calendar_comes_back_with_its_mentees_and_no_titles(
    vault, vault_template, tmp_path
):
    ana, ben = add(vault, "Ana Lee"), add(vault, "Ben Ode")
    when = datetime(2026, 12, 1, 9, tzinfo=UTC)
    with vault.transaction() as db:
        sessions.plan(db, SessionPlan(ana, when, 45, location="Ward 7"))
        sessions.plan(db, SessionPlan(ben, when + timedelta(days=1), 60, title="Portfolio check"))
    with vault.session() as db:
        data = export_ics(db, None, now=NOW)
    assert [i.summary for i in parse_ics(data)[0]] == ["Mentoring — A. Lee", "Mentoring — B. Ode"]
    fresh = tmp_path / "fresh"
    shutil.copytree(vault_template[0], fresh)
    with Vault.open_with_passphrase(fresh, PASSPHRASE) as other:
        add(other, "Ben Ode"), add(other, "Ana Lee")
        with other.transaction() as db:
            result = import_ics(db, data)  # no mentee chosen: each is found by "A. Lee"
        shown = sessions.entries(
            other.connection, datetime(2026, 1, 1, tzinfo=UTC), datetime(2028, 1, 1, tzinfo=UTC)
        )
    assert len(result.created) == 2
    assert [(e.mentee, e.title, e.starts_at) for e in shown] == [
        ("Ana Lee", "", when),
        ("Ben Ode", "", when + timedelta(days=1)),
    ]


def test_outlook_invitation_with_a_windows_time_zone_and_an_attendee(vault):
    ana = add(vault, "Ana Lee")
    add(vault, "Ben Ode")
    with vault.transaction() as db:
        result = import_ics(db, OUTLOOK_INVITE)
    [e] = sessions.entries(
        vault.connection, datetime(2027, 1, 1, tzinfo=UTC), datetime(2028, 1, 1, tzinfo=UTC)
    )
    assert e.mentee_id == ana and e.title == "Catch-up about the audit"
    assert e.starts_at == datetime(2027, 6, 15, 13, 30, tzinfo=UTC)  # 14:30 British Summer Time
    assert e.duration_minutes == 45
    assert result.skipped == ["“Training day”: an all-day event, not a session."]
    with vault.transaction() as db:  # the same invitation again is not a second session
        again = import_ics(db, OUTLOOK_INVITE)
    assert again.created == [] and "already in the planner" in again.skipped[-1]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"this is not a calendar", "not a calendar file"),
        (
            b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:No start\r\n"
            b"END:VEVENT\r\nEND:VCALENDAR\r\n",
            "no start time",
        ),
        (
            b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Bad\r\n"
            b"DTSTART:2027-06-15 lunchtime\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            "cannot be read",
        ),
        (OUTLOOK_INVITE.replace(b"CN=Ana Lee", b"CN=Someone Else"), "which mentee"),
    ],
)
def test_malformed_or_unplaceable_files_import_nothing(vault, data, message):
    add(vault, "Ana Lee")
    with vault.transaction() as db:
        good = import_ics(
            db, export_ics(db, None, now=NOW)
        )  # nothing planned yet: an empty calendar is fine
    assert good.created == []
    with pytest.raises(IcsError, match=message):
        with vault.transaction() as db:
            import_ics(db, data)
    assert (
        sessions.entries(
            vault.connection, datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC)
        )
        == []
    )


def test_a_default_mentee_takes_invitations_that_name_nobody(vault):
    add(vault, "Ana Lee")
    ben = add(vault, "Ben Ode")
    data = OUTLOOK_INVITE.replace(b"CN=Ana Lee", b"CN=Someone Else")
    with vault.transaction() as db:
        result = import_ics(db, data, default_mentee_id=ben)
    assert sessions.entry(vault.connection, result.created[0]).mentee_id == ben
