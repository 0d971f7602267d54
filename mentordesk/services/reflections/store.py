"""Writing reflections: a draft saved as often as the mentor types (autosave), marked final
once complete and checked for anything that names a person, then changed only by
amendment, kept with its time and reason."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from mentordesk.errors import MentorDeskError, ValidationError
from mentordesk.services import deidentify, reflection_models

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from mentordesk.services.deidentify import Finding
    from mentordesk.vault.models import Reflection

MAX_TITLE = 200
MAX_TEXT = 100_000  # characters per stage: a long essay, not a pasted book
CARRIED = "carried"  # where the words of an earlier model with no stage in this one are
SEPARATOR = "\n\n"  # between the parts of a reflection's whole text


class ReflectionError(MentorDeskError):
    pass


class ReflectionLocked(ReflectionError):
    """The reflection is final: changes are amendments, with a reason."""


class NamesPeople(ReflectionError):
    """The text still names someone (or gives a date of birth, a ULN, a phone number) that
    the mentor has not accepted: ``findings`` says where."""

    def __init__(self, findings: list[Finding]):
        self.findings = findings
        first = findings[0]
        more = len(findings) - 1
        super().__init__(
            f"{first.reason}{f' (and {more} more)' if more else ''}. "
            "Change the words, or accept each one, before marking the reflection final."
        )


@dataclass
class ReflectionDraft:
    title: str = ""
    occurred_on: date | None = None
    model: str = reflection_models.FREE
    texts: dict[str, str] = field(default_factory=dict)  # stage key -> text
    carried: str = ""  # words from an earlier model with no stage in this one
    mentee_id: int | None = None
    session_ids: list[int] = field(default_factory=list)
    supervision_ids: list[int] = field(default_factory=list)
    cpd_ids: list[int] = field(default_factory=list)
    reading_ids: list[int] = field(default_factory=list)
    ksb_ids: list[int] = field(default_factory=list)  # of the mentor's own standard
    accepted: list[str] = field(default_factory=list)  # findings the mentor accepted

    def parts(self) -> list[tuple[str, str]]:
        """(where, text) of everything written with words in it, in the model's order:
        ``"title"``, each stage's key, then ``"carried"`` (the earlier model's words)."""
        model = reflection_models.get(self.model)
        keys = [s.key for s in model.stages]
        parts = [("title", self.title)]
        parts += [(k, self.texts.get(k, "")) for k in keys]
        parts += [(k, t) for k, t in self.texts.items() if k not in keys]
        parts.append((CARRIED, self.carried))
        return [(where, text) for where, text in parts if text.strip()]

    def all_text(self) -> str:
        """Everything written, in the model's order, the carried words last."""
        return SEPARATOR.join(text for _where, text in self.parts())

    def locate(self, start: int, end: int) -> tuple[str, int, int] | None:
        """Where ``all_text()[start:end]`` (a finding) was written: (where, start, end)
        within that part (see :meth:`parts`); None if it is not within one part."""
        offset = 0
        for where, text in self.parts():
            if offset <= start and end <= offset + len(text):
                return where, start - offset, end - offset
            offset += len(text) + len(SEPARATOR)
        return None

    def words(self) -> int:
        """The words written: every stage and the carried words, the title left out (as
        the editor counts them)."""
        written = [*self.texts.values(), self.carried]
        return sum(reflection_models.word_count(t) for t in written)


@dataclass(frozen=True)
class Amendment:
    made_at: datetime
    reason: str
    changes: dict[str, dict[str, str]]


@dataclass(frozen=True)
class Opened:
    """A reflection as the editor opens it."""

    id: int
    draft: ReflectionDraft
    finalised_at: datetime | None
    updated_at: datetime
    amendments: list[Amendment]

    @property
    def is_final(self) -> bool:
        return self.finalised_at is not None


# -- checks -------------------------------------------------------------------------------
def check(draft: ReflectionDraft, *, final: bool) -> None:
    """A draft may be nearly empty; a final reflection has a title, a date and words."""
    if len(draft.title) > MAX_TITLE:
        raise ValidationError("title", f"A title has at most {MAX_TITLE} characters.")
    for key, text in draft.texts.items():
        if len(text) > MAX_TEXT:
            title = reflection_models.get(draft.model).stage_title(key)
            raise ValidationError(
                key, f"“{title}” is longer than {MAX_TEXT:,} characters; shorten it."
            )
    if not final:
        return
    if not draft.title.strip():
        raise ValidationError("title", "Give the reflection a title before marking it final.")
    if draft.occurred_on is None:
        raise ValidationError("occurred_on", "Say when it happened before marking it final.")
    if not any(t.strip() for t in draft.texts.values()):
        raise ValidationError("texts", "Write something before marking the reflection final.")


def names_held(db: Session) -> dict[str, str]:
    """The people the vault holds, by name, with what they are: mentees (full and preferred
    names) and their stakeholders ("line manager", "training provider"…)."""
    from mentordesk.vault.enums import StakeholderRole
    from mentordesk.vault.models import Mentee, Stakeholder
    from mentordesk.words import label

    names: dict[str, str] = {}
    for name, role, other in db.execute(
        select(Stakeholder.name, Stakeholder.role, Stakeholder.role_other)
    ):
        if name and name.strip():
            what = other if role is StakeholderRole.OTHER and other else label(role)
            names[name.strip()] = what.lower()
    for full, preferred in db.execute(select(Mentee.full_name, Mentee.preferred_name)):
        for called in (full, preferred):
            if called and called.strip():
                names[called.strip()] = "mentee"
    return dict(sorted(names.items()))


def findings(db: Session, draft: ReflectionDraft, today: date) -> list[Finding]:
    """What in the draft names a person held in the vault, or gives a date of birth, a ULN
    or a phone number, leaving out what the mentor accepted."""
    return deidentify.find(
        draft.all_text(), names=names_held(db), today=today, accepted=draft.accepted
    )


# -- reading ------------------------------------------------------------------------------
def _get(db: Session, reflection_id: int) -> Reflection:
    from mentordesk.vault.models import Reflection

    row = db.get(Reflection, reflection_id)
    if row is None:
        raise ReflectionError("That reflection no longer exists.")
    return row


def _draft_of(r: Reflection) -> ReflectionDraft:
    return ReflectionDraft(
        title=r.title,
        occurred_on=r.occurred_on,
        model=r.model,
        texts=dict(r.stages or {}),
        carried=r.carried or "",
        mentee_id=r.mentee_id,
        session_ids=sorted(s.id for s in r.sessions),
        supervision_ids=sorted(s.id for s in r.supervisions),
        cpd_ids=sorted(c.id for c in r.cpd_entries),
        reading_ids=sorted(e.id for e in r.reading),
        ksb_ids=sorted(k.id for k in r.ksbs),
        accepted=list(r.accepted or []),
    )


def get(db: Session, reflection_id: int) -> Opened:
    r = _get(db, reflection_id)
    return Opened(
        r.id,
        _draft_of(r),
        r.finalised_at,
        r.updated_at,
        [Amendment(a.made_at, a.reason, a.changes) for a in r.amendments],
    )


# -- writing ------------------------------------------------------------------------------
def _ids(db: Session, model: Any, ids: list[int], what: str) -> list:
    wanted = sorted(set(ids))
    found: list[Any] = list(db.scalars(select(model).where(model.id.in_(wanted)))) if wanted else []
    if len(found) != len(wanted):
        raise ValidationError(what, f"A linked {what} no longer exists; choose again.")
    return found


def _apply(db: Session, r: Reflection, draft: ReflectionDraft, today: date) -> None:
    from mentordesk.vault.models import (
        CpdEntry,
        Ksb,
        Mentee,
        MentoringSession,
        ReadingEntry,
        SupervisionRecord,
    )

    if draft.mentee_id is not None and db.get(Mentee, draft.mentee_id) is None:
        raise ValidationError("mentee", "That mentee is no longer in the vault.")
    r.title = draft.title.strip()
    r.occurred_on = draft.occurred_on or today
    r.model = reflection_models.get(draft.model).key
    r.stages = {k: v for k, v in draft.texts.items() if v.strip()}
    r.carried = draft.carried if draft.carried.strip() else None
    r.accepted = sorted(set(draft.accepted)) or None
    r.mentee_id = draft.mentee_id
    r.sessions = _ids(db, MentoringSession, draft.session_ids, "session")
    r.supervisions = _ids(db, SupervisionRecord, draft.supervision_ids, "supervision record")
    r.cpd_entries = _ids(db, CpdEntry, draft.cpd_ids, "CPD entry")
    r.reading = _ids(db, ReadingEntry, draft.reading_ids, "reading")
    r.ksbs = _ids(db, Ksb, draft.ksb_ids, "KSB")


def save_draft(
    db: Session, draft: ReflectionDraft, reflection_id: int | None = None, *, today: date
) -> int:
    """Create (``reflection_id`` None) or save a draft as it stands: what autosave calls.
    A final reflection is refused: it changes only by :func:`amend`."""
    from mentordesk.vault.models import Reflection

    check(draft, final=False)
    if reflection_id is None:
        r = Reflection(title="", model=draft.model, occurred_on=today, stages={})
        db.add(r)
    else:
        r = _get(db, reflection_id)
        if r.is_final:
            raise ReflectionLocked(
                f"“{r.title}” is final; amend it with a reason instead of editing it."
            )
    _apply(db, r, draft, today)
    db.flush()
    return r.id


def finalise(
    db: Session, reflection_id: int, draft: ReflectionDraft, *, now: datetime
) -> list[Finding]:
    """Save ``draft`` and mark the reflection final; refused (:class:`NamesPeople`) while
    the text names someone the mentor has not accepted. Returns what was accepted."""
    today = now.astimezone().date()
    check(draft, final=True)
    found = findings(db, draft, today)
    if found:
        raise NamesPeople(found)
    r = _get(db, reflection_id)
    if r.is_final:
        raise ReflectionLocked(f"“{r.title}” is already final.")
    _apply(db, r, draft, today)
    r.finalised_at = now
    db.flush()
    return found


def _describe(d: ReflectionDraft) -> dict[str, str]:
    model = reflection_models.get(d.model)
    out = {
        "title": d.title.strip(),
        "date": d.occurred_on.isoformat() if d.occurred_on else "",
        "model": model.name,
        "carried": d.carried.strip(),
        "mentee": str(d.mentee_id) if d.mentee_id is not None else "",
        "accepted": "; ".join(sorted(set(d.accepted))),
        "links": ", ".join(
            f"{name} {sorted(ids)}"
            for name, ids in (
                ("sessions", d.session_ids),
                ("supervision", d.supervision_ids),
                ("CPD", d.cpd_ids),
                ("reading", d.reading_ids),
                ("KSBs", d.ksb_ids),
            )
            if ids
        ),
    }
    for key, text in d.texts.items():
        if text.strip():
            out[f"stage:{key}"] = text.strip()
    return out


def amend(
    db: Session, reflection_id: int, draft: ReflectionDraft, reason: str, *, now: datetime
) -> dict[str, dict[str, str]]:
    """Change a final reflection: applied and kept, with its time and reason."""
    from mentordesk.vault.models import ReflectionAmendment

    r = _get(db, reflection_id)
    if not r.is_final:
        raise ReflectionError("This reflection is not final yet; edit it directly.")
    if not reason.strip():
        raise ValidationError("reason", "Give a reason for the amendment.")
    check(draft, final=True)
    # The reason is printed with the reflection: it is checked with its words.
    with_reason = replace(draft, carried=f"{draft.carried}\n\n{reason}".strip())
    found = findings(db, with_reason, now.astimezone().date())
    if found:
        raise NamesPeople(found)
    before, after = _describe(_draft_of(r)), _describe(draft)
    keys = sorted(set(before) | set(after))
    changes = {
        k: {"from": before.get(k, ""), "to": after.get(k, "")}
        for k in keys
        if before.get(k, "") != after.get(k, "")
    }
    if not changes:
        raise ValidationError("amendment", "Nothing has changed, so there is nothing to amend.")
    _apply(db, r, draft, now.astimezone().date())
    r.amendments.append(ReflectionAmendment(made_at=now, reason=reason.strip(), changes=changes))
    db.flush()
    return changes


def delete(db: Session, reflection_id: int) -> ReflectionDraft:
    """Delete a draft; returns it (to make it again on undo). A final reflection is kept:
    it is part of the mentor's record of practice."""
    r = _get(db, reflection_id)
    if r.is_final:
        raise ReflectionLocked(f"“{r.title}” is final and is kept; it cannot be deleted.")
    draft = _draft_of(r)
    db.delete(r)
    db.flush()
    return draft


_LINK_TABLES = {  # what a reflection links to: (link table, its column for that record)
    "supervision": ("reflection_supervision", "supervision_id"),
    "cpd": ("reflection_cpd", "cpd_id"),
    "reading": ("reflection_reading", "reading_id"),
}


def keep_final_links(
    db: Session, kind: str, record_id: int, reflection_ids: set[int] | None = None
) -> None:
    """A final reflection's links change only by amending it: refuse a change made from
    the other side (a supervision record unlinked or deleted, a CPD entry or a reading
    entry deleted) that would alter the links of one. ``reflection_ids``: only those
    reflections are touched (None: every reflection linked to the record)."""
    table, column = _LINK_TABLES[kind]
    sql = (
        f"SELECT r.title FROM reflection r JOIN {table} l ON l.reflection_id = r.id "
        f"WHERE l.{column} = ? AND r.finalised_at IS NOT NULL"
    )
    args: tuple = (record_id,)
    if reflection_ids is not None:
        if not reflection_ids:
            return
        sql += f" AND r.id IN ({', '.join('?' * len(reflection_ids))})"
        args += tuple(sorted(reflection_ids))
    finals = [t for (t,) in db.connection().exec_driver_sql(sql, args)]
    if reflection_ids is not None:  # a final reflection being newly linked counts too
        from mentordesk.vault.models import Reflection

        finals += [
            r.title
            for r in db.scalars(select(Reflection).where(Reflection.id.in_(reflection_ids)))
            if r.is_final and r.title not in finals
        ]
    if finals:
        raise ReflectionLocked(
            f"The final reflection “{finals[0]}” is linked here; its links change only by "
            "amending it (open it and choose Amend…)."
        )
