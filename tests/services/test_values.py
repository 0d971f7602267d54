"""Values statement: versions, checks, and values in practice over the last six months."""

from __future__ import annotations

from datetime import date

import pytest

from mentordesk.errors import ValidationError
from mentordesk.services import values
from mentordesk.services.values import Value, ValuesDraft
from mentordesk.vault.models import Reflection, SupervisionRecord

TODAY = date(2026, 11, 23)
SINCE = date(2026, 5, 23)  # the same day six months before

STATEMENT = ValuesDraft(
    "I treat every mentee with respect and listen before I advise.",
    [
        Value("Respect", ("respect", "dignity")),
        Value("Listening", ("listen", "active listening")),
        Value("Patience"),
        Value("Courage", ("brave",)),
    ],
)


def add_reflection(db, day: date, title: str, carried: str | None = None, **stages: str) -> None:
    db.add(Reflection(title=title, model="gibbs", occurred_on=day, stages=stages, carried=carried))


def add_supervision(db, day: date, **text: str) -> None:
    db.add(SupervisionRecord(held_on=day, supervisor="Ana", **text))


@pytest.mark.parametrize(
    "draft, field, words",
    [
        (ValuesDraft("  ", []), "statement", "Statement: write what you value"),
        (
            ValuesDraft("Mine", [Value("", ("kindness",))]),
            "values",
            "Values: value 1 has words to look for but no name",
        ),
        (
            ValuesDraft("Mine", [Value("Respect"), Value(" respect ")]),
            "values",
            "Values: “respect” is listed twice",
        ),
        (
            ValuesDraft("Mine", [Value("x" * 61)]),
            "values",
            "Values: “xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…” is long for a value's name",
        ),
    ],
)
def test_each_mistake_is_refused_in_one_line_naming_its_field(draft, field, words):
    with pytest.raises(ValidationError) as info:
        values.check(draft)
    assert info.value.field == field
    assert str(info.value).startswith(words) and "\n" not in str(info.value)


def test_check_tidies_words_and_drops_blank_rows():
    clean = values.check(
        ValuesDraft(" Mine ", [Value(" Care ", (" care", "Care", "", "kind  ness")), Value("")])
    )
    assert clean == ValuesDraft("Mine", [Value("Care", ("care", "kind ness"))])


def test_each_version_is_kept_dated_and_the_latest_is_current(vault):
    with vault.session() as db:
        assert values.latest(db) is None
    with vault.transaction() as db:
        first = values.save_version(db, STATEMENT, today=date(2026, 1, 5))
    second_draft = ValuesDraft("Shorter now.", [Value("Respect")])
    with vault.transaction() as db:
        second = values.save_version(db, second_draft, today=TODAY)
    with vault.session() as db:
        rows = values.versions(db)
        current = values.latest(db)
        old = values.version(db, first)
    assert [(r.id, r.written_on, r.names) for r in rows] == [
        (second, TODAY, "Respect"),
        (first, date(2026, 1, 5), "Respect, Listening, Patience, Courage"),
    ]
    assert current is not None and (current.id, current.statement) == (second, "Shorter now.")
    assert old.values[1] == Value("Listening", ("listen", "active listening"))
    with pytest.raises(ValidationError) as info, vault.transaction() as db:
        values.save_version(db, second_draft, today=TODAY)
    assert str(info.value).startswith("Nothing has changed since the version of 23 Nov 2026")
    with vault.transaction() as db:  # undo, then redo under the same id
        values.delete_version(db, second)
    with vault.session() as db:
        assert values.latest(db).id == first
    with vault.transaction() as db:
        assert values.save_version(db, second_draft, today=TODAY, version_id=second) == second


@pytest.mark.parametrize(
    "today, since",
    [
        (date(2026, 11, 23), date(2026, 5, 23)),
        (date(2026, 8, 31), date(2026, 2, 28)),
        (date(2028, 8, 31), date(2028, 2, 29)),
        (date(2027, 3, 15), date(2026, 9, 15)),
    ],
)
def test_six_months_before_is_the_same_day_or_the_month_end(today, since):
    assert values.months_before(today) == since


@pytest.mark.dates
def test_values_in_practice_counts_the_last_six_months_from_edge_to_edge(vault):
    with vault.transaction() as db:
        values.save_version(db, STATEMENT, today=date(2026, 1, 5))
        # On the first day of the window and on today: counted.
        add_reflection(db, SINCE, "Respect in a hard conversation")
        add_reflection(db, TODAY, "Notes", describe="I was listening more than talking.")
        add_reflection(db, date(2026, 9, 1), "Later", carried="Her dignity mattered.")
        # The day before the window, and after today: not counted.
        add_reflection(db, date(2026, 5, 22), "Patience, courage and respect")
        add_reflection(db, date(2026, 11, 24), "Patience tomorrow")
        add_supervision(db, date(2026, 6, 1), topics="Showing respect to a manager")
        add_supervision(db, date(2026, 10, 2), discussed="Active  listening in group work")
        add_supervision(db, date(2026, 7, 1), wellbeing="Disrespectful remarks upset me")
        add_supervision(db, date(2026, 5, 22), feedback="Patience and courage, but too early")
    with vault.session() as db:
        seen = values.values_in_practice(db, TODAY)
    assert (seen.since, seen.until, seen.written_on) == (SINCE, TODAY, date(2026, 1, 5))
    by_name = {v.name: v for v in seen.values}
    assert (by_name["Respect"].reflections, by_name["Respect"].supervisions) == (2, 1)
    assert by_name["Respect"].last_seen == date(2026, 9, 1)
    assert (by_name["Listening"].reflections, by_name["Listening"].supervisions) == (1, 1)
    assert by_name["Listening"].last_seen == TODAY
    assert seen.never == ["Patience", "Courage"]
    assert [v.name for v in seen.values] == ["Respect", "Listening", "Patience", "Courage"]


def test_whole_words_in_any_case_with_plain_endings():
    found = values.pattern(Value("Care", ("listen", "active listening", "honesty")))
    for text in (
        "CARE",
        "caring for them",
        "she cares",
        "I listened",
        "Active\nlistening",
        "honesties",
    ):
        assert found.search(text), text
    for text in ("careful", "scarecrow", "listener", "dishonesty"):
        assert not found.search(text), text


def test_no_statement_yet_shows_nothing(vault):
    with vault.session() as db:
        seen = values.values_in_practice(db, TODAY)
    assert seen.written_on is None and seen.values == () and seen.never == []


def test_the_quick_clues_never_hide_a_mention():
    for value, text in (
        (Value("Care"), "CARING matters"),
        (Value("Honesty"), "honesties"),
        (Value("Listening", ("active listening",)), "Active\n listening"),
        (Value("Respect"), "RESPECTED"),
    ):
        lowered = text.lower()
        assert values.pattern(value).search(text), text
        assert any(clue in lowered for clue in values.clues(value)), text
