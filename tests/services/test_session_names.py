"""Short names for the planner's calendar: unique among the mentees shown, as short as that
allows; and the neutral name calendar files carry."""

from datetime import UTC, datetime, timedelta

from mentordesk.services import mentees, sessions
from mentordesk.services.sessions import SessionPlan
from mentordesk.services.sessions.names import initial_and_surname, short_names


def test_first_name_and_surname_initial_when_that_is_enough():
    assert short_names([(1, "Violet Green", None), (2, "Tomasz Nowak", "Tom")]) == {
        1: "Violet G.",
        2: "Tom N.",
    }


def test_more_of_the_surname_while_two_would_read_the_same():
    names = short_names(
        [(1, "Violet Green", None), (2, "Violet Grey", None), (3, "Violet Hall", None)]
    )
    assert names == {1: "Violet Green", 2: "Violet Grey", 3: "Violet H."}
    assert short_names([(1, "Violet Greenwood", None), (2, "Violet Grimshaw", None)]) == {
        1: "Violet Gre.",
        2: "Violet Gri.",
    }
    assert short_names([(1, "Ben Xu", None)]) == {1: "Ben Xu"}  # no shorter as "Ben X."


def test_a_full_stop_does_not_tell_two_people_apart():
    names = short_names([(1, "Ann Lima", None), (2, "Ann Limb", None), (3, "Ann Lim", None)])
    assert names == {1: "Ann Lima", 2: "Ann Limb", 3: "Ann Lim"}


def test_same_first_name_and_surname_shows_the_full_name_then_a_number():
    names = short_names(
        [
            (4, "Violet Green", None),
            (2, "Violet Anne Green", None),
            (7, "Violet Green", ""),
            (9, "Cher", None),
        ]
    )
    assert names == {
        2: "Violet Anne Green",
        4: "Violet Green (1)",
        7: "Violet Green (2)",
        9: "Cher",
    }


def test_names_that_differ_only_in_case_or_spacing_are_still_told_apart():
    names = short_names([(1, "violet  green", None), (2, "Violet Green", None)])
    assert len({n.casefold() for n in names.values()}) == 2


def test_initial_and_surname():
    assert initial_and_surname("Tomasz Nowak") == "T. Nowak"
    assert initial_and_surname(" Mary Ann  Lee ") == "M. Lee"
    assert initial_and_surname("Cher") == "Cher"


def test_calendar_entries_carry_short_names_unique_among_those_read(vault):
    start = datetime(2027, 1, 4, 9, tzinfo=UTC)
    with vault.transaction() as db:
        green = mentees.create(db, mentees.MenteeData("Violet Green"))
        grey = mentees.create(db, mentees.MenteeData("Violet Grey"))
        sessions.plan(db, SessionPlan(green, start, 60))
        sessions.plan(db, SessionPlan(grey, start + timedelta(days=10), 60))
    both = sessions.entries(vault.connection, start, start + timedelta(days=20))
    assert [(e.mentee, e.short_name, e.full_name) for e in both] == [
        ("Violet Green", "Violet Green", "Violet Green"),
        ("Violet Grey", "Violet Grey", "Violet Grey"),
    ]
    [alone] = sessions.entries(vault.connection, start, start + timedelta(days=1))
    assert alone.short_name == "Violet G."  # no other Violet in that week
