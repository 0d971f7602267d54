"""Off-the-job hours: planned to date (the target, less what prior learning removes, spread
evenly over the programme) against recorded (at held sessions), and "behind plan".

A mentee is *behind plan* when recorded hours fall short of planned by more than a
fortnight's planned hours: sessions every week or two would otherwise make everyone
"behind" on the days between them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mentordesk.services.stored import MENTEE_NAME, day, day_end, stored
from mentordesk.vault.enums import MenteeStatus, SessionStatus
from mentordesk.vault.otj import effective_otj_target

GRACE_DAYS = 14


def planned_to(target: float, start: date | None, end: date | None, on: date) -> float | None:
    """Hours the plan expects by ``on``, to the nearest half hour (None without a plan)."""
    if not (start and end and target) or end <= start:
        return None
    span = (end - start).days
    done = min(max((on - start).days, 0), span)
    return round(target * done / span * 2) / 2


@dataclass(frozen=True)
class OtjStatus:
    mentee_id: int
    name: str
    target: float  # after prior learning
    planned: float | None
    recorded: float
    behind: bool
    shortfall: float

    @property
    def words(self) -> str:
        if self.planned is None:
            return f"{self.recorded:g} h recorded (no plan: set the start, end and target)"
        text = f"{self.recorded:g} h recorded of {self.planned:g} h planned to date"
        if self.behind:
            return f"{text} — ⚠ behind plan by {self.shortfall:g} h"
        return f"{text} — on plan"


def _status(row, recorded, today: date) -> OtjStatus:
    mid, name, target, reduction, start, end = row
    target = effective_otj_target(float(target or 0), reduction)
    start_d, end_d = day(start), day(end)
    planned = planned_to(target, start_d, end_d, today)
    recorded = round(float(recorded or 0), 2)
    shortfall = max(0.0, round((planned or 0) - recorded, 2))
    grace = 0.0
    if planned is not None and start_d and end_d:
        grace = target * GRACE_DAYS / (end_d - start_d).days
    return OtjStatus(
        mid, name, target, planned, recorded, planned is not None and shortfall > grace, shortfall
    )


def status(conn, mentee_id: int, today: date) -> OtjStatus:
    """One mentee's hours planned to date against recorded (at sessions held by today)."""
    row = conn.execute(
        f"""SELECT m.id, {MENTEE_NAME}, m.otj_hours_target, m.otj_reduction_hours,
                   m.start_date, m.planned_end_date FROM mentee m WHERE m.id = ?""",
        (mentee_id,),
    ).fetchone()
    if row is None:
        raise LookupError(f"Mentee {mentee_id} is not in this vault.")
    (recorded,) = conn.execute(
        """SELECT coalesce(sum(otj_hours), 0) FROM mentoring_session
            WHERE mentee_id = ? AND status = ? AND starts_at <= ?""",
        (mentee_id, SessionStatus.HELD.value, stored(day_end(today))),
    ).fetchone()
    return _status(row, recorded, today)


def statuses(conn, today: date, *, active_only: bool = True) -> list[OtjStatus]:
    """Every mentee's hours (only the active ones', by default) with a plan: a start, an
    end and a target."""
    only = "m.status = ? AND" if active_only else "? IS NOT NULL AND"
    rows = conn.execute(
        f"""SELECT m.id, {MENTEE_NAME}, m.otj_hours_target, m.otj_reduction_hours,
                   m.start_date, m.planned_end_date
              FROM mentee m
             WHERE {only} m.otj_hours_target > 0 AND m.start_date IS NOT NULL
               AND m.planned_end_date IS NOT NULL AND m.start_date < ?""",
        (MenteeStatus.ACTIVE.value, today.isoformat()),
    ).fetchall()
    if not rows:
        return []
    recorded = dict(
        conn.execute(
            f"""SELECT s.mentee_id, sum(s.otj_hours) FROM mentoring_session s
                JOIN mentee m ON m.id = s.mentee_id
               WHERE {only} s.status = ? AND s.starts_at <= ?
               GROUP BY s.mentee_id""",
            (MenteeStatus.ACTIVE.value, SessionStatus.HELD.value, stored(day_end(today))),
        ).fetchall()
    )
    return [_status(row, recorded.get(row[0], 0), today) for row in rows]


def behind_plan(conn, today: date) -> list[OtjStatus]:
    """Active mentees behind plan, the furthest behind first."""
    found = statuses(conn, today)
    return sorted((s for s in found if s.behind), key=lambda s: (-s.shortfall, s.name))
