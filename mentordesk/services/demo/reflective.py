"""The demo mentor's reflective practice, written through the services a mentor uses:
reflections (some from a session, most final, a few drafts), supervision with its actions,
the reading log, two versions of the values statement, and the CPD log (its supervision and
reading hours left for the mentor to bring in).

Each reflection's words are kept by idea (what happened, feelings, evaluation, analysis,
learning, action), so whichever model it is written with, each stage gets the words its
model file maps to it."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from mentordesk.services import reflection_models, reflections
from mentordesk.services.profile import mentor_standard_id
from mentordesk.services.reflections import NamesPeople, ReflectionDraft

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Progress = Callable[[int, int, str], None]

MODELS = ("gibbs", "driscoll", "kolb", "rolfe", "schon", "brookfield", "free")
MENTOR_KSBS = ("K10", "K12", "K14", "K15", "K16", "S13", "S14", "B5")

# title, then the words for each idea
ACCOUNTS: list[tuple[str, dict[str, str]]] = [
    (
        "A session where I talked too much",
        {
            "experience": "In a review of progress I explained the assessment plan for most of "
            "the hour. My mentee said very little and agreed to everything.",
            "feelings": "At the time I felt useful; afterwards I felt uneasy, as if I had "
            "taken the session over.",
            "evaluation": "The plan was clear, but I do not know what my mentee thought of it "
            "or what worries them.",
            "analysis": "Telling is quicker than asking when I am short of time. Clutterbuck's "
            "developmental mentoring puts the mentee's agenda first; I did the opposite.",
            "learning": "Silence is part of the session. An agreement means little if only "
            "one of us spoke.",
            "action": "Next session I will open with a question and count to five before I "
            "fill a silence. I will ask my supervisor to observe one session.",
        },
    ),
    (
        "Handling a disclosure calmly",
        {
            "experience": "At the end of a session a mentee told me about money worries that "
            "were affecting their sleep and attendance.",
            "feelings": "I felt worried for them and anxious to say the right thing.",
            "evaluation": "I listened, did not promise confidentiality, and explained what I "
            "would do next. I informed the safeguarding lead the same day.",
            "analysis": "The organisation's safeguarding procedure gave me words to use; the "
            "refresher course last spring made the steps familiar.",
            "learning": "Knowing the procedure by heart lets me stay present with the person.",
            "action": "Keep the referral routes card in my notebook and review it each term.",
        },
    ),
    (
        "Using GROW with a reluctant mentee",
        {
            "experience": "I used GROW with a mentee who said they had no goals for the month.",
            "feelings": "Frustrated at first, then curious about why.",
            "evaluation": "The Reality stage opened up: they felt stuck on a task at work.",
            "analysis": "Starting from Goal assumed a readiness that was not there. Starting "
            "from Reality met them where they were.",
            "learning": "A model is a map, not a script; the order can change.",
            "action": "Try starting with Reality when a mentee seems disengaged, and note "
            "what happens.",
        },
    ),
    (
        "Feedback that landed badly",
        {
            "experience": "I gave feedback on a work product in a busy corridor.",
            "feelings": "Embarrassed when I saw the reaction.",
            "evaluation": "The content was fair; the place and timing were not.",
            "analysis": "Feedback needs privacy and time. I had prioritised speed over the "
            "relationship.",
            "learning": "Where and when I give feedback matters as much as what I say.",
            "action": "Agree with each mentee how and where they prefer feedback, and write "
            "it into the mentoring contract at its next revision.",
        },
    ),
    (
        "A remote session that worked",
        {
            "experience": "A video session with a mentee on night shifts, at the start of "
            "their shift.",
            "feelings": "Doubtful beforehand, pleased afterwards.",
            "evaluation": "We kept to time, shared a screen to look at the portfolio and "
            "avoided a long drive.",
            "analysis": "Remote works when the agenda is concrete and both can see the same "
            "document.",
            "learning": "Choose the mode by the purpose of the session, not by habit.",
            "action": "Offer remote sessions for portfolio reviews; keep face to face for "
            "sessions about wellbeing.",
        },
    ),
    (
        "Noticing my own assumptions",
        {
            "experience": "I assumed a mentee would want to move into a team leader role.",
            "feelings": "Surprised when they said they did not.",
            "evaluation": "My question steered the goal-setting towards my idea of success.",
            "analysis": "My own values about progression showed in my questions. Brookfield's "
            "autobiographical lens helps me notice this.",
            "learning": "Check my assumptions aloud: ask, then listen.",
            "action": "Use open questions about what success means before setting goals.",
        },
    ),
]

VALUES = [
    ("Respect", ["respect", "dignity", "listen", "listened"]),
    ("Honesty", ["honest", "honesty", "open", "openly"]),
    ("Curiosity", ["curious", "curiosity", "question", "questions"]),
    ("Patience", ["patient", "patience", "silence"]),
    ("Courage", ["courage", "brave", "challenge"]),
]
STATEMENT = (
    "I mentor because someone once made time for me. I believe every apprentice can grow "
    "when they are respected, listened to and challenged kindly. I try to be honest about "
    "what I see, curious about what I do not, and patient with progress that takes time."
)


def _texts(model_key: str, ideas: dict[str, str]) -> dict[str, str]:
    """Each stage of the model gets the words of the ideas it maps (each idea once)."""
    model = reflection_models.get(model_key)
    used: set[str] = set()
    texts = {}
    for stage in model.stages:
        words = [ideas[c] for c in stage.maps if c in ideas and c not in used]
        used |= set(stage.maps)
        if words:
            texts[stage.key] = "\n\n".join(words)
    return texts


def _ksbs(db: Session) -> list[int]:
    from mentordesk.vault.models import Ksb

    standard = mentor_standard_id(db)
    return list(
        db.scalars(select(Ksb.id).where(Ksb.standard_id == standard, Ksb.code.in_(MENTOR_KSBS)))
    )


def write_reflections(
    db: Session,
    count: int,
    held: list[tuple[int, date]],  # (session id, day) of sessions held
    anchor: date,
    seed: int,
    progress: Progress | None = None,
) -> list[int]:
    """``count`` reflections over the year before ``anchor``: about one in three from a
    session, one in four left as a draft; returns their ids."""
    rng = random.Random(seed)
    ksbs = _ksbs(db)
    ids = []
    for n in range(count):
        title, ideas = ACCOUNTS[n % len(ACCOUNTS)]
        model = MODELS[n % len(MODELS)]
        day = anchor - timedelta(days=rng.randint(1, 360))
        draft = ReflectionDraft(title=title, occurred_on=day, model=model)
        if held and n % 3 == 0:
            sid, held_on = held[rng.randrange(len(held))]
            seeded = reflections.from_session(db, sid)
            draft = ReflectionDraft(
                title=title,
                occurred_on=held_on,
                model=model,
                mentee_id=seeded.mentee_id,
                session_ids=seeded.session_ids,
            )
            day = held_on
        draft.texts = _texts(model, ideas)
        draft.ksb_ids = rng.sample(ksbs, min(2, len(ksbs)))
        rid = reflections.save_draft(db, draft, today=anchor)
        if n % 4 != 3:
            at = datetime.combine(min(day + timedelta(days=1), anchor), time(17, 30), tzinfo=UTC)
            try:
                reflections.finalise(db, rid, draft, now=at)
            except NamesPeople:
                pass  # left as a draft, as a mentor would until they fix the words
        ids.append(rid)
        if progress:
            progress(n + 1, count, "Writing the demo's reflections")
    return ids


SUPERVISION = [
    (
        "Caseload and a boundary question",
        "How I hold boundaries when a mentee messages me out of hours.",
        "Good use of contracting; keep notes shorter.",
        "Agree message hours at each contract's next revision",
    ),
    (
        "Feedback and assessment",
        "Whether I soften feedback too much with mentees who are anxious.",
        "Name the strength first, then one thing to change.",
        "Observe a colleague giving feedback",
    ),
    (
        "My own wellbeing",
        "Balancing shifts and mentoring time; what I can say no to.",
        "Protect one afternoon a month for notes and reflection.",
        "Block the last Friday afternoon of each month",
    ),
]


def write_supervision(
    db: Session, anchor: date, reflection_ids: list[int], progress: Progress | None = None
) -> list[int]:
    """A year of monthly supervision, one action agreed at each (the older ones done), each
    linked to a reflection written before it."""
    from mentordesk.services import supervision
    from mentordesk.vault.enums import SupervisionKind

    ids = []
    for n in range(12):
        held = anchor - timedelta(days=30 * n + 5)
        themes, discussed, feedback, action = SUPERVISION[n % len(SUPERVISION)]
        kind = SupervisionKind.GROUP if n % 4 == 2 else SupervisionKind.ONE_TO_ONE
        draft = supervision.SupervisionDraft(
            held_on=held,
            supervisor=("Dr Helen Marsh", "Gareth Pryce")[n % 2],
            kind=kind,
            duration_minutes=90 if kind is SupervisionKind.GROUP else 60,
            topics=themes,
            discussed=discussed,
            feedback=feedback,
            wellbeing="Busy month but coping well.",
            actions=[supervision.AgreedAction(action, due_date=held + timedelta(days=28))],
            reflection_ids=reflection_ids[n : n + 1],
        )
        at = datetime.combine(held, time(16, 0), tzinfo=UTC)
        sid = supervision.create(db, draft, today=anchor, now=at)
        ids.append(sid)
        if n >= 2:
            for item in supervision.get(db, sid).actions:
                if item.id is not None:
                    supervision.close_action(db, item.id, now=at + timedelta(days=20))
        if progress:
            progress(n + 1, 12, "Writing the demo's supervision")
    return ids


def write_reading(db: Session, anchor: date) -> None:
    """A few sources of the standard's list read, with notes and hours, one being read, and
    one of the mentor's own."""
    from mentordesk.services import reading
    from mentordesk.vault.enums import ReadingStatus

    rows = [r for g in reading.reading_log(db) if g.duty for r in g.rows]
    firsts = list({r.title: r for r in reversed(rows)}.values())[::-1]  # each source once
    for n, row in enumerate(firsts[:4]):
        draft = reading.ReadingDraft(
            title=row.title,
            source=row.source,
            status=ReadingStatus.READ,
            read_on=anchor - timedelta(days=40 * (n + 1)),
            hours=1.5,
            notes="Read the sections on questioning and on feedback.",
            changed_practice="I now plan two open questions before each session.",
        )
        reading.save(db, draft, today=anchor, item_id=row.item_id)
    if len(firsts) > 4:
        reading.mark(db, ReadingStatus.READING, today=anchor, item_id=firsts[4].item_id)
    reading.save(
        db,
        reading.ReadingDraft(
            "Clutterbuck, D. (2014) Everyone Needs a Mentor, 5th edn. CIPD",
            status=ReadingStatus.READ,
            read_on=anchor - timedelta(days=90),
            hours=6,
            notes="Developmental mentoring: the mentee's agenda first.",
            changed_practice="I open sessions by asking what the mentee wants from them.",
        ),
        today=anchor,
    )


def write_values(db: Session, anchor: date) -> None:
    """Two versions of the values statement: a first one a year ago, and today's."""
    from mentordesk.services import values

    first = values.ValuesDraft(
        STATEMENT.split(". ")[0] + ".", [values.Value(n, tuple(w)) for n, w in VALUES[:3]]
    )
    values.save_version(db, first, today=anchor - timedelta(days=365))
    latest = values.ValuesDraft(STATEMENT, [values.Value(n, tuple(w)) for n, w in VALUES])
    values.save_version(db, latest, today=anchor)


def write_cpd(db: Session, count: int, anchor: date, seed: int) -> None:
    """``count`` CPD activities over two years, tagged with the mentor's KSBs, one with an
    evidence file. The supervision and reading hours are left for the mentor's one click."""
    from mentordesk.services import cpd
    from mentordesk.services.demo import content

    rng = random.Random(seed)
    ksbs = _ksbs(db)
    together = {"course", "webinar", "observation", "meeting", "conference"}
    first = None
    for n in range(count):
        title, kind, hours, provider = content.CPD_ACTIVITIES[n % len(content.CPD_ACTIVITIES)]
        day = anchor - timedelta(days=rng.randint(1, 700))
        draft = cpd.CpdDraft(
            day,
            title,
            kind,
            hours,
            participatory=kind in together,
            provider=provider or "",
            what_i_learned="New ways to structure a session and ask better questions.",
            impact_on_practice="Tried it with two mentees the following week.",
            ksb_ids=tuple(rng.sample(ksbs, min(2, len(ksbs)))),
        )
        entry = cpd.create(db, draft)
        first = first or entry
    if first is not None:
        note = b"Certificate of attendance: Safeguarding refresher (level 2), 3 hours."
        cpd.add_file(db, first, "certificate.txt", note)
