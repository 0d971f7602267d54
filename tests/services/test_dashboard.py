"""Dashboard queries against records with known dates."""

from datetime import date, timedelta

import pytest

from mentordesk.services import dashboard, mentees, settings
from mentordesk.vault.models import (
    ActionItem,
    ActionStatus,
    MenteeStatus,
    MentoringSession,
    ProgressReview,
)
from tests.conftest import NOW, TODAY

pytestmark = pytest.mark.dates


def add(db, name, start):
    return mentees.create(db, mentees.MenteeData(full_name=name, start_date=start))


def test_reviews_due_and_overdue(vault):
    with vault.transaction() as db:
        overdue = add(db, "Overdue Olive", TODAY - timedelta(weeks=13))
        soon = add(db, "Soon Sam", TODAY - timedelta(weeks=12) + timedelta(days=10))
        add(db, "Later Lee", TODAY - timedelta(weeks=4))
        reviewed = add(db, "Reviewed Rita", TODAY - timedelta(weeks=20))
        db.add(
            ProgressReview(mentee_id=reviewed, held_on=TODAY - timedelta(weeks=2), is_final=True)
        )
    due = dashboard.reviews_due(vault.connection, TODAY)
    assert [(r.mentee_id, r.overdue) for r in due] == [(overdue, True), (soon, False)]
    assert due[0].days_left == -7 and due[1].days_left == 10


def test_upcoming_sessions_and_open_actions(vault):
    with vault.transaction() as db:
        mid = add(db, "Aisha Ahmed", date(2026, 9, 1))
        db.add_all(
            [
                MentoringSession(mentee_id=mid, starts_at=NOW + timedelta(days=2)),
                MentoringSession(mentee_id=mid, starts_at=NOW + timedelta(days=20)),
                MentoringSession(mentee_id=mid, starts_at=NOW - timedelta(days=1)),
                ActionItem(mentee_id=mid, description="Late", due_date=TODAY - timedelta(days=3)),
                ActionItem(mentee_id=mid, description="Next", due_date=TODAY + timedelta(days=3)),
                ActionItem(mentee_id=mid, description="Done", status=ActionStatus.DONE),
            ]
        )
    board = dashboard.load(vault.connection, NOW)
    assert [s.starts_at for s in board.upcoming] == [NOW + timedelta(days=2)]
    assert [(a.description, a.overdue) for a in board.actions] == [("Late", True), ("Next", False)]
    assert board.open_action_count == 2


def test_demo_vault_fills_every_dashboard_panel(tmp_path):
    from mentordesk.services.demo import build_demo

    vault, _code = build_demo(tmp_path / "demo", "small", seed=7, anchor=TODAY)
    with vault:
        board = dashboard.load(vault.connection, NOW)
    assert board.upcoming and board.reviews and board.actions


def test_review_interval_setting_and_mentee_status_are_respected(vault):
    with vault.transaction() as db:
        four_weeks = add(db, "Four Weeks Fay", TODAY - timedelta(weeks=4))
        archived = add(db, "Archived Ari", TODAY - timedelta(weeks=30))
        mentees.set_status(db, archived, MenteeStatus.ARCHIVED)
        mid = mentees.create(
            db,
            mentees.MenteeData(full_name="Robert Jones", preferred_name="Rob", start_date=TODAY),
        )
        db.add(ActionItem(mentee_id=mid, description="Read the handbook"))
        db.add(ActionItem(mentee_id=archived, description="Gone with the archive"))
    assert dashboard.reviews_due(vault.connection, TODAY) == []
    with vault.transaction() as db:
        settings.set_review_interval_weeks(db, 4)
    due = dashboard.reviews_due(vault.connection, TODAY)
    assert [(r.mentee_id, r.days_left) for r in due] == [(four_weeks, 0)]
    actions, total = dashboard.open_actions(vault.connection, TODAY)
    assert total == 1 and [(a.mentee, a.due_date, a.overdue) for a in actions] == [
        ("Robert Jones", None, False)  # the full name, as on every list
    ]


def test_mentees_behind_plan_and_with_evidence_to_sign_off_need_attention(vault):
    from sqlalchemy import select

    from mentordesk.services.ksb import evidence
    from mentordesk.services.ksb.evidence import EvidenceDraft, KsbMark
    from mentordesk.vault.enums import Judgement
    from mentordesk.vault.models import Ksb
    from tests.contract_data import st1379

    start = TODAY - timedelta(days=100)
    with vault.transaction() as db:
        behind = mentees.create(
            db,
            mentees.MenteeData(
                "Behind Bea",
                start_date=start,
                planned_end_date=start + timedelta(days=365),
                otj_hours_target=365,
            ),
        )
        standard = st1379(db)
        judged = mentees.create(
            db, mentees.MenteeData("Judged Jo", standard_id=standard, start_date=start)
        )
        ksb = db.scalar(select(Ksb.id).where(Ksb.standard_id == standard, Ksb.code == "S3"))
        item = EvidenceDraft(judged, "witness_statement", "Handover", TODAY - timedelta(days=3))
        eid = evidence.create(db, item, TODAY)
    board = dashboard.load(vault.connection, NOW)
    assert [(a.mentee_id, a.kind) for a in board.alerts] == [(behind, "otj"), (judged, "evidence")]
    assert board.alerts[0].what == (
        "Off-the-job hours: 0 h recorded of 100 h planned to date — ⚠ behind plan by 100 h"
    )
    assert board.alerts[1].what == "1 piece of evidence to judge and sign off"
    with vault.transaction() as db:
        marks = (KsbMark(ksb, Judgement.MET),)
        evidence.update(db, eid, EvidenceDraft(**{**item.__dict__, "marks": marks}), TODAY)
    # judged, not yet signed off: still to sign
    assert (judged, "evidence") in [
        (a.mentee_id, a.kind) for a in dashboard.load(vault.connection, NOW).alerts
    ]
    with vault.transaction() as db:
        evidence.sign_off(db, eid, TODAY)
    assert [a.mentee_id for a in dashboard.load(vault.connection, NOW).alerts] == [behind]
