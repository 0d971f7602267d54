"""Calendar files as a careless user or an attacker might hand them over: each ends in a
clean import (with a reason for each invitation left out) or in one short line that says
what is wrong, and nothing is added."""

from datetime import UTC, datetime

import pytest

from mentordesk.services import mentees, sessions
from mentordesk.services.sessions import ics
from mentordesk.services.sessions.ics import IcsError, import_ics, parse_ics, read_calendar_file

HEAD = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
TAIL = b"END:VCALENDAR\r\n"
START = b"DTSTART:20270615T100000Z\r\n"


def event(*lines: bytes, summary: bytes = b"Catch-up with Ana Lee") -> bytes:
    body = b"".join(line + b"\r\n" for line in lines)
    return b"BEGIN:VEVENT\r\nUID:u1\r\nSUMMARY:" + summary + b"\r\n" + body + b"END:VEVENT\r\n"


def calendar(*events: bytes) -> bytes:
    return HEAD + b"".join(events) + TAIL


def one_line(message: str) -> None:
    assert "\n" not in message and "\r" not in message and len(message) <= 200, message
    assert message.isprintable(), repr(message)


def all_sessions(vault):
    far = datetime(1, 1, 2, tzinfo=UTC), datetime(9999, 12, 30, tzinfo=UTC)
    return sessions.entries(vault.connection, *far)


@pytest.fixture
def ana(vault):
    with vault.transaction() as db:
        return mentees.create(db, mentees.MenteeData("Ana Lee"))


REFUSED = [
    ("two DTEND", calendar(event(START, b"DTEND:20270615T110000Z", b"DTEND:20270615T120000Z")),
     "has 2 end times"),
    ("two DTSTART", calendar(event(START, b"DTSTART:20270616T100000Z")), "has 2 start times"),
    ("DTEND before DTSTART", calendar(event(START, b"DTEND:20270615T090000Z")),
     "ends before it starts"),
    ("DTEND and DURATION", calendar(event(START, b"DTEND:20270615T110000Z", b"DURATION:PT1H")),
     "both an end time and a duration"),
    ("DURATION garbage", calendar(event(START, b"DURATION:garbage")),
     "duration that cannot be read: garbage"),
    ("DURATION too large", calendar(event(START, b"DURATION:P99999999999W")),
     "duration that cannot be read"),
    ("DTEND a day", calendar(event(START, b"DTEND;VALUE=DATE:20270616")),
     "end time that cannot be read: a day without a time"),
    ("DTEND year 9999", calendar(event(START, b"DTEND:99991231T100000Z")),
     "end time that cannot be read: 9999-12-31"),
    ("missing DTSTART", calendar(event(b"DTEND:20270615T110000Z")), "has no start time"),
    ("DTSTART year 0", calendar(event(b"DTSTART:00000101T100000Z")),
     "start time that cannot be read"),
    ("binary", bytes(range(256)) * 64, "binary data"),
    ("NUL bytes", calendar(event(START, b"LOCATION:Room\x001")), "binary data"),
    ("UTF-16 without a mark", calendar(event(START)).decode().encode("utf-16-le"), "UTF-16"),
    ("UTF-16 mark, odd bytes", b"\xff\xfe" + calendar(event(START)).decode().encode("utf-16-le")
     + b"\x00", "starts as UTF-16 text but is not"),
    ("not a calendar", b"%PDF-1.7\n" + b"x" * 5000, "does not start with BEGIN:VCALENDAR"),
    ("nested BEGIN blocks", HEAD + b"BEGIN:VEVENT\r\n" * 5000 + b"END:VEVENT\r\n" * 5000 + TAIL,
     "nests BEGIN blocks more than 8 deep"),
    ("two calendars", calendar(event(START)) * 2, "not a calendar file MentorDesk can read"),
    ("too many events", calendar(*[event(START)] * (ics.MAX_EVENTS + 1)), "more than 10,000"),
    ("too large", calendar(event(START, b"DESCRIPTION:" + b"x" * ics.MAX_BYTES)),
     "larger than 10 MiB"),
    ("a broken line quoted short", HEAD + b"\x01\x02 no colon here " + b"\xff" * 5000 + b"\r\n"
     + TAIL, "not a calendar file MentorDesk can read"),
]  # fmt: skip


@pytest.mark.parametrize("data, message", [r[1:] for r in REFUSED], ids=[r[0] for r in REFUSED])
def test_broken_files_are_one_clear_line_and_import_nothing(vault, ana, data, message):
    with pytest.raises(IcsError, match=message) as caught:
        with vault.transaction() as db:
            import_ics(db, data, ana)
    one_line(str(caught.value))
    assert all_sessions(vault) == []


LEFT_OUT = [
    ("a repeating rule that is garbage", event(START, b"RRULE:garbage;;=="), "repeating"),
    ("year 0001", event(b"DTSTART:00010101T000000Z", b"DTEND:00010101T010000Z"), "0001-01-01"),
    ("year 0001, floating", event(b"DTSTART:00010101T000000"), "0001-01-01"),
    ("year 9999", event(b"DTSTART:99991231T233000Z", b"DURATION:PT1H"), "9999-12-31"),
    ("all day", event(b"DTSTART;VALUE=DATE:20270615"), "all-day"),
    ("cancelled twice over", event(START, b"STATUS:CANCELLED", b"STATUS:CONFIRMED"), "cancelled"),
]  # fmt: skip


@pytest.mark.parametrize("ev, reason", [r[1:] for r in LEFT_OUT], ids=[r[0] for r in LEFT_OUT])
def test_invitations_that_are_not_sessions_are_left_out_with_a_reason(vault, ana, ev, reason):
    good = event(START, b"DTEND:20270615T110000Z", summary=b"Good one").replace(b"u1", b"u2")
    with vault.transaction() as db:
        result = import_ics(db, calendar(ev, good), ana)
    assert len(result.created) == 1
    [skipped] = result.skipped
    assert reason in skipped
    one_line(skipped)
    [entry] = all_sessions(vault)
    assert entry.title == "Good one" and entry.duration_minutes == 60


def test_a_one_megabyte_summary_and_control_characters_are_trimmed(vault, ana):
    huge = b"Catch-up\xc2\xa0" + b"\xe2\x80\x94 very long " * 60_000  # 1 MB; a no-break space
    lines = b"LOCATION:Room\x07 7", b"DESCRIPTION:Bring\\nthe log"
    data = calendar(event(START, *lines, summary=huge))
    with vault.transaction() as db:
        result = import_ics(db, data, ana)
    entry = sessions.entry(vault.connection, result.created[0])
    assert len(entry.title) == ics.MAX_TITLE and entry.title.startswith("Catch-up — very long")
    with vault.session() as db:
        plan = sessions.plan_of(db, entry.id)
    assert plan.location == "Room 7" and plan.objectives == "Bring\nthe log"


def test_a_long_summary_is_quoted_short_in_a_message(vault):
    data = calendar(event(START, summary=b"Nobody " * 50_000))
    with pytest.raises(IcsError, match="which mentee") as caught:
        with vault.transaction() as db:
            import_ics(db, data)
    one_line(str(caught.value))
    assert "Nobody Nobody" in str(caught.value) and len(str(caught.value)) < 200


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: b"\xef\xbb\xbf" + text.encode("utf-8"),
        lambda text: text.encode("utf-16"),  # with its byte-order mark
        lambda text: text.encode("utf-32"),
        lambda text: text.encode("cp1252"),
        lambda text: text.replace("\r\n", "\r").encode("utf-8"),
        lambda text: text.replace("\r\n", "\n").encode("utf-8"),
    ],
    ids=["utf-8 with a mark", "utf-16", "utf-32", "windows-1252", "CR line ends", "LF line ends"],
)
def test_text_encodings_a_calendar_may_arrive_in(vault, ana, encode):
    text = calendar(event(START, summary="Café with Ana Lee".encode())).decode()
    with vault.transaction() as db:
        result = import_ics(db, encode(text))
    assert sessions.entry(vault.connection, result.created[0]).title == "Café with Ana Lee"


def test_an_unknown_time_zone_is_read_as_this_computers_time(vault, ana):
    data = calendar(event(b"DTSTART;TZID=Mars/Olympus Mons:20270615T100000"))
    [invitation], skipped = parse_ics(data)
    local = datetime(2027, 6, 15, 10).astimezone().astimezone(UTC)
    assert invitation.starts_at == local and skipped == []


def test_very_long_lines_and_uids_are_read(vault, ana):
    uid = b"x" * 100_000
    data = calendar(event(START, b"X-NOISE:" + b"n" * 2_000_000).replace(b"UID:u1", b"UID:" + uid))
    with vault.transaction() as db:
        first = import_ics(db, data, ana)
    with vault.transaction() as db:
        again = import_ics(db, data, ana)  # the same long UID is the same invitation
    assert len(first.created) == 1 and again.created == [] and "already" in again.skipped[0]


def test_reading_a_file_refuses_one_too_large_before_reading_it_all(tmp_path):
    path = tmp_path / "huge.ics"
    with open(path, "wb") as fh:
        fh.truncate(ics.MAX_BYTES + 1)
    with pytest.raises(IcsError, match="larger than 10 MiB") as caught:
        read_calendar_file(path)
    assert str(path) in str(caught.value)
    with pytest.raises(IcsError, match="cannot be read"):
        read_calendar_file(tmp_path / "absent.ics")
