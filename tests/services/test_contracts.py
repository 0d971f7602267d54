"""Contracts: drafts saved and resumed, page checks, signing, versions and comparison."""

from datetime import date

import pytest
from sqlalchemy import func, select

from mentordesk.errors import ValidationError
from mentordesk.services import contracts, mentees
from mentordesk.services.contracts import GoalDraft
from mentordesk.vault.models import (
    Contract,
    ContractStatus,
    Goal,
    KsbRating,
    MeetingMode,
    Rater,
    Signature,
    Stakeholder,
    StakeholderRole,
)
from mentordesk.words import RATING_WORDS
from tests.contract_data import SIGNED_AT, both_signatures, complete_draft
from tests.contract_data import signed_contract as signed


def test_draft_is_saved_with_its_page_and_resumes_exactly(vault):
    with vault.transaction() as db:
        draft = complete_draft(db)
        cid = contracts.start(db, draft)
        draft.goals[0].title = "Half-typed goal"
        draft.goals[0].target_date = None
        contracts.save(db, cid, draft, "goals")
    with vault.session() as db:
        again, page = contracts.load(db, cid)
        [summary] = contracts.drafts(db)
    assert page == "goals" and again == draft
    assert summary.mentee == "Priya Patel" and summary.page == "goals" and summary.version == 1
    with vault.session() as db:  # the mentee was created from page 1
        assert mentees.get(db, draft.mentee_id).start_date == date(2026, 9, 1)


def test_a_mentee_has_one_draft_at_a_time(vault):
    with vault.transaction() as db:
        draft = complete_draft(db)
        first = contracts.start(db, draft)
        again = contracts.start(db, draft, page="goals")
    assert first == again


@pytest.mark.parametrize(
    ("page", "spoil", "message"),
    [
        ("mentee", lambda d: setattr(d, "standard_id", 9999), "programme standard"),
        ("mentee", lambda d: setattr(d, "planned_end_date", date(2026, 8, 1)), "after the start"),
        (
            "mentee",
            lambda d: (setattr(d, "mentee_name", " "), setattr(d, "mentee_id", None)),
            "Choose a mentee",
        ),
        ("starting_point", lambda d: setattr(d.ratings[3], "mentor", 5), "K4: the mentor's rat"),
        ("starting_point", lambda d: setattr(d, "ratings", []), "no KSBs to rate"),
        ("goals", lambda d: setattr(d, "goals", []), "at least one development goal"),
        ("goals", lambda d: setattr(d.goals[0], "ksb_codes", []), "at least one KSB"),
        ("goals", lambda d: setattr(d.goals[0], "ksb_codes", ["K99"]), "K99 is not in"),
        ("goals", lambda d: setattr(d.goals[0], "target_date", date(2028, 1, 1)), "planned end"),
        ("goals", lambda d: d.goals[0].levels.pop(2), "all five attainment levels"),
        ("barriers", lambda d: setattr(d.barriers[0], "agreed_support", ""), "agree the support"),
        ("boundaries", lambda d: setattr(d, "safeguarding_limit", ""), "limit of confidentiality"),
        ("boundaries", lambda d: setattr(d, "meeting_every_days", 120), "every 90 days"),
        ("stakeholders", lambda d: d.stakeholders.pop(), "designated safeguarding lead"),
        ("stakeholders", lambda d: setattr(d.stakeholders[0], "email", ""), "email or a phone"),
        (
            "stakeholders",
            lambda d: setattr(d.stakeholders[0], "email", "grace@"),
            r"Stakeholder 1 \(Grace Obi\): “grace@” is not an email address",
        ),
    ],
)
def test_each_page_refuses_bad_input(vault, page, spoil, message):
    with vault.session() as db:
        draft = complete_draft(db)
        contracts.check_page(db, draft, page)  # valid as made
        spoil(draft)
        with pytest.raises(ValidationError, match=message):
            contracts.check_page(db, draft, page)


def test_signing_stores_every_part(vault):
    cid, mentee_id = signed(vault)
    with vault.session() as db:
        c = contracts.get(db, cid)
        assert c.status is ContractStatus.ACTIVE and "page" not in c.wizard_state
        assert c.wizard_state["agreed_programme"]["otj_hours_target"] == 278
        assert (c.meeting_every_days, c.meeting_mode, c.meeting_minutes) == (
            14,
            MeetingMode.REMOTE,
            45,
        )
        assert "designated safeguarding lead" in c.safeguarding_limit
        [goal] = db.scalars(select(Goal).where(Goal.contract_id == cid)).all()
        assert goal.title == "Plan sessions with a model"
        assert sorted(k.code for k in goal.ksbs) == ["K3", "S3"]
        assert [lv.level for lv in goal.attainment_levels] == [-2, -1, 0, 1, 2]
        assert [b.kind.value for b in c.barriers] == ["workload"]
        consents = {s.stakeholder.name: s.consent_given for s in c.consents}
        assert consents == {"Grace Obi": True, "Tom Reid": False}
        ratings = db.scalars(select(KsbRating).where(KsbRating.contract_id == cid)).all()
        assert len(ratings) == 2 * 35  # the skills scan: 35 KSBs, rated twice
        k1 = {r.rated_by: r.rating for r in ratings if r.ksb.code == "K1"}
        assert k1 == {Rater.MENTEE: 0, Rater.MENTOR: 1}
        sigs = {
            s.signer_role.value: (s.signer_name, s.method.value, bool(s.image_png))
            for s in c.signatures
        }
        assert sigs == {
            "mentee": ("Priya Patel", "drawn", True),
            "mentor": ("Test Mentor", "typed", False),
        }
        assert contracts.cadence(db, mentee_id) == (14, "remote", 45)


def test_signing_needs_both_signatures(vault):
    with vault.transaction() as db:
        draft = complete_draft(db)
        cid = contracts.start(db, draft)
    with vault.transaction() as db, pytest.raises(ValidationError, match="the mentee"):
        contracts.sign(db, cid, draft, both_signatures()[1:], now=SIGNED_AT)
    empty = both_signatures()
    empty[0] = contracts.SignatureData(empty[0].role, "Priya Patel", empty[0].method, b"")
    with vault.transaction() as db, pytest.raises(ValidationError, match="is empty"):
        contracts.sign(db, cid, draft, empty, now=SIGNED_AT)
    with vault.session() as db:  # nothing was stored by the refused attempts
        assert contracts.get(db, cid).status is ContractStatus.DRAFT
        assert db.scalar(select(func.count()).select_from(Signature)) == 0


def test_revise_makes_version_two_and_keeps_version_one(vault):
    v1, mentee_id = signed(vault)
    with vault.transaction() as db:
        v2 = contracts.revise(db, mentee_id)
        draft, page = contracts.load(db, v2)
        assert page == "mentee" and draft.goals[0].title == "Plan sessions with a model"
        draft.meeting_every_days = 28
        draft.goals.append(
            GoalDraft(
                "Give feedback",
                "Use a feedback model",
                "Observed twice",
                target_date=date(2027, 6, 1),
                ksb_codes=["S5"],
            )
        )
        draft.stakeholders[0].phone = "01632 960999"
        draft.ratings[0].mentor = 4
        contracts.save(db, v2, draft, "sign")
        contracts.sign(db, v2, draft, both_signatures(), now=SIGNED_AT)
    with vault.session() as db:
        old, new = contracts.get(db, v1), contracts.get(db, v2)
        assert (old.version, old.status, new.version, new.status) == (
            1,
            ContractStatus.SUPERSEDED,
            2,
            ContractStatus.ACTIVE,
        )
        assert new.supersedes_id == v1
        old_draft, _ = contracts.load(db, v1)  # version 1 still reads as it was signed
        assert old_draft.meeting_every_days == 14 and len(old_draft.goals) == 1
        assert old_draft.stakeholders[0].phone == ""
        assert contracts.cadence(db, mentee_id)[0] == 28
        names = db.scalars(select(Stakeholder.name).where(Stakeholder.mentee_id == mentee_id))
        assert sorted(names) == ["Grace Obi", "Grace Obi", "Tom Reid"]  # changed => new row
        changes = contracts.compare(db, v1, v2)
    items = {(c.section, c.item.split(":")[0]) for c in changes}
    assert ("Boundaries and expectations", "Meetings") in items
    assert ("Development goals", "Goal 2") in items
    assert ("Stakeholders and data sharing", "Line manager") in items
    [rating] = [c for c in changes if c.section == "Starting point"]
    assert rating.item.startswith("K1 ") and "toolbox" not in rating.item  # the KSB, whole
    note = "\nNote: Has run toolbox talks"
    assert rating.before == f"mentee {RATING_WORDS[0]}; mentor {RATING_WORDS[1]}{note}"
    assert rating.after == f"mentee {RATING_WORDS[0]}; mentor {RATING_WORDS[4]}{note}"
    meetings = next(c for c in changes if c.item == "Meetings")
    assert meetings.before.startswith("every 2 weeks") and meetings.after.startswith(
        "every 4 weeks"
    )


def test_revise_needs_a_signed_contract_and_signed_ones_are_not_changed(vault):
    with vault.transaction() as db:
        mid = mentees.create(db, mentees.MenteeData(full_name="No Contract Yet"))
        with pytest.raises(contracts.ContractError, match="no signed contract"):
            contracts.revise(db, mid)
    cid, _ = signed(vault, "Signed Sam")
    with vault.transaction() as db:
        draft, _ = contracts.load(db, cid)
        with pytest.raises(contracts.ContractError, match="revise it instead"):
            contracts.save(db, cid, draft, "goals")
        with pytest.raises(contracts.ContractError, match="Only a draft"):
            contracts.discard(db, cid)


def test_new_draft_for_a_mentee_brings_their_stakeholders(vault):
    _, mentee_id = signed(vault)
    with vault.session() as db:
        draft = contracts.new_draft(db, mentee_id)
    assert [(p.role, p.name) for p in draft.stakeholders] == [
        (StakeholderRole.LINE_MANAGER, "Grace Obi"),
        (StakeholderRole.SAFEGUARDING_LEAD, "Tom Reid"),
    ]
    assert draft.safeguarding_limit  # sensible wording to start from


def test_document_holds_every_section(vault):
    cid, _ = signed(vault)
    with vault.session() as db:
        doc = contracts.document(db, cid)
        count = db.scalar(select(func.count()).select_from(Contract))
    assert count == 1
    assert [s.title for s in doc.sections] == [
        "Mentee and programme",
        "Starting point",
        "Development goals",
        "Barriers and support",
        "Boundaries and expectations",
        "Stakeholders and data sharing",
    ]
    assert doc.mentee == "Priya Patel" and doc.mentor == "Test Mentor" and doc.version == 1
    assert [s.role for s in doc.signatures] == ["Mentee", "Mentor"]
