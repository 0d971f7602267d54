"""Reading reflections for lists: one query each, plain rows, no ORM object per row (the
list holds every reflection of ten years); what the mentor's tags count as evidence; and a
draft seeded from a session."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, NamedTuple

from mentordesk.services import reflection_models
from mentordesk.services.profile import mentor_standard_id
from mentordesk.services.reflections.store import ReflectionDraft
from mentordesk.services.stored import KSB_KIND_ORDER

if TYPE_CHECKING:
    from collections.abc import Collection
    from typing import Any

    from sqlalchemy.orm import Session

    DbApi = Any  # a DB-API connection (sqlcipher3)


class ReflectionRow(NamedTuple):  # a tuple: the list makes tens of thousands at once
    id: int
    title: str
    occurred_on: date
    model: str  # the model's name ("Gibbs' reflective cycle")
    final: bool
    ksbs: str  # "K12, S13"
    links: int = 0  # sessions, supervision, CPD and reading linked


def _day(text: str) -> date:
    return date.fromisoformat(text[:10])


_LINKS = ("reflection_session", "reflection_supervision", "reflection_cpd", "reflection_reading")


def rows(db: Session | DbApi, only: Collection[int] | None = None) -> list[ReflectionRow]:
    """Every reflection, newest first; ``only``: just those of these ids (that still exist),
    to refresh a list after a change without reading it all again. Read on the plain
    connection (``db`` may be one: the vault's own, warm, on the GUI thread), the reflection
    table through its list index only (its words stay on disk); the KSB codes and the count
    of links come in a query each. 25,000 rows: no object each."""
    from sqlalchemy.orm import Session as OrmSession

    from mentordesk.services.stored import dbapi

    models = reflection_models.all_models()
    names = {key: m.name for key, m in models.items()}
    free = names[reflection_models.FREE]
    raw = dbapi(db) if isinstance(db, OrmSession) else db
    where = ""
    args: tuple[int, ...] = ()
    if only is not None:
        wanted = tuple(sorted(set(only)))
        where = f"WHERE {{0}} IN ({', '.join('?' * len(wanted))})" if wanted else "WHERE 0"
        args = wanted
    # The KSB codes and link counts first, then the rows streamed (never all held twice):
    # a list of tens of thousands is read without a copy of it to throw away.
    order = {
        kid: (rank, code)
        for kid, rank, code in raw.execute(
            f"SELECT k.id, {KSB_KIND_ORDER} * 1000000 + k.position, k.code FROM ksb k"
        )
    }
    tagged: dict[int, tuple[tuple[int, str], ...]] = {}
    for rid, kid in raw.execute(
        f"SELECT reflection_id, ksb_id FROM reflection_ksb {where.format('reflection_id')}",
        args,
    ):
        tagged[rid] = (*tagged.get(rid, ()), order[kid])
    codes = {rid: ", ".join(code for _rank, code in sorted(ks)) for rid, ks in tagged.items()}
    del tagged
    links: Counter[int] = Counter()
    for table in _LINKS:
        links.update(
            rid
            for (rid,) in raw.execute(
                f"SELECT reflection_id FROM {table} {where.format('reflection_id')}", args
            )
        )
    # Every row: through the list index alone; a few rows: by their ids.
    through = "" if only is not None else "INDEXED BY ix_reflection_list"
    cursor = raw.execute(
        f"""SELECT id, title, occurred_on, model, finalised_at IS NOT NULL FROM reflection
           {through} {where.format("id")}
           ORDER BY occurred_on DESC, id DESC""",
        args,
    )
    days: dict[str, date] = {}
    return [
        ReflectionRow(
            rid,
            title or "",
            days.get(day) or days.setdefault(day, _day(day)),
            names.get(model, free),
            bool(final),
            codes.get(rid, ""),
            links.get(rid, 0),
        )
        for rid, title, day, model, final in cursor
    ]


@dataclass(frozen=True)
class KsbChoice:
    id: int
    code: str
    text: str


def ksb_choices(db: Session) -> list[KsbChoice]:
    """The KSBs of the mentor's own standard, in order, to tag a reflection with."""
    standard = mentor_standard_id(db)
    if standard is None:
        return []
    result = db.connection().exec_driver_sql(
        f"""SELECT k.id, k.code, k.detail FROM ksb k WHERE k.standard_id = ? AND NOT k.retired
            ORDER BY {KSB_KIND_ORDER}, k.position""",
        (standard,),
    )
    return [KsbChoice(kid, code, detail) for kid, code, detail in result]


@dataclass(frozen=True)
class OwnEvidence:
    """One piece of the mentor's own evidence for one KSB: a final reflection or a CPD
    entry tagged with it."""

    ksb_id: int
    code: str
    kind: str  # "reflection" | "cpd"
    record_id: int
    title: str
    on: date


def own_evidence(db: Session, ksb_id: int | None = None) -> list[OwnEvidence]:
    """The mentor's evidence against their own standard from their reflective practice:
    each final reflection and each CPD entry, for each KSB it is tagged with (a draft is
    not evidence yet), by KSB then date; ``ksb_id``: for that KSB only."""
    standard = mentor_standard_id(db)
    if standard is None:
        return []
    only = "" if ksb_id is None else "AND k.id = ?"
    args = (standard,) if ksb_id is None else (standard, ksb_id)
    conn = db.connection()
    result = conn.exec_driver_sql(
        f"""SELECT k.id, k.code, 'reflection', r.id, r.title, r.occurred_on, {KSB_KIND_ORDER},
                  k.position
             FROM reflection_ksb rk JOIN reflection r ON r.id = rk.reflection_id
             JOIN ksb k ON k.id = rk.ksb_id
            WHERE k.standard_id = ? {only} AND r.finalised_at IS NOT NULL
           UNION ALL
           SELECT k.id, k.code, 'cpd', c.id, c.title, c.occurred_on, {KSB_KIND_ORDER}, k.position
             FROM cpd_ksb ck JOIN cpd_entry c ON c.id = ck.cpd_id JOIN ksb k ON k.id = ck.ksb_id
            WHERE k.standard_id = ? {only}
           ORDER BY 7, 8, 6, 3, 4""",
        args * 2,
    )
    return [
        OwnEvidence(kid, code, kind, rid, title, _day(day))
        for kid, code, kind, rid, title, day, _k, _p in result
    ]


def evidence_counts(db: Session) -> dict[int, tuple[int, int]]:
    """For each KSB with evidence: how many final reflections and CPD entries are tagged
    with it. Read from the links and the reflections' list index only (no reflection's
    words), so it stays quick with tens of thousands of each."""
    conn = db.connection()
    final = {
        rid
        for (rid,) in conn.exec_driver_sql(
            "SELECT id FROM reflection INDEXED BY ix_reflection_list WHERE finalised_at IS NOT NULL"
        )
    }
    counts: dict[int, list[int]] = {}
    for rid, kid in conn.exec_driver_sql("SELECT reflection_id, ksb_id FROM reflection_ksb"):
        if rid in final:
            counts.setdefault(kid, [0, 0])[0] += 1
    for (kid,) in conn.exec_driver_sql("SELECT ksb_id FROM cpd_ksb"):
        counts.setdefault(kid, [0, 0])[1] += 1
    return {kid: (n[0], n[1]) for kid, n in counts.items()}


# -- a draft from a session -----------------------------------------------------------------
def _scrub(text: str, names: list[str]) -> str:
    """``text`` with each of ``names`` replaced by "the mentee": a full name in any case; a
    single word of it only written with its capital and not an ordinary word ("Will",
    "Young" go; "I will check the young people's rota" stays as it is)."""
    import re

    from mentordesk.services.deidentify import COMMON_WORDS

    for name in sorted(names, key=len, reverse=True):
        spaced = r"\s+".join(re.escape(w) for w in name.split())
        text = re.sub(rf"\b{spaced}\b", "the mentee", text, flags=re.IGNORECASE)
    words = {w for n in names for w in n.split() if len(w) > 1}
    for word in sorted(words, key=len, reverse=True):
        if word.casefold() in COMMON_WORDS:
            word = word[:1].upper() + word[1:]  # only the name, with its capital
        text = re.sub(rf"\b{re.escape(word)}\b", "the mentee", text)
    return text


def from_session(db: Session, session_id: int) -> ReflectionDraft:
    """A draft reflecting on a session: its date, the model used and what was agreed, in
    the first stage of Gibbs' cycle; linked to the session and its mentee, and without the
    mentee's name anywhere in its words."""
    from mentordesk.services.sessions.planning import get

    s = get(db, session_id)
    day: date = s.starts_at.astimezone().date()
    used = reflection_models_name(s.model)
    agreed = [
        f"- {a.description}" + (f" (by {a.due_date:%d %b %Y})" if a.due_date else "")
        for a in sorted(s.actions, key=lambda a: a.id)
    ]
    lines = [
        f"Mentoring session on {day:%d %b %Y} ({s.duration_minutes} minutes), using {used}.",
    ]
    if agreed:
        lines += ["", "What we agreed:", *agreed]
    names = [s.mentee.full_name, *([s.mentee.preferred_name] if s.mentee.preferred_name else [])]
    model = reflection_models.get("gibbs")
    first = model.stages[0].key
    return ReflectionDraft(
        title=f"Reflecting on a session, {day:%d %b %Y}",
        occurred_on=day,
        model=model.key,
        texts={first: _scrub("\n".join(lines), names)},
        mentee_id=s.mentee_id,
        session_ids=[s.id],
    )


def reflection_models_name(session_model: str) -> str:
    """The session model's name in words ("GROW"; free notes: "free notes")."""
    from mentordesk.services import session_models

    if session_model == session_models.FREE:
        return "free notes"
    return session_models.get(session_model).name


def reflections_on_session(db: Session, session_id: int) -> list[tuple[int, str, datetime | None]]:
    """The reflections linked to a session: (id, title, finalised_at)."""
    conn = db.connection()
    return [
        (rid, title, None if fin is None else datetime.fromisoformat(fin))
        for rid, title, fin in conn.exec_driver_sql(
            """SELECT r.id, r.title, r.finalised_at FROM reflection r
               JOIN reflection_session rs ON rs.reflection_id = r.id
               WHERE rs.session_id = ? ORDER BY r.occurred_on, r.id""",
            (session_id,),
        )
    ]
