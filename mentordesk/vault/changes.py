"""What a unit of work changed, as typed sets of ids per kind of record.

Every ORM session of a vault records, as it flushes, which rows were created, updated or
deleted (:func:`install`, next to the audit log). :func:`changes_of` turns that into a
:class:`Changes`: the mentees, contracts, sessions… touched. A write service therefore
cannot under-report what it changed, and a screen asks "do I show any of this?" instead
of matching strings.

A row of a part (a contract's goal, a session's amendment) counts as a change of the
record it belongs to, so a page that lists contracts refreshes when a goal changes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # SQLAlchemy is imported when a session is, so the first screen needs none
    from sqlalchemy.orm import Session

_KEY = "changes"

# table -> [(kind, attribute holding that kind's id)]; the first attribute that is set wins
_ROUTES: dict[str, list[tuple[str, str]]] = {
    "mentee": [("mentees", "id")],
    "stakeholder": [("mentees", "mentee_id")],
    "mentor_profile": [("profile", "")],
    "contract": [("contracts", "id")],
    "contract_barrier": [("contracts", "contract_id")],
    "data_sharing_consent": [("contracts", "contract_id")],
    "goal": [("goals", "id")],
    "goal_attainment_level": [("goals", "goal_id")],
    "signature": [("contracts", "contract_id"), ("reviews", "review_id")],
    "mentoring_session": [("sessions", "id")],
    "session_amendment": [("sessions", "session_id")],
    "action_item": [("actions", "id")],
    "progress_review": [("reviews", "id")],
    "review_ksb_status": [("reviews", "review_id")],
    "evidence_item": [("evidence", "id")],
    "evidence_ksb": [("evidence", "evidence_id")],
    "ksb_rating": [("ratings", "id")],
    "gateway_record": [("gateway", "mentee_id")],
    "epa_observation": [("gateway", "mentee_id")],
    "standard": [("standards", "id")],
    "ksb": [("standards", "standard_id")],
    "duty": [("standards", "standard_id")],
    "reading_item": [("standards", "standard_id")],
    "reflection": [("reflections", "id")],
    "reflection_amendment": [("reflections", "reflection_id")],
    "supervision_record": [("supervision", "id")],
    "values_statement": [("values", "id")],
    "reading_entry": [("reading", "id")],
    "cpd_entry": [("cpd", "id")],
    "evaluation": [("evaluations", "id")],
    "safeguarding_concern": [("concerns", "id")],
    "chronology_entry": [("concerns", "concern_id")],
    "referral": [("referrals", "id")],
    "attachment": [("attachments", "id")],
    "vault_setting": [("settings", "")],
    "export_record": [("exports", "id")],
    "signing_identity": [("settings", "")],
}

_FLAGS = frozenset({"profile", "settings", "everything"})


@dataclass(frozen=True)
class Changes:
    """What one action changed. Empty means nothing; :attr:`everything` means "reload all"
    (a vault just unlocked, a demo just built)."""

    mentees: frozenset[int] = frozenset()
    contracts: frozenset[int] = frozenset()
    goals: frozenset[int] = frozenset()
    sessions: frozenset[int] = frozenset()
    actions: frozenset[int] = frozenset()
    reviews: frozenset[int] = frozenset()
    evidence: frozenset[int] = frozenset()
    gateway: frozenset[int] = frozenset()  # mentees whose gateway record changed
    ratings: frozenset[int] = frozenset()
    standards: frozenset[int] = frozenset()
    reflections: frozenset[int] = frozenset()
    supervision: frozenset[int] = frozenset()
    values: frozenset[int] = frozenset()
    reading: frozenset[int] = frozenset()
    cpd: frozenset[int] = frozenset()
    evaluations: frozenset[int] = frozenset()
    concerns: frozenset[int] = frozenset()
    referrals: frozenset[int] = frozenset()
    attachments: frozenset[int] = frozenset()
    exports: frozenset[int] = frozenset()
    profile: bool = False
    settings: bool = False
    everything: bool = False

    @classmethod
    def of(cls, **kinds: Iterable[int] | bool) -> Changes:
        """``Changes.of(sessions=[4, 5], settings=True)``."""
        values: dict[str, Any] = {}
        for name, value in kinds.items():
            values[name] = value if isinstance(value, bool) else frozenset(value)
        return cls(**values)

    def __or__(self, other: Changes) -> Changes:
        merged: dict[str, Any] = {}
        for f in fields(self):
            a, b = getattr(self, f.name), getattr(other, f.name)
            merged[f.name] = (a or b) if isinstance(a, bool) else a | b
        return Changes(**merged)

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def overlaps(self, other: Changes) -> bool:
        """True if both name a same record (or either is everything)."""
        if self.everything or other.everything:
            return bool(self) and bool(other)
        return any(
            getattr(self, f.name) & getattr(other, f.name)
            for f in fields(self)
            if isinstance(getattr(self, f.name), frozenset)
        ) or any(
            getattr(self, f.name) and getattr(other, f.name)
            for f in fields(self)
            if isinstance(getattr(self, f.name), bool) and f.name != "everything"
        )


def _record(session: Session, objects: Iterable[object]) -> None:
    from sqlalchemy import inspect

    found: set[tuple[str, int | None]] = session.info.setdefault(_KEY, set())
    for obj in objects:
        table = inspect(obj).mapper.local_table.name
        for kind, attribute in _ROUTES.get(table, ()):
            if not attribute:
                found.add((kind, None))
                break
            ident = getattr(obj, attribute, None)
            if ident is not None:
                found.add((kind, ident))
                break


def _after_flush(session: Session, _ctx: object) -> None:
    _record(session, session.new)
    _record(session, (o for o in session.dirty if session.is_modified(o)))
    _record(session, session.deleted)


def mark(session: Session, kind: str, ident: int) -> None:
    """Count record ``ident`` of ``kind`` ("reviews", "contracts"…) as changed by
    ``session``: for a row that belongs to a record without naming it in a column of its
    own (a countersignature on an issued copy of a review)."""
    session.info.setdefault(_KEY, set()).add((kind, ident))


def _bulk(state: Any) -> None:
    """An UPDATE, DELETE or INSERT statement run through the session names no objects: what
    it changed is unknown, so it counts as a change to everything."""
    if state.is_insert or state.is_update or state.is_delete:
        state.session.info.setdefault(_KEY, set()).add(("everything", None))


def install(session_factory: object) -> None:
    """Record what every session made by ``session_factory`` changes."""
    from sqlalchemy import event

    event.listen(session_factory, "after_flush", _after_flush)
    event.listen(session_factory, "do_orm_execute", _bulk)


def changes_of(session: Session) -> Changes:
    """What ``session`` has changed so far (call after a successful commit)."""
    ids: dict[str, set[int]] = {}
    flags: dict[str, bool] = {}
    for kind, ident in session.info.get(_KEY, ()):
        if kind in _FLAGS:
            flags[kind] = True
        elif ident is not None:
            ids.setdefault(kind, set()).add(ident)
    return Changes.of(**ids, **flags)
