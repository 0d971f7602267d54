"""The large benchmark vault's sessions and reviews, written as rows in bulk.

They come from the same specs as the demo vault's (which go through the services), but
planning and recording 20,000 sessions one by one through the ORM would take minutes; the
benchmarks need the volume, not the path the rows took.
"""

from __future__ import annotations

from datetime import timedelta

from mentordesk.services.demo.sessions import (
    CANCEL_REASON,
    ENGLISH,
    FEEDBACK,
    PLAN,
    REVIEW_TEXT,
    ReviewSpec,
    SessionSpec,
)
from mentordesk.services.sessions.records import (
    EVIDENCE_DESCRIPTION,
    EVIDENCE_KIND,
    evidence_title,
)
from mentordesk.vault.enums import ActionStatus, Attendance, Rag, SessionStatus

STATES = {
    "planned": SessionStatus.PLANNED,
    "cancelled": SessionStatus.CANCELLED,
    "held": SessionStatus.HELD,
    "no_show": SessionStatus.HELD,
    "quick": SessionStatus.HELD,
}


def session_rows(rows, specs: list[SessionSpec], anchor) -> list[int]:
    """Rows for every spec; returns the session ids, in spec order."""
    ids = []
    for spec in specs:
        held = spec.state in ("held", "quick")
        final = spec.state in ("held", "no_show")
        sid = rows.add(
            "mentoring_session",
            mentee_id=spec.mentee_id,
            status=STATES[spec.state],
            starts_at=spec.starts_at,
            duration_minutes=spec.minutes,
            mode=spec.mode,
            location=spec.location or None,
            title=None,
            ics_uid=spec.uid,
            model=spec.model,
            objectives=spec.objectives,
            plan=PLAN,
            notes_by_stage=spec.notes if held else None,
            attendance=Attendance.NO_SHOW
            if spec.state == "no_show"
            else Attendance.ATTENDED
            if held
            else None,
            questioning_techniques="; ".join(spec.questioning) if held else None,
            feedback_given=FEEDBACK if held else None,
            otj_hours=spec.otj_hours if held else 0.0,
            travel_avoided_km=spec.travel_avoided_km if held else 0.0,
            cancel_reason=CANCEL_REASON if spec.state == "cancelled" else None,
            quick_note=spec.state == "quick",
            is_final=final,
            finalised_at=spec.ended if final else None,
        )
        ids.append(sid)
        if spec.state == "cancelled":
            continue
        for ksb in spec.planned_ksbs:
            rows.add("session_ksb", session_id=sid, ksb_id=ksb)
        if held:
            day = spec.starts_at.date()
            eid = rows.add(
                "evidence_item",
                mentee_id=spec.mentee_id,
                session_id=sid,
                title=evidence_title(day),
                kind=EVIDENCE_KIND,
                description=EVIDENCE_DESCRIPTION,
                occurred_on=day,
            )
            for ksb in spec.evidenced_ksbs:
                rows.add("evidence_ksb", evidence_id=eid, ksb_id=ksb, comment=None)
            recent = (anchor - day).days < 30
            rows.add(
                "action_item",
                mentee_id=spec.mentee_id,
                session_id=sid,
                review_id=None,
                description=spec.action,
                owner="Mentee",
                due_date=day + timedelta(days=14),
                status=ActionStatus.OPEN if recent else ActionStatus.DONE,
                closed_at=None if recent else spec.ended + timedelta(days=12),
                outcome=None if recent else "Done and discussed at the next session.",
            )
    return ids


def review_rows(rows, specs: list[ReviewSpec], ksbs: dict[int, list[int]]) -> None:
    for spec in specs:
        rid = rows.add(
            "progress_review",
            mentee_id=spec.mentee_id,
            held_on=spec.held_on,
            period_start=None,
            otj_hours_planned=None,
            otj_hours_recorded=None,
            actions_summary="Most actions from the last period completed.",
            english_status=ENGLISH,
            maths_status=spec.maths,
            **REVIEW_TEXT,
            comments_employer=spec.employer_comment,
            next_review_on=spec.held_on + timedelta(weeks=12),
            is_final=True,
        )
        for ksb, rag in zip(ksbs[spec.mentee_id], spec.rags, strict=False):
            rows.add(
                "review_ksb_status", review_id=rid, ksb_id=ksb, rag=rag or Rag.AMBER, comment=None
            )
