"""Mentees service: validation, update with undo data, archive, find."""

from dataclasses import replace
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


# -- what training providers ask for ------------------------------------------------------
@pytest.mark.parametrize(
    "uln, valid",
    [
        ("9276308686", True),  # the Learning Records Service's published example
        ("1000000043", True),
        ("9276308687", False),  # last digit changed
        ("2976308686", False),  # two digits swapped
        ("1000000063", False),  # weighted sum divisible by 11: no check digit exists
        ("0276308686", False),  # first digit 0
        ("927630868", False),  # nine digits
        ("92763086860", False),
        ("92763O8686", False),  # a letter O
        ("９２７６３０８６８６", False),  # full-width digits
    ],
)
def test_a_uln_is_ten_digits_with_a_check_digit(uln, valid):
    assert mentees.is_uln(uln) is valid


def provider_details(**changes) -> mentees.MenteeData:
    data = mentees.MenteeData(
        full_name="Ada Okoye",
        otj_hours_target=312,
        uln="9276 308 686",
        provider_name="Westfield College",
        provider_contact="Dev Sharma",
        provider_email="dev.sharma@westfield.example.ac.uk",
        provider_phone="01632 960 555",
        line_manager=mentees.Contact("Lena Marsh", "lena.marsh@example.nhs.uk", "07700 900 123"),
        support_needs="Dyslexia: handouts in a clear font, a day before sessions.",
        prior_learning="Level 3 Award in Education and Training (2023).",
        otj_reduction_hours=40,
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def test_provider_details_are_kept_and_the_effective_target_follows(vault):
    with vault.transaction() as db:
        mid = mentees.create(db, provider_details())
    with vault.session() as db:
        got = mentees.get(db, mid)
    assert got.uln == "9276308686"  # kept without the spaces it was typed with
    assert (got.provider_name, got.provider_contact, got.provider_email, got.provider_phone) == (
        "Westfield College",
        "Dev Sharma",
        "dev.sharma@westfield.example.ac.uk",
        "01632 960 555",
    )
    assert got.support_needs.startswith("Dyslexia") and got.prior_learning.startswith("Level 3")
    assert got.otj_reduction_hours == 40 and got.effective_otj_target == 272
    assert (got.line_manager.name, got.line_manager.email) == (
        "Lena Marsh",
        "lena.marsh@example.nhs.uk",
    )


@pytest.mark.parametrize(
    "changes, field, words",
    [
        ({"uln": "12345"}, "uln", "10 digits"),
        ({"uln": "9276308687"}, "uln", "check digit"),
        ({"provider_email": "tom@"}, "provider_email", "Training provider email"),
        (
            {"line_manager": mentees.Contact("Lena Marsh", "tom@")},
            "line_manager_email",
            "Line manager email",
        ),
        (
            {"line_manager": mentees.Contact("", "lena@example.org")},
            "line_manager_name",
            "enter their name",
        ),
        ({"otj_reduction_hours": -1}, "otj_reduction_hours", "cannot be negative"),
        ({"otj_reduction_hours": 313}, "otj_reduction_hours", "more than the off-the-job"),
        ({"email": "tom@"}, "email", "Email: That does not look like an email"),
    ],
)
def test_provider_details_are_checked_and_the_field_named(vault, changes, field, words):
    with pytest.raises(ValidationError) as info, vault.transaction() as db:
        mentees.create(db, provider_details(**changes))
    assert info.value.field == field and words in str(info.value)
    with vault.session() as db:
        assert mentees.list_mentees(db) == []


def test_the_database_refuses_a_reduction_above_the_target(vault):
    from sqlcipher3.dbapi2 import IntegrityError

    with vault.transaction() as db:
        mid = mentees.create(db, provider_details())
    with pytest.raises(IntegrityError, match="otj_reduction_within_target"):
        vault.connection.execute("UPDATE mentee SET otj_hours_target = 10 WHERE id = ?", (mid,))


def _stakeholders(db, mid):
    from mentordesk.vault.models import Stakeholder

    return [
        (s.role.value, s.name, s.email)
        for s in db.scalars(select(Stakeholder).where(Stakeholder.mentee_id == mid))
    ]


def test_the_line_manager_is_one_of_the_mentees_stakeholders(vault):
    from mentordesk.services import contracts

    with vault.transaction() as db:
        mid = mentees.create(db, provider_details())
    with vault.transaction() as db:
        assert _stakeholders(db, mid) == [
            ("line_manager", "Lena Marsh", "lena.marsh@example.nhs.uk")
        ]
        # A new contract names them already.
        draft = contracts.new_draft(db, mid)
        assert [(p.name, p.id) for p in draft.stakeholders] == [
            ("Lena Marsh", mentees.get(db, mid).line_manager.id)
        ]
        # A change of email changes that record (no contract names it yet) ...
        data = mentees.get(db, mid)
        data.line_manager = replace(data.line_manager, email="l.marsh@example.nhs.uk")
        before = mentees.update(db, mid, data)
        assert _stakeholders(db, mid) == [("line_manager", "Lena Marsh", "l.marsh@example.nhs.uk")]
        # ... undo puts it back, and clearing the line manager removes the record made here.
        mentees.update(db, mid, before)
        assert _stakeholders(db, mid)[0][2] == "lena.marsh@example.nhs.uk"
        data.line_manager = mentees.Contact()
        mentees.update(db, mid, data)
        assert _stakeholders(db, mid) == []
        assert mentees.get(db, mid).line_manager == mentees.Contact()


def test_a_line_manager_a_signed_contract_names_stays_as_signed(vault):
    from tests.contract_data import signed_contract

    _cid, mid = signed_contract(vault)
    with vault.transaction() as db:
        (grace,) = [s for s in _stakeholders_rows(db, mid) if s.role.value == "line_manager"]
        data = mentees.get(db, mid)
        data.line_manager = mentees.Contact(
            grace.name, "grace.obi@newtrust.example.org", "", grace.id
        )
        mentees.update(db, mid, data)
        linked = mentees.get(db, mid).line_manager
        assert linked.id != grace.id and linked.email == "grace.obi@newtrust.example.org"
        assert db.get(type(grace), grace.id).email == "grace.obi@example.org"  # as signed
        # Unlinking leaves the signed contract's record where it is.
        data.line_manager = mentees.Contact()
        mentees.update(db, mid, data)
        assert [s.id for s in _stakeholders_rows(db, mid) if s.name == "Grace Obi"] == [grace.id]


def _stakeholders_rows(db, mid):
    from mentordesk.vault.models import Stakeholder

    return list(db.scalars(select(Stakeholder).where(Stakeholder.mentee_id == mid)))


def test_another_mentees_stakeholder_cannot_be_their_line_manager(vault):
    with vault.transaction() as db:
        a = mentees.create(db, provider_details())
        theirs = mentees.get(db, a).line_manager
        b = mentees.create(db, mentees.MenteeData(full_name="Ben Other"))
        data = mentees.get(db, b)
        data.line_manager = theirs
        with pytest.raises(ValidationError, match="not one of this mentee's stakeholders"):
            mentees.update(db, b, data)


def test_adding_a_mentee_again_after_undo_brings_their_line_manager_back(vault):
    with vault.transaction() as db:
        mid = mentees.create(db, provider_details())
        data = mentees.get(db, mid)
        mentees.delete_unused(db, mid)
        assert _stakeholders(db, mid) == []
        mentees.create(db, data, mentee_id=mid)
        assert mentees.get(db, mid).line_manager.name == "Lena Marsh"
