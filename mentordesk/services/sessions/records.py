"""Conducting and recording a session: notes by the model's stages, actions, KSB evidence,
off-the-job hours; a quick note to complete later; the lock once final, then amendments."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from mentordesk import words
from mentordesk.errors import ValidationError
from mentordesk.services import session_models
from mentordesk.services.sessions.planning import MAX_MINUTES, SessionError, get
from mentordesk.services.stored import day_end, day_start, stored
from mentordesk.vault.enums import ActionStatus, Attendance, MeetingMode, SessionStatus

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from mentordesk.vault.models import MentoringSession

QUESTIONING_TECHNIQUES = words.QUESTIONING_TECHNIQUES  # stored in English, as listed there
EVIDENCE_KIND = "session"
EVIDENCE_DESCRIPTION = "Evidenced during the mentoring session."


def evidence_title(day: date) -> str:
    return f"Mentoring session, {day:%d %b %Y}"


class SessionLocked(SessionError):
    """The session is final: changes are amendments, with a reason."""


@dataclass
class ActionDraft:
    description: str
    owner: str = "Mentee"
    due_date: date | None = None
    id: int | None = None  # set for an action already stored


@dataclass
class SessionRecord:
    attendance: Attendance = Attendance.ATTENDED
    mode: MeetingMode = MeetingMode.IN_PERSON
    duration_minutes: int = 60
    model: str = session_models.FREE
    notes: dict[str, str] = field(default_factory=dict)  # stage key -> text
    questioning: list[str] = field(default_factory=list)
    feedback_given: str = ""
    actions: list[ActionDraft] = field(default_factory=list)
    ksb_ids: list[int] = field(default_factory=list)  # KSBs evidenced
    otj_hours: float = 0.0
    travel_avoided_km: float = 0.0
    quick_note: bool = False


@dataclass(frozen=True)
class ActionRow:
    id: int
    description: str
    owner: str
    due_date: date | None
    status: ActionStatus
    session_id: int | None
    outcome: str


# -- reading ------------------------------------------------------------------------------
def _evidence_item(db: Session, session: MentoringSession):
    from mentordesk.vault.models import EvidenceItem

    return db.scalars(
        select(EvidenceItem).where(
            EvidenceItem.session_id == session.id,
            EvidenceItem.mentee_id == session.mentee_id,
            EvidenceItem.kind == EVIDENCE_KIND,
        )
    ).first()


def evidenced_ksbs(db: Session, session_id: int) -> list[int]:
    item = _evidence_item(db, get(db, session_id))
    return sorted(link.ksb_id for link in item.links) if item else []


def record_of(db: Session, session_id: int) -> SessionRecord:
    """The session as recorded so far (a planned one gives its planned mode and length)."""
    s = get(db, session_id)
    return SessionRecord(
        attendance=s.attendance or Attendance.ATTENDED,
        mode=s.mode,
        duration_minutes=s.duration_minutes,
        model=s.model,
        notes=dict(s.notes_by_stage or {}),
        questioning=[q for q in (s.questioning_techniques or "").split("; ") if q],
        feedback_given=s.feedback_given or "",
        actions=[
            ActionDraft(a.description, a.owner or "", a.due_date, a.id)
            for a in sorted(s.actions, key=lambda a: a.id)
        ],
        ksb_ids=evidenced_ksbs(db, session_id),
        otj_hours=s.otj_hours,
        travel_avoided_km=s.travel_avoided_km,
        quick_note=s.quick_note,
    )


def _action_row(a) -> ActionRow:
    return ActionRow(
        a.id, a.description, a.owner or "", a.due_date, a.status, a.session_id, a.outcome or ""
    )


def open_actions_before(db: Session, session_id: int) -> list[ActionRow]:
    """The mentee's open actions agreed before this session (at sessions or reviews)."""
    from mentordesk.vault.models import ActionItem, MentoringSession, ProgressReview

    s = get(db, session_id)
    earlier = select(MentoringSession.id).where(
        MentoringSession.mentee_id == s.mentee_id, MentoringSession.starts_at < s.starts_at
    )
    reviews = select(ProgressReview.id).where(
        ProgressReview.mentee_id == s.mentee_id,
        ProgressReview.held_on <= s.starts_at.astimezone().date(),
    )
    loose = ActionItem.session_id.is_(None) & ActionItem.review_id.is_(None)
    rows = db.scalars(
        select(ActionItem)
        .where(
            ActionItem.mentee_id == s.mentee_id,
            ActionItem.status == ActionStatus.OPEN,
            ActionItem.session_id.in_(earlier)
            | ActionItem.review_id.in_(reviews)
            | (loose & (ActionItem.created_at < s.starts_at)),
        )
        .order_by(ActionItem.due_date.is_(None), ActionItem.due_date, ActionItem.id)
    )
    return [_action_row(a) for a in rows]


def previous_session(db: Session, session_id: int) -> int | None:
    from mentordesk.vault.models import MentoringSession

    s = get(db, session_id)
    return db.scalar(
        select(MentoringSession.id)
        .where(
            MentoringSession.mentee_id == s.mentee_id,
            MentoringSession.starts_at < s.starts_at,
            MentoringSession.status == SessionStatus.HELD,
        )
        .order_by(MentoringSession.starts_at.desc())
        .limit(1)
    )


def set_action_status(
    db: Session,
    action_id: int,
    status: ActionStatus,
    outcome: str = "",
    *,
    now: datetime,
) -> tuple[ActionStatus, str]:
    """Close (done or dropped) or reopen an action; returns what it was, for undo."""
    from mentordesk.vault.models import ActionItem

    action = db.get(ActionItem, action_id)
    if action is None:
        raise SessionError("That action no longer exists.")
    before = (action.status, action.outcome or "")
    action.status = status
    action.outcome = outcome.strip() or None
    action.closed_at = None if status is ActionStatus.OPEN else now
    db.flush()
    return before


# -- writing ------------------------------------------------------------------------------
def check_due_dates(actions: Sequence[ActionDraft], session_day: date) -> None:
    """Every action falls due on or after the day it was agreed."""
    for a in actions:
        if a.due_date is not None and a.due_date < session_day:
            raise ValidationError(
                "actions",
                f"The action “{a.description.strip()}” is due on {a.due_date:%d %b %Y}, before "
                f"the session on {session_day:%d %b %Y}; give it a date on or after the session.",
            )


def check(rec: SessionRecord, *, final: bool, session_day: date | None = None) -> None:
    """The record makes sense (and, when ``final``, is complete); actions are due on or
    after ``session_day``, the local day the session was held."""
    if not 5 <= rec.duration_minutes <= MAX_MINUTES:
        raise ValidationError("duration", "A session lasts between 5 minutes and 8 hours.")
    if rec.otj_hours < 0 or rec.otj_hours > 24:
        raise ValidationError("otj_hours", "Off-the-job hours must be between 0 and 24.")
    if rec.travel_avoided_km < 0:
        raise ValidationError("travel", "Travel avoided cannot be negative.")
    if rec.travel_avoided_km and rec.mode is MeetingMode.IN_PERSON:
        raise ValidationError(
            "travel", "Travel avoided is counted for remote and phone sessions only."
        )
    if rec.attendance is Attendance.NO_SHOW and (rec.otj_hours or rec.ksb_ids):
        raise ValidationError(
            "attendance", "A session the mentee did not attend has no hours and no evidence."
        )
    if rec.model not in session_models.all_models():
        raise ValidationError("model", f"There is no session model called “{rec.model}”.")
    for a in rec.actions:
        if not a.description.strip():
            raise ValidationError("actions", "Every action needs a description.")
    if session_day is not None:
        check_due_dates(rec.actions, session_day)
    if final:
        if rec.quick_note:
            raise ValidationError(
                "quick_note", "Complete the quick note (untick Quick note) before marking final."
            )
        if rec.attendance is not Attendance.NO_SHOW and not any(
            t.strip() for t in rec.notes.values()
        ):
            raise ValidationError(
                "notes", "Write notes for at least one stage before marking final."
            )


def _apply(db: Session, s: MentoringSession, rec: SessionRecord, when: date) -> None:
    from mentordesk.vault.models import ActionItem, EvidenceItem, EvidenceKsbLink

    s.status = SessionStatus.HELD
    s.attendance = rec.attendance
    s.mode = rec.mode
    s.duration_minutes = rec.duration_minutes
    s.model = rec.model
    stage_keys = {st.key for st in session_models.get(rec.model).stages}
    s.notes_by_stage = {
        k: v.strip() for k, v in rec.notes.items() if v.strip() and k in stage_keys
    } or None
    s.questioning_techniques = "; ".join(rec.questioning) or None
    s.feedback_given = rec.feedback_given.strip() or None
    s.otj_hours = float(rec.otj_hours)
    s.travel_avoided_km = float(rec.travel_avoided_km)
    s.quick_note = rec.quick_note

    kept = {a.id for a in rec.actions if a.id is not None}
    existing = {a.id: a for a in s.actions}
    for aid, action in existing.items():
        if aid not in kept:
            db.delete(action)
    for a in rec.actions:
        row = existing.get(a.id) if a.id is not None else None
        if row is None:
            row = ActionItem(mentee_id=s.mentee_id, session=s, status=ActionStatus.OPEN)
            db.add(row)
        row.description = a.description.strip()
        row.owner = a.owner.strip() or None
        row.due_date = a.due_date

    item = _evidence_item(db, s)
    if rec.ksb_ids:
        if item is None:
            item = EvidenceItem(
                mentee_id=s.mentee_id,
                session_id=s.id,
                kind=EVIDENCE_KIND,
                title=evidence_title(when),
                description=EVIDENCE_DESCRIPTION,
                occurred_on=when,
            )
            db.add(item)
        have = {link.ksb_id: link for link in item.links}
        item.links = [have.get(k) or EvidenceKsbLink(ksb_id=k) for k in sorted(set(rec.ksb_ids))]
    elif item is not None:
        db.delete(item)


def record(
    db: Session,
    session_id: int,
    rec: SessionRecord,
    *,
    final: bool = False,
    now: datetime | None = None,
) -> None:
    """Save what happened at the session; ``final`` locks it, stamped ``now``."""
    if final and now is None:
        raise ValueError("a record made final needs the moment it was made final")
    s = get(db, session_id)
    if s.is_final:
        raise SessionLocked("This session is final; make an amendment with a reason instead.")
    if s.status is SessionStatus.CANCELLED:
        raise SessionError("This session was cancelled; restore it before recording it.")
    day = s.starts_at.astimezone().date()
    check(rec, final=final, session_day=day)
    _apply(db, s, rec, day)
    if final:
        s.is_final = True
        s.finalised_at = now
    db.flush()


def quick_note(
    db: Session, session_id: int, note: str, actions: Sequence[ActionDraft] = ()
) -> None:
    """The essentials in a few seconds: attended, one note, any actions; completed later."""
    s = get(db, session_id)
    rec = record_of(db, session_id)
    first_stage = session_models.get(s.model).stages[0].key
    rec.notes = {**rec.notes, first_stage: note}
    rec.actions = [*rec.actions, *actions]
    rec.quick_note = True
    record(db, session_id, rec)


def _describe(rec: SessionRecord) -> dict[str, str]:
    """A record as field -> readable text, to compare for amendments."""
    out = {}
    for f in fields(SessionRecord):
        value = getattr(rec, f.name)
        if f.name == "actions":
            value = "; ".join(
                f"{a.description} ({a.owner or 'no owner'}"
                + (f", by {a.due_date:%d %b %Y})" if a.due_date else ")")
                for a in value
            )
        elif f.name == "notes":
            value = "\n".join(f"{k}: {v}" for k, v in sorted(value.items()) if v.strip())
        elif isinstance(value, list):
            value = ", ".join(str(v) for v in sorted(value))
        elif hasattr(value, "value"):
            value = value.value
        elif isinstance(value, int | float) and not isinstance(value, bool):
            value = f"{float(value):g}"
        out[f.name] = str(value)
    return out


def amend(
    db: Session, session_id: int, rec: SessionRecord, reason: str, *, now: datetime
) -> dict[str, dict[str, str]]:
    """Change a final session: the change is applied and kept, with its time and reason."""
    from mentordesk.vault.models import SessionAmendment

    s = get(db, session_id)
    if not s.is_final:
        raise SessionError("This session is not final yet; edit the record directly.")
    if not reason.strip():
        raise ValidationError("reason", "Give a reason for the amendment.")
    day = s.starts_at.astimezone().date()
    check(rec, final=True, session_day=day)
    before, after = _describe(record_of(db, session_id)), _describe(rec)
    changes = {k: {"from": before[k], "to": after[k]} for k in after if before[k] != after[k]}
    if not changes:
        raise ValidationError("amendment", "Nothing has changed, so there is nothing to amend.")
    _apply(db, s, rec, day)
    s.amendments.append(SessionAmendment(made_at=now, reason=reason.strip(), changes=changes))
    db.flush()
    return changes


@dataclass(frozen=True)
class Amendment:
    made_at: datetime
    reason: str
    changes: dict[str, dict[str, str]]


def amendments(db: Session, session_id: int) -> list[Amendment]:
    return [Amendment(a.made_at, a.reason, a.changes) for a in get(db, session_id).amendments]


# -- totals -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Totals:
    sessions_held: int
    minutes: int
    otj_hours: float
    travel_avoided_km: float


def totals(conn, mentee_id: int, start: date, end: date) -> Totals:
    """Held sessions of a mentee from ``start`` up to and including ``end`` (local days)."""
    row = conn.execute(
        """SELECT count(*), coalesce(sum(duration_minutes), 0), coalesce(sum(otj_hours), 0),
                  coalesce(sum(travel_avoided_km), 0)
           FROM mentoring_session
           WHERE mentee_id = ? AND status = ? AND starts_at >= ? AND starts_at <= ?""",
        (mentee_id, SessionStatus.HELD.value, stored(day_start(start)), stored(day_end(end))),
    ).fetchone()
    return Totals(int(row[0]), int(row[1]), round(float(row[2]), 2), round(float(row[3]), 1))


@dataclass(frozen=True)
class RecordForm:
    """Everything the session record screen shows, read in one go."""

    record: SessionRecord
    open_actions: list[ActionRow]
    amendments: list[Amendment]
    is_final: bool
    mentee_name: str
    starts_at: datetime
    objectives: str
    planned_ksb_ids: frozenset[int]
    ksb_choices: list[tuple[int, str]]
    next_session_on: date | None = None  # the mentee's next session after this one, if any

    @property
    def session_day(self) -> date:
        """The local day of the session: no action agreed at it falls due before."""
        return self.starts_at.astimezone().date()

    @property
    def default_due(self) -> date:
        """When a new action falls due unless changed: by the next session, else a
        fortnight after this one."""
        return self.next_session_on or self.session_day + timedelta(days=14)


def next_session_on(db: Session, session_id: int) -> date | None:
    """The local day of the mentee's next session (planned or held) after this one."""
    from mentordesk.vault.models import MentoringSession

    s = get(db, session_id)
    starts = db.scalar(
        select(MentoringSession.starts_at)
        .where(
            MentoringSession.mentee_id == s.mentee_id,
            MentoringSession.starts_at > s.starts_at,
            MentoringSession.status != SessionStatus.CANCELLED,
        )
        .order_by(MentoringSession.starts_at)
        .limit(1)
    )
    return starts.astimezone().date() if starts is not None else None


def record_form(db: Session, session_id: int) -> RecordForm:
    from mentordesk.services import contracts

    s = get(db, session_id)
    return RecordForm(
        record=record_of(db, session_id),
        open_actions=open_actions_before(db, session_id),
        amendments=amendments(db, session_id),
        is_final=s.is_final,
        mentee_name=s.mentee.display_name,
        starts_at=s.starts_at,
        objectives=s.objectives or "",
        planned_ksb_ids=frozenset(k.id for k in s.ksbs),
        ksb_choices=[(k.id, k.label) for k in contracts.ksb_choices(db, s.mentee.standard_id)],
        next_session_on=next_session_on(db, session_id),
    )
