"""The demo's sessions and reviews, planned, recorded and signed through the services a
mentor uses, with every session model."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy.orm import Session

from mentordesk.services import session_models, sessions
from mentordesk.services.demo import content as words
from mentordesk.services.reviews import store as reviews
from mentordesk.services.sessions import ActionDraft, SessionPlan, SessionRecord
from mentordesk.services.signatures import SignatureData
from mentordesk.vault.enums import (
    ActionStatus,
    Attendance,
    MeetingMode,
    Rag,
    SignatureMethod,
    SignerRole,
)
from mentordesk.words import QT_TRANSLATE_NOOP

Progress = Callable[[int, int, str], None]
FEEDBACK = "Specific praise for progress on the last action."
CANCEL_REASON = "Mentee on sick leave"
ENGLISH = "Achieved level 2"
REVIEW_TEXT = {
    "progress_summary": "Steady progress; evidence is building for the skills.",
    "wellbeing_check": "Reports feeling well supported.",
    "safeguarding_check": "No concerns raised.",
    "epa_readiness": "Not yet: portfolio about half complete.",
    "smart_targets": "Map two more observations to the skills by the next review\n"
    "Complete a reflective account of a mentoring conversation that was hard",
    "comments_mentee": "The sessions help me plan my week.",
}
PLAN = "Check in, review last actions, focus topic, agree next steps."


@dataclass
class SessionSpec:
    mentee_id: int
    starts_at: datetime
    minutes: int
    mode: MeetingMode
    location: str
    model: str
    topic: str
    words: dict[str, str]  # feeling, attempt, action, options
    state: str  # planned, held, cancelled, quick (a quick note not yet completed), no_show
    planned_ksbs: list[int]
    evidenced_ksbs: list[int]
    goal_number: int | None
    uid: str
    action_closed_after: int | None = None  # days after the session, or None: still open
    amend: bool = False
    questioning: list[str] = field(default_factory=list)
    # Off-the-job hours the mentee logged since the last session, as checked at this one.
    otj_logged: float | None = None

    @property
    def notes(self) -> dict[str, str]:
        """What the mentor wrote at each stage of the session's model."""
        return {
            s.key: words.STAGE_NOTES.get(s.key, "Discussed {topic}.").format(
                topic=self.topic, **self.words
            )
            for s in session_models.get(self.model).stages
        }

    @property
    def otj_hours(self) -> float:
        if self.otj_logged is not None:
            return self.otj_logged
        return round(self.minutes / 60 * 2) / 2 or 0.5

    @property
    def travel_avoided_km(self) -> float:
        return float(12 + len(self.topic)) if self.mode is not MeetingMode.IN_PERSON else 0.0

    def goals_in(self, goal_ids: dict[int, list[int]]) -> list[int]:
        """The goal this session works on, once the contract's goals exist."""
        goals = goal_ids.get(self.mentee_id)
        if not goals or self.goal_number is None:
            return []
        return [goals[self.goal_number % len(goals)]]

    @property
    def ended(self) -> datetime:
        """When the record was written up: two hours after the session ended."""
        return self.starts_at + timedelta(minutes=self.minutes, hours=2)

    @property
    def objectives(self) -> str:
        return f"Work on {self.topic}."

    @property
    def action(self) -> str:
        return self.words["action"].capitalize()


@dataclass
class ReviewSpec:
    mentee_id: int
    held_on: date
    mentee: str
    employer_contact: str
    rags: list[Rag]
    maths: str
    employer_comment: str = "Good progress in the team."


def conduct(
    db: Session,
    specs: list[SessionSpec],
    goal_ids: dict[int, list[int]],
    progress: Progress | None = None,
) -> list[int]:
    """Plan every session, then record, cancel or leave it as its spec says; returns ids."""
    ids = []
    for n, spec in enumerate(specs):
        plan = SessionPlan(
            spec.mentee_id,
            spec.starts_at,
            spec.minutes,
            spec.mode,
            location=spec.location,
            model=spec.model,
            objectives=spec.objectives,
            plan=PLAN,
            goal_ids=spec.goals_in(goal_ids),
            ksb_ids=spec.planned_ksbs,
        )
        sid = sessions.plan(db, plan, ics_uid=spec.uid)
        ids.append(sid)
        if spec.state == "cancelled":
            sessions.cancel(db, sid, CANCEL_REASON)
        elif spec.state == "quick":
            sessions.quick_note(
                db,
                sid,
                f"Talked about {spec.topic}.",
                [ActionDraft(spec.action)],
            )
        elif spec.state in ("held", "no_show"):
            _record(db, sid, spec)
        if n % 100 == 99:
            _settle(db)
            if progress:
                progress(n, len(specs), QT_TRANSLATE_NOOP("words", "Recording sessions"))
    return ids


def _record(db: Session, sid: int, spec: SessionSpec) -> None:
    ended = spec.ended
    for action in sessions.open_actions_before(db, sid):
        if (
            action.session_id is not None
            and action.due_date
            and action.due_date < spec.starts_at.date()
        ):
            sessions.set_action_status(
                db, action.id, ActionStatus.DONE, "Done and discussed at this session.", now=ended
            )
    if spec.state == "no_show":
        rec = SessionRecord(Attendance.NO_SHOW, spec.mode, spec.minutes, spec.model, {})
        sessions.record(db, sid, rec, final=True, now=ended)
        return
    rec = SessionRecord(
        attendance=Attendance.ATTENDED,
        mode=spec.mode,
        duration_minutes=spec.minutes,
        model=spec.model,
        notes=spec.notes,
        questioning=spec.questioning,
        feedback_given=FEEDBACK,
        actions=[ActionDraft(spec.action, "Mentee", spec.starts_at.date() + timedelta(days=14))],
        ksb_ids=spec.evidenced_ksbs,
        otj_hours=spec.otj_hours,
        travel_avoided_km=spec.travel_avoided_km,
    )
    sessions.record(db, sid, rec, final=True, now=ended)
    if spec.amend:
        rec.otj_hours += 0.5
        sessions.amend(
            db,
            sid,
            rec,
            "Off-the-job hours under-counted: preparation time",
            now=ended + timedelta(days=2),
        )


def hold_reviews(
    db: Session, specs: list[ReviewSpec], mentor: str, progress: Progress | None = None
) -> list[int]:
    """Each review pre-filled from the records, completed, and signed by all three."""
    ids = []
    for n, spec in enumerate(specs):
        when = datetime.combine(spec.held_on, time(15, 0), tzinfo=UTC)
        previous = reviews.last_final(db, spec.mentee_id, before=spec.held_on)
        d = reviews.prefill(db, spec.mentee_id, spec.held_on)
        for status, rag in zip(d.ksb_statuses, spec.rags, strict=False):
            if rag is not None:
                status.rag = rag
        for name, text in REVIEW_TEXT.items():
            setattr(d, name, text)
        d.comments_employer = spec.employer_comment
        d.english_status = d.english_status or ENGLISH
        d.maths_status = spec.maths
        signatures = [
            SignatureData(SignerRole.MENTEE, spec.mentee, SignatureMethod.TYPED, None, when),
            SignatureData(
                SignerRole.EMPLOYER, spec.employer_contact, SignatureMethod.TYPED, None, when
            ),
            SignatureData(SignerRole.MENTOR, mentor, SignatureMethod.TYPED, None, when),
        ]
        if previous is not None:  # the last review's targets are met by this one
            for action in previous_targets(db, previous.id):
                sessions.set_action_status(db, action, ActionStatus.DONE, "Met", now=when)
        ids.append(reviews.sign(db, None, d, signatures, now=when))
        if n % 50 == 49:
            _settle(db)
            if progress:
                progress(n, len(specs), QT_TRANSLATE_NOOP("words", "Holding progress reviews"))
    return ids


def _settle(db: Session) -> None:
    """Write what is pending and let go of it: every flush looks at every object held, so a
    long run in one transaction would otherwise slow down as it goes."""
    db.flush()
    db.expunge_all()


def previous_targets(db: Session, review_id: int) -> list[int]:
    from sqlalchemy import select

    from mentordesk.vault.models import ActionItem

    return list(
        db.scalars(
            select(ActionItem.id).where(
                ActionItem.review_id == review_id, ActionItem.status == ActionStatus.OPEN
            )
        )
    )
