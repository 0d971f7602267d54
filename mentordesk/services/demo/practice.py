"""The demo's records of the mentor's own practice and of safeguarding, as plain rows.

The small demo writes reflections, supervision, CPD, reading and values through their
services (demo/reflective.py); the large ones write reflections, supervision and CPD here as
rows, with the rest of their bulk insert. Evaluations and safeguarding have no services
yet, so every demo writes them here.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from mentordesk.services.demo import content as words
from mentordesk.vault.enums import ConcernStatus, ReferralStatus, RiskLevel

if TYPE_CHECKING:
    from mentordesk.services.demo.builder import DemoYear


def _reflective_rows(gen: DemoYear) -> None:
    """Reflections (three in four final), CPD and supervision, as rows."""
    rows = gen.rows
    held = gen.held_days
    for n in range(0 if gen.size.through_services else gen.size.reflections):
        model = gen.pick(list(words.REFLECTION_MODELS))
        stages = {
            s: f"{s.replace('_', ' ').capitalize()}: what I noticed and what I will try next time."
            for s in words.REFLECTION_MODELS[model]
        }
        day = gen.anchor - timedelta(days=gen.rng.randint(1, 360))
        rid = rows.add(
            "reflection",
            title=gen.pick(words.REFLECTION_TITLES),
            model=model,
            occurred_on=day,
            stages=stages,
            mentee_id=None,
            finalised_at=None if n % 4 == 3 else gen.at(day, 17, 30),
        )
        if held:
            gen.reflection_sessions.append((rid, gen.pick(held)[0]))
        rows.add("reflection_ksb", reflection_id=rid, ksb_id=gen.pick(gen.mentor_ksbs))
    for _n in range(0 if gen.size.through_services else gen.size.cpd_entries):
        title, kind, hours, provider = gen.pick(words.CPD_ACTIVITIES)
        cid = rows.add(
            "cpd_entry",
            occurred_on=gen.anchor - timedelta(days=gen.rng.randint(1, 700)),
            title=title,
            activity_type=kind,
            hours=hours,
            provider=provider,
            participatory=kind in {"course", "webinar", "observation", "meeting"} or None,
            what_i_learned="New ways to structure a session and ask better questions.",
            impact_on_practice="Tried it with two mentees the following week.",
        )
        rows.add("cpd_ksb", cpd_id=cid, ksb_id=gen.pick(gen.mentor_ksbs))
    for n in range(0 if gen.size.through_services else 12):
        rows.add(
            "supervision_record",
            held_on=gen.anchor - timedelta(days=30 * n + 5),
            supervisor=words.SUPERVISORS[n % 2],
            kind="one_to_one",
            duration_minutes=60,
            topics="Caseload, a tricky boundary question, my own wellbeing.",
            discussed="How I hold boundaries when a mentee messages me out of hours.",
            feedback="Good use of contracting; keep notes shorter.",
            actions=None,
            wellbeing="Busy month but coping well.",
        )


def practice_rows(gen: DemoYear) -> None:
    """Reflections, CPD, supervision, evaluations and a safeguarding concern, as rows."""
    rows = gen.rows
    _reflective_rows(gen)
    for mentee_id in range(1, min(gen.size.mentees, 6) + 1):
        rows.add(
            "evaluation",
            mentee_id=mentee_id,
            subject="relationship",
            completed_on=gen.anchor - timedelta(days=20 + mentee_id),
            completed_by="mentee",
            scores={"trust": 4, "usefulness": 4, "challenge": 3},
            comments="The sessions help me plan my week.",
        )
    # One safeguarding concern, its chronology and a referral.
    raised = gen.at(gen.anchor - timedelta(days=40), 11, 15)
    concern = rows.add(
        "safeguarding_concern",
        mentee_id=1,
        raised_at=raised,
        category="Wellbeing",
        summary="Mentee disclosed money worries affecting sleep and attendance.",
        risk=RiskLevel.MEDIUM,
        status=ConcernStatus.MONITORING,
        dsl_informed_at=raised + timedelta(hours=2),
        closed_at=None,
    )
    for hours, kind, text in [
        (0, "disclosure", "Mentee told me at the end of the session."),
        (2, "contact", "Informed the designated safeguarding lead."),
        (
            72,
            "decision",
            "Agreed referral to the employee assistance programme with the mentee's consent.",
        ),
    ]:
        rows.add(
            "chronology_entry",
            concern_id=concern,
            occurred_at=raised + timedelta(hours=hours),
            entry_type=kind,
            description=text,
            action_taken=None,
        )
    rows.add(
        "referral",
        mentee_id=1,
        concern_id=concern,
        made_on=(raised + timedelta(days=3)).date(),
        service="Employee assistance programme",
        reason="Financial wellbeing support",
        consent_obtained=True,
        status=ReferralStatus.ACCEPTED,
        outcome=None,
    )
