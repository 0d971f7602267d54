"""Contracts: a skills scan partly left to rate later, stakeholders' emails, the employer as
an optional signer, and a left-part-way draft offered once."""

import json
from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from mentordesk.errors import ValidationError
from mentordesk.services import contracts, mentees
from mentordesk.vault.models import KsbRating, Rater, Signature, SignatureMethod, SignerRole
from tests.contract_data import PNG, SIGNED_AT, both_signatures, complete_draft

EMPLOYER = contracts.SignatureData(
    SignerRole.EMPLOYER, "Grace Obi", SignatureMethod.TYPED, None, SIGNED_AT
)


def test_ratings_may_be_left_to_rate_later(vault):
    with vault.transaction() as db:
        draft = complete_draft(db)
        for r in draft.ratings[5:]:
            r.mentee = None
        draft.ratings[0].mentor = None
        assert contracts.unrated(draft) == 31  # 30 by the mentee, 1 by the mentor
        contracts.check_page(db, draft, "starting_point")  # accepted as it is
        cid = contracts.start(db, draft)
        contracts.sign(db, cid, draft, both_signatures(), now=SIGNED_AT)
    with vault.session() as db:
        stored = db.scalars(select(KsbRating).where(KsbRating.contract_id == cid)).all()
        assert len(stored) == 2 * 35 - 31  # only the ratings given
        assert not [r for r in stored if r.ksb.code == "K1" and r.rated_by is Rater.MENTOR]
        again, _ = contracts.load(db, cid)
    # Read back, every KSB of the standard is there, the unrated ones "not rated".
    assert len(again.ratings) == 35 and contracts.unrated(again) == 31
    assert (again.ratings[0].mentee, again.ratings[0].mentor) == (0, None)
    assert again.ratings[34].mentee is None and again.ratings[34].mentor is not None


def test_a_note_on_a_ksb_left_unrated_is_not_lost_at_signing(vault):
    with vault.transaction() as db:
        draft = complete_draft(db)
        draft.ratings[2].mentee = draft.ratings[2].mentor = None
        draft.ratings[2].note = "Shadowed the ward manager's induction"
        cid = contracts.start(db, draft)
        with pytest.raises(ValidationError, match="K3 has a note .* but no rating"):
            contracts.sign(db, cid, draft, both_signatures(), now=SIGNED_AT)
        draft.ratings[2].mentor = 1  # rated: signed, and the note kept with the rating
        contracts.sign(db, cid, draft, both_signatures(), now=SIGNED_AT)
    with vault.session() as db:
        again, _ = contracts.load(db, cid)
    assert again.ratings[2].note == "Shadowed the ward manager's induction"


@pytest.mark.parametrize("score", [-1, 5, True])
def test_a_rating_off_the_scale_is_refused_naming_the_ksb(vault, score):
    with vault.session() as db:
        draft = complete_draft(db)
        draft.ratings[12].mentee = score
        code = draft.ratings[12].ksb_code
        with pytest.raises(ValidationError, match=f"{code}: the mentee's rating goes from 0 to 4"):
            contracts.check_page(db, draft, "starting_point")


@pytest.mark.parametrize(
    ("email", "ok"),
    [
        ("tom@", False),
        ("tom@nhs", False),
        ("tom reid@nhs.uk", False),
        ("tom.reid+mentoring@trust.nhs.uk", True),
        ("  tom@example.org ", True),
    ],
)
def test_stakeholder_emails_are_checked_naming_the_person(vault, email, ok):
    with vault.session() as db:
        draft = complete_draft(db)
        draft.stakeholders[1].email = email
        if ok:
            contracts.check_page(db, draft, "stakeholders")
            return
        with pytest.raises(ValidationError, match=r"Stakeholder 2 \(Tom Reid\): “") as raised:
            contracts.check_page(db, draft, "stakeholders")
    assert raised.value.field == "email" and email.strip() in str(raised.value)


def test_the_employer_may_sign_too(vault):
    with vault.transaction() as db:
        draft = complete_draft(db)
        cid = contracts.start(db, draft)
        mentee, mentor = both_signatures()
        contracts.sign(db, cid, draft, [mentor, EMPLOYER, mentee], now=SIGNED_AT)
    with vault.session() as db:
        shown = contracts.signatures_of(db, cid)
        doc = contracts.document(db, cid)
    assert [(s.role, s.name, s.method) for s in shown] == [
        (SignerRole.MENTEE, "Priya Patel", SignatureMethod.DRAWN),
        (SignerRole.EMPLOYER, "Grace Obi", SignatureMethod.TYPED),
        (SignerRole.MENTOR, "Test Mentor", SignatureMethod.TYPED),
    ]
    assert [s.role for s in doc.signatures] == ["Mentee", "Employer", "Mentor"]


def test_without_the_employer_only_mentee_and_mentor_sign(vault):
    with vault.transaction() as db:
        draft = complete_draft(db)
        cid = contracts.start(db, draft)
        contracts.sign(db, cid, draft, both_signatures(), now=SIGNED_AT)
    with vault.session() as db:
        assert [s.role for s in contracts.signatures_of(db, cid)] == [
            SignerRole.MENTEE,
            SignerRole.MENTOR,
        ]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (replace(EMPLOYER, name="  "), "employer has no name"),
        (replace(EMPLOYER, method=SignatureMethod.DRAWN, image_png=b""), "employer is empty"),
        (replace(EMPLOYER, role=SignerRole.PROVIDER), "remove the other signature"),
        (replace(EMPLOYER, role=SignerRole.MENTOR), "two signatures from you"),
    ],
)
def test_a_signature_that_does_not_belong_is_refused(vault, extra, message):
    with vault.transaction() as db:
        draft = complete_draft(db)
        cid = contracts.start(db, draft)
    with vault.transaction() as db, pytest.raises(ValidationError, match=message):
        contracts.sign(db, cid, draft, [*both_signatures(), extra], now=SIGNED_AT)
    with vault.session() as db:  # nothing was signed
        assert db.scalar(select(func.count()).select_from(Signature)) == 0


def test_a_drawn_employer_signature_is_kept(vault):
    drawn = replace(EMPLOYER, method=SignatureMethod.DRAWN, image_png=PNG)
    with vault.transaction() as db:
        draft = complete_draft(db)
        cid = contracts.start(db, draft)
        contracts.sign(db, cid, draft, [*both_signatures(), drawn], now=SIGNED_AT)
    with vault.session() as db:
        [row] = db.scalars(select(Signature).where(Signature.signer_role == SignerRole.EMPLOYER))
        assert row.image_png == PNG and row.contract_id == cid


def test_a_draft_left_part_way_is_offered_once(vault):
    with vault.transaction() as db:
        first = contracts.start(db, complete_draft(db, "Priya Patel"))
        second = contracts.start(db, complete_draft(db, "Tomasz Nowak"))
        assert db.get(contracts.queries.Contract, second) is not None
        # Priya's was left last.
        db.get(contracts.queries.Contract, first).updated_at += timedelta(minutes=5)
    with vault.transaction() as db:
        offer = contracts.draft_to_offer(db)
        assert offer is not None and offer.id == first and offer.mentee == "Priya Patel"
        contracts.mark_offered(db, first)  # answered, "Continue" or "Not now"
        offer = contracts.draft_to_offer(db)
        assert offer is not None and offer.id == second
        contracts.mark_offered(db, second)
    with vault.transaction() as db:
        assert contracts.draft_to_offer(db) is None  # at every later unlock: not again
        draft, page = contracts.load(db, first)
        contracts.save(db, first, draft, "goals")  # continued later: still not offered
        assert contracts.draft_to_offer(db) is None
        contracts.discard(db, second)
        third = contracts.start(db, complete_draft(db, "Ama Boateng"))  # may reuse an id
        offer = contracts.draft_to_offer(db)
        assert offer is not None and offer.id == third  # a new draft is offered, once
        contracts.mark_offered(db, third)
        kept = db.get(contracts.lifecycle.VaultSetting, contracts.lifecycle.OFFERED).value
    assert [key.split("@")[0] for key in json.loads(kept)] == [str(first), str(third)]


def test_the_contracts_list_names_the_mentee_in_full(vault):
    with vault.transaction() as db:
        mid = mentees.create(db, mentees.MenteeData(full_name="Tomasz Nowak", preferred_name="Tom"))
        contracts.start(db, complete_draft(db, mentee_id=mid))
    with vault.session() as db:
        assert [c.mentee for c in contracts.list_contracts(db)] == ["Tomasz Nowak"]


def test_the_line_manager_offered_to_sign_is_the_one_linked_on_the_record(vault):
    from mentordesk.vault.models import Stakeholder, StakeholderRole

    with vault.transaction() as db:
        mid = mentees.create(db, mentees.MenteeData(full_name="Priya Patel"))
        db.add(Stakeholder(mentee_id=mid, role=StakeholderRole.LINE_MANAGER, name="Old Manager"))
        db.flush()
        data = mentees.get(db, mid)
        data.line_manager = mentees.Contact("New Manager", "new.manager@example.org", "", None)
        mentees.update(db, mid, data)
    with vault.session() as db:
        assert contracts.line_manager(db, mid) == "New Manager"
