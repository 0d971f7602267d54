"""Coverage of a standard by one portfolio: for every KSB, how many pieces of evidence
against how many are required, the latest judgement, when last evidenced, and a status
in words; the gaps with the duties they belong to; and progress by month.

A KSB is *met* when it has at least the required count of evidence and a signed-off
judgement of "met"; *met, awaiting sign-off* when judged met but not signed off (or short
of the count); *working towards* with any evidence; else it has *no evidence*. The
required count is a preference per standard (default 2).

Reads with plain SQL over the vault's connection (``stored.dbapi`` from an ORM session),
so one portfolio's matrix is quick even in a vault with hundreds of thousands of links.
For the mentor's own portfolio, final reflections and CPD entries tagged with a KSB count
as evidence too (without a judgement of their own).
"""

from __future__ import annotations

import enum
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from mentordesk.errors import ValidationError
from mentordesk.services.profile import mentor_standard_of
from mentordesk.services.stored import KSB_KIND_ORDER, day
from mentordesk.vault.enums import Judgement, KsbKind

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

REQUIRED_KEY = "ksb_required:{0}"  # a vault setting per standard id
REQUIRED_DEFAULT = 2
REQUIRED_MAX = 20


class Status(enum.Enum):
    NONE = "none"
    WORKING = "working"
    AWAITING = "awaiting"
    MET = "met"


_STATUS_WORDS = {
    Status.NONE: "✖ No evidence",
    Status.WORKING: "◐ Working towards",
    Status.AWAITING: "◑ Met, awaiting sign-off",
    Status.MET: "✔ Met",
}


def status_words(status: Status) -> str:
    """A status as a symbol and words, never colour alone."""
    return _STATUS_WORDS[status]


@dataclass(frozen=True)
class CoverageRow:
    ksb_id: int
    code: str
    kind: KsbKind
    detail: str
    duties: tuple[str, ...]
    count: int
    required: int
    latest: Judgement | None
    last_on: date | None
    status: Status
    signed_met: bool = False

    @property
    def missing(self) -> int:
        """Pieces of evidence still needed to reach the required count."""
        return max(0, self.required - self.count)

    @property
    def gap(self) -> bool:
        return self.status is not Status.MET

    @property
    def status_words(self) -> str:
        if self.status is Status.AWAITING and self.signed_met:
            return "◑ Met, more evidence needed"  # signed off, short of the count
        return status_words(self.status)

    @property
    def needs(self) -> str:
        """What is missing, in words ("" when met)."""
        if not self.gap:
            return ""
        parts = []
        if self.missing:
            parts.append(f"{self.missing} more piece{'s' if self.missing != 1 else ''}")
        if not self.signed_met:
            parts.append("a signed-off “met” judgement")
        return "needs " + " and ".join(parts)


@dataclass(frozen=True)
class Matrix:
    owner: int | None
    owner_name: str
    standard_id: int | None
    standard: str
    required: int
    rows: tuple[CoverageRow, ...]
    today: date
    start_date: date | None = None
    end_date: date | None = None

    @property
    def met(self) -> int:
        return sum(1 for r in self.rows if r.status is Status.MET)

    @property
    def evidenced(self) -> int:
        return sum(1 for r in self.rows if r.count)

    def _percent(self, n: int) -> float:
        return round(100 * n / len(self.rows), 1) if self.rows else 0.0

    @property
    def percent_met(self) -> float:
        return self._percent(self.met)

    @property
    def percent_evidenced(self) -> float:
        return self._percent(self.evidenced)

    @property
    def percent_elapsed(self) -> float | None:
        return elapsed(self.start_date, self.end_date, self.today)

    def gaps(self) -> list[CoverageRow]:
        return [r for r in self.rows if r.gap]


def elapsed(start: date | None, end: date | None, on: date) -> float | None:
    """How much of the programme's time has passed by ``on``, in per cent."""
    if start is None or end is None or end <= start:
        return None
    done = min(max((on - start).days, 0), (end - start).days)
    return round(100 * done / (end - start).days, 1)


# -- the preference ---------------------------------------------------------------------
def required_of(conn, standard_id: int | None) -> int:
    if standard_id is None:
        return REQUIRED_DEFAULT
    row = conn.execute(
        "SELECT value FROM vault_setting WHERE key = ?", (REQUIRED_KEY.format(standard_id),)
    ).fetchone()
    return int(row[0]) if row else REQUIRED_DEFAULT


def required_count(db: Session, standard_id: int | None) -> int:
    """How many pieces of evidence each KSB of the standard needs (default 2)."""
    from mentordesk.services.stored import dbapi

    return required_of(dbapi(db), standard_id)


def set_required_count(db: Session, standard_id: int, n: int) -> None:
    if not 1 <= n <= REQUIRED_MAX:
        raise ValidationError(
            "required", f"Each KSB needs between 1 and {REQUIRED_MAX} pieces of evidence."
        )
    from mentordesk.vault.models import VaultSetting

    key = REQUIRED_KEY.format(standard_id)
    row = db.get(VaultSetting, key) or VaultSetting(key=key)
    row.value = str(n)
    db.add(row)
    db.flush()


# -- whose portfolio ----------------------------------------------------------------------
@dataclass(frozen=True)
class Owner:
    owner: int | None
    name: str
    standard_id: int | None
    standard: str
    start_date: date | None
    end_date: date | None


def owner_of(conn, owner: int | None) -> Owner:
    if owner is None:
        found = conn.execute("SELECT full_name FROM mentor_profile WHERE id = 1").fetchone()
        name, standard_id, start, end = (
            (found[0] if found else "Me"),
            mentor_standard_of(conn),
            None,
            None,
        )
    else:
        found = conn.execute(
            "SELECT full_name, standard_id, start_date, planned_end_date FROM mentee WHERE id = ?",
            (owner,),
        ).fetchone()
        if found is None:
            raise ValidationError("mentee", f"Mentee {owner} is not in this vault.")
        name, standard_id, start, end = found[0], found[1], day(found[2]), day(found[3])
    label = ""
    if standard_id is not None:
        ref, version, title = conn.execute(
            "SELECT reference, version, title FROM standard WHERE id = ?", (standard_id,)
        ).fetchone()
        label = f"{title} ({ref} v{version})"
    return Owner(owner, name, standard_id, label, start, end)


# -- evidence as (ksb, day, judgement, signed off on) -------------------------------------
def _links(conn, owner: int | None, standard_id: int):
    """Every link of the portfolio's evidence to a current KSB of its standard, as (KSB,
    day, judgement, signed off on, evidence id; 0 for a reflection or CPD). The joins are
    read from the owner's evidence outwards (CROSS JOIN fixes SQLite's order): from the
    KSBs inwards, the mentor's portfolio would read every mentee's links too."""
    whose = "i.mentee_id IS NULL" if owner is None else "i.mentee_id = ?"
    args: tuple = (standard_id,) if owner is None else (owner, standard_id)
    rows = conn.execute(
        f"""SELECT l.ksb_id, i.occurred_on, l.judgement, i.signed_off_on, i.id
              FROM evidence_item i CROSS JOIN evidence_ksb l ON l.evidence_id = i.id
              CROSS JOIN ksb k ON k.id = l.ksb_id
             WHERE {whose} AND k.standard_id = ? AND NOT k.retired""",
        args,
    ).fetchall()
    if owner is None:
        rows += _practice_links(conn, standard_id)
    return rows


def _practice_links(conn, standard_id: int) -> list:
    """The mentor's final reflections and CPD entries tagged with KSBs of the standard.
    Which reflections are final is read from their list index, never from rows holding
    their words (the join would read every reflection whole)."""
    final = dict(
        conn.execute(
            """SELECT id, occurred_on FROM reflection INDEXED BY ix_reflection_list
                WHERE finalised_at IS NOT NULL"""
        ).fetchall()
    )
    ksbs = {
        kid
        for (kid,) in conn.execute(
            "SELECT id FROM ksb WHERE standard_id = ? AND NOT retired", (standard_id,)
        )
    }
    found = [
        (kid, final[rid], None, None, 0)
        for rid, kid in conn.execute("SELECT reflection_id, ksb_id FROM reflection_ksb")
        if kid in ksbs and rid in final
    ]
    found += conn.execute(
        """SELECT ck.ksb_id, c.occurred_on, NULL, NULL, 0
             FROM cpd_ksb ck JOIN cpd_entry c ON c.id = ck.cpd_id
             JOIN ksb k ON k.id = ck.ksb_id
            WHERE k.standard_id = ? AND NOT k.retired""",
        (standard_id,),
    ).fetchall()
    return found


def _ksbs(conn, standard_id: int):
    ksbs = conn.execute(
        f"""SELECT k.id, k.code, k.kind, k.detail FROM ksb k
             WHERE k.standard_id = ? AND NOT k.retired ORDER BY {KSB_KIND_ORDER}, k.position""",
        (standard_id,),
    ).fetchall()
    duties: dict[int, list[str]] = defaultdict(list)
    for kid, code in conn.execute(
        """SELECT dk.ksb_id, d.code FROM duty d JOIN duty_ksb dk ON dk.duty_id = d.id
            WHERE d.standard_id = ? ORDER BY d.position""",
        (standard_id,),
    ):
        duties[kid].append(code)
    return ksbs, duties


def matrix(conn, owner: int | None, today: date) -> Matrix:
    """Every KSB of the owner's standard with its evidence, judgement and status."""
    who = owner_of(conn, owner)
    if who.standard_id is None:
        return Matrix(owner, who.name, None, "", REQUIRED_DEFAULT, (), today)
    required = required_of(conn, who.standard_id)
    count: dict[int, int] = defaultdict(int)
    last: dict[int, str] = {}
    # ksb -> (day, evidence id, judgement) of the latest judged: of two on one day, the one
    # added later
    latest: dict[int, tuple[str, int, str]] = {}
    signed_met: set[int] = set()
    for kid, on, judgement, signed, eid in _links(conn, owner, who.standard_id):
        count[kid] += 1
        if on > last.get(kid, ""):
            last[kid] = on
        if judgement is not None:
            if (on, eid) > latest.get(kid, ("", -1, ""))[:2]:
                latest[kid] = (on, eid, judgement)
            if judgement == Judgement.MET.value and signed is not None:
                signed_met.add(kid)
    ksbs, duties = _ksbs(conn, who.standard_id)
    rows = []
    for kid, code, kind, detail in ksbs:
        n = count.get(kid, 0)
        judged = Judgement(latest[kid][2]) if kid in latest else None
        if n == 0:
            status = Status.NONE
        elif kid in signed_met and n >= required:
            status = Status.MET
        elif judged is Judgement.MET or kid in signed_met:
            status = Status.AWAITING
        else:
            status = Status.WORKING
        rows.append(
            CoverageRow(
                kid,
                code,
                KsbKind(kind),
                detail,
                tuple(duties.get(kid, ())),
                n,
                required,
                judged,
                day(last.get(kid)),
                status,
                kid in signed_met,
            )
        )
    return Matrix(
        owner,
        who.name,
        who.standard_id,
        who.standard,
        required,
        tuple(rows),
        today,
        who.start_date,
        who.end_date,
    )


# -- progress over time -----------------------------------------------------------------
@dataclass(frozen=True)
class ProgressPoint:
    month: date  # the first of the month; figures as at its last day (or today)
    percent_met: float
    percent_elapsed: float | None


def _month_end(first: date) -> date:
    nxt = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return date.fromordinal(nxt.toordinal() - 1)


def met_on(conn, owner: int | None, standard_id: int, required: int) -> dict[int, date]:
    """The day each KSB became met: its required count reached and a "met" signed off."""
    by_ksb: dict[int, list[str]] = defaultdict(list)
    signed: dict[int, str] = {}
    for kid, on, judgement, signed_on, _eid in _links(conn, owner, standard_id):
        by_ksb[kid].append(on)
        if judgement == Judgement.MET.value and signed_on is not None:
            if signed_on < signed.get(kid, "9999"):
                signed[kid] = signed_on
    out = {}
    for kid, first_signed in signed.items():
        days = sorted(by_ksb[kid])
        if len(days) >= required:
            out[kid] = date.fromisoformat(max(days[required - 1], first_signed))
    return out


def progress(conn, owner: int | None, today: date) -> list[ProgressPoint]:
    """% of KSBs met at the end of each month (the current month: today), from the start
    of the programme (or the first evidence) to today, with % of programme time elapsed."""
    who = owner_of(conn, owner)
    if who.standard_id is None:
        return []
    total = conn.execute(
        "SELECT count(*) FROM ksb WHERE standard_id = ? AND NOT retired", (who.standard_id,)
    ).fetchone()[0]
    if not total:
        return []
    met = met_on(conn, owner, who.standard_id, required_of(conn, who.standard_id))
    begin = who.start_date
    if begin is None:
        links = _links(conn, owner, who.standard_id)
        firsts = [date.fromisoformat(link[1]) for link in links]
        begin = min(firsts) if firsts else today
    month = date(begin.year, begin.month, 1)
    days = sorted(met.values())
    points = []
    while month <= today:
        until = min(_month_end(month), today)
        done = sum(1 for d in days if d <= until)
        points.append(
            ProgressPoint(
                month,
                round(100 * done / total, 1),
                elapsed(who.start_date, who.end_date, until),
            )
        )
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return points
