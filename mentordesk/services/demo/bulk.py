"""The large benchmark vault's sessions and reviews, written as rows in bulk.

They come from the same specs as the demo vault's (which go through the services), but
planning and recording 20,000 sessions one by one through the ORM would take minutes; the
benchmarks need the volume, not the path the rows took.
"""

from __future__ import annotations

from datetime import timedelta

from mentordesk.services import session_models
from mentordesk.services.demo import content as words
from mentordesk.services.demo.sessions import ReviewSpec, SessionSpec
from mentordesk.vault.enums import ActionStatus, Attendance, MeetingMode, Rag, SessionStatus

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
        model = session_models.get(spec.model)
        notes = {
            s.key: words.STAGE_NOTES.get(s.key, "").format(topic=spec.topic, **spec.words)
            for s in model.stages
        }
        ended = spec.starts_at + timedelta(minutes=spec.minutes, hours=2)
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
            objectives=f"Work on {spec.topic}.",
            plan="Check in, review last actions, focus topic, agree next steps.",
            notes_by_stage=notes if held else None,
            attendance=Attendance.NO_SHOW
            if spec.state == "no_show"
            else Attendance.ATTENDED
            if held
            else None,
            questioning_techniques="; ".join(spec.questioning) if held else None,
            feedback_given="Specific praise for progress on the last action." if held else None,
            otj_hours=round(spec.minutes / 60 * 2) / 2 or 0.5 if held else 0.0,
            travel_avoided_km=float(12 + len(spec.topic))
            if held and spec.mode is not MeetingMode.IN_PERSON
            else 0.0,
            cancel_reason="Mentee on sick leave" if spec.state == "cancelled" else None,
            quick_note=spec.state == "quick",
            is_final=spec.state in ("held", "no_show"),
            finalised_at=ended if spec.state in ("held", "no_show") else None,
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
                title=f"Mentoring session, {day:%d %b %Y}",
                kind="session",
                description="Evidenced during the mentoring session.",
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
                description=spec.words["action"].capitalize(),
                owner="Mentee",
                due_date=day + timedelta(days=14),
                status=ActionStatus.OPEN if recent else ActionStatus.DONE,
                closed_at=None if recent else ended + timedelta(days=12),
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
            progress_summary="Steady progress; evidence is building for the skills.",
            wellbeing_check="Reports feeling well supported.",
            safeguarding_check="No concerns raised.",
            english_status="Achieved level 2",
            maths_status=spec.maths,
            epa_readiness="Not yet: portfolio about half complete.",
            smart_targets="Map two more observations to the skills by the next review",
            next_review_on=spec.held_on + timedelta(weeks=12),
            is_final=True,
        )
        for ksb, rag in zip(ksbs[spec.mentee_id], spec.rags, strict=False):
            rows.add(
                "review_ksb_status", review_id=rid, ksb_id=ksb, rag=rag or Rag.AMBER, comment=None
            )
