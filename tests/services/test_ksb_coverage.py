"""The coverage matrix against hand-built evidence: counts, the required count, the latest
judgement, statuses in words, gaps with their duties, the mentor's own matrix and progress
by month."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from mentordesk.services.ksb import coverage, evidence
from mentordesk.services.ksb.coverage import Status
from mentordesk.services.ksb.evidence import KsbMark
from mentordesk.vault.enums import Judgement
from mentordesk.vault.models import Duty, Ksb, Standard
from tests.services.test_ksb_evidence import add_mentee, draft, ksbs

TODAY = date(2026, 11, 23)
MET, WORKING = Judgement.MET, Judgement.WORKING_TOWARDS


def add(vault, owner, on, marks, signed=None):
    with vault.transaction() as db:
        return evidence.create(db, draft(owner, marks, occurred_on=on, signed_off_on=signed), TODAY)


def by_code(m):
    return {r.code: r for r in m.rows}


def test_counts_judgements_and_statuses_against_hand_built_evidence(vault):
    mid = add_mentee(vault)
    with vault.session() as db:
        k1, k2, s1, b1 = ksbs(db, "ST0148", "K1", "K2", "S1", "B1")
    add(vault, mid, date(2026, 1, 10), [KsbMark(k1, WORKING), KsbMark(k2)])
    add(vault, mid, date(2026, 3, 2), [KsbMark(k1, MET), KsbMark(s1, MET)], signed=date(2026, 3, 9))
    add(vault, mid, date(2026, 2, 1), [KsbMark(k2, MET)])
    add(vault, mid, date(2026, 4, 1), [KsbMark(s1, WORKING)])
    m = coverage.matrix(vault.connection, mid, TODAY)
    rows = by_code(m)
    # every KSB of ST0148, K then S then B
    with vault.session() as db:
        sid = db.scalar(select(Standard.id).where(Standard.reference == "ST0148"))
        total = len(db.scalars(select(Ksb).where(Ksb.standard_id == sid)).all())
    assert len(m.rows) == total and [r.code for r in m.rows][:2] == ["K1", "K2"]
    assert m.rows[-1].code.startswith("B")
    k1r, k2r, s1r, b1r = rows["K1"], rows["K2"], rows["S1"], rows["B1"]
    assert (k1r.count, k1r.latest, k1r.last_on, k1r.status) == (
        2,
        MET,
        date(2026, 3, 2),
        Status.MET,
    )
    # judged met, not signed off: awaiting sign-off
    assert (k2r.count, k2r.latest, k2r.status) == (2, MET, Status.AWAITING)
    assert k2r.needs == "needs a signed-off “met” judgement"
    # met and signed off, but the later piece says working towards: latest is that
    assert (s1r.count, s1r.latest, s1r.status) == (2, WORKING, Status.MET)
    assert (b1r.count, b1r.status, b1r.status_words) == (0, Status.NONE, "✖ No evidence")
    assert b1r.needs == "needs 2 more pieces and a signed-off “met” judgement"
    assert (m.met, m.evidenced) == (2, 3)
    assert m.percent_met == round(200 / total, 1)


def test_the_required_count_is_a_preference_per_standard(vault):
    mid = add_mentee(vault)
    with vault.session() as db:
        (k1,) = ksbs(db, "ST0148", "K1")
        sid = db.scalar(select(Standard.id).where(Standard.reference == "ST0148"))
    add(vault, mid, date(2026, 3, 2), [KsbMark(k1, MET)], signed=date(2026, 3, 2))
    assert by_code(coverage.matrix(vault.connection, mid, TODAY))["K1"].status is Status.AWAITING
    with vault.transaction() as db:
        coverage.set_required_count(db, sid, 1)
    m = coverage.matrix(vault.connection, mid, TODAY)
    assert m.required == 1 and by_code(m)["K1"].status is Status.MET
    with vault.transaction() as db:
        coverage.set_required_count(db, sid, 3)
        assert coverage.required_count(db, sid) == 3
        other = db.scalar(select(Standard.id).where(Standard.reference == "ST1379"))
        assert coverage.required_count(db, other) == 2  # the default, for the other standard
    assert by_code(coverage.matrix(vault.connection, mid, TODAY))["K1"].missing == 2


def test_gaps_are_listed_with_the_duties_they_belong_to(vault):
    mid = add_mentee(vault, "ST1379")
    with vault.session() as db:
        sid = db.scalar(select(Standard.id).where(Standard.reference == "ST1379"))
        duty_map = {
            k.code: tuple(d.code for d in sorted(k.duties, key=lambda d: d.position))
            for k in db.scalars(select(Ksb).where(Ksb.standard_id == sid))
        }
        assert db.scalar(select(Duty.id).where(Duty.standard_id == sid)) is not None
        (k1,) = ksbs(db, "ST1379", "K1")
        coverage.set_required_count(db, sid, 1)
        db.commit()
    add(vault, mid, date(2026, 3, 2), [KsbMark(k1, MET)], signed=date(2026, 3, 2))
    m = coverage.matrix(vault.connection, mid, TODAY)
    gaps = m.gaps()
    assert "K1" not in [g.code for g in gaps] and len(gaps) == len(m.rows) - 1
    for g in gaps:
        assert g.duties == duty_map[g.code]
    assert any(g.duties for g in gaps)


def test_the_mentors_matrix_counts_own_items_reflections_and_cpd(vault):
    from mentordesk.services import cpd

    with vault.session() as db:
        (s3,) = ksbs(db, "ST1379", "S3")
    add(vault, None, date(2026, 2, 1), [KsbMark(s3, MET)], signed=date(2026, 2, 2))
    with vault.transaction() as db:
        cpd.create(
            db, cpd.CpdDraft(date(2026, 5, 1), "Coaching course", "course", 3, ksb_ids=(s3,))
        )
    m = coverage.matrix(vault.connection, None, TODAY)
    row = by_code(m)["S3"]
    assert m.standard.endswith("(ST1379 v1.0)") or "ST1379" in m.standard
    assert (row.count, row.last_on, row.status) == (2, date(2026, 5, 1), Status.MET)


def test_progress_by_month_follows_when_each_ksb_became_met(vault):
    mid = add_mentee(vault, start=date(2026, 1, 15))
    with vault.session() as db:
        k1, k2 = ksbs(db, "ST0148", "K1", "K2")
        sid = db.scalar(select(Standard.id).where(Standard.reference == "ST0148"))
        total = len(db.scalars(select(Ksb).where(Ksb.standard_id == sid)).all())
    add(vault, mid, date(2026, 2, 3), [KsbMark(k1, WORKING)])
    add(vault, mid, date(2026, 3, 20), [KsbMark(k1, MET)], signed=date(2026, 4, 2))
    add(vault, mid, date(2026, 5, 5), [KsbMark(k2, MET), KsbMark(k1, WORKING)])
    add(vault, mid, date(2026, 6, 1), [KsbMark(k2, MET)], signed=date(2026, 6, 1))
    points = coverage.progress(vault.connection, mid, date(2026, 6, 10))
    assert [p.month for p in points] == [date(2026, m, 1) for m in range(1, 7)]
    one, two = round(100 / total, 1), round(200 / total, 1)
    assert [p.percent_met for p in points] == [0, 0, 0, one, one, two]
    # the programme runs 365 days from 15 January: by 31 March, 75 days
    assert points[2].percent_elapsed == round(100 * 75 / 365, 1)
    assert points[-1].percent_elapsed == round(100 * 146 / 365, 1)  # to 10 June


def test_a_retired_ksb_counts_in_neither_the_matrix_nor_progress(vault):
    mid = add_mentee(vault, start=date(2026, 1, 1))
    with vault.session() as db:
        k1, k2 = ksbs(db, "ST0148", "K1", "K2")
    for k in (k1, k2):
        add(vault, mid, date(2026, 3, 2), [KsbMark(k, MET)], signed=date(2026, 3, 2))
        add(vault, mid, date(2026, 3, 3), [KsbMark(k, MET)], signed=date(2026, 3, 3))
    with vault.transaction() as db:
        db.get(Ksb, k2).retired = True
    m = coverage.matrix(vault.connection, mid, TODAY)
    (last,) = coverage.progress(vault.connection, mid, date(2026, 3, 31))[-1:]
    assert "K2" not in by_code(m) and m.met == 1
    assert last.percent_met == m.percent_met == round(100 / len(m.rows), 1)


def test_signed_off_but_short_of_the_count_says_so(vault):
    mid = add_mentee(vault)
    with vault.session() as db:
        (k1,) = ksbs(db, "ST0148", "K1")
    add(vault, mid, date(2026, 3, 2), [KsbMark(k1, MET)], signed=date(2026, 3, 2))
    row = by_code(coverage.matrix(vault.connection, mid, TODAY))["K1"]
    assert (row.status, row.status_words, row.needs) == (
        Status.AWAITING,
        "◑ Met, more evidence needed",
        "needs 1 more piece",
    )


def test_of_two_judgements_on_one_day_the_later_added_is_the_latest(vault):
    mid = add_mentee(vault)
    with vault.session() as db:
        (k1,) = ksbs(db, "ST0148", "K1")
    add(vault, mid, date(2026, 3, 2), [KsbMark(k1, MET)])
    add(vault, mid, date(2026, 3, 2), [KsbMark(k1, WORKING)])
    assert by_code(coverage.matrix(vault.connection, mid, TODAY))["K1"].latest is WORKING
