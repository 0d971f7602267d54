"""Property tests over what a user can hand MentorDesk to import: calendar files and
standards files, random and mutated from valid ones. Whatever the input, the outcome is a
clean import or a MentorDeskError with a one-line message, and an error adds nothing."""

from __future__ import annotations

import json
import os
from collections import Counter
from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from mentordesk.errors import MentorDeskError
from mentordesk.services import mentees
from mentordesk.services.sessions.ics import ImportResult, export_ics, import_ics
from mentordesk.standards.schema import load_file
from mentordesk.standards.store import import_standards
from mentordesk.vault.models import Ksb, MentoringSession, Standard
from tests.conftest import NOW
from tests.services.test_ics import OUTLOOK_INVITE
from tests.standards.test_import import standard


def fuzz(examples: int) -> settings:
    """Settings for a modest run; MENTORDESK_FUZZ_SCALE=20 (say) runs twenty times as many."""
    return settings(
        max_examples=examples * int(os.environ.get("MENTORDESK_FUZZ_SCALE", "1")),
        deadline=None,
        database=None,  # no examples kept on disk
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


def clear(exc: BaseException) -> None:
    """A refusal a user can read: MentorDesk's own, one printable line, short."""
    assert isinstance(exc, MentorDeskError), f"{type(exc).__name__}: {exc}"
    message = str(exc)
    assert message and message.isprintable() and len(message) <= 400, repr(message)


def session_count(vault) -> int:
    with vault.session() as db:
        return db.scalar(select(func.count()).select_from(MentoringSession))


def try_calendar(vault, data: bytes, default: int | None, seen: Counter) -> None:
    before = session_count(vault)
    try:
        with vault.transaction() as db:
            result = import_ics(db, data, default)
    except Exception as exc:
        clear(exc)
        assert session_count(vault) == before, "a refused file added sessions"
        seen["refused"] += 1
        return
    assert isinstance(result, ImportResult)
    for reason in result.skipped:
        assert reason.isprintable() and len(reason) <= 300, repr(reason)
    assert session_count(vault) == before + len(result.created)
    seen["imported" if result.created or result.moved else "nothing to add"] += 1


# -- calendar files -------------------------------------------------------------------------
def _words(max_size: int = 30):
    return st.text(max_size=max_size)


TIMES = st.sampled_from(
    [
        "20270615T100000Z",
        "20270615T100000",
        "20270615",
        "00010101T000000Z",
        "99991231T233000Z",
        "00000101T000000",
        "20271345T256161Z",
        "garbage",
        "",
        "20270615T100000Z,20270616T100000Z",
    ]
)
DURATIONS = st.sampled_from(["PT45M", "PT0M", "-PT1H", "P1D", "P99999999999W", "garbage", "PT"])
PARAMS = st.sampled_from(
    [
        "",
        ";VALUE=DATE",
        ";VALUE=DATE-TIME",
        ";VALUE=PERIOD",
        ";TZID=Europe/London",
        ";TZID=GMT Standard Time",
        ";TZID=Mars/Olympus",
        ';TZID="unclosed',
        ";X=1;X=2",
        ";TZID=Fuzz Zone",
    ]
)
OFFSETS = st.sampled_from(["+0100", "-0000", "+2400", "+9999", "-2359", "garbage", "", "+01"])


@st.composite
def property_line(draw) -> str:
    kind = draw(
        st.sampled_from(
            [
                "DTSTART",
                "DTEND",
                "DURATION",
                "SUMMARY",
                "UID",
                "RRULE",
                "STATUS",
                "ATTENDEE",
                "LOCATION",
                "DESCRIPTION",
                "X-MENTORDESK-MENTEE",
                "X-MENTORDESK-MODE",
                "RANDOM",
            ]
        )  # fmt: skip
    )
    if kind in ("DTSTART", "DTEND"):
        return f"{kind}{draw(PARAMS)}:{draw(TIMES)}"
    if kind == "DURATION":
        return f"DURATION:{draw(DURATIONS)}"
    if kind == "RRULE":
        return "RRULE:" + draw(st.sampled_from(["FREQ=WEEKLY;COUNT=3", "garbage;;==", ""]))
    if kind == "STATUS":
        return "STATUS:" + draw(st.sampled_from(["CANCELLED", "CONFIRMED", "cancelled", ""]))
    if kind == "ATTENDEE":
        name = draw(st.sampled_from(["Ana Lee", "Ben Ode", "Nobody", '"Lee, Ana"', ""]))
        return f"ATTENDEE;CN={name}:mailto:x@example.org"
    if kind == "X-MENTORDESK-MODE":
        return "X-MENTORDESK-MODE:" + draw(st.sampled_from(["remote", "phone", "???", ""]))
    if kind == "RANDOM":
        return draw(_words(80))
    return f"{kind}:{draw(_words())}"


@st.composite
def calendar_file(draw) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Fuzz//EN"]
    if draw(st.booleans()):  # a time zone of the file's own, sometimes nonsense
        rule = draw(st.sampled_from(["FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "garbage", "FREQ=DAILY"]))
        lines += ["BEGIN:VTIMEZONE", "TZID:Fuzz Zone", "BEGIN:STANDARD"]
        lines += [f"DTSTART:{draw(TIMES)}", f"RRULE:{rule}"]
        lines += [f"TZOFFSETFROM:{draw(OFFSETS)}", f"TZOFFSETTO:{draw(OFFSETS)}"]
        lines += ["END:STANDARD", "END:VTIMEZONE"]
    for n in range(draw(st.integers(0, 4))):
        lines.append("BEGIN:VEVENT")
        usual = [
            f"UID:fuzz-{draw(st.integers(0, 5))}-{n}",
            f"SUMMARY:{draw(st.sampled_from(['Catch-up', 'Ana Lee 1:1', 'Review']))}",
            draw(
                st.sampled_from(
                    ["DTSTART:2027{}15T{}0000Z", "DTSTART;TZID=Fuzz Zone:2027{}15T{}0000"]
                )
            ).format(f"{draw(st.integers(1, 12)):02}", f"{draw(st.integers(0, 23)):02}"),
            f"DURATION:PT{draw(st.integers(1, 600))}M",
        ]  # a usual invitation, each line sometimes missing, with unusual lines added
        lines += [line for line in usual if draw(st.integers(0, 9)) > 0]
        lines += draw(st.lists(property_line(), max_size=draw(st.sampled_from([0, 0, 1, 4]))))
        if draw(st.booleans()):
            lines += ["BEGIN:VALARM", "TRIGGER:-PT15M", "END:VALARM"]
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    if draw(st.integers(0, 3)) == 0:  # a line lost or repeated somewhere
        at = draw(st.integers(0, len(lines) - 1))
        lines.insert(at, lines[at]) if draw(st.booleans()) else lines.pop(at)
    text = draw(st.sampled_from(["\r\n", "\n", "\r"])).join(lines)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252"]))
    return text.encode(encoding, "replace")


@st.composite
def mutated(draw, valid: bytes) -> bytes:
    data = bytearray(valid)
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        op = draw(st.sampled_from(["insert", "delete", "flip", "repeat", "truncate"]))
        if op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=20))
        elif op == "delete":
            del data[at : at + draw(st.integers(1, 40))]
        elif op == "flip" and at < len(data):
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif op == "repeat":
            data[at:at] = data[at : at + draw(st.integers(1, 200))]
        elif op == "truncate":
            del data[at:]
    return bytes(data)


def _fuzz_vault(vault) -> int:
    with vault.transaction() as db:
        ana = mentees.create(db, mentees.MenteeData("Ana Lee"))
        mentees.create(db, mentees.MenteeData("Ben Ode", preferred_name="Ben"))
    return ana


def test_random_bytes_never_escape_as_anything_but_a_clear_error(vault):
    ana = _fuzz_vault(vault)
    seen: Counter = Counter()

    @fuzz(120)
    @given(st.binary(max_size=3000) | st.binary(max_size=200).map(b"BEGIN:VCALENDAR\r\n".__add__))
    def check(data):
        try_calendar(vault, data, ana, seen)

    check()
    assert seen["refused"] > 50, seen


def test_built_calendars_import_cleanly_or_say_why_not(vault):
    ana = _fuzz_vault(vault)
    seen: Counter = Counter()

    @fuzz(250)
    @given(calendar_file(), st.booleans())
    def check(data, with_default):
        try_calendar(vault, data, ana if with_default else None, seen)

    check()
    assert seen["imported"] >= 5 and seen["refused"] >= 5, seen  # both ends are reached


def test_mutated_real_calendars_import_cleanly_or_say_why_not(vault):
    ana = _fuzz_vault(vault)
    with vault.transaction() as db:
        from mentordesk.services.sessions import SessionPlan, plan

        plan(db, SessionPlan(ana, datetime(2027, 2, 1, 9, tzinfo=UTC), 45, location="Ward 7"))
        exported = export_ics(db, None, now=NOW)
    seen: Counter = Counter()

    @fuzz(250)
    @given(st.sampled_from([OUTLOOK_INVITE, exported]).flatmap(mutated))
    def check(data):
        try_calendar(vault, data, ana, seen)

    check()
    assert seen["imported"] + seen["nothing to add"] >= 5 and seen["refused"] >= 5, seen


# -- standards files ------------------------------------------------------------------------
def try_standards(vault, tmp_path, data: bytes, replace: bool, seen: Counter) -> None:
    path = tmp_path / "fuzz.json"
    path.write_bytes(data)
    with vault.session() as db:
        before = (
            db.scalar(select(func.count()).select_from(Standard)),
            db.scalar(select(func.count()).select_from(Ksb)),
        )
    try:
        parsed = load_file(path)
        with vault.transaction() as db:
            results = import_standards(db, parsed, replace=replace)
    except Exception as exc:
        clear(exc)
        with vault.session() as db:
            after = (
                db.scalar(select(func.count()).select_from(Standard)),
                db.scalar(select(func.count()).select_from(Ksb)),
            )
        assert after == before, "a refused file changed the standards"
        seen["refused"] += 1
        return
    assert [(r.reference, r.version) for r in results] == [(p.reference, p.version) for p in parsed]
    seen["imported"] += 1


JSON_LEAVES = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=10**300, max_value=10**310)
    | st.floats()
    | st.text(max_size=20)
    | st.sampled_from(["ST1379", "ST0148", "1.0", "K1", "", "  ", "\ud800", "\x00"])
)
JSON_VALUES = st.recursive(
    JSON_LEAVES,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=20,
)


def dumps(value) -> bytes:
    return json.dumps(value, ensure_ascii=True).encode("utf-8")


def keys(node: dict | list):
    return st.sampled_from(sorted(node) if isinstance(node, dict) else range(len(node)))


@st.composite
def mutated_standard(draw) -> object:
    """A valid standard (sometimes a list of two) with a few places changed."""
    ref = draw(st.sampled_from(["ST9999", "ST1379", "ST0148"]))
    doc: object = standard(ref, draw(st.sampled_from(["1.0", "1.2"])), title="Some occupation")
    if draw(st.booleans()):
        doc = [doc, standard("ST8888")]
    for _ in range(draw(st.integers(0, 3))):
        # walk to a random container, then change one thing in it
        node = doc
        while isinstance(node, dict | list) and node and draw(st.booleans()):
            key = draw(keys(node))
            if not isinstance(node[key], dict | list):
                break
            node = node[key]
        if not isinstance(node, dict | list) or not node:
            continue
        key = draw(keys(node))
        op = draw(st.sampled_from(["set", "reword", "delete", "copy", "deepen"]))
        if op == "reword" and isinstance(node[key], str):
            node[key] = draw(st.text(min_size=1, max_size=40))
        elif op == "set":
            node[key] = draw(JSON_VALUES)
        elif op == "delete":
            del node[key]
        elif op == "copy" and isinstance(node, list):
            node.append(json.loads(json.dumps(node[key])))
        elif op == "deepen":
            node[key] = json.loads("[" * 40 + json.dumps(node[key]) + "]" * 40)
    return doc


def test_random_json_and_bytes_as_standards(vault, tmp_path):
    seen: Counter = Counter()

    @fuzz(150)
    @given(
        JSON_VALUES.map(dumps)
        | st.binary(max_size=500)
        | st.integers(1, 50_000).map(lambda n: b"[" * n + b"]" * n)
        | st.integers(1, 6000).map(lambda n: b'{"version": ' + b"9" * n + b"}"),
        st.booleans(),
    )
    def check(data, replace):
        try_standards(vault, tmp_path, data, replace, seen)

    check()
    assert seen["refused"] > 10, seen


def test_mutated_standards_import_cleanly_or_name_the_field(vault, tmp_path):
    seen: Counter = Counter()

    @fuzz(250)
    @given(
        mutated_standard().map(dumps) | mutated_standard().map(dumps).flatmap(mutated),
        st.booleans(),
    )
    def check(data, replace):
        try_standards(vault, tmp_path, data, replace, seen)

    check()
    assert seen["refused"] >= 5 and seen["imported"] >= 5, seen
