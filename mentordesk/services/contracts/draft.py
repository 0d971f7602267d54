"""A contract being agreed: plain data, one part per wizard page, stored as JSON.

While a contract is a draft its whole content lives in ``contract.wizard_state`` (inside
the encrypted vault), with the page the mentor was on. Signing turns it into records.
Each page has a validator here, so the GUI, the CLI and the tests refuse the same input
with the same message.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import date

from mentordesk.errors import ValidationError
from mentordesk.validation import is_email
from mentordesk.vault.enums import BarrierKind, MeetingMode, StakeholderRole
from mentordesk.words import CONTRACT_PAGE_TITLES, label

PAGES = ("mentee", "starting_point", "goals", "barriers", "boundaries", "stakeholders", "sign")
PAGE_TITLES = CONTRACT_PAGE_TITLES  # the words live in mentordesk.words
GAS_LEVELS = (-2, -1, 0, 1, 2)  # goal attainment; their words are mentordesk.words.GAS_WORDS


def _day(value) -> date | None:
    if value in (None, ""):
        return None
    return value if isinstance(value, date) else date.fromisoformat(value)


@dataclass
class Rating:
    """One line of the skills scan: a KSB rated 0-4 by the mentee and by the mentor."""

    ksb_code: str
    mentee: int | None = None
    mentor: int | None = None
    note: str = ""


@dataclass
class GoalDraft:
    title: str = ""
    specific: str = ""
    measure: str = ""
    achievable_because: str = ""
    relevant_to: str = ""
    target_date: date | None = None
    ksb_codes: list[str] = field(default_factory=list)
    levels: dict[int, str] = field(default_factory=dict)  # goal attainment -2..+2, in words


@dataclass
class BarrierDraft:
    kind: BarrierKind = BarrierKind.TIME
    description: str = ""
    agreed_support: str = ""
    adjustments: str = ""


@dataclass
class StakeholderDraft:
    role: StakeholderRole = StakeholderRole.LINE_MANAGER
    name: str = ""
    role_other: str = ""
    organisation: str = ""
    email: str = ""
    phone: str = ""
    needs: str = ""
    consent: bool = False  # the mentee agrees that records may be shared with them
    what_is_shared: str = ""
    id: int | None = None  # the stakeholder record this came from, if any

    @property
    def role_label(self) -> str:
        return self.role_other if self.role is StakeholderRole.OTHER else label(self.role)


@dataclass
class ContractDraft:
    # 1. mentee and programme
    mentee_id: int | None = None
    mentee_name: str = ""
    standard_id: int | None = None
    start_date: date | None = None
    planned_end_date: date | None = None
    otj_hours_target: float = 0.0
    # 2. starting point
    ratings: list[Rating] = field(default_factory=list)
    starting_point: str = ""
    prior_learning: str = ""
    support_needs: str = ""
    # 3. goals
    goals: list[GoalDraft] = field(default_factory=list)
    # 4. barriers
    barriers: list[BarrierDraft] = field(default_factory=list)
    # 5. boundaries and expectations
    meeting_every_days: int = 14
    meeting_mode: MeetingMode = MeetingMode.IN_PERSON
    meeting_minutes: int = 60
    contact_arrangements: str = ""
    boundaries: str = ""
    mentor_will: str = ""
    mentor_will_not: str = ""
    confidentiality_terms: str = ""
    safeguarding_limit: str = ""
    records_kept: str = ""
    # 6. stakeholders
    stakeholders: list[StakeholderDraft] = field(default_factory=list)

    # -- JSON ------------------------------------------------------------------------
    def to_json(self) -> dict:
        def plain(value):
            if isinstance(value, date):
                return value.isoformat()
            if isinstance(value, BarrierKind | MeetingMode | StakeholderRole):
                return value.value
            if isinstance(value, dict):
                return {str(k): plain(v) for k, v in value.items()}
            if isinstance(value, list):
                return [plain(v) for v in value]
            return value

        data = asdict(self)
        data["meeting_mode"] = self.meeting_mode
        for i, barrier in enumerate(self.barriers):
            data["barriers"][i]["kind"] = barrier.kind
        for i, person in enumerate(self.stakeholders):
            data["stakeholders"][i]["role"] = person.role
        return plain(data)

    @classmethod
    def from_json(cls, data: dict) -> ContractDraft:
        known = {f.name for f in fields(cls)}
        draft = cls(**{k: v for k, v in data.items() if k in known})
        draft.start_date = _day(draft.start_date)
        draft.planned_end_date = _day(draft.planned_end_date)
        draft.meeting_mode = MeetingMode(draft.meeting_mode)
        draft.ratings = [Rating(**r) for r in data.get("ratings", [])]
        draft.goals = [
            GoalDraft(
                **{
                    **g,
                    "target_date": _day(g.get("target_date")),
                    "levels": {int(k): v for k, v in g.get("levels", {}).items()},
                }
            )
            for g in data.get("goals", [])
        ]
        draft.barriers = [
            BarrierDraft(**{**b, "kind": BarrierKind(b["kind"])}) for b in data.get("barriers", [])
        ]
        draft.stakeholders = [
            StakeholderDraft(**{**s, "role": StakeholderRole(s["role"])})
            for s in data.get("stakeholders", [])
        ]
        return draft


# -- validation, one function a page ------------------------------------------------------
def _need(text: str, field_name: str, message: str) -> None:
    if not (text or "").strip():
        raise ValidationError(field_name, message)


def check_mentee(draft: ContractDraft, standard_exists) -> None:
    if draft.mentee_id is None:
        _need(draft.mentee_name, "mentee_name", "Choose a mentee, or type the name of a new one.")
    if draft.standard_id is None or not standard_exists(draft.standard_id):
        raise ValidationError(
            "standard_id", "Choose the programme standard (one of those in this vault)."
        )
    if draft.start_date is None:
        raise ValidationError("start_date", "Enter the date the programme starts.")
    if draft.planned_end_date is not None and draft.planned_end_date <= draft.start_date:
        raise ValidationError("planned_end_date", "The planned end must be after the start.")
    if draft.otj_hours_target < 0:
        raise ValidationError("otj_hours_target", "Off-the-job hours cannot be negative.")


def unrated(draft: ContractDraft) -> int:
    """How many ratings of the skills scan are still to give (mentee's and mentor's)."""
    return sum(score is None for r in draft.ratings for score in (r.mentee, r.mentor))


def check_starting_point(draft: ContractDraft) -> None:
    """Every KSB is listed; a rating, where given, is 0-4. A rating may be left for later
    (a revised contract or a progress review): it is then kept as "not rated"."""
    if not draft.ratings:
        raise ValidationError("ratings", "The programme standard has no KSBs to rate.")
    for r in draft.ratings:
        for who, score in (("mentee", r.mentee), ("mentor", r.mentor)):
            if score is not None and (isinstance(score, bool) or score not in range(5)):
                raise ValidationError(
                    "ratings",
                    f"{r.ksb_code}: the {who}'s rating goes from 0 to 4 (or leave it not rated).",
                )


def check_goals(draft: ContractDraft) -> None:
    if not draft.goals:
        raise ValidationError("goals", "Agree at least one development goal.")
    for n, goal in enumerate(draft.goals, 1):
        where = f"Goal {n}"
        _need(goal.title, "title", f"{where}: give it a short title.")
        _need(goal.specific, "specific", f"{where}: say specifically what will be achieved.")
        _need(goal.measure, "measure", f"{where}: say how progress will be measured.")
        if goal.target_date is None:
            raise ValidationError("target_date", f"{where}: set a target date.")
        if draft.start_date and goal.target_date <= draft.start_date:
            raise ValidationError(
                "target_date", f"{where}: the target date must be after the start."
            )
        if draft.planned_end_date and goal.target_date > draft.planned_end_date:
            raise ValidationError(
                "target_date", f"{where}: the target date is after the planned end of programme."
            )
        if not goal.ksb_codes:
            raise ValidationError("ksb_codes", f"{where}: link it to at least one KSB.")
        described = {k for k, v in goal.levels.items() if v.strip()}
        if described and described != set(GAS_LEVELS):
            raise ValidationError(
                "levels", f"{where}: describe all five attainment levels (−2 to +2), or none."
            )


def check_barriers(draft: ContractDraft) -> None:
    for n, barrier in enumerate(draft.barriers, 1):
        if barrier.kind is BarrierKind.OTHER:
            _need(barrier.description, "description", f"Barrier {n}: describe the barrier.")
        _need(barrier.agreed_support, "agreed_support", f"Barrier {n}: agree the support.")


def check_boundaries(draft: ContractDraft) -> None:
    if not 1 <= draft.meeting_every_days <= 90:
        raise ValidationError("meeting_every_days", "Meet at least every 90 days.")
    if not 10 <= draft.meeting_minutes <= 480:
        raise ValidationError("meeting_minutes", "A meeting lasts from 10 minutes to 8 hours.")
    _need(draft.contact_arrangements, "contact_arrangements", "Say how and when to make contact.")
    _need(draft.mentor_will, "mentor_will", "Say what you as mentor will do.")
    _need(draft.mentor_will_not, "mentor_will_not", "Say what you as mentor will not do.")
    _need(draft.confidentiality_terms, "confidentiality_terms", "Set out confidentiality.")
    _need(
        draft.safeguarding_limit,
        "safeguarding_limit",
        "Set out the limit of confidentiality: what must be passed on, and to whom.",
    )
    _need(draft.records_kept, "records_kept", "Say what is recorded, where, and who may see it.")


def check_stakeholders(draft: ContractDraft) -> None:
    for n, person in enumerate(draft.stakeholders, 1):
        _need(person.name, "name", f"Stakeholder {n}: enter their name.")
        if person.role is StakeholderRole.OTHER:
            _need(person.role_other, "role_other", f"Stakeholder {n}: say what their role is.")
        if not (person.email.strip() or person.phone.strip()):
            raise ValidationError(
                "email", f"Stakeholder {n} ({person.name}): give an email or a phone number."
            )
        if person.email.strip() and not is_email(person.email):
            raise ValidationError(
                "email",
                f"Stakeholder {n} ({person.name}): “{person.email.strip()}” is not an email "
                "address; correct it (for example tom.nowak@example.nhs.uk) or clear it.",
            )
    if not any(p.role is StakeholderRole.SAFEGUARDING_LEAD for p in draft.stakeholders):
        raise ValidationError(
            "stakeholders", "Name the designated safeguarding lead, so concerns can be passed on."
        )
