"""Demo contracts, agreed and signed through the contracts service like a mentor's own."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy.orm import Session

from mentordesk.services import contracts
from mentordesk.services.contracts import BarrierDraft, GoalDraft, SignatureData
from mentordesk.services.contracts.draft import GAS_LEVELS
from mentordesk.services.demo import workplaces
from mentordesk.services.demo.roles import GoalText
from mentordesk.vault.models import (
    MeetingMode,
    SignatureMethod,
    SignerRole,
    StakeholderRole,
)
from mentordesk.words import GAS_WORDS, QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ContractPlan:
    mentee_id: int
    start: date
    cadence: int
    goals: int
    seed: int
    revised_after_days: int | None = None
    role: str = "hospital"  # a key of workplaces.BY_KEY: where goals and barriers come from
    barriers: int = 1
    prior_learning: str = ""
    support_needs: str = ""


def _signatures(mentee: str, mentor: str, when: datetime) -> list[SignatureData]:
    return [
        SignatureData(SignerRole.MENTEE, mentee, SignatureMethod.TYPED, None, when),
        SignatureData(SignerRole.MENTOR, mentor, SignatureMethod.TYPED, None, when),
    ]


def _goal(
    rng: random.Random, text: GoalText, start: date, end: date | None, codes: list[str]
) -> GoalDraft:
    latest = (end - start).days - 1 if end else 300
    return GoalDraft(
        title=text.title,
        specific=text.specific,
        measure=text.measure,
        achievable_because="Time for it agreed with the line manager, and new starters to "
        "work with.",
        relevant_to="The learning mentor standard and the team's induction of new starters.",
        target_date=start + timedelta(days=rng.randint(90, max(91, min(300, latest)))),
        ksb_codes=sorted(rng.sample(codes, 2)),
        levels={level: GAS_WORDS[level] for level in GAS_LEVELS},
    )


def sign_contracts(
    db: Session,
    plans: list[ContractPlan],
    mentor: str,
    progress: Callable[[int, int, str], None] | None = None,
) -> dict[int, list[int]]:
    """Agree and sign each planned contract, ``mentor`` signing as the mentor; returns the
    goal ids of each mentee's contract in force, in order."""
    for n, plan in enumerate(plans):
        if progress and n % 50 == 0:
            progress(n, len(plans), QT_TRANSLATE_NOOP("words", "Agreeing and signing contracts"))
        rng = random.Random(plan.seed)
        when = datetime.combine(plan.start, time(10, 30), tzinfo=UTC)
        draft = contracts.new_draft(db, plan.mentee_id)
        contracts.fill_ratings(db, draft)
        for rating in draft.ratings:
            rating.mentee, rating.mentor = rng.randint(0, 2), rng.randint(0, 2)
        role = workplaces.BY_KEY[plan.role]
        draft.starting_point = role.starting_point
        draft.prior_learning = plan.prior_learning
        draft.support_needs = plan.support_needs or "Prefers written summaries after each session."
        codes = [r.ksb_code for r in draft.ratings]
        # Distinct goals from the role's pool; the one after them is for a revision.
        texts = rng.sample(role.goals, min(len(role.goals), plan.goals + 1))
        draft.goals = [
            _goal(rng, text, plan.start, draft.planned_end_date, codes)
            for text in texts[: plan.goals]
        ]
        draft.barriers = [
            BarrierDraft(b.kind, b.text, b.support)
            for b in rng.sample(role.barriers, min(plan.barriers, len(role.barriers)))
        ]
        draft.meeting_every_days = plan.cadence
        draft.meeting_mode = MeetingMode.IN_PERSON
        for person in draft.stakeholders:
            person.consent = person.role is not StakeholderRole.SAFEGUARDING_LEAD
            person.what_is_shared = (
                "Attendance and progress review outcomes." if person.consent else ""
            )
        cid = contracts.start(db, draft)
        contracts.sign(db, cid, draft, _signatures(draft.mentee_name, mentor, when), now=when)
        if plan.revised_after_days:
            later = when + timedelta(days=plan.revised_after_days)
            v2 = contracts.revise(db, plan.mentee_id)
            draft, _ = contracts.load(db, v2)
            draft.meeting_every_days = 14
            draft.meeting_mode = MeetingMode.REMOTE
            draft.goals.append(_goal(rng, texts[-1], later.date(), draft.planned_end_date, codes))
            draft.support_needs += " Remote sessions when work is at its busiest."
            contracts.sign(db, v2, draft, _signatures(draft.mentee_name, mentor, later), now=later)
    return {
        plan.mentee_id: [g.id for g in contracts.goals_in_force(db, plan.mentee_id)]
        for plan in plans
    }
