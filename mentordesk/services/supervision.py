"""The mentor's own supervision log: when, with whom, what kind and how long; the themes;
what was discussed (private: never shared or printed unless the mentor asks); feedback and
wellbeing; the actions agreed (action items, closed like any other) and the reflections
that draw on it.

An older vault may hold its actions as one text (``SupervisionRecord.actions``): it is
shown as it is and never written again.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from mentordesk.errors import ValidationError
from mentordesk.services.reflections.store import keep_final_links
from mentordesk.services.sessions.records import set_action_status
from mentordesk.vault.changes import mark
from mentordesk.vault.enums import ActionStatus, SupervisionKind
from mentordesk.vault.models import (
    ActionItem,
    CpdEntry,
    Reflection,
    SupervisionRecord,
    reflection_supervision,
)

MAX_MINUTES = 8 * 60
OWNER = "Me"  # who an action agreed at supervision falls to, unless said otherwise
KIND = "supervision"  # the kind of record, for vault.changes.mark


@dataclass
class AgreedAction:
    """An action agreed at the supervision; ``id`` is set for one already stored."""

    description: str
    owner: str = OWNER
    due_date: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    id: int | None = None


@dataclass
class SupervisionDraft:
    held_on: date
    supervisor: str = ""
    kind: SupervisionKind = SupervisionKind.ONE_TO_ONE
    duration_minutes: int | None = 60  # None: not recorded
    topics: str = ""  # the themes
    discussed: str = ""  # private
    feedback: str = ""
    wellbeing: str = ""
    actions: list[AgreedAction] = field(default_factory=list)
    reflection_ids: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class SupervisionRow:
    id: int
    held_on: date
    supervisor: str
    kind: SupervisionKind
    duration_minutes: int | None
    topics: str
    open_actions: int
    actions: int


@dataclass(frozen=True)
class OpenAction:
    id: int
    description: str
    owner: str
    due_date: date | None
    supervision_id: int
    held_on: date
    supervisor: str


@dataclass(frozen=True)
class ReflectionChoice:
    id: int
    title: str
    occurred_on: date


@dataclass(frozen=True)
class SupervisionForm:
    """Everything the supervision editor shows, read in one go."""

    draft: SupervisionDraft
    legacy_actions: str  # actions an older vault noted as text: shown, never written
    reflections: list[ReflectionChoice]
    supervisors: list[str]  # names already used, to offer as they are typed


@dataclass(frozen=True)
class RemovedSupervision:
    """A deleted supervision as it was, to put back under its ids (undo)."""

    id: int
    draft: SupervisionDraft
    legacy_actions: str | None
    closed: dict[int, tuple[datetime | None, str | None]]  # action id -> closed at, outcome
    cpd_ids: list[int]


# -- checking -----------------------------------------------------------------------------
def check(draft: SupervisionDraft, *, today: date) -> SupervisionDraft:
    """The draft tidied (text trimmed, blank new actions dropped); a mistake is refused with
    a :class:`ValidationError` naming its field."""
    clean = replace(
        draft,
        supervisor=draft.supervisor.strip(),
        topics=draft.topics.strip(),
        discussed=draft.discussed.strip(),
        feedback=draft.feedback.strip(),
        wellbeing=draft.wellbeing.strip(),
        actions=[
            replace(a, description=a.description.strip(), owner=a.owner.strip())
            for a in draft.actions
            if a.description.strip() or a.id is not None
        ],
        reflection_ids=sorted(set(draft.reflection_ids)),
    )
    if clean.held_on > today:
        raise ValidationError(
            "held_on",
            f"Date: {clean.held_on:%d %b %Y} is after today; log a supervision once it has "
            "been held.",
        )
    if not clean.supervisor:
        raise ValidationError(
            "supervisor", "Supervisor: enter who supervised you (a name, or the group's name)."
        )
    if not isinstance(clean.kind, SupervisionKind):
        raise ValidationError("kind", "Kind: choose one-to-one, group or peer supervision.")
    minutes = clean.duration_minutes
    if minutes is not None and not 5 <= minutes <= MAX_MINUTES:
        raise ValidationError(
            "duration_minutes",
            "Length: a supervision lasts between 5 minutes and 8 hours; leave it blank if you "
            "did not note it.",
        )
    for n, a in enumerate(clean.actions, start=1):
        if not a.description:
            raise ValidationError(
                "actions", f"Actions agreed: action {n} needs a description, or remove it."
            )
        if a.due_date is not None and a.due_date < clean.held_on:
            raise ValidationError(
                "actions",
                f"Actions agreed: “{a.description}” is due on {a.due_date:%d %b %Y}, before the "
                f"supervision on {clean.held_on:%d %b %Y}; give it a date on or after it.",
            )
    return clean


def _check_links(db: Session, reflection_ids: list[int]) -> None:
    if not reflection_ids:
        return
    found = set(db.scalars(select(Reflection.id).where(Reflection.id.in_(reflection_ids))))
    missing = [i for i in reflection_ids if i not in found]
    if missing:
        raise ValidationError(
            "reflection_ids",
            "Linked reflections: one of them is no longer in the vault; close this window and "
            "open the supervision again.",
        )


# -- reading ------------------------------------------------------------------------------
def _row(db: Session, supervision_id: int) -> SupervisionRecord:
    row = db.get(SupervisionRecord, supervision_id)
    if row is None:
        raise ValidationError("id", "That supervision record is no longer in the vault.")
    return row


def _actions_of(db: Session, supervision_id: int) -> list[ActionItem]:
    return list(
        db.scalars(
            select(ActionItem)
            .where(ActionItem.supervision_id == supervision_id)
            .order_by(ActionItem.id)
        )
    )


def _linked(db: Session, supervision_id: int) -> list[int]:
    return sorted(
        db.scalars(
            select(reflection_supervision.c.reflection_id).where(
                reflection_supervision.c.supervision_id == supervision_id
            )
        )
    )


def get(db: Session, supervision_id: int) -> SupervisionDraft:
    row = _row(db, supervision_id)
    return SupervisionDraft(
        held_on=row.held_on,
        supervisor=row.supervisor,
        kind=row.kind or SupervisionKind.ONE_TO_ONE,
        duration_minutes=row.duration_minutes,
        topics=row.topics or "",
        discussed=row.discussed or "",
        feedback=row.feedback or "",
        wellbeing=row.wellbeing or "",
        actions=[
            AgreedAction(a.description, a.owner or "", a.due_date, a.status, a.id)
            for a in _actions_of(db, supervision_id)
        ],
        reflection_ids=_linked(db, supervision_id),
    )


def reflection_choices(db: Session) -> list[ReflectionChoice]:
    """The mentor's reflections, newest first, to link to."""
    rows = db.execute(
        select(Reflection.id, Reflection.title, Reflection.occurred_on).order_by(
            Reflection.occurred_on.desc(), Reflection.id.desc()
        )
    )
    return [ReflectionChoice(i, title, day) for i, title, day in rows]


def supervisors(db: Session) -> list[str]:
    """Everyone who has supervised the mentor, by name."""
    return sorted(db.scalars(select(SupervisionRecord.supervisor).distinct()), key=str.casefold)


def form(db: Session, supervision_id: int | None, *, today: date) -> SupervisionForm:
    """The editor's content: a record, or a new one held today."""
    if supervision_id is None:
        draft, legacy = SupervisionDraft(held_on=today), ""
    else:
        draft, legacy = get(db, supervision_id), _row(db, supervision_id).actions or ""
    return SupervisionForm(draft, legacy, reflection_choices(db), supervisors(db))


def list_rows(db: Session) -> list[SupervisionRow]:
    """Every supervision, newest first, with how many of its actions are open."""
    counts = (
        select(
            ActionItem.supervision_id.label("sid"),
            func.count().label("total"),
            func.sum(case((ActionItem.status == ActionStatus.OPEN, 1), else_=0)).label("open"),
        )
        .where(ActionItem.supervision_id.is_not(None))
        .group_by(ActionItem.supervision_id)
        .subquery()
    )
    rows = db.execute(
        select(
            SupervisionRecord.id,
            SupervisionRecord.held_on,
            SupervisionRecord.supervisor,
            SupervisionRecord.kind,
            SupervisionRecord.duration_minutes,
            SupervisionRecord.topics,
            func.coalesce(counts.c.open, 0),
            func.coalesce(counts.c.total, 0),
        )
        .outerjoin(counts, counts.c.sid == SupervisionRecord.id)
        .order_by(SupervisionRecord.held_on.desc(), SupervisionRecord.id.desc())
    )
    return [
        SupervisionRow(
            i, day, who, kind or SupervisionKind.ONE_TO_ONE, minutes, topics or "", n_open, n
        )
        for i, day, who, kind, minutes, topics, n_open, n in rows
    ]


def open_actions(db: Session) -> list[OpenAction]:
    """Actions agreed at supervision and not yet closed, soonest due first."""
    rows = db.execute(
        select(
            ActionItem.id,
            ActionItem.description,
            ActionItem.owner,
            ActionItem.due_date,
            SupervisionRecord.id,
            SupervisionRecord.held_on,
            SupervisionRecord.supervisor,
        )
        .join(SupervisionRecord, SupervisionRecord.id == ActionItem.supervision_id)
        .where(ActionItem.status == ActionStatus.OPEN)
        .order_by(ActionItem.due_date.is_(None), ActionItem.due_date, ActionItem.id)
    )
    return [OpenAction(a, d, o or "", due, s, held, who) for a, d, o, due, s, held, who in rows]


# -- writing ------------------------------------------------------------------------------
def _set_links(db: Session, row: SupervisionRecord, wanted: list[int]) -> None:
    """Link the reflections ``wanted`` (the links are the reflections' own)."""
    have = set(_linked(db, row.id))
    changed = have ^ set(wanted)
    if not changed:
        return
    if row.id is not None:
        keep_final_links(db, "supervision", row.id, changed)
    for reflection in db.scalars(select(Reflection).where(Reflection.id.in_(changed))):
        if reflection.id in have:
            reflection.supervisions.remove(row)
        else:
            reflection.supervisions.append(row)


def _write_actions(
    db: Session, row: SupervisionRecord, actions: list[AgreedAction], now: datetime
) -> None:
    existing = {a.id: a for a in _actions_of(db, row.id)}
    kept = {a.id for a in actions if a.id is not None}
    for action_id, action in existing.items():
        if action_id not in kept:
            db.delete(action)
    for a in actions:
        item = existing.get(a.id) if a.id is not None else None
        if item is None:
            reuse = a.id if a.id is not None and db.get(ActionItem, a.id) is None else None
            item = ActionItem(id=reuse, supervision_id=row.id, mentee_id=None)
            item.status = ActionStatus.OPEN
            db.add(item)
        item.description = a.description
        item.owner = a.owner or None
        item.due_date = a.due_date
        if item.status is not a.status:
            item.status = a.status
            item.closed_at = None if a.status is ActionStatus.OPEN else now
    mark(db, KIND, row.id)


def _apply(row: SupervisionRecord, clean: SupervisionDraft) -> None:
    row.held_on = clean.held_on
    row.supervisor = clean.supervisor
    row.kind = clean.kind
    row.duration_minutes = clean.duration_minutes
    row.topics = clean.topics or None
    row.discussed = clean.discussed or None
    row.feedback = clean.feedback or None
    row.wellbeing = clean.wellbeing or None


def create(
    db: Session,
    draft: SupervisionDraft,
    *,
    today: date,
    now: datetime,
    supervision_id: int | None = None,
) -> int:
    """Log a supervision; returns its id. ``supervision_id`` puts it back under the id it
    had (redo after undo)."""
    clean = check(draft, today=today)
    _check_links(db, clean.reflection_ids)
    if supervision_id is not None and db.get(SupervisionRecord, supervision_id) is not None:
        raise ValidationError("id", "Another supervision record has taken this one's place.")
    row = SupervisionRecord(id=supervision_id)
    _apply(row, clean)
    db.add(row)
    db.flush()
    _write_actions(db, row, clean.actions, now)
    _set_links(db, row, clean.reflection_ids)
    db.flush()
    return row.id


def update(
    db: Session, supervision_id: int, draft: SupervisionDraft, *, today: date, now: datetime
) -> SupervisionDraft:
    """Save ``draft`` over the record; returns what it was (for undo)."""
    row = _row(db, supervision_id)
    before = get(db, supervision_id)
    clean = check(draft, today=today)
    _check_links(db, clean.reflection_ids)
    _apply(row, clean)
    _write_actions(db, row, clean.actions, now)
    _set_links(db, row, clean.reflection_ids)
    db.flush()
    return before


def delete(db: Session, supervision_id: int) -> RemovedSupervision:
    """Delete a supervision with its actions; returns it as it was, for :func:`restore`."""
    row = _row(db, supervision_id)
    keep_final_links(db, "supervision", supervision_id)
    draft = get(db, supervision_id)
    actions = _actions_of(db, supervision_id)
    removed = RemovedSupervision(
        id=supervision_id,
        draft=draft,
        legacy_actions=row.actions,
        closed={a.id: (a.closed_at, a.outcome) for a in actions},
        cpd_ids=list(db.scalars(select(CpdEntry.id).where(CpdEntry.supervision_id == row.id))),
    )
    _set_links(db, row, [])
    for action in actions:
        db.delete(action)
    db.flush()  # the actions first: the record's own delete would take them unseen
    mark(db, KIND, supervision_id)
    db.delete(row)
    db.flush()
    return removed


def restore(db: Session, removed: RemovedSupervision, *, now: datetime) -> int:
    """Put a deleted supervision back as it was, under its ids (undo of :func:`delete`)."""
    if db.get(SupervisionRecord, removed.id) is not None:
        raise ValidationError("id", "Another supervision record has taken this one's place.")
    row = SupervisionRecord(id=removed.id, actions=removed.legacy_actions)
    _apply(row, removed.draft)
    db.add(row)
    db.flush()
    _write_actions(db, row, removed.draft.actions, now)
    db.flush()
    for item in _actions_of(db, row.id):
        closed_at, outcome = removed.closed.get(item.id, (None, None))
        if item.status is not ActionStatus.OPEN and closed_at is not None:
            item.closed_at = closed_at
        item.outcome = outcome
    _set_links(db, row, [i for i in removed.draft.reflection_ids if db.get(Reflection, i)])
    for entry in db.scalars(select(CpdEntry).where(CpdEntry.id.in_(removed.cpd_ids))):
        if entry.supervision_id is None:
            entry.supervision_id = row.id
    db.flush()
    return row.id


def close_action(
    db: Session,
    action_id: int,
    status: ActionStatus = ActionStatus.DONE,
    outcome: str = "",
    *,
    now: datetime,
) -> tuple[ActionStatus, str]:
    """Close (or reopen) an action agreed at supervision; returns what it was, for undo."""
    item = db.get(ActionItem, action_id)
    if item is None or item.supervision_id is None:
        raise ValidationError("action", "That supervision action is no longer in the vault.")
    before = set_action_status(db, action_id, status, outcome, now=now)
    mark(db, KIND, item.supervision_id)
    return before
