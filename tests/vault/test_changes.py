"""What a unit of work changed: recorded from the session, whatever the service wrote."""

from sqlalchemy import update

from mentordesk.services import mentees, sessions
from mentordesk.vault.changes import Changes, changes_of
from mentordesk.vault.models import Mentee
from tests.conftest import NOW


def test_rows_written_are_reported_by_kind_and_parts_by_their_record(vault):
    with vault.session() as db, db.begin():
        mid = mentees.create(db, mentees.MenteeData(full_name="Kind Counted"))
        sid = sessions.plan(db, sessions.SessionPlan(mid, NOW, 45))
        sessions.record(db, sid, sessions.SessionRecord(notes={"notes": "x"}), final=True, now=NOW)
        sessions.amend(
            db, sid, sessions.SessionRecord(notes={"notes": "y"}), "Typo", now=NOW
        )  # an amendment row counts as a change of its session
        found = changes_of(db)
    assert found.mentees == {mid} and found.sessions == {sid}
    assert not found.reviews and not found.everything and found


def test_a_bulk_statement_counts_as_a_change_to_everything(vault):
    with vault.session() as db, db.begin():
        db.execute(update(Mentee).values(notes="bulk"))
        found = changes_of(db)
    assert found.everything and found.overlaps(Changes.of(sessions=[1]))


def test_changes_overlap_only_on_a_shared_record():
    a, b = Changes.of(sessions=[1, 2]), Changes.of(sessions=[3], mentees=[1])
    assert not a.overlaps(b) and a.overlaps(Changes.of(sessions=[2]))
    assert (a | b).sessions == {1, 2, 3} and not Changes()
