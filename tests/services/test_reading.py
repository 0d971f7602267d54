"""Reading log: the shipped list by duty, first edits, own sources, reset, undo."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from mentordesk.errors import ValidationError
from mentordesk.services import profile, reading
from mentordesk.services.reading import ReadingDraft
from mentordesk.vault.check import run_checks
from mentordesk.vault.enums import ReadingStatus
from mentordesk.vault.models import ReadingEntry, Reflection, Standard

TODAY = date(2026, 11, 23)


def log(vault):
    with vault.session() as db:
        return reading.reading_log(db)


def first_item(vault) -> reading.ReadingRow:
    return log(vault)[0].rows[0]


def test_the_log_is_the_standards_list_by_duty_with_own_sources_last(vault):
    groups = log(vault)
    assert [g.duty for g in groups] == [f"D{n}" for n in range(1, 10)] + [None]
    first = groups[0]
    assert first.words.startswith("Plan")  # the duty's own words
    assert [r.title for r in first.rows][:2] == [
        "Department for Business, Energy & Industrial Strategy",
        "Department for Education",
    ]
    assert first.rows[0].source == "UK Department for Business, Energy & Industrial Strategy"
    assert all(r.entry_id is None and r.status is ReadingStatus.TO_READ for r in first.rows)
    # Group 3 of the list serves duties 4 and 7: each lists it.
    assert len(groups[3].rows) == len(groups[6].rows) == 10
    assert groups[-1].rows == ()


def test_the_profiles_standard_chooses_the_list(vault):
    with vault.transaction() as db:
        other = db.scalars(select(Standard.id).where(Standard.reference == "ST0148")).one()
        profile.save_profile(db, replace(profile.get_profile(db), standard_id=other))
    assert [g.duty for g in log(vault)] == [None]  # ST0148 ships no reading list


def test_the_first_edit_of_a_list_item_makes_its_entry_from_the_item(vault):
    item = first_item(vault)
    with vault.session() as db:
        start = reading.editing(db, item_id=item.item_id)
    assert start == ReadingDraft(item.title, item.source)
    with vault.transaction() as db:
        entry_id = reading.save(
            db,
            replace(
                start,
                status=ReadingStatus.READ,
                read_on=date(2026, 11, 2),
                hours=1.5,
                notes="Useful",
                changed_practice="I plan sessions around one question.",
            ),
            today=TODAY,
            item_id=item.item_id,
        )
    row = first_item(vault)
    assert (row.entry_id, row.item_id, row.status, row.read_on, row.hours, row.has_notes) == (
        entry_id,
        item.item_id,
        ReadingStatus.READ,
        date(2026, 11, 2),
        1.5,
        True,
    )
    with vault.session() as db:
        stored = db.get(ReadingEntry, entry_id)
        assert (stored.title, stored.source) == (item.title, item.source)
        assert reading.editing(db, item_id=item.item_id).notes == "Useful"
    with vault.transaction() as db:  # a second edit changes the same entry
        again = reading.save(
            db,
            ReadingDraft(item.title, status=ReadingStatus.READING),
            today=TODAY,
            item_id=item.item_id,
        )
    assert again == entry_id
    assert first_item(vault).read_on is None  # a date only for something read


def test_marking_read_dates_it_today_and_gives_what_was_there_for_undo(vault):
    item = first_item(vault)
    with vault.transaction() as db:
        entry_id, before = reading.mark(db, ReadingStatus.READ, today=TODAY, item_id=item.item_id)
    assert before is None  # its entry was made now
    assert (first_item(vault).status, first_item(vault).read_on) == (ReadingStatus.READ, TODAY)
    with vault.transaction() as db:
        _same, before = reading.mark(db, ReadingStatus.READING, today=TODAY, entry_id=entry_id)
    assert before is not None and before.read_on == TODAY
    with vault.transaction() as db:  # undo
        reading.save(db, before, today=TODAY, entry_id=entry_id)
    assert first_item(vault).read_on == TODAY
    with vault.transaction() as db:  # undo of the first mark: the entry goes
        reading.reset(db, entry_id)
    assert first_item(vault).entry_id is None


@pytest.mark.parametrize(
    "changes, field, words",
    [
        ({"title": "  "}, "title", "Title: enter what you read"),
        ({"hours": -1.0}, "hours", "Hours: enter between 0 and 500 hours"),
        ({"hours": 501.0}, "hours", "Hours: enter between 0 and 500 hours"),
        ({"status": ReadingStatus.READ, "read_on": None}, "read_on", "Read on: give the day"),
        (
            {"status": ReadingStatus.READ, "read_on": date(2026, 11, 24)},
            "read_on",
            "Read on: 24 Nov 2026 is after today",
        ),
        ({"status": "read"}, "status", "Status: choose to read, reading or read"),
    ],
)
def test_each_mistake_is_refused_in_one_line_naming_its_field(changes, field, words):
    with pytest.raises(ValidationError) as info:
        reading.check(replace(ReadingDraft("A book"), **changes), today=TODAY)
    assert info.value.field == field
    assert str(info.value).startswith(words) and "\n" not in str(info.value)


def test_own_sources_are_added_listed_last_and_deleted_and_restored(vault):
    own = ReadingDraft(
        "Coaching for Performance", "John Whitmore", ReadingStatus.READ, date(2026, 10, 1), 6.0
    )
    with vault.transaction() as db:
        entry_id = reading.save(db, own, today=TODAY)
        rid = Reflection(title="On GROW", model="gibbs", occurred_on=TODAY, stages={})
        rid.reading.append(db.get(ReadingEntry, entry_id))
        db.add(rid)
    last = log(vault)[-1]
    assert [(r.title, r.own, r.entry_id) for r in last.rows] == [
        ("Coaching for Performance", True, entry_id)
    ]
    with pytest.raises(ValidationError) as info, vault.transaction() as db:
        reading.reset(db, entry_id)
    assert (
        str(info.value) == "“Coaching for Performance” is a source of your own; delete it instead."
    )
    with vault.transaction() as db:
        removed = reading.delete_own(db, entry_id)
    assert log(vault)[-1].rows == ()
    with vault.transaction() as db:
        assert reading.restore(db, removed) == entry_id
    with vault.session() as db:
        assert reading.get(db, entry_id) == own
        assert [e.id for e in db.scalars(select(Reflection)).one().reading] == [entry_id]
    assert all(r.ok for r in run_checks(vault))


def test_list_items_are_never_deleted_only_reset(vault):
    item = first_item(vault)
    with vault.transaction() as db:
        entry_id, _ = reading.mark(db, ReadingStatus.READ, today=TODAY, item_id=item.item_id)
    with pytest.raises(ValidationError) as info, vault.transaction() as db:
        reading.delete_own(db, entry_id)
    assert "is on the standard's reading list, so it stays" in str(info.value)
    with vault.transaction() as db:
        removed = reading.reset(db, entry_id)
    assert first_item(vault).entry_id is None and first_item(vault).title == item.title
    with vault.transaction() as db:
        reading.restore(db, removed)
    assert first_item(vault).status is ReadingStatus.READ


def test_a_source_listed_under_several_duties_is_read_once_everywhere(vault):
    """The standard's list gives some sources under more than one duty: marking one read
    marks it under each, with one entry (so its hours count once)."""
    from collections import Counter

    with vault.session() as db:
        log = reading.reading_log(db)
    titles = Counter(r.title for g in log if g.duty for r in g.rows)
    repeated = next(t for t, n in titles.items() if n > 1)
    item_ids = [r.item_id for g in log if g.duty for r in g.rows if r.title == repeated]
    with vault.transaction() as db:
        reading.mark(db, ReadingStatus.READ, today=TODAY, item_id=item_ids[-1])
        reading.mark(db, ReadingStatus.READ, today=TODAY, item_id=item_ids[0])
    with vault.session() as db:
        log = reading.reading_log(db)
        entries = db.scalars(select(ReadingEntry)).all()
    shown = [r for g in log if g.duty for r in g.rows if r.title == repeated]
    assert len(shown) == titles[repeated] > 1
    assert {(r.status, r.entry_id) for r in shown} == {(ReadingStatus.READ, entries[0].id)}
    assert len(entries) == 1
