"""End-point assessment gateway readiness: a checklist from rules kept as data, one file
per standard (``resources/gateway_rules/<reference>.json``, else ``default.json``), each
rule naming its source and, where the funding rules changed, the start dates it covers.

Besides the evidence, the gateway asks facts the mentor records here: English and maths
(where required), the employer's confirmation, the portfolio assembled, and for ST1379 the
sessions to be observed after the gateway, each with consent recorded.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.documents.reference import long_date
from mentordesk.errors import MentorDeskError, ValidationError
from mentordesk.services.ksb import coverage, otj
from mentordesk.services.stored import dbapi
from mentordesk.vault.enums import ObservationKind
from mentordesk.vault.models import EpaObservation, GatewayRecord, Mentee, Standard

CHECKS = {
    "months_on_programme",
    "otj_hours_at_least",
    "otj_target_met",
    "every_ksb_met",
    "english",
    "maths",
    "employer_confirmation",
    "portfolio_assembled",
    "observation_log",
}


class GatewayError(MentorDeskError):
    """Gateway rules that cannot be read, or a gateway record that is not there."""


@dataclass(frozen=True)
class Rule:
    id: str
    check: str
    label: str
    source: str
    params: dict
    starts_from: date | None = None
    starts_before: date | None = None

    def applies(self, start: date | None) -> bool:
        if start is None:
            return self.starts_from is None
        if self.starts_from and start < self.starts_from:
            return False
        return not (self.starts_before and start >= self.starts_before)


def rules_dir() -> Path:
    from mentordesk.paths import resources_dir

    return resources_dir() / "gateway_rules"


@cache
def load_rules(path: Path) -> tuple[Rule, ...]:
    """The rules of one file; a file that is not as expected is refused by name."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        rules = []
        for i, r in enumerate(data["rules"]):
            if r["check"] not in CHECKS:
                raise ValueError(f"rule {i} has an unknown check {r['check']!r}")
            if not (r.get("label") and r.get("source")):
                raise ValueError(f"rule {i} needs a label and a source")
            params = {k: v for k, v in r.items() if k not in _KEYS}
            rules.append(
                Rule(
                    r["id"],
                    r["check"],
                    r["label"],
                    r["source"],
                    _checked_params(i, r["check"], params),
                    date.fromisoformat(r["starts_from"]) if "starts_from" in r else None,
                    date.fromisoformat(r["starts_before"]) if "starts_before" in r else None,
                )
            )
        return tuple(rules)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise GatewayError(f"The gateway rules in {path.name} cannot be read: {exc}.") from exc


_KEYS = {"id", "check", "label", "source", "starts_from", "starts_before"}
# What each check needs besides its label and source: (parameter, what it must be).
_NEEDS = {
    "months_on_programme": (("months", "a whole number of months, 1 to 120"),),
    "otj_hours_at_least": (("hours", "a number of hours, 0 to 10,000"),),
    "observation_log": (
        ("live", "a number of live sessions, 0 to 20"),
        ("recorded", "a number of recorded sessions, 0 to 20"),
    ),
}
_RANGES = {"months": (1, 120), "hours": (0, 10_000), "live": (0, 20), "recorded": (0, 20)}
_REFERENCE = re.compile(r"^[A-Z]{2}\d{4}$")  # ST1379: a file name, never a path


def _checked_params(i: int, check: str, params: dict) -> dict:
    for name, what in _NEEDS.get(check, ()):
        value = params.get(name)
        low, high = _RANGES[name]
        whole = name != "hours"
        if (
            isinstance(value, bool)
            or not isinstance(value, int if whole else (int, float))
            or not low <= value <= high
        ):
            raise ValueError(f"rule {i} ({check}) needs {name!r}: {what}")
    return params


def rules_for(reference: str | None, start: date | None, folder: Path | None = None) -> list[Rule]:
    """The rules for a standard (by reference) and a start date."""
    folder = folder or rules_dir()
    known = reference is not None and _REFERENCE.match(reference)
    path = folder / f"{reference}.json" if known else None
    if path is None or not path.exists():
        path = folder / "default.json"
    return [r for r in load_rules(path) if r.applies(start)]


# -- facts -------------------------------------------------------------------------------
@dataclass(frozen=True)
class GatewayFacts:
    english_required: bool = False
    english_achieved_on: date | None = None
    maths_required: bool = False
    maths_achieved_on: date | None = None
    employer_confirmed_on: date | None = None
    employer_confirmed_by: str = ""
    portfolio_assembled_on: date | None = None
    notes: str = ""


_FACTS = [f for f in GatewayFacts.__dataclass_fields__]


def _mentee(db: Session, mentee_id: int) -> Mentee:
    row = db.get(Mentee, mentee_id)
    if row is None:
        raise GatewayError(f"Mentee {mentee_id} is not in this vault.")
    return row


def facts(db: Session, mentee_id: int) -> GatewayFacts:
    _mentee(db, mentee_id)
    row = db.get(GatewayRecord, mentee_id)
    if row is None:
        return GatewayFacts()
    return GatewayFacts(
        english_required=bool(row.english_required),
        english_achieved_on=row.english_achieved_on,
        maths_required=bool(row.maths_required),
        maths_achieved_on=row.maths_achieved_on,
        employer_confirmed_on=row.employer_confirmed_on,
        employer_confirmed_by=row.employer_confirmed_by or "",
        portfolio_assembled_on=row.portfolio_assembled_on,
        notes=row.notes or "",
    )


def save_facts(db: Session, mentee_id: int, given: GatewayFacts, today: date | None = None) -> None:
    _mentee(db, mentee_id)
    given = replace(
        given, employer_confirmed_by=given.employer_confirmed_by.strip(), notes=given.notes.strip()
    )
    for name in (
        "english_achieved_on",
        "maths_achieved_on",
        "employer_confirmed_on",
        "portfolio_assembled_on",
    ):
        on = getattr(given, name)
        if on is not None and today is not None and on > today:
            raise ValidationError(name, "A date recorded here cannot be after today.")
    if given.employer_confirmed_on and not given.employer_confirmed_by:
        raise ValidationError(
            "employer_confirmed_by", "Say who confirmed for the employer (name and role)."
        )
    row = db.get(GatewayRecord, mentee_id) or GatewayRecord(mentee_id=mentee_id)
    for name in _FACTS:
        value = getattr(given, name)
        setattr(row, name, value if value not in ("",) else None)
    row.english_required = given.english_required
    row.maths_required = given.maths_required
    db.add(row)
    db.flush()


def recorded_facts(db: Session, mentee_id: int) -> GatewayFacts | None:
    """The mentee's gateway facts, or None while none have been recorded."""
    _mentee(db, mentee_id)
    return facts(db, mentee_id) if db.get(GatewayRecord, mentee_id) is not None else None


def clear_facts(db: Session, mentee_id: int) -> None:
    """Remove the mentee's gateway facts (undoing the first facts recorded)."""
    row = db.get(GatewayRecord, mentee_id)
    if row is not None:
        db.delete(row)
        db.flush()


def mark_portfolio_assembled(db: Session, mentee_id: int, on: date) -> None:
    """Record that the portfolio was assembled (the gateway pack made) on ``on``."""
    save_facts(db, mentee_id, replace(facts(db, mentee_id), portfolio_assembled_on=on))


# -- the observation log ------------------------------------------------------------------
@dataclass(frozen=True)
class Observation:
    kind: ObservationKind
    description: str
    held_on: date | None = None
    consent_recorded_on: date | None = None
    consent_from: str = ""


def observations(db: Session, mentee_id: int) -> list[tuple[int, Observation]]:
    rows = db.scalars(
        select(EpaObservation)
        .where(EpaObservation.mentee_id == mentee_id)
        .order_by(EpaObservation.held_on.is_(None), EpaObservation.held_on, EpaObservation.id)
    )
    return [
        (
            r.id,
            Observation(
                r.kind, r.description, r.held_on, r.consent_recorded_on, r.consent_from or ""
            ),
        )
        for r in rows
    ]


def _check_observation(obs: Observation) -> Observation:
    text = obs.description.strip()
    if not text:
        raise ValidationError(
            "description", "Say which session this is (for example “Rota planning with Sam”)."
        )
    who = obs.consent_from.strip()
    if obs.consent_recorded_on and not who:
        raise ValidationError("consent_from", "Say whose consent was recorded.")
    return replace(obs, description=text, consent_from=who)


def _fill_observation(row: EpaObservation, obs: Observation) -> None:
    row.kind = obs.kind
    row.description = obs.description
    row.held_on = obs.held_on
    row.consent_recorded_on = obs.consent_recorded_on
    row.consent_from = obs.consent_from or None


def add_observation(
    db: Session, mentee_id: int, obs: Observation, *, observation_id: int | None = None
) -> int:
    _mentee(db, mentee_id)
    row = EpaObservation(id=observation_id, mentee_id=mentee_id)
    _fill_observation(row, _check_observation(obs))
    db.add(row)
    db.flush()
    return row.id


def _observation(db: Session, observation_id: int) -> EpaObservation:
    row = db.get(EpaObservation, observation_id)
    if row is None:
        raise GatewayError("That observation is no longer in this vault.")
    return row


def update_observation(db: Session, observation_id: int, obs: Observation) -> None:
    _fill_observation(_observation(db, observation_id), _check_observation(obs))
    db.flush()


def delete_observation(db: Session, observation_id: int) -> tuple[int, Observation]:
    """Delete an observation; (its mentee, what it was), to put it back on undo."""
    row = _observation(db, observation_id)
    found = dict(observations(db, row.mentee_id))[observation_id]
    mentee_id = row.mentee_id
    db.delete(row)
    db.flush()
    return mentee_id, found


# -- readiness ---------------------------------------------------------------------------
@dataclass(frozen=True)
class RuleResult:
    rule_id: str
    label: str
    source: str
    met: bool
    detail: str

    @property
    def mark(self) -> str:
        return "✔" if self.met else "✖"


@dataclass(frozen=True)
class Readiness:
    mentee_id: int
    mentee: str
    standard: str
    start_date: date | None
    results: tuple[RuleResult, ...]

    @property
    def ready(self) -> bool:
        return bool(self.results) and all(r.met for r in self.results)

    @property
    def unmet(self) -> list[RuleResult]:
        return [r for r in self.results if not r.met]


def add_months(start: date, months: int) -> date:
    """The same day ``months`` later (the month's last day when it has no such day)."""
    y, m = divmod(start.month - 1 + months, 12)
    year, month = start.year + y, m + 1
    for d in (start.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def time_on(start: date, today: date) -> tuple[int, int]:
    """Whole months and days from ``start`` to ``today``."""
    months = (today.year - start.year) * 12 + today.month - start.month
    if add_months(start, months) > today:
        months -= 1
    return months, (today - add_months(start, max(months, 0))).days


def _plural(n: int | float, word: str) -> str:
    return f"{n:g} {word}{'' if n == 1 else 's'}"


class _Judge:
    """Each check of a rule, over what one mentee's records say."""

    def __init__(self, db: Session, mentee: Mentee, today: date) -> None:
        self.db, self.mentee, self.today = db, mentee, today
        self.facts = facts(db, mentee.id)
        self.recorded = db.get(GatewayRecord, mentee.id) is not None
        self._otj: otj.OtjStatus | None = None
        self._matrix: coverage.Matrix | None = None

    @property
    def otj(self) -> otj.OtjStatus:
        if self._otj is None:
            self._otj = otj.status(dbapi(self.db), self.mentee.id, self.today)
        return self._otj

    @property
    def matrix(self) -> coverage.Matrix:
        if self._matrix is None:
            self._matrix = coverage.matrix(dbapi(self.db), self.mentee.id, self.today)
        return self._matrix

    def months_on_programme(self, p: dict) -> tuple[bool, str]:
        start = self.mentee.start_date
        if start is None:
            return False, "No start date recorded: add it to the mentee."
        months, days = time_on(start, self.today)
        ready_on = add_months(start, p["months"])
        spent = f"{_plural(max(months, 0), 'month')} {_plural(days, 'day')} on programme"
        if self.today >= ready_on:
            return True, f"{spent} (from {long_date(start)})"
        return False, f"{spent}; {p['months']} months are reached on {long_date(ready_on)}"

    def otj_hours_at_least(self, p: dict) -> tuple[bool, str]:
        got, need = self.otj.recorded, float(p["hours"])
        if got >= need:
            return True, f"{got:g} hours recorded"
        return False, f"{got:g} of {need:g} hours recorded: {need - got:g} to go"

    def otj_target_met(self, _p: dict) -> tuple[bool, str]:
        target, got = self.otj.target, self.otj.recorded
        if not target:
            return False, "No off-the-job target recorded: add it to the mentee."
        if got >= target:
            return True, f"{got:g} of {target:g} hours recorded"
        return False, f"{got:g} of {target:g} hours recorded: {target - got:g} to go"

    def every_ksb_met(self, _p: dict) -> tuple[bool, str]:
        m = self.matrix
        if not m.rows:
            return False, "The mentee has no standard with KSBs: choose their standard."
        gaps = m.gaps()
        if not gaps:
            return True, f"all {len(m.rows)} KSBs met"
        shown = ", ".join(g.code for g in gaps)
        return False, f"{m.met} of {len(m.rows)} KSBs met; still to meet: {shown}"

    def _level2(self, subject: str) -> tuple[bool, str]:
        if not self.recorded:
            return False, "not recorded yet: say in the gateway facts whether it is required"
        required = getattr(self.facts, f"{subject}_required")
        achieved = getattr(self.facts, f"{subject}_achieved_on")
        if not required:
            return True, "not required for this mentee"
        if achieved:
            return True, f"achieved on {long_date(achieved)}"
        return False, "required and not yet recorded as achieved"

    def english(self, _p: dict) -> tuple[bool, str]:
        return self._level2("english")

    def maths(self, _p: dict) -> tuple[bool, str]:
        return self._level2("maths")

    def employer_confirmation(self, _p: dict) -> tuple[bool, str]:
        f = self.facts
        if f.employer_confirmed_on:
            return True, f"by {f.employer_confirmed_by} on {long_date(f.employer_confirmed_on)}"
        return False, "not recorded yet"

    def portfolio_assembled(self, _p: dict) -> tuple[bool, str]:
        on = self.facts.portfolio_assembled_on
        return (True, f"on {long_date(on)}") if on else (False, "not assembled yet")

    def observation_log(self, p: dict) -> tuple[bool, str]:
        logged = [o for _i, o in observations(self.db, self.mentee.id)]
        consented = [o for o in logged if o.consent_recorded_on]
        live = sum(1 for o in consented if o.kind is ObservationKind.LIVE)
        recorded = sum(1 for o in consented if o.kind is ObservationKind.RECORDED)
        need_live, need_rec = int(p.get("live", 1)), int(p.get("recorded", 2))
        have = f"{live} of {need_live} live and {recorded} of {need_rec} recorded, with consent"
        waiting = len(logged) - len(consented)
        if waiting:
            have += f"; {_plural(waiting, 'session')} still without consent"
        return live >= need_live and recorded >= need_rec, have


def readiness(db: Session, mentee_id: int, today: date) -> Readiness:
    """The mentee's gateway checklist: every rule for their standard and start date, met or
    not, with what was found."""
    mentee = _mentee(db, mentee_id)
    standard = db.get(Standard, mentee.standard_id) if mentee.standard_id else None
    judge = _Judge(db, mentee, today)
    results = []
    for rule in rules_for(standard.reference if standard else None, mentee.start_date):
        met, detail = getattr(judge, rule.check)(rule.params)
        results.append(RuleResult(rule.id, rule.label, rule.source, met, detail))
    return Readiness(
        mentee_id,
        mentee.full_name,
        standard.label if standard else "",
        mentee.start_date,
        tuple(results),
    )
