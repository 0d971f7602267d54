"""Build a demo vault: a mentor's year (or, for benchmarks, a very busy one, or ten).

Rows are generated from a seeded random generator and dates anchored on one day, so the
same seed and anchor give the same records. They are written with bulk inserts in a single
transaction, each with its audit event, through the same audit chain as every other write.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from mentordesk.services.demo import content as words
from mentordesk.services.demo import roles, workplaces
from mentordesk.services.demo.bulk import review_rows, session_rows
from mentordesk.services.demo.contracts import ContractPlan, sign_contracts
from mentordesk.services.demo.evidence import evidence_rows, write_tracker
from mentordesk.services.demo.practice import practice_rows
from mentordesk.services.demo.reflective import (
    write_cpd,
    write_reading,
    write_reflections,
    write_supervision,
    write_values,
)
from mentordesk.services.demo.sessions import ReviewSpec, SessionSpec, conduct, hold_reviews
from mentordesk.services.profile import ProfileData
from mentordesk.services.vaults import create_vault
from mentordesk.vault import audit
from mentordesk.vault.models import (
    Base,
    Ksb,
    MeetingMode,
    MenteeStatus,
    Rag,
    StakeholderRole,
    Standard,
)
from mentordesk.vault.otj import effective_otj_target
from mentordesk.words import QT_TRANSLATE_NOOP

REVIEW_DAYS = 84  # twelve weeks: reviews are held at most this far apart

DEMO_PASSPHRASE = "demo mentor passphrase"
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class DemoSize:
    mentees: int
    sessions_per_mentee: int | None  # None: one every cadence over the programme so far
    reflections: int
    evidence_links: int | None
    cpd_entries: int
    through_services: bool  # sessions and reviews made one by one, as a mentor would
    # Days over which mentees started; None: within the last two years (or one, if few).
    # Mentees whose programme ended before the anchor are completed, their sessions and
    # reviews stopping with it.
    history_days: int | None = None


SIZES = {
    "small": DemoSize(
        mentees=6,
        sessions_per_mentee=None,
        reflections=24,
        evidence_links=None,
        cpd_entries=18,
        through_services=True,
    ),
    "large": DemoSize(
        mentees=200,
        sessions_per_mentee=100,
        reflections=5000,
        evidence_links=50000,
        cpd_entries=2000,
        through_services=False,  # see demo.bulk
    ),
    # Ten years of a busy mentor's records, for benchmarks: as "large" per mentee.
    "xl": DemoSize(
        mentees=1000,
        sessions_per_mentee=100,
        reflections=25000,
        evidence_links=250000,
        cpd_entries=10000,
        through_services=False,
        history_days=3650,
    ),
}


class _Rows:
    """Rows per table with ids handed out here, so links need no round trips."""

    def __init__(self) -> None:
        self.tables: dict[str, list[dict]] = {}
        self._next: dict[str, int] = {}

    def add(self, table: str, **values) -> int:
        if "id" in Base.metadata.tables[table].c and "id" not in values:
            values["id"] = self._next.get(table, 1)
            self._next[table] = values["id"] + 1
        self.tables.setdefault(table, []).append(values)
        return values.get("id", 0)

    def count(self, table: str) -> int:
        return len(self.tables.get(table, []))


class DemoYear:
    def __init__(
        self,
        size: DemoSize,
        seed: int,
        anchor: date,
        ksbs: dict[str, list[int]],
        standards: list[int],
        mentor_ksbs: list[int],
    ):
        self.size = size
        self.rng = random.Random(seed)
        self.anchor = anchor
        self.stamp = datetime.combine(anchor, time(8, 0), tzinfo=UTC)
        self.ksbs = ksbs  # standard id (as str) -> ksb ids
        self.standards = standards
        self.mentor_ksbs = mentor_ksbs
        self.rows = _Rows()
        self.otj_per_day: dict[int, float] = {}
        self.seed = seed
        self.contract_plans: list[ContractPlan] = []
        self.session_specs: list[SessionSpec] = []
        self.review_specs: list[ReviewSpec] = []
        self.review_pattern = "random"  # "steady" on time, "missed" none yet, or "random"
        self.held_days: list[tuple[int, int, date, int]] = []  # spec index, mentee, day, std
        self.reflection_sessions: list[tuple[int, int]] = []  # reflection id, spec index
        self.mentee_ksbs: dict[int, list[int]] = {}
        self.roles_of: dict[int, roles.Role] = {}  # each mentee's workplace and role
        self.session_ids: list[int] = []  # in spec order, when written in bulk

    # -- helpers -----------------------------------------------------------------------
    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def weekday(self, day: date) -> date:
        while day.weekday() >= 5:
            day += timedelta(days=1)
        return day

    def at(self, day: date, hour: int, minute: int = 0) -> datetime:
        return datetime.combine(day, time(hour, minute), tzinfo=UTC)

    # -- people ------------------------------------------------------------------------
    def _name(self, n: int, taken: set[str]) -> tuple[str, str | None]:
        """The small demo's cast first, then names drawn at random (unique while they last)."""
        if n < len(words.CAST):
            return words.CAST[n]
        while True:
            name = f"{self.pick(words.FIRST_NAMES)} {self.pick(words.LAST_NAMES)}"
            if name not in taken or len(taken) > 700:
                return name, None

    def _email(self, name: str, domain: str) -> str:
        return ".".join(name.lower().replace("'", "").split()) + f"@{domain}"

    def mentees(self) -> None:
        span = self.size.history_days or (330 if self.size.mentees <= 10 else 700)
        names = {name for name, _preferred in words.CAST}
        for n in range(self.size.mentees):
            name, preferred = self._name(n, names)
            names.add(name)
            role = workplaces.ROLES[n % len(workplaces.ROLES)]
            start = self.weekday(self.anchor - timedelta(days=self.rng.randint(40, span)))
            # Whatever the anchor, the first mentee's next review falls due within the
            # fortnight and the second's is overdue, so the dashboard shows both.
            if n == 0:
                start = self.weekday(self.anchor - timedelta(days=3 * REVIEW_DAYS - 7))
            elif n == 1:
                start = self.weekday(self.anchor - timedelta(days=REVIEW_DAYS + 16))
            self.review_pattern = {0: "steady", 1: "missed"}.get(n, "random")
            status = MenteeStatus.ACTIVE
            if self.size.mentees > 10 and n % 17 == 5:
                status = self.pick([MenteeStatus.COMPLETED, MenteeStatus.ON_BREAK])
            standard_id = self.standards[n % len(self.standards)]
            planned_end = start + timedelta(days=self.rng.choice([396, 456, 548]))
            until = self.anchor + timedelta(days=42)
            if self.size.history_days and n > 1 and planned_end < self.anchor:
                # Sessions stop a week before the end (weekends move them on a little).
                status, until = MenteeStatus.COMPLETED, planned_end - timedelta(days=7)
            provider, provider_domain = words.PROVIDER
            tutor = f"{self.pick(words.FIRST_NAMES)} {self.pick(words.LAST_NAMES)}"
            # Some have told their provider of a learning support need; one in seven
            # (the third mentee first) has prior learning that takes hours off the target.
            support = self.pick(roles.SUPPORT_NEEDS) if n % 3 == 2 else None
            reduced = n % 7 == 2
            row = {
                "full_name": name,
                "preferred_name": preferred,
                "email": self._email(name, role.domain),
                "phone": f"07700 900{n % 1000:03d}",
                "job_title": role.job_title,
                "employer": role.employer,
                "standard_id": standard_id,
                "start_date": start,
                "planned_end_date": planned_end,
                "otj_hours_target": float(self.rng.choice([278, 312, 365, 420])),
                "status": status,
                "notes": None,
                "uln": roles.new_uln(self.rng),
                "provider_name": provider,
                "provider_contact": tutor,
                "provider_email": self._email(tutor, provider_domain),
                "provider_phone": f"0113 496 0{n % 1000:03d}",
                "line_manager_id": None,  # their stakeholder record, made next
                "support_needs": support,
                "prior_learning": role.prior_learning,
                "otj_reduction_hours": roles.PRIOR_LEARNING_REDUCTION if reduced else None,
            }
            mentee_id = self.rows.add("mentee", **row)
            self.roles_of[mentee_id] = role
            self.mentee(mentee_id, self.rows.tables["mentee"][-1], start, standard_id, until)

    def mentee(self, mentee_id: int, row: dict, start: date, std: int, until: date) -> None:
        rows = self.rows
        role = self.roles_of[mentee_id]
        manager = f"{self.pick(words.FIRST_NAMES)} {self.pick(words.LAST_NAMES)}"
        row["line_manager_id"] = rows.add(
            "stakeholder",
            mentee_id=mentee_id,
            role=StakeholderRole.LINE_MANAGER,
            role_other=None,
            name=manager,
            organisation=role.employer,
            email=self._email(manager, role.domain),
            phone=None,
            needs="Monthly update on progress and any support the team can give.",
        )
        rows.add(
            "stakeholder",
            mentee_id=mentee_id,
            role=StakeholderRole.TRAINING_PROVIDER,
            role_other=None,
            name=row["provider_contact"],
            organisation=row["provider_name"],
            email=row["provider_email"],
            phone=row["provider_phone"],
            needs="Evidence mapped to KSBs before each progress review.",
        )
        rows.add(
            "stakeholder",
            mentee_id=mentee_id,
            role=StakeholderRole.SAFEGUARDING_LEAD,
            role_other=None,
            name=role.safeguarding_lead,
            organisation=role.employer,
            email=f"safeguarding@{role.domain}",
            phone=f"01632 960 {100 + workplaces.ROLES.index(role):03d}",
            needs="Told the same day of any safeguarding concern.",
        )
        cadence = self.rng.choice([14, 14, 21, 28])
        plan = ContractPlan(
            mentee_id,
            start,
            cadence,
            goals=self.rng.randint(2, 3),
            seed=self.rng.randrange(1 << 30),
            revised_after_days=90 if mentee_id == 2 else None,  # one mentee revised theirs
            role=role.key,
            barriers=self.rng.randint(1, 2),
            prior_learning=row["prior_learning"] or "",
            support_needs=row["support_needs"] or "",
        )
        self.contract_plans.append(plan)
        ksb_ids = self.ksbs[str(std)]
        # Hours logged off the job a day: on plan or a little ahead; every fourth mentee
        # well behind (the dashboard's "behind plan").
        span = max(1, (row["planned_end_date"] - start).days)
        target = effective_otj_target(row["otj_hours_target"], row["otj_reduction_hours"])
        self.otj_per_day[mentee_id] = target / span * (0.6 if mentee_id % 4 == 0 else 1.05)
        goals = [(mentee_id, k) for k in range(plan.goals)]  # goal ids come with signing
        self.sessions(mentee_id, start, until, cadence, ksb_ids, goals, std)
        name = row["full_name"]
        self.reviews(mentee_id, name, manager, start, min(until, self.anchor), ksb_ids)
        self.mentee_ksbs[mentee_id] = ksb_ids[:6]

    # -- sessions and reviews -------------------------------------------------------------
    def sessions(self, mentee_id, start, end, cadence, ksb_ids, goals, std) -> None:
        if self.size.sessions_per_mentee:
            count = self.size.sessions_per_mentee
            step = (end - start).days / count
        else:
            step = cadence
            count = max(1, int((end - start).days / cadence))
        models = words.MODELS
        role = self.roles_of[mentee_id]
        for k in range(count):
            day = self.weekday(start + timedelta(days=int(k * step) + 3))
            starts = self.at(
                day, self.rng.choice([9, 10, 11, 13, 14, 15]), self.rng.choice([0, 30])
            )
            past = day < self.anchor
            state = "held" if past else "planned"
            roll = self.rng.random()
            if past and roll < 0.05:
                state = "cancelled"
            elif past and roll < 0.07:
                state = "no_show"
            elif past and (self.anchor - day).days < 8 and mentee_id % 3 == 1:
                state = "quick"  # written up in a hurry, to complete later
            mode = self.rng.choices(list(MeetingMode), weights=[6, 3, 1])[0]
            spec = SessionSpec(
                mentee_id=mentee_id,
                starts_at=starts,
                minutes=self.rng.choice([30, 45, 60, 60, 90]),
                mode=mode,
                location=self.pick(role.places) if mode is MeetingMode.IN_PERSON else "",
                model=models[(mentee_id + k) % len(models)],
                topic=self.pick(role.topics),
                words={
                    "feeling": self.pick(words.FEELINGS),
                    "attempt": self.pick(role.attempts),
                    "action": self.pick(role.actions),
                    "options": role.options,
                },
                state=state,
                planned_ksbs=self.rng.sample(ksb_ids, 2),
                evidenced_ksbs=self.rng.sample(ksb_ids, self.rng.randint(1, 2)),
                goal_number=self.rng.randrange(len(goals)) if goals and roll < 0.5 else None,
                uid=f"demo-{self.seed}-{mentee_id}-{k}@mentordesk",
                amend=state == "held" and k == 2 and mentee_id % 4 == 0,
                questioning=self.pick(words.QUESTIONING),
                otj_logged=min(24.0, max(0.5, round(self.otj_per_day[mentee_id] * step * 2) / 2)),
            )
            self.session_specs.append(spec)
            if state == "held":
                self.held_days.append((len(self.session_specs) - 1, mentee_id, day, std))

    def reviews(self, mentee_id, name, manager, start, end, ksb_ids) -> None:
        day = start
        while self.review_pattern != "missed":
            early = 0 if self.review_pattern == "steady" else self.rng.randint(0, 12)
            day = self.weekday(day + timedelta(days=REVIEW_DAYS - early))
            if day >= end or (self.review_pattern == "random" and self.rng.random() < 0.08):
                break
            self.review_specs.append(
                ReviewSpec(
                    mentee_id=mentee_id,
                    held_on=day,
                    mentee=name,
                    employer_contact=manager,
                    employer_comment=self.roles_of[mentee_id].employer_comment,
                    rags=[self.rng.choice([None, None, *Rag]) for _ in range(min(6, len(ksb_ids)))],
                    maths=self.pick(["Achieved level 2", "Working towards level 2"]),
                )
            )

    def build(self) -> _Rows:
        self.mentees()
        if not self.size.through_services:
            self.session_ids = session_rows(self.rows, self.session_specs, self.anchor)
            review_rows(self.rows, self.review_specs, self.mentee_ksbs)
        evidence_rows(self)
        practice_rows(self)
        return self.rows


def _insert_all(db: Session, rows: _Rows, stamp: datetime, progress: Progress | None) -> None:
    conn = db.connection()
    # A mentee points at their line manager, a stakeholder who points back at them: which
    # of the two goes in first, the other's key is checked at the commit, not the insert.
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    order = [t.name for t in Base.metadata.sorted_tables if t.name in rows.tables]
    total = sum(len(rows.tables[t]) for t in order)
    done = 0
    for name in order:
        table = Base.metadata.tables[name]
        data = rows.tables[name]
        if "created_at" in table.c:
            for row in data:
                row.setdefault("created_at", stamp)
                if "updated_at" in table.c:
                    row.setdefault("updated_at", stamp)
        for start in range(0, len(data), 5000):
            chunk = data[start : start + 5000]
            conn.execute(insert(table), chunk)
            done += len(chunk)
            if progress:
                progress(done, total, QT_TRANSLATE_NOOP("words", "Writing the demo's records"))

    def logged(done: int, total: int) -> None:
        if progress:
            progress(done, total, QT_TRANSLATE_NOOP("words", "Recording the demo in the audit log"))

    audit.record_bulk(db, rows.tables, progress=logged)


def build_demo(
    folder: Path,
    size: str = "small",
    seed: int = 1,
    *,
    passphrase: str = DEMO_PASSPHRASE,
    anchor: date,
    progress: Progress | None = None,
):
    """Create a demo vault in ``folder`` whose year ends around ``anchor`` (the day it is
    built, normally); the same anchor and seed give the same vault. Returns
    ``(vault, recovery_code)``."""
    spec = SIZES[size]
    profile = ProfileData(
        full_name="Sam Okafor",
        organisation=words.PROVIDER[0],
        role="Learning and skills mentor",
        email=f"sam.okafor@{words.PROVIDER[1]}",
    )
    if progress:
        progress(0, 1, QT_TRANSLATE_NOOP("words", "Creating the vault"))
    vault, code = create_vault(folder, passphrase, profile)
    try:
        with vault.transaction() as db:
            standards = {s.reference: s.id for s in db.scalars(select(Standard))}
            ksbs: dict[str, list[int]] = {}
            for ksb in db.scalars(select(Ksb).order_by(Ksb.position)):
                ksbs.setdefault(str(ksb.standard_id), []).append(ksb.id)
            mentee_standards = [standards["ST1379"], standards["ST0148"]]
            gen = DemoYear(
                spec, seed, anchor, ksbs, mentee_standards, ksbs[str(standards["ST1379"])]
            )
            rows = gen.build()
            _insert_all(db, rows, gen.stamp, progress)
            goal_ids = sign_contracts(db, gen.contract_plans, profile.full_name, progress)
            links = _Rows()
            if spec.through_services:
                session_ids = conduct(db, gen.session_specs, goal_ids, progress)
                hold_reviews(db, gen.review_specs, profile.full_name, progress)
                held_on = [(session_ids[i], day) for i, _m, day, _s in gen.held_days]
                written = write_reflections(db, spec.reflections, held_on, anchor, seed, progress)
                write_supervision(db, anchor, written, progress)
                write_reading(db, anchor)
                write_values(db, anchor)
                write_cpd(db, spec.cpd_entries, anchor, seed)
                write_tracker(db, anchor)
            else:
                session_ids = gen.session_ids
                for sid, s in zip(session_ids, gen.session_specs, strict=True):
                    if s.state != "cancelled":
                        for goal in s.goals_in(goal_ids):
                            links.add("session_goal", session_id=sid, goal_id=goal)
            for reflection_id, held in gen.reflection_sessions:
                links.add(
                    "reflection_session", reflection_id=reflection_id, session_id=session_ids[held]
                )
            _insert_all(db, links, gen.stamp, progress)
    except BaseException:
        vault.close()
        raise
    return vault, code
