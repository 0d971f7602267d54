"""Off-the-job hours against plan, and gateway readiness from the rules kept as data:
edge dates of time on programme, 187 hours for 2025 starts, the facts and the ST1379
observation log."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from mentordesk.services import mentees, sessions
from mentordesk.services.ksb import coverage, evidence, gateway, otj
from mentordesk.services.ksb.evidence import KsbMark
from mentordesk.services.ksb.gateway import GatewayError, GatewayFacts, Observation
from mentordesk.vault.enums import Judgement, ObservationKind
from mentordesk.vault.models import Ksb, Standard
from tests.services.test_ksb_evidence import draft

LIVE, RECORDED = ObservationKind.LIVE, ObservationKind.RECORDED


def mentee(vault, reference, start, *, target=200.0, months=12, reduction=0.0) -> int:
    with vault.transaction() as db:
        sid = db.scalar(select(Standard.id).where(Standard.reference == reference))
        return mentees.create(
            db,
            mentees.MenteeData(
                "Sam Okafor",
                standard_id=sid,
                start_date=start,
                planned_end_date=gateway.add_months(start, months),
                otj_hours_target=target,
                otj_reduction_hours=reduction,
            ),
        )


def hold(vault, mid, day, hours):
    """Sessions held from ``day`` on, a day apart, recording ``hours`` off the job in all
    (at most 24 at one session)."""
    with vault.transaction() as db:
        while hours > 0:
            when = datetime.combine(day, time(10)).astimezone()
            sid = sessions.plan(db, sessions.SessionPlan(mid, when))
            sessions.record(db, sid, sessions.SessionRecord(otj_hours=min(hours, 24)))
            hours, day = hours - 24, day + timedelta(days=1)


def results(vault, mid, today):
    with vault.session() as db:
        r = gateway.readiness(db, mid, today)
    return r, {x.rule_id: x for x in r.results}


def everything_else_done(vault, mid, reference, today):
    """Every KSB met and signed off, facts recorded and (ST1379) observations logged."""
    with vault.transaction() as db:
        sid = db.scalar(select(Standard.id).where(Standard.reference == reference))
        coverage.set_required_count(db, sid, 1)
        ids = [k.id for k in db.scalars(select(Ksb).where(Ksb.standard_id == sid))]
        evidence.create(
            db,
            draft(
                mid,
                [KsbMark(k, Judgement.MET) for k in ids],
                occurred_on=today,
                signed_off_on=today,
            ),
            today,
        )
        gateway.save_facts(
            db,
            mid,
            GatewayFacts(
                employer_confirmed_on=today,
                employer_confirmed_by="Grace Obi, line manager",
                portfolio_assembled_on=today,
            ),
        )
        for kind in (LIVE, RECORDED, RECORDED):
            gateway.add_observation(
                db, mid, Observation(kind, "Rota planning with a new starter", None, today, "Ali")
            )


@pytest.mark.parametrize(
    ("today", "ready"),
    [(date(2025, 10, 31), False), (date(2025, 11, 1), True)],  # 11 months 30 days; 12 months
)
def test_twelve_months_on_programme_for_a_start_before_august_2025(vault, today, ready):
    mid = mentee(vault, "ST1379", date(2024, 11, 1), target=10)
    hold(vault, mid, date(2025, 3, 3), 10)
    everything_else_done(vault, mid, "ST1379", today)
    r, by = results(vault, mid, today)
    assert "time_8" not in by and "otj_187" not in by  # the older rules
    assert by["time_12"].met is ready
    if not ready:
        assert by["time_12"].detail.startswith("11 months 30 days on programme")
        assert "1 November 2025" in by["time_12"].detail
    assert r.ready is ready and [u.rule_id for u in r.unmet] == ([] if ready else ["time_12"])


def test_a_2025_start_needs_eight_months_and_187_hours(vault):
    start = date(2025, 8, 1)
    mid = mentee(vault, "ST1379", start, target=187)
    hold(vault, mid, date(2025, 9, 1), 186.5)
    today = date(2026, 4, 1)  # 8 months
    everything_else_done(vault, mid, "ST1379", today)
    r, by = results(vault, mid, today)
    assert "time_12" not in by
    assert by["time_8"].met
    assert (
        not by["otj_187"].met and by["otj_187"].detail == "186.5 of 187 hours recorded: 0.5 to go"
    )
    assert not r.ready
    hold(vault, mid, date(2025, 10, 1), 0.5)
    r, by = results(vault, mid, today)
    assert by["otj_187"].met and r.ready
    # a day short of eight months is not ready
    r, by = results(vault, mid, date(2026, 3, 31))
    assert not by["time_8"].met and not r.ready


def test_st0148_keeps_twelve_months_for_a_2025_start(vault):
    mid = mentee(vault, "ST0148", date(2025, 9, 1))
    _r, by = results(vault, mid, date(2026, 6, 1))
    assert not by["time_12"].met and "time_8" not in by
    assert "minimum 12 months" in by["time_12"].source


def test_every_rule_names_its_source_and_unmet_rules_say_why(vault):
    mid = mentee(vault, "ST1379", date(2024, 1, 10))
    r, by = results(vault, mid, date(2026, 11, 23))
    assert set(by) == {
        "time_12",
        "ksbs_met",
        "otj_target",
        "english",
        "maths",
        "employer",
        "portfolio",
        "observation_log",
    }
    assert all(x.source and x.label for x in r.results)
    assert by["ksbs_met"].detail.startswith("0 of ")
    assert by["employer"].detail == "not recorded yet"
    assert by["observation_log"].detail == "0 of 1 live and 0 of 2 recorded, with consent"
    # nobody has said yet whether English is required: not met until they do
    assert not by["english"].met and by["english"].detail.startswith("not recorded yet")
    with vault.transaction() as db:
        gateway.save_facts(db, mid, GatewayFacts())  # recorded: not required
    _r, by = results(vault, mid, date(2026, 11, 23))
    assert by["english"].met and by["english"].detail == "not required for this mentee"


def test_english_and_maths_where_required(vault):
    mid = mentee(vault, "ST0148", date(2024, 1, 10))
    today = date(2026, 11, 23)
    with vault.transaction() as db:
        gateway.save_facts(db, mid, GatewayFacts(english_required=True, maths_required=True))
        gateway.save_facts(
            db, mid, replace(gateway.facts(db, mid), maths_achieved_on=date(2025, 6, 1))
        )
    _r, by = results(vault, mid, today)
    assert not by["english"].met and by["maths"].met
    assert by["maths"].detail == "achieved on 1 June 2025"


def test_observations_without_consent_do_not_count(vault):
    mid = mentee(vault, "ST1379", date(2024, 1, 10))
    with vault.transaction() as db:
        gateway.add_observation(
            db, mid, Observation(LIVE, "Live session", None, date(2026, 1, 1), "Ali")
        )
        for _ in range(2):
            gateway.add_observation(db, mid, Observation(RECORDED, "Recorded session"))
    _r, by = results(vault, mid, date(2026, 11, 23))
    assert not by["observation_log"].met
    assert "2 sessions still without consent" in by["observation_log"].detail
    with vault.transaction() as db:
        for oid, obs in gateway.observations(db, mid):
            if obs.kind is RECORDED:
                gateway.update_observation(
                    db, oid, replace(obs, consent_recorded_on=date(2026, 2, 1), consent_from="Bo")
                )
    _r, by = results(vault, mid, date(2026, 11, 23))
    assert by["observation_log"].met


def test_a_rules_file_that_is_not_as_expected_is_refused_by_name(tmp_path):
    (tmp_path / "ST9999.json").write_text(json.dumps({"rules": [{"id": "x", "check": "magic"}]}))
    with pytest.raises(GatewayError, match="ST9999.json.*unknown check 'magic'"):
        gateway.rules_for("ST9999", date(2025, 1, 1), tmp_path)


@pytest.mark.parametrize(
    ("rule", "fault"),
    [
        ({"check": "months_on_programme"}, "needs 'months'"),
        ({"check": "months_on_programme", "months": "12"}, "needs 'months'"),
        ({"check": "months_on_programme", "months": 0}, "needs 'months'"),
        ({"check": "otj_hours_at_least", "hours": -1}, "needs 'hours'"),
        ({"check": "observation_log", "live": 1, "recorded": 2.5}, "needs 'recorded'"),
        ({"check": "english", "starts_from": "2025-13-01"}, "month must be in 1..12"),
    ],
)
def test_a_rule_without_what_its_check_needs_is_refused_by_name(tmp_path, rule, fault):
    rule = {"id": "x", "label": "A rule", "source": "A source", **rule}
    (tmp_path / "ST9998.json").write_text(json.dumps({"rules": [rule]}))
    with pytest.raises(GatewayError, match=f"ST9998.json.*{fault}"):
        gateway.rules_for("ST9998", date(2025, 9, 1), tmp_path)


def test_a_standards_reference_never_names_a_file_outside_the_rules(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "default.json").write_text(
        json.dumps({"rules": [{"id": "d", "check": "english", "label": "L", "source": "S"}]})
    )
    (tmp_path / "evil.json").write_text(json.dumps({"rules": []}))
    found = gateway.rules_for("../evil", date(2025, 9, 1), rules)
    assert [r.id for r in found] == ["d"]  # the default, not ../evil.json


def test_an_unknown_standard_gets_the_default_rules():
    rules = gateway.rules_for("ST0001", date(2025, 9, 1))
    assert {r.id for r in rules} >= {"time_8", "otj_187", "ksbs_met", "employer"}


def test_hours_behind_plan_by_more_than_a_fortnight(vault):
    start = date(2026, 1, 1)
    mid = mentee(vault, "ST0148", start, target=365, months=12)  # a day's hour, a year
    on_plan = mentee(vault, "ST0148", start, target=365, months=12)
    hold(vault, mid, date(2026, 2, 1), 20)
    hold(vault, on_plan, date(2026, 2, 1), 50)
    today = date(2026, 3, 1)  # 59 days in: 59 hours planned
    with vault.session() as db:
        conn = db.connection().connection.driver_connection
        s = otj.status(conn, mid, today)
        assert (s.planned, s.recorded, s.shortfall, s.behind) == (59.0, 20.0, 39.0, True)
        assert s.words == "20 h recorded of 59 h planned to date — ⚠ behind plan by 39 h"
        fine = otj.status(conn, on_plan, today)  # 9 h short: within a fortnight's 14 h
        assert (fine.behind, fine.words) == (
            False,
            "50 h recorded of 59 h planned to date — on plan",
        )
        assert [b.mentee_id for b in otj.behind_plan(conn, today)] == [mid]


def test_prior_learning_reduces_the_plan(vault):
    mid = mentee(vault, "ST0148", date(2026, 1, 1), target=400, reduction=35, months=12)
    with vault.session() as db:
        s = otj.status(db.connection().connection.driver_connection, mid, date(2026, 7, 2))
    assert s.target == 365 and s.planned == 182.0


def test_add_months_keeps_the_day_or_the_months_last():
    assert gateway.add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert gateway.add_months(date(2023, 8, 31), 6) == date(2024, 2, 29)
    assert gateway.add_months(date(2025, 11, 30), 3) == date(2026, 2, 28)
    assert gateway.time_on(date(2024, 11, 1), date(2025, 10, 31)) == (11, 30)
    assert gateway.time_on(date(2024, 1, 31), date(2024, 2, 29)) == (1, 0)
    assert gateway.add_months(date(2024, 12, 15), 12) - timedelta(days=1) == date(2025, 12, 14)
