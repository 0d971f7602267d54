"""What the reflection editor reads: link choices of each kind, what a draft links to, a few
rows of the list after a change, and where a finding is in the text."""

from __future__ import annotations

from datetime import timedelta

import pytest

from mentordesk.services import reflections, sessions
from mentordesk.services.reflections import ReflectionDraft
from mentordesk.services.sessions import SessionPlan, SessionRecord, planning
from mentordesk.vault.enums import ReadingStatus, SupervisionKind
from mentordesk.vault.models import CpdEntry, ReadingEntry, SupervisionRecord
from tests.conftest import NOW, TODAY
from tests.contract_data import signed_contract

pytestmark = pytest.mark.dates


def _held(db, mentee_id: int, days_ago: int) -> int:
    sid = planning.plan(db, SessionPlan(mentee_id, NOW - timedelta(days=days_ago), model="grow"))
    sessions.record(db, sid, SessionRecord(model="grow"), now=NOW)
    return sid


@pytest.fixture
def records(vault):
    _, priya = signed_contract(vault, "Priya Patel")
    _, tom = signed_contract(vault, "Tom Evans")
    with vault.transaction() as db:
        older = _held(db, priya, 20)
        newer = _held(db, priya, 6)
        toms = _held(db, tom, 3)
        planned = planning.plan(db, SessionPlan(priya, NOW + timedelta(days=5)))
        sup = SupervisionRecord(
            held_on=TODAY - timedelta(days=9),
            supervisor="Dr Helen Marsh",
            kind=SupervisionKind.PEER,
        )
        cpd = CpdEntry(
            occurred_on=TODAY - timedelta(days=30),
            title="Safeguarding refresher",
            activity_type="course",
            hours=2.5,
        )
        read = ReadingEntry(title="Clutterbuck, Everyone needs a mentor", status=ReadingStatus.READ)
        db.add_all([sup, cpd, read])
        db.flush()
        ids = {
            "priya": priya,
            "older": older,
            "newer": newer,
            "toms": toms,
            "planned": planned,
            "supervision": sup.id,
            "cpd": cpd.id,
            "reading": read.id,
        }
    return ids


def test_sessions_to_link_are_the_held_ones_of_the_mentee_or_of_all(vault, records):
    with vault.session() as db:
        mine = reflections.link_choices(db, "session", mentee_id=records["priya"])
        every = reflections.link_choices(db, "session")
    assert [c.id for c in mine] == [records["newer"], records["older"]]  # newest first
    assert mine[0].title == "Priya Patel" and mine[0].detail == "GROW"
    assert mine[0].on == (NOW - timedelta(days=6)).astimezone().date()
    assert [c.id for c in every] == [records["toms"], records["newer"], records["older"]]
    assert records["planned"] not in {c.id for c in every}


def test_supervision_cpd_and_reading_to_link(vault, records):
    with vault.session() as db:
        [sup] = reflections.link_choices(db, "supervision")
        [cpd] = reflections.link_choices(db, "cpd")
        [read] = reflections.link_choices(db, "reading")
    assert (sup.id, sup.title, sup.detail) == (
        records["supervision"],
        "Dr Helen Marsh",
        SupervisionKind.PEER,
    )
    assert (cpd.title, cpd.detail, cpd.on) == (
        "Safeguarding refresher",
        2.5,
        TODAY - timedelta(days=30),
    )
    assert (read.title, read.detail, read.on) == (
        "Clutterbuck, Everyone needs a mentor",
        ReadingStatus.READ,
        None,
    )
    with pytest.raises(ValueError):
        reflections.link_choices(db, "mentee")  # type: ignore[arg-type]


def test_what_a_draft_links_to_in_kind_order(vault, records):
    draft = ReflectionDraft(
        reading_ids=[records["reading"]],
        session_ids=[records["older"], records["toms"]],
        cpd_ids=[records["cpd"]],
        supervision_ids=[records["supervision"]],
    )
    with vault.session() as db:
        found = reflections.linked(db, draft)
        assert reflections.linked(db, ReflectionDraft()) == []
    assert [(c.kind, c.id) for c in found] == [
        ("session", records["toms"]),
        ("session", records["older"]),
        ("supervision", records["supervision"]),
        ("cpd", records["cpd"]),
        ("reading", records["reading"]),
    ]


def test_rows_of_some_ids_only(vault):
    with vault.transaction() as db:
        a = reflections.save_draft(db, ReflectionDraft(title="A"), today=TODAY)
        b = reflections.save_draft(db, ReflectionDraft(title="B"), today=TODAY)
    with vault.session() as db:
        assert [r.title for r in reflections.rows(db, [b, 999])] == ["B"]
        assert [r.id for r in reflections.rows(db)] == [b, a]
        assert reflections.rows(db, []) == []


def test_a_finding_is_located_in_the_field_it_was_written_in():
    draft = ReflectionDraft(
        title="Monday",
        model="gibbs",
        texts={"feelings": "Calm.", "description": "Met Ann Lee at nine."},
        carried="Old words about Ann Lee.",
    )
    text = draft.all_text()
    assert [where for where, _ in draft.parts()] == ["title", "description", "feelings", "carried"]
    first = text.index("Ann Lee")
    assert draft.locate(first, first + 7) == ("description", 4, 11)
    last = text.rindex("Ann Lee")
    assert draft.locate(last, last + 7) == ("carried", 16, 23)
    assert draft.locate(0, 6) == ("title", 0, 6)
    across = text.index("Calm.")
    assert draft.locate(across - 3, across + 2) is None  # across two fields
