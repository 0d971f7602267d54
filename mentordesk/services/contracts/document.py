"""A contract as sections of labelled text: what the review page, the PDF and the
comparison of versions all show, so that they can never disagree."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from mentordesk.documents.model import ContractDocument, Grid, Section
from mentordesk.documents.reference import long_date, programme_name
from mentordesk.services.contracts.draft import GAS_LEVELS, ContractDraft
from mentordesk.services.contracts.lifecycle import load
from mentordesk.services.contracts.queries import find_version, get, ksbs_of
from mentordesk.services.profile import get_profile
from mentordesk.services.signatures import signed_by
from mentordesk.vault.models import Standard
from mentordesk.words import GAS_WORDS, RATING_WORDS, label

NOT_RATED = "not rated"


@dataclass(frozen=True)
class Difference:
    section: str
    item: str
    before: str
    after: str


def _days(n: int) -> str:
    if n % 7 == 0:
        weeks = n // 7
        return "every week" if weeks == 1 else f"every {weeks} weeks"
    return f"every {n} days"


def sections(db: Session, draft: ContractDraft) -> list[Section]:
    """Every part of the contract, in the wizard's order, as (label, text) rows."""
    standard = db.get(Standard, draft.standard_id) if draft.standard_id else None
    details = {k.code: k.detail for k in ksbs_of(db, draft.standard_id)} if standard else {}
    programme = (
        programme_name(standard.title, standard.reference, standard.level, standard.version)
        if standard
        else "—"
    )
    out = [
        Section(
            "Mentee and programme",
            [
                ("Mentee", draft.mentee_name),
                ("Programme standard", programme),
                ("Start", long_date(draft.start_date)),
                ("Planned end", long_date(draft.planned_end_date)),
                ("Off-the-job hours target", f"{draft.otj_hours_target:g} hours"),
            ],
        )
    ]
    out.append(
        Section(
            "Starting point",
            [
                ("Summary", draft.starting_point or "—"),
                ("Prior learning", draft.prior_learning or "—"),
                ("Learning support needs", draft.support_needs or "—"),
            ],
            _scan(draft, details),
        )
    )
    goal_rows = []
    for n, g in enumerate(draft.goals, 1):
        text = [
            f"Specific: {g.specific}",
            f"Measure: {g.measure}",
            f"Achievable because: {g.achievable_because or '—'}",
            f"Relevant to: {g.relevant_to or '—'}",
            f"Target date: {long_date(g.target_date)} · KSBs: {', '.join(g.ksb_codes) or '—'}",
        ]
        if g.levels:
            levels = " · ".join(f"{_level(n)} {g.levels.get(n, '').strip()}" for n in GAS_LEVELS)
            text.append(f"Attainment levels: {levels}")
        goal_rows.append((f"Goal {n}: {g.title}", "\n".join(text)))
    scale = ", ".join(f"{_level(n)} {GAS_WORDS[n].lower()}" for n in GAS_LEVELS)
    out.append(
        Section(
            "Development goals",
            goal_rows,
            note=f"Key to attainment levels: {scale}."
            if any(g.levels for g in draft.goals)
            else "",
        )
    )
    barrier_rows = [
        (
            f"{label(b.kind)}" + (f": {b.description}" if b.description else ""),
            f"Support: {b.agreed_support}"
            + (f"\nReasonable adjustments: {b.adjustments}" if b.adjustments else ""),
        )
        for b in draft.barriers
    ]
    out.append(Section("Barriers and support", barrier_rows or [("Barriers", "None identified")]))
    out.append(
        Section(
            "Boundaries and expectations",
            [
                (
                    "Meetings",
                    f"{_days(draft.meeting_every_days)}, "
                    f"{label(draft.meeting_mode).lower()}, "
                    f"usually {draft.meeting_minutes} minutes",
                ),
                ("Contact between meetings", draft.contact_arrangements),
                ("Expectations and boundaries", draft.boundaries or "—"),
                ("The mentor will", draft.mentor_will),
                ("The mentor will not", draft.mentor_will_not),
                ("Confidentiality", draft.confidentiality_terms),
                ("Limit of confidentiality (safeguarding)", draft.safeguarding_limit),
                ("Records", draft.records_kept),
            ],
        )
    )
    people = []
    for p in draft.stakeholders:
        contact = ", ".join(x for x in (p.organisation, p.email, p.phone) if x)
        consent = (
            f"Records may be shared: {p.what_is_shared or 'yes'}"
            if p.consent
            else "No records shared without asking the mentee"
        )
        needs = f"\nNeeds and expectations: {p.needs}" if p.needs else ""
        people.append((f"{p.role_label}: {p.name}", f"{contact}{needs}\n{consent}".strip()))
    out.append(Section("Stakeholders and data sharing", people))
    return out


def _level(n: int) -> str:
    """An attainment level as printed: -2, -1, 0, +1, +2."""
    return f"{n:+d}" if n else "0"


def _scan(draft: ContractDraft, details: dict[str, str]) -> Grid | None:
    """The skills scan as a compact table, under a key to the rating scale."""
    if not draft.ratings:
        return None
    scale = " · ".join(RATING_WORDS)
    return Grid(
        columns=("KSB", "Skills scan: knowledge, skill or behaviour", "Mentee", "Mentor"),
        widths=(0.055, 0.715, 0.115, 0.115),
        rows=[
            (
                r.ksb_code,
                " ".join(details.get(r.ksb_code, "").split())
                + (f"\nNote: {r.note.strip()}" if r.note.strip() else ""),
                _score(r.mentee),
                _score(r.mentor),
            )
            for r in draft.ratings
        ],
        key=f"Key: each KSB rated by the mentee and by the mentor at the start: {scale}; "
        f"{NOT_RATED}: no rating given yet.",
    )


def _score(value: int | None) -> str:
    """A rating as its number and word ("2 Developing"), or "not rated"."""
    if value is None or not 0 <= value < len(RATING_WORDS):
        return NOT_RATED
    return RATING_WORDS[value]


def document(db: Session, contract_id: int) -> ContractDocument:
    contract = get(db, contract_id)
    draft, _page = load(db, contract_id)
    profile = get_profile(db)
    previous = get(db, contract.supersedes_id) if contract.supersedes_id else None
    return ContractDocument(
        record_id=contract.id,
        version=contract.version,
        status=contract.status.value,
        mentee=draft.mentee_name,
        mentor=profile.full_name if profile else "",
        mentor_role=(profile.role or "") if profile else "",
        organisation=(profile.organisation or "") if profile else "",
        agreed_at=contract.agreed_at,
        supersedes_version=previous.version if previous else None,
        sections=sections(db, draft),
        signatures=signed_by(contract.signatures),
    )


def compare(db: Session, old_id: int, new_id: int) -> list[Difference]:
    """What changed from one version of a contract to another, section by section."""

    def flat(contract_id: int) -> dict[tuple[str, str], str]:
        draft, _ = load(db, contract_id)
        return {(s.title, label): text for s in sections(db, draft) for label, text in s.all_rows()}

    before, after = flat(old_id), flat(new_id)
    keys = list(before) + [k for k in after if k not in before]
    order = {s: i for i, s in enumerate(dict.fromkeys(k[0] for k in keys))}
    keys.sort(key=lambda k: order[k[0]])
    return [
        Difference(section, item, before.get((section, item), ""), after.get((section, item), ""))
        for section, item in keys
        if before.get((section, item)) != after.get((section, item))
    ]


__all__ = ["ContractDocument", "Difference", "Section", "compare", "document", "sections"]


def compare_to_previous(db: Session, contract_id: int) -> list[Difference]:
    """What changed from the version before this contract to this one."""
    contract = get(db, contract_id)
    previous = find_version(db, contract.mentee_id, contract.version - 1)
    return compare(db, previous.id, contract.id)
