"""Mentees service: validation, update with undo data, archive, find."""

from datetime import date

import pytest
from sqlalchemy import select

from mentordesk.errors import ValidationError
from mentordesk.services import mentees
from mentordesk.vault.models import MenteeStatus, Standard


def st1379(db):
    return db.scalars(select(Standard.id).where(Standard.reference == "ST1379")).one()


def test_create_and_list(vault):
    with vault.transaction() as db:
        sid = st1379(db)
        new_id = mentees.create(
            db,
            mentees.MenteeData(
                full_name="  Priya Patel ",
                standard_id=sid,
                start_date=date(2026, 1, 5),
                planned_end_date=date(2027, 3, 31),
                otj_hours_target=312,
                employer="Riverside",
            ),
        )
    with vault.session() as db:
        rows = mentees.list_mentees(db)
    assert [(r.id, r.full_name, r.standard, r.status) for r in rows] == [
        (new_id, "Priya Patel", "ST1379 v1.0", MenteeStatus.ACTIVE)
    ]


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"full_name": "  "}, "full_name"),
        (
            {"start_date": date(2026, 5, 1), "planned_end_date": date(2026, 4, 1)},
            "planned_end_date",
        ),
        ({"otj_hours_target": -1}, "otj_hours_target"),
        ({"standard_id": 99999}, "standard_id"),
        ({"email": "not an address"}, "email"),
    ],
)
def test_validation_names_the_field(vault, changes, field):
    data = mentees.MenteeData(full_name="Valid Name")
    for key, value in changes.items():
        setattr(data, key, value)
    with pytest.raises(ValidationError) as info, vault.transaction() as db:
        mentees.create(db, data)
    assert info.value.field == field
    with vault.session() as db:
        assert mentees.list_mentees(db) == []


def test_update_returns_previous_values_for_undo(vault):
    with vault.transaction() as db:
        mid = mentees.create(db, mentees.MenteeData(full_name="Jack Jones", employer="Old Co"))
    with vault.transaction() as db:
        data = mentees.get(db, mid)
        data.employer = "New Co"
        before = mentees.update(db, mid, data)
    assert before.employer == "Old Co"
    with vault.transaction() as db:
        mentees.update(db, mid, before)
        assert mentees.get(db, mid).employer == "Old Co"


def test_archive_hides_from_active_list(vault):
    with vault.transaction() as db:
        mid = mentees.create(db, mentees.MenteeData(full_name="Grace Green"))
        assert mentees.archive(db, mid) == MenteeStatus.ACTIVE
    with vault.session() as db:
        assert mentees.list_mentees(db, include_archived=False) == []
        assert mentees.list_mentees(db)[0].status == MenteeStatus.ARCHIVED


def test_find_by_id_or_name(vault):
    with vault.transaction() as db:
        a = mentees.create(db, mentees.MenteeData(full_name="Ben Brennan"))
        mentees.create(db, mentees.MenteeData(full_name="Sam Twin"))
        mentees.create(db, mentees.MenteeData(full_name="Sam Twin"))
    with vault.session() as db:
        assert mentees.find(db, str(a)) == a
        assert mentees.find(db, "ben brennan") == a
        with pytest.raises(ValidationError, match="More than one"):
            mentees.find(db, "Sam Twin")
        with pytest.raises(ValidationError, match="No mentee"):
            mentees.find(db, "Nobody")
