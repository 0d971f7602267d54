"""Plain rows of each kind of record, for one mentee and one period: the columns of the CSV
files, and the objects of the JSON files, of an export.

Each function returns ``(header, rows, objects)``: the CSV header, one list per CSV row
(texts joined with "; "), and one dict per record for JSON (lists kept as lists). Only
the columns named here leave the vault.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from mentordesk import words
from mentordesk.services import session_models
from mentordesk.services.disclosure.choice import EmployerChoice
from mentordesk.vault.enums import SupervisionKind
from mentordesk.vault.models import (
    ActionItem,
    ChronologyEntry,
    EvidenceItem,
    EvidenceKsbLink,
    Mentee,
    MentoringSession,
    Reflection,
    SafeguardingConcern,
    SessionStatus,
    SupervisionRecord,
    reflection_session,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Table = tuple[list[str], list[list[Any]], list[dict[str, Any]]]


def _table(objects: list[dict[str, Any]], header: Sequence[str]) -> Table:
    def flat(value: Any) -> Any:
        if isinstance(value, list):
            return "; ".join(str(flat(v)) for v in value)
        if isinstance(value, dict):
            return "; ".join(f"{k}: {v}" for k, v in value.items() if v not in (None, ""))
        if isinstance(value, datetime):
            return value.astimezone().isoformat(timespec="minutes")
        if hasattr(value, "isoformat"):
            return value.isoformat()
        return value

    return list(header), [[flat(o.get(h)) for h in header] for o in objects], objects


def _local(moment: datetime | None) -> datetime | None:
    return moment.astimezone() if moment is not None else None


def _listed(text: str | None) -> list[str]:
    return [part for part in (text or "").split("; ") if part]


def _label(value: Any) -> str | None:
    return words.label(value) if value is not None else None


# -- sessions and hours ---------------------------------------------------------------------
def _sessions(db: Session, mentee_id: int, choice: EmployerChoice) -> list[MentoringSession]:
    rows = db.scalars(
        select(MentoringSession)
        .where(MentoringSession.mentee_id == mentee_id)
        .options(selectinload(MentoringSession.actions))
        .order_by(MentoringSession.starts_at, MentoringSession.id)
    )
    return [s for s in rows if choice.in_period(s.starts_at.astimezone().date())]


def _evidenced(db: Session, session_ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    if not session_ids:
        return found
    links = db.scalars(
        select(EvidenceKsbLink)
        .join(EvidenceItem)
        .where(EvidenceItem.session_id.in_(session_ids), EvidenceItem.kind == "session")
        .options(selectinload(EvidenceKsbLink.ksb), selectinload(EvidenceKsbLink.evidence))
    )
    for link in links:
        session_id = link.evidence.session_id
        assert session_id is not None  # selected by it
        found.setdefault(session_id, []).append(link.ksb.code)
    return {k: sorted(v, key=_code_order) for k, v in found.items()}


def _code_order(code: str) -> tuple[int, int, str]:
    head, digits = code[:1], code[1:]
    return ("KSB".find(head), int(digits) if digits.isdigit() else 0, code)


SESSION_COLUMNS = [
    "id",
    "starts_at",
    "duration_minutes",
    "status",
    "attendance",
    "mode",
    "title",
    "location",
    "model",
    "objectives",
    "questioning_techniques",
    "feedback_given",
    "ksbs_evidenced",
    "actions_agreed",
    "otj_hours",
    "final",
]
PRIVATE_COLUMNS = ["plan", "notes", "cancel_reason"]


def session_table(db: Session, mentee_id: int, choice: EmployerChoice) -> Table:
    """Session summaries; the mentor's plan, stage notes and reasons for cancelling only
    when private notes were chosen."""
    sessions = _sessions(db, mentee_id, choice)
    evidenced = _evidenced(db, [s.id for s in sessions])
    objects = []
    for s in sessions:
        model = session_models.get(s.model)
        row: dict[str, Any] = {
            "id": s.id,
            "starts_at": _local(s.starts_at),
            "duration_minutes": s.duration_minutes,
            "status": _label(s.status),
            "attendance": _label(s.attendance),
            "mode": _label(s.mode),
            "title": s.title,
            "location": s.location,
            "model": model.name,
            "objectives": s.objectives,
            "questioning_techniques": [
                q for q in (s.questioning_techniques or "").split("; ") if q
            ],
            "feedback_given": s.feedback_given,
            "ksbs_evidenced": evidenced.get(s.id, []),
            "actions_agreed": [
                {
                    "action": a.description,
                    "owner": a.owner,
                    "due": a.due_date,
                    "status": _label(a.status),
                }
                for a in sorted(s.actions, key=lambda a: a.id)
            ],
            "otj_hours": s.otj_hours,
            "final": s.is_final,
        }
        if choice.session_private_notes:
            row["plan"] = s.plan
            row["notes"] = {
                model.stage_title(key): text for key, text in (s.notes_by_stage or {}).items()
            }
            row["cancel_reason"] = s.cancel_reason
        objects.append(row)
    header = SESSION_COLUMNS + (PRIVATE_COLUMNS if choice.session_private_notes else [])
    headed, rows, _ = _table(objects, header)
    # Actions read better one a line in a spreadsheet cell than as "action: …; owner: …".
    at = header.index("actions_agreed")
    for cells, obj in zip(rows, objects, strict=True):
        cells[at] = "\n".join(
            f"{a['action']} ({a['owner'] or '-'}, due {a['due'] or '-'}, {a['status']})"
            for a in obj["actions_agreed"]
        )
    return headed, rows, objects


def hours_table(db: Session, mentee: Mentee, choice: EmployerChoice) -> tuple[Table, dict]:
    """Off-the-job hours recorded at held sessions in the period, and their totals."""
    sessions = [
        s
        for s in _sessions(db, mentee.id, choice)
        if s.status is SessionStatus.HELD and s.otj_hours > 0
    ]
    objects = [
        {
            "date": s.starts_at.astimezone().date(),
            "activity": s.title or "Mentoring session",
            "session_id": s.id,
            "hours": s.otj_hours,
        }
        for s in sessions
    ]
    totals = {
        "target_hours": mentee.effective_otj_target,  # less what prior learning removes
        "reduction_for_prior_learning": mentee.otj_reduction_hours or 0,
        "recorded_in_period": round(sum(s.otj_hours for s in sessions), 2),
        "sessions": len(sessions),
    }
    return _table(objects, ["date", "activity", "session_id", "hours"]), totals


# -- KSB evidence ----------------------------------------------------------------------------
def evidence_table(db: Session, mentee_id: int, choice: EmployerChoice) -> Table:
    """The KSB evidence index: each piece of evidence in the period and the KSBs it shows."""
    items = db.scalars(
        select(EvidenceItem)
        .where(EvidenceItem.mentee_id == mentee_id)
        .options(selectinload(EvidenceItem.links).selectinload(EvidenceKsbLink.ksb))
        .order_by(EvidenceItem.occurred_on, EvidenceItem.id)
    )
    objects = []
    for item in items:
        if not choice.in_period(item.occurred_on):
            continue
        links = sorted(item.links, key=lambda link: _code_order(link.ksb.code))
        objects.append(
            {
                "id": item.id,
                "date": item.occurred_on,
                "title": item.title,
                "kind": item.kind,
                "description": item.description,
                "session_id": item.session_id,
                "ksbs": [link.ksb.code for link in links],
                "ksb_details": [
                    {"code": link.ksb.code, "detail": link.ksb.detail, "comment": link.comment}
                    for link in links
                ],
            }
        )
    return _table(objects, ["id", "date", "title", "kind", "description", "session_id", "ksbs"])


# -- the sensitive kinds (only when ticked) -------------------------------------------------
def reflection_table(db: Session, mentee_id: int, choice: EmployerChoice) -> Table:
    """The mentor's reflections about this mentee or one of their sessions."""
    of_sessions = (
        select(reflection_session.c.reflection_id)
        .join(MentoringSession, MentoringSession.id == reflection_session.c.session_id)
        .where(MentoringSession.mentee_id == mentee_id)
    )
    items = db.scalars(
        select(Reflection)
        .where(or_(Reflection.mentee_id == mentee_id, Reflection.id.in_(of_sessions)))
        .order_by(Reflection.occurred_on, Reflection.id)
    )
    objects = [
        {
            "id": r.id,
            "date": r.occurred_on,
            "title": r.title,
            "model": r.model,
            "stages": dict(r.stages or {}),
            "from_an_earlier_model": r.carried or "",
            "final": r.finalised_at is not None,
        }
        for r in items
        if choice.in_period(r.occurred_on)
    ]
    return _table(
        objects, ["id", "date", "title", "model", "stages", "from_an_earlier_model", "final"]
    )


def supervision_table(db: Session, choice: EmployerChoice) -> Table:
    """The mentor's own supervision records in the period."""
    items = db.scalars(select(SupervisionRecord).order_by(SupervisionRecord.held_on))
    agreed: dict[int, list[str]] = {}
    for sid, description, status in db.execute(
        select(ActionItem.supervision_id, ActionItem.description, ActionItem.status)
        .where(ActionItem.supervision_id.isnot(None))
        .order_by(ActionItem.id)
    ):
        if sid is not None:
            agreed.setdefault(sid, []).append(f"{description} ({words.label(status).lower()})")
    objects = [  # what was discussed stays private: it is never shared
        {
            "id": r.id,
            "date": r.held_on,
            "supervisor": r.supervisor,
            "kind": words.label(r.kind or SupervisionKind.ONE_TO_ONE),
            "duration_minutes": r.duration_minutes,
            "topics": r.topics,
            "feedback": r.feedback,
            "actions": "; ".join([*([r.actions] if r.actions else []), *agreed.get(r.id, [])]),
            "wellbeing": r.wellbeing,
        }
        for r in items
        if choice.in_period(r.held_on)
    ]
    return _table(objects, list(objects[0]) if objects else ["id", "date", "supervisor"])


def safeguarding_tables(db: Session, mentee_id: int, choice: EmployerChoice) -> Table:
    """Safeguarding concerns raised in the period, each with its chronology and referrals
    (JSON); the CSV has one row per concern."""
    concerns = db.scalars(
        select(SafeguardingConcern)
        .where(SafeguardingConcern.mentee_id == mentee_id)
        .options(
            selectinload(SafeguardingConcern.chronology),
            selectinload(SafeguardingConcern.referrals),
        )
        .order_by(SafeguardingConcern.raised_at, SafeguardingConcern.id)
    )
    objects = []
    for c in concerns:
        if not choice.in_period(c.raised_at.astimezone().date()):
            continue
        chronology: list[ChronologyEntry] = list(c.chronology)
        objects.append(
            {
                "id": c.id,
                "raised_at": _local(c.raised_at),
                "category": c.category,
                "summary": c.summary,
                "risk": _label(c.risk),
                "status": _label(c.status),
                "dsl_informed_at": _local(c.dsl_informed_at),
                "closed_at": _local(c.closed_at),
                "chronology": [
                    {
                        "at": _local(e.occurred_at),
                        "type": e.entry_type,
                        "description": e.description,
                        "action_taken": e.action_taken,
                    }
                    for e in chronology
                ],
                "referrals": [
                    {
                        "made_on": r.made_on,
                        "service": r.service,
                        "reason": r.reason,
                        "consent_obtained": r.consent_obtained,
                        "status": _label(r.status),
                        "outcome": r.outcome,
                    }
                    for r in c.referrals
                ],
            }
        )
    header = ["id", "raised_at", "category", "summary", "risk", "status"]
    header += ["dsl_informed_at", "closed_at"]
    return _table(objects, header)
