"""Supervision log: checks, actions as action items, links to reflections, delete and undo."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from mentordesk.errors import ValidationError
from mentordesk.services import supervision
from mentordesk.services.supervision import AgreedAction, SupervisionDraft
from mentordesk.vault.changes import changes_of
from mentordesk.vault.check import run_checks
from mentordesk.vault.enums import ActionStatus, SupervisionKind
from mentordesk.vault.models import ActionItem, Reflection, SupervisionRecord

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
HELD = date(2026, 11, 12)


def draft(**changes) -> SupervisionDraft:
    base = SupervisionDraft(
        held_on=HELD,
        supervisor="Dr Ana Ruiz",
        kind=SupervisionKind.GROUP,
        duration_minutes=90,
        topics="Boundaries with a mentee's manager",
        discussed="A private matter about one mentee.",
        feedback="Good contracting.",
        wellbeing="Tired but coping.",
        actions=[AgreedAction("Reread the boundaries policy", due_date=date(2026, 11, 30))],
    )
    return replace(base, **changes)


def reflection(db, title: str, day: date, **stages: str) -> int:
    row = Reflection(title=title, model="gibbs", occurred_on=day, stages=stages)
    db.add(row)
    db.flush()
    return row.id


def create(vault, d: SupervisionDraft) -> int:
    with vault.transaction() as db:
        return supervision.create(db, d, today=TODAY, now=NOW)


@pytest.mark.parametrize(
    "changes, field, words",
    [
        ({"supervisor": "  "}, "supervisor", "Supervisor: enter who supervised you"),
        ({"held_on": date(2026, 11, 24)}, "held_on", "Date: 24 Nov 2026 is after today"),
        ({"duration_minutes": 4}, "duration_minutes", "Length: a supervision lasts between"),
        ({"duration_minutes": 481}, "duration_minutes", "Length: a supervision lasts between"),
        ({"kind": "peer"}, "kind", "Kind: choose one-to-one, group or peer"),
        (
            {"actions": [AgreedAction("", id=7)]},
            "actions",
            "Actions agreed: action 1 needs a description",
        ),
        (
            {"actions": [AgreedAction("Book a peer observation", due_date=date(2026, 11, 11))]},
            "actions",
            "Actions agreed: “Book a peer observation” is due on 11 Nov 2026, before the "
            "supervision on 12 Nov 2026",
        ),
    ],
)
def test_each_mistake_is_refused_in_one_line_naming_its_field(changes, field, words):
    with pytest.raises(ValidationError) as info:
        supervision.check(draft(**changes), today=TODAY)
    assert info.value.field == field
    assert str(info.value).startswith(words)
    assert "\n" not in str(info.value)


def test_an_action_due_on_the_day_itself_and_no_length_are_fine():
    clean = supervision.check(
        draft(
            duration_minutes=None,
            actions=[AgreedAction(" Call the DSL ", due_date=HELD), AgreedAction("   ")],
        ),
        today=TODAY,
    )
    assert [a.description for a in clean.actions] == ["Call the DSL"]  # the blank row goes


def test_an_action_due_before_the_supervision_is_not_saved(vault):
    early = draft(actions=[AgreedAction("Too early", due_date=date(2026, 11, 1))])
    with pytest.raises(ValidationError), vault.transaction() as db:
        supervision.create(db, early, today=TODAY, now=NOW)
    with vault.session() as db:
        assert db.scalars(select(SupervisionRecord)).all() == []
        assert db.scalars(select(ActionItem)).all() == []


def test_create_lists_it_with_its_open_actions_and_links_reflections(vault):
    with vault.transaction() as db:
        rid = reflection(db, "After a hard session", date(2026, 11, 13))
    with vault.session() as db:
        choices = supervision.reflection_choices(db)
    assert [(c.id, c.title, c.occurred_on) for c in choices] == [
        (rid, "After a hard session", date(2026, 11, 13))
    ]
    two = [
        AgreedAction("Reread the boundaries policy", due_date=date(2026, 11, 30)),
        AgreedAction("Ask for a peer observation", owner=""),
    ]
    with vault.session() as db, db.begin():
        sid = supervision.create(db, draft(actions=two, reflection_ids=[rid]), today=TODAY, now=NOW)
        db.flush()
        told = changes_of(db)
    assert sid in told.supervision and rid in told.reflections and len(told.actions) == 2
    with vault.session() as db:
        rows = supervision.list_rows(db)
        stored = supervision.get(db, sid)
        items = db.scalars(select(ActionItem).order_by(ActionItem.id)).all()
        assert [(a.mentee_id, a.supervision_id, a.owner) for a in items] == [
            (None, sid, "Me"),
            (None, sid, None),
        ]
        linked = db.get(Reflection, rid).supervisions
        assert [s.id for s in linked] == [sid]
    assert [(r.id, r.kind, r.duration_minutes, r.open_actions, r.actions) for r in rows] == [
        (sid, SupervisionKind.GROUP, 90, 2, 2)
    ]
    assert rows[0].topics == "Boundaries with a mentee's manager"
    assert stored.discussed == "A private matter about one mentee."
    assert stored.reflection_ids == [rid]
    assert [a.owner for a in stored.actions] == ["Me", ""]


def test_closing_an_action_counts_it_out_of_the_open_ones(vault):
    sid = create(vault, draft())
    with vault.session() as db:
        (open_one,) = supervision.open_actions(db)
    assert (open_one.supervision_id, open_one.held_on, open_one.supervisor) == (
        sid,
        HELD,
        "Dr Ana Ruiz",
    )
    with vault.session() as db, db.begin():
        before = supervision.close_action(db, open_one.id, outcome="Done", now=NOW)
        db.flush()
        assert sid in changes_of(db).supervision
    assert before == (ActionStatus.OPEN, "")
    with vault.session() as db:
        assert supervision.open_actions(db) == []
        assert supervision.list_rows(db)[0].open_actions == 0
        assert supervision.get(db, sid).actions[0].status is ActionStatus.DONE


def test_update_changes_actions_and_links_and_returns_what_was_there(vault):
    with vault.transaction() as db:
        first = reflection(db, "One", date(2026, 11, 1))
        second = reflection(db, "Two", date(2026, 11, 2))
    sid = create(vault, draft(reflection_ids=[first]))
    with vault.session() as db:
        stored = supervision.get(db, sid)
    kept = replace(stored.actions[0], status=ActionStatus.DONE)
    changed = replace(
        stored,
        supervisor="Sam Lee",
        kind=SupervisionKind.PEER,
        actions=[kept, AgreedAction("New one")],
        reflection_ids=[second],
    )
    with vault.transaction() as db:
        before = supervision.update(db, sid, changed, today=TODAY, now=NOW)
    assert before == stored
    with vault.session() as db:
        after = supervision.get(db, sid)
        closed = db.get(ActionItem, kept.id)
        assert closed.closed_at is not None
    assert (after.supervisor, after.kind, after.reflection_ids) == (
        "Sam Lee",
        SupervisionKind.PEER,
        [second],
    )
    assert [(a.description, a.status) for a in after.actions] == [
        ("Reread the boundaries policy", ActionStatus.DONE),
        ("New one", ActionStatus.OPEN),
    ]
    with vault.transaction() as db:  # undo
        supervision.update(db, sid, before, today=TODAY, now=NOW)
    with vault.session() as db:
        again = supervision.get(db, sid)
    assert again.reflection_ids == [first]
    assert [(a.description, a.status) for a in again.actions] == [
        ("Reread the boundaries policy", ActionStatus.OPEN)
    ]


def test_delete_and_restore_bring_back_actions_links_and_old_text(vault):
    with vault.transaction() as db:
        rid = reflection(db, "One", date(2026, 11, 1))
    sid = create(vault, draft(reflection_ids=[rid]))
    with vault.transaction() as db:
        db.get(SupervisionRecord, sid).actions = "Noted as text by an older MentorDesk."
        (item,) = supervision.open_actions(db)
        supervision.close_action(db, item.id, ActionStatus.DROPPED, "No longer needed", now=NOW)
    with vault.session() as db:
        was = supervision.get(db, sid)
    with vault.transaction() as db:
        removed = supervision.delete(db, sid)
    with vault.session() as db:
        assert supervision.list_rows(db) == []
        assert db.scalars(select(ActionItem)).all() == []
        assert db.get(Reflection, rid).supervisions == []
    with vault.transaction() as db:
        assert supervision.restore(db, removed, now=NOW) == sid
    with vault.session() as db:
        assert supervision.get(db, sid) == was
        form = supervision.form(db, sid, today=TODAY)
        action = db.get(ActionItem, item.id)
        assert (action.status, action.outcome) == (ActionStatus.DROPPED, "No longer needed")
    assert form.legacy_actions == "Noted as text by an older MentorDesk."
    assert form.supervisors == ["Dr Ana Ruiz"]
    assert all(r.ok for r in run_checks(vault)), run_checks(vault)


def test_an_older_record_reads_as_one_to_one_and_its_text_actions_are_never_written(vault):
    with vault.transaction() as db:
        db.add(
            SupervisionRecord(
                held_on=date(2026, 10, 1), supervisor="Old", actions="Read the policy."
            )
        )
    with vault.session() as db:
        (row,) = supervision.list_rows(db)
        form = supervision.form(db, row.id, today=TODAY)
    assert row.kind is SupervisionKind.ONE_TO_ONE and row.open_actions == 0
    assert form.draft.kind is SupervisionKind.ONE_TO_ONE
    with vault.transaction() as db:
        supervision.update(
            db, row.id, replace(form.draft, topics="Now with themes"), today=TODAY, now=NOW
        )
    with vault.session() as db:
        assert db.get(SupervisionRecord, row.id).actions == "Read the policy."


def test_a_new_form_is_held_today():
    assert SupervisionDraft(held_on=TODAY).kind is SupervisionKind.ONE_TO_ONE


def test_a_missing_reflection_is_refused(vault):
    with pytest.raises(ValidationError) as info, vault.transaction() as db:
        supervision.create(db, draft(reflection_ids=[999]), today=TODAY, now=NOW)
    assert info.value.field == "reflection_ids"
