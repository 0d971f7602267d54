"""What a reflection can be linked to, for the editor's pickers: held sessions (of one
mentee, or of all), supervision records, CPD entries and reading; and what a draft is
linked to now. One query each, plain rows: a busy mentor has tens of thousands of
sessions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Literal

from mentordesk.services.stored import MENTEE_NAME, moment
from mentordesk.vault.enums import ReadingStatus, SessionStatus, SupervisionKind

if TYPE_CHECKING:
    from collections.abc import Collection

    from sqlalchemy.orm import Session

    from mentordesk.services.reflections.store import ReflectionDraft

LinkKind = Literal["session", "supervision", "cpd", "reading"]
KINDS: tuple[LinkKind, ...] = ("session", "supervision", "cpd", "reading")


@dataclass(frozen=True)
class LinkChoice:
    """One record a reflection can link to. ``title`` is the mentee (a session), the
    supervisor (supervision) or the entry's title (CPD, reading); ``detail`` is the session
    model's name, the supervision kind, the CPD hours or the reading status."""

    kind: LinkKind
    id: int
    on: date | None
    title: str
    detail: SupervisionKind | ReadingStatus | float | str | None = None


def _session_sql(where: str) -> str:
    return f"""SELECT s.id, s.starts_at, {MENTEE_NAME}, s.model
                FROM mentoring_session s JOIN mentee m ON m.id = s.mentee_id
               WHERE {where} ORDER BY s.starts_at DESC, s.id DESC"""


_SQL: dict[LinkKind, str] = {
    "supervision": """SELECT id, held_on, supervisor, kind FROM supervision_record
                       WHERE {where} ORDER BY held_on DESC, id DESC""",
    "cpd": """SELECT id, occurred_on, title, hours FROM cpd_entry
               WHERE {where} ORDER BY occurred_on DESC, id DESC""",
    "reading": """SELECT id, read_on, title, status FROM reading_entry
                   WHERE {where} ORDER BY title COLLATE NOCASE, id""",
}


def _session_rows(db: Session, where: str, args: tuple) -> list[LinkChoice]:
    from mentordesk.services import session_models

    names: dict[str, str] = {}

    def model_name(key: str) -> str:
        if key not in names:
            names[key] = session_models.get(key).name
        return names[key]

    result = db.connection().exec_driver_sql(_session_sql(where), args)
    return [
        LinkChoice("session", sid, moment(starts).astimezone().date(), name, model_name(model))
        for sid, starts, name, model in result
    ]


def _detail(kind: LinkKind, value: object) -> SupervisionKind | ReadingStatus | float | None:
    if value is None:
        return None
    if kind == "supervision":
        return SupervisionKind(value)
    if kind == "reading":
        return ReadingStatus(value)
    return float(value)  # type: ignore[arg-type]  # hours, stored as a number


def _rows(db: Session, kind: LinkKind, where: str, args: tuple) -> list[LinkChoice]:
    if kind == "session":
        return _session_rows(db, where, args)
    result = db.connection().exec_driver_sql(_SQL[kind].format(where=where), args)
    return [
        LinkChoice(
            kind, rid, date.fromisoformat(day[:10]) if day else None, title or "", _detail(kind, d)
        )
        for rid, day, title, d in result
    ]


def link_choices(db: Session, kind: LinkKind, *, mentee_id: int | None = None) -> list[LinkChoice]:
    """Everything of ``kind`` a reflection can link to, newest first (reading: by title).
    Sessions are the held ones, of ``mentee_id`` when given, else of every mentee."""
    if kind == "session":
        if mentee_id is None:
            return _rows(db, kind, "s.status = ?", (SessionStatus.HELD.value,))
        where = "s.status = ? AND s.mentee_id = ?"
        return _rows(db, kind, where, (SessionStatus.HELD.value, mentee_id))
    if kind not in _SQL:
        raise ValueError(f"no links of kind {kind!r}")
    return _rows(db, kind, "1", ())


def _by_ids(db: Session, kind: LinkKind, ids: Collection[int]) -> list[LinkChoice]:
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    column = "s.id" if kind == "session" else "id"
    return _rows(db, kind, f"{column} IN ({marks})", tuple(sorted(ids)))


def linked(db: Session, draft: ReflectionDraft) -> list[LinkChoice]:
    """What ``draft`` links to, by kind (sessions, supervision, CPD, reading) in each
    kind's order; a link whose record has gone since is left out."""
    wanted: dict[LinkKind, list[int]] = {
        "session": draft.session_ids,
        "supervision": draft.supervision_ids,
        "cpd": draft.cpd_ids,
        "reading": draft.reading_ids,
    }
    return [choice for kind in KINDS for choice in _by_ids(db, kind, wanted[kind])]
