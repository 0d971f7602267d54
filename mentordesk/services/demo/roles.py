"""Who the demo's mentees are: an experienced worker in each workplace, training on a
learning mentor apprenticeship to bring on the new starters and apprentices around them.

Each role has its own pools of goals, barriers (each filed under its kind), session topics,
things tried, actions and places to meet, so that what the demo writes about a mentee fits
where they work and what they do. The roles themselves are in :mod:`.workplaces`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from mentordesk.vault.enums import BarrierKind


@dataclass(frozen=True)
class GoalText:
    title: str
    specific: str
    measure: str


@dataclass(frozen=True)
class BarrierText:
    kind: BarrierKind
    text: str
    support: str


@dataclass(frozen=True)
class Role:
    key: str
    employer: str
    job_title: str
    domain: str  # for the people's email addresses (under example.org)
    safeguarding_lead: str
    places: tuple[str, ...]
    starting_point: str
    options: str  # ways of learning talked through at a session
    employer_comment: str  # the line manager's words at a progress review
    prior_learning: str
    goals: tuple[GoalText, ...]
    barriers: tuple[BarrierText, ...]
    topics: tuple[str, ...]
    attempts: tuple[str, ...]
    actions: tuple[str, ...]


# Learning support needs some mentees have told their provider about (private).
SUPPORT_NEEDS = (
    "Dyslexia: handouts a day before sessions, in a clear font on cream paper.",
    "Hearing loss in one ear: sits facing the speaker; sessions in a quiet room.",
    "ADHD: shorter sessions with a break; actions written down at the end.",
)
# What a mentee's prior learning is worth off the programme's off-the-job hours.
PRIOR_LEARNING_REDUCTION = 40.0

# The mentor's own evidence: their mentoring practice, not a workplace's.
MENTOR_TOPICS = (
    "contracting with a new mentee",
    "using GROW in a short session",
    "writing up sessions the same day",
    "agreeing boundaries with line managers",
    "supporting a mentee's reflective writing",
    "working with a mentee's training provider",
)


def new_uln(rng: random.Random) -> str:
    """A Unique Learner Number with a right check digit (see services.mentees.is_uln)."""
    while True:
        digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
        remainder = sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=True)) % 11
        if remainder:
            return "".join(map(str, digits)) + str(10 - remainder)
