"""Progress reviews: when they are due, the pre-filled draft, signing, and the printed record."""

import re
from datetime import UTC, date, datetime, timedelta
from io import BytesIO

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from mentordesk.errors import ValidationError
from mentordesk.services import mentees, sessions, settings
from mentordesk.services.reviews import due, export, store
from mentordesk.services.sessions import ActionDraft, SessionPlan, SessionRecord
from mentordesk.services.signatures import SignatureData
from mentordesk.vault.models import (
    ActionItem,
    ActionStatus,
    Ksb,
    MenteeStatus,
    Rag,
    SignatureMethod,
    SignerRole,
)
from tests.conftest import TODAY as ANY_DAY
from tests.contract_data import PNG, signed_contract, st1379

TODAY = date(2026, 11, 23)
SIGNED = datetime(2026, 11, 23, 15, tzinfo=UTC)


def three_signatures(when=datetime(2026, 11, 23, 15, tzinfo=UTC)):
    return [
        SignatureData(SignerRole.MENTEE, "Priya Patel", SignatureMethod.DRAWN, PNG, when),
        SignatureData(SignerRole.EMPLOYER, "Grace Obi", SignatureMethod.TYPED, None, when),
        SignatureData(SignerRole.MENTOR, "Test Mentor", SignatureMethod.TYPED, None, when),
    ]


def complete(d: store.ReviewDraft) -> store.ReviewDraft:
    d.progress_summary = "On track for the knowledge; skills evidence building."
    d.wellbeing_check = "Sleeping better since the rota changed."
    d.safeguarding_check = "No concerns."
    d.english_status = "Level 2 achieved"
    d.maths_status = "Working towards level 2, exam in January"
    d.epa_readiness = "Not yet: portfolio half complete."
    d.smart_targets = "1. Map three observations to S3 by 15 Jan\n2. Sit the maths exam"
    d.concerns_employer = "Late for two shifts"
    d.comments_mentee = "Feeling more confident."
    return d


def add_mentee(vault, name, start, status=MenteeStatus.ACTIVE) -> int:
    with vault.transaction() as db:
        return mentees.create(
            db,
            mentees.MenteeData(
                name, start_date=start, planned_end_date=start + timedelta(days=400), status=status
            ),
        )


@pytest.mark.dates
def test_due_and_overdue_on_the_edge_days(vault):
    twelve = timedelta(weeks=12)
    cases = {
        "Due today": ANY_DAY - twelve,  # 0 days left: due, not overdue
        "Overdue by a day": ANY_DAY - twelve - timedelta(days=1),
        "Due in 14 days": ANY_DAY - twelve + timedelta(days=14),
        "Due in 15 days": ANY_DAY - twelve + timedelta(days=15),  # not yet shown
    }
    for name, start in cases.items():
        add_mentee(vault, name, start)
    add_mentee(vault, "On a break", ANY_DAY - twelve - timedelta(days=30), MenteeStatus.ON_BREAK)
    shown = {r.mentee: r for r in due.reviews_due(vault.connection, ANY_DAY)}
    assert set(shown) == {"Due today", "Overdue by a day", "Due in 14 days"}
    assert shown["Due today"].days_left == 0 and not shown["Due today"].overdue
    assert shown["Overdue by a day"].overdue and shown["Overdue by a day"].days_left == -1
    assert shown["Due in 14 days"].due_on == ANY_DAY + timedelta(days=14)
    assert [r.mentee for r in due.reviews_due(vault.connection, ANY_DAY)][0] == "Overdue by a day"
    # A shorter interval (a preference) brings every date forward.
    with vault.transaction() as db:
        settings.set_review_interval_weeks(db, 10)
    assert len(due.reviews_due(vault.connection, ANY_DAY)) == 4


def test_a_signed_review_resets_the_clock_and_an_agreed_earlier_date_wins(vault):
    _, mid = signed_contract(vault)  # programme started 1 Sep 2026
    with vault.transaction() as db:
        d = complete(store.prefill(db, mid, date(2026, 11, 2)))
        d.next_review_on = date(2026, 12, 1)  # agreed sooner than 12 weeks
        store.sign(db, None, d, three_signatures(), now=SIGNED)
    [row] = due.reviews_due(vault.connection, TODAY)
    assert row.last_review == date(2026, 11, 2) and row.due_on == date(2026, 12, 1)
    with vault.transaction() as db:  # an unsigned draft does not count as a review held
        store.save(db, store.prefill(db, mid, date(2026, 11, 20)), None, today=TODAY)
    assert due.reviews_due(vault.connection, TODAY)[0].last_review == date(2026, 11, 2)


@pytest.mark.dates
def test_reviews_due_for_many_mentees_are_computed_in_one_query(vault):
    for n in range(30):
        add_mentee(vault, f"Mentee {n:02d}", ANY_DAY - timedelta(days=60 + n))
    everyone = due.due_dates(vault.connection, ANY_DAY)
    assert len(everyone) == 30
    soon = due.reviews_due(vault.connection, ANY_DAY)
    assert [r.mentee for r in soon] == [r.mentee for r in everyone if r.days_left <= 14]


def test_prefill_counts_hours_actions_and_rag_from_evidence(vault):
    _, mid = signed_contract(vault)
    starts = [datetime(2026, 10, d, 10, tzinfo=UTC) for d in (6, 20)]
    with vault.transaction() as db:
        k1, k2 = (
            db.scalar(select(Ksb.id).where(Ksb.standard_id == st1379(db), Ksb.code == c))
            for c in ("K1", "K2")
        )
        ids = [sessions.plan(db, SessionPlan(mid, s, 60)) for s in starts]
        sessions.record(
            db,
            ids[0],
            SessionRecord(otj_hours=2, ksb_ids=[k1, k2], actions=[ActionDraft("Read policy")]),
        )
        sessions.record(db, ids[1], SessionRecord(otj_hours=1.5, ksb_ids=[k1]))
        [action] = db.scalars(select(ActionItem)).all()
        sessions.set_action_status(
            db, action.id, ActionStatus.DONE, "Read and discussed", now=SIGNED
        )
    with vault.session() as db:
        d = store.prefill(db, mid, TODAY)
    assert d.period_start == date(2026, 9, 1)
    assert d.otj_hours_recorded == 3.5
    # 278 hours over 1 Sep 2026 – 1 Dec 2027 (456 days); 83 days in: 50.6 -> 50.5
    assert d.otj_hours_planned == 50.5
    assert d.next_review_on == TODAY + timedelta(weeks=12)
    rag = {s.code: (s.rag, s.evidence) for s in d.ksb_statuses}
    assert rag["K1"] == (Rag.GREEN, 2) and rag["K2"] == (Rag.AMBER, 1) and rag["K3"][0] is Rag.RED
    assert [s.code for s in d.ksb_statuses[:2]] == ["K1", "K2"]
    assert "Read policy (Mentee) — Done: Read and discussed" in d.actions_summary


def test_sign_needs_every_part_and_three_signatures(vault):
    _, mid = signed_contract(vault)
    with vault.session() as db:
        d = store.prefill(db, mid, TODAY)
    with vault.transaction() as db:
        with pytest.raises(ValidationError, match="progress"):
            store.sign(db, None, d, three_signatures(), now=SIGNED)
        d.progress_summary = "Steady"
        with pytest.raises(ValidationError, match="wellbeing"):
            store.sign(db, None, d, three_signatures(), now=SIGNED)
        complete(d)
        d.next_review_on = TODAY + timedelta(weeks=13)
        with pytest.raises(ValidationError, match="within 12 weeks"):
            store.sign(db, None, d, three_signatures(), now=SIGNED)
        d.next_review_on = TODAY + timedelta(weeks=12)
        with pytest.raises(ValidationError, match="employer"):
            store.sign(db, None, d, three_signatures()[::2], now=SIGNED)
        rid = store.save(db, d, None, today=TODAY)
    with vault.transaction() as db:
        d.ksb_statuses[0].rag = Rag.GREEN
        d.ksb_statuses[0].comment = "Observed twice"
        store.sign(db, rid, d, three_signatures(), now=SIGNED)
    with vault.session() as db:
        again = store.draft_of(db, rid)
        targets = db.scalars(select(ActionItem).where(ActionItem.review_id == rid)).all()
        assert store.get(db, rid).is_final and len(store.get(db, rid).signatures) == 3
    assert again == d
    assert [t.description for t in targets] == [
        "Map three observations to S3 by 15 Jan",
        "Sit the maths exam",
    ]
    assert {t.due_date for t in targets} == {TODAY + timedelta(weeks=12)}
    with vault.transaction() as db:
        with pytest.raises(store.ReviewError, match="final"):
            store.save(db, d, rid, today=TODAY)
        with pytest.raises(store.ReviewError):
            store.discard(db, rid)


def test_review_pdf_has_every_section_signatures_and_page_numbers(vault, tmp_path):
    _, mid = signed_contract(vault)
    with vault.transaction() as db:
        rid = store.sign(
            db, None, complete(store.prefill(db, mid, TODAY)), three_signatures(), now=SIGNED
        )
    with vault.session() as db:
        out = export.export_review(db, rid, tmp_path / "review.pdf", SIGNED)
    reader = PdfReader(BytesIO(out.read_bytes()))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    for heading in (
        "Progress review",
        "Actions since the last review and their outcome",
        "Off-the-job training",
        "Planned to date",
        "Recorded to date (from sessions)",
        "Progress against the plan",
        "Concerns raised",
        "Late for two shifts",
        "Wellbeing and safeguarding",
        "English and maths",
        "Changes of circumstance and support needs",
        "Readiness for end-point assessment",
        "SMART targets to the next review",
        "Sit the maths exam",
        "Comments",
        "Feeling more confident.",
        "Signatures",
        "Grace Obi",
        f"MD-R-{rid:04d}",
        f"Page 1 of {len(reader.pages)}",
    ):
        assert heading in text, heading
    assert "K1" in text and "Red" in text
    assert not re.search(r"record \d", text)  # the footer quotes the reference, no number
    assert reader.metadata.title == "Progress review: Priya Patel (23 November 2026)"
    assert any(page.images for page in reader.pages)  # the drawn signature


def test_review_pdf_names_the_programme_and_prints_every_ksb_title_whole(vault, tmp_path):
    _, mid = signed_contract(vault)
    with vault.transaction() as db:
        draft = complete(store.prefill(db, mid, TODAY))
        draft.ksb_statuses[0].comment = "Observed twice on the ward"
        rid = store.sign(db, None, draft, three_signatures(), now=SIGNED)
        ksbs = db.scalars(select(Ksb).where(Ksb.standard_id == st1379(db)).order_by(Ksb.position))
        details = [(k.code, " ".join(k.detail.split())) for k in ksbs]
    with vault.session() as db:
        pdf = export.export_review(db, rid, tmp_path / "review.pdf", SIGNED).read_bytes()
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(BytesIO(pdf)).pages]
    text = " ".join(pages)
    assert "…" not in text
    assert "Programme Learning and skills mentor (ST1379, level 4, version 1.0)" in text
    assert "KSB Knowledge, skill or behaviour Rating Evidence" in text
    assert len(details) == 35 and any(len(detail) > 90 for _code, detail in details)
    for code, detail in details:
        assert f"{code} {detail} " in text, code
    first_code, first_detail = details[0]
    assert f"{first_code} {first_detail} Comment: Observed twice on the ward Red" in text
    assert text.startswith(f"Progress review MD-R-{rid:04d} Priya Patel, reviewed with")
    for n, page in enumerate(pages, 1):
        assert page.endswith(
            f"Progress review · Priya Patel · 23 November 2026 · MD-R-{rid:04d} "
            f"Page {n} of {len(pages)}"
        )


def test_signing_lists_everything_missing_at_once_in_the_order_of_the_form(vault):
    _, mid = signed_contract(vault)
    with vault.session() as db:
        d = store.prefill(db, mid, TODAY)
    d.wellbeing_check = "Well"
    unsigned = [
        SignatureData(SignerRole.MENTEE, "Priya Patel", SignatureMethod.DRAWN, b"", SIGNED),
        SignatureData(SignerRole.MENTOR, "Test Mentor", SignatureMethod.TYPED, None, SIGNED),
    ]
    with vault.transaction() as db:
        with pytest.raises(store.MissingToSign) as caught:
            store.sign(db, None, d, unsigned, now=SIGNED)
    missing = caught.value.missing
    assert [field for field, _ in missing] == [
        "progress_summary",
        "safeguarding_check",
        "english_status",
        "maths_status",
        "epa_readiness",
        "smart_targets",
        "signature:mentee",
        "signature:employer",
    ]
    assert caught.value.field == "progress_summary"
    message = str(caught.value)
    assert message.startswith("Before signing, complete 8 parts: progress against the plan;")
    assert "the mentee's signature; the employer's name." in message and "\n" not in message
    with vault.session() as db:
        assert store.list_reviews(db, mid) == []  # nothing was saved
    complete(d)
    assert store.missing_to_sign(d, three_signatures()) == []
    assert store.missing_to_sign(d) == []  # the parts alone, before anyone signs


def test_hours_planned_to_date_are_the_target_less_prior_learning():
    from datetime import date

    from mentordesk.vault.models import Mentee

    mentee = Mentee(
        full_name="Ewa Kowalski",
        start_date=date(2026, 1, 1),
        planned_end_date=date(2027, 1, 1),
        otj_hours_target=300.0,
        otj_reduction_hours=60.0,
    )
    halfway = date(2026, 7, 2)  # 182 of 365 days
    assert store.otj_planned_to(mentee, halfway) == round(240 * 182 / 365 * 2) / 2
    mentee.otj_reduction_hours = None
    assert store.otj_planned_to(mentee, halfway) == round(300 * 182 / 365 * 2) / 2
