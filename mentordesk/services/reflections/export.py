"""Reflections as printed records: one reflective account, or the final reflections of a
period for the mentor's portfolio, each issued signed; what still names someone is listed
for the mentor (never printed)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from mentordesk.documents.reference import human_ref, long_date, long_time, programme_name
from mentordesk.services import reflection_models
from mentordesk.services.profile import get_profile, mentor_standard_id
from mentordesk.services.reflections.store import _draft_of, _get, findings
from mentordesk.vault.fileio import atomic_write

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from mentordesk.documents.layout import Built
    from mentordesk.documents.reflection_pdf import Account, Accounts
    from mentordesk.vault.models import Reflection


@dataclass(frozen=True)
class NameWarning:
    """A final reflection whose words name someone now held in the vault (a mentee added
    after it was written, say): the mentor should look before sharing the PDF."""

    reference: str
    title: str
    reasons: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.reference} “{self.title}”: {'; '.join(self.reasons)}"


def _account(db: Session, r: Reflection) -> Account:
    from mentordesk.documents.reflection_pdf import Account

    model = reflection_models.get(r.model)
    texts = r.stages or {}
    rows = [(s.title, texts[s.key]) for s in model.stages if texts.get(s.key, "").strip()]
    # Words under a stage this model does not have (its file since changed): printed too.
    keys = {s.key for s in model.stages}
    earlier = [t for k, t in texts.items() if k not in keys and t.strip()]
    if r.carried:
        earlier.append(r.carried)
    if earlier:
        rows.append(("From an earlier model", "\n\n".join(earlier)))
    details: list[tuple[str, str]] = []
    if r.ksbs:
        codes = sorted(r.ksbs, key=lambda k: ("KSB".index(k.kind.value), k.position))
        details.append(
            ("My KSBs", "\n".join(f"{k.code} {' '.join(k.detail.split())}" for k in codes))
        )
    links = []
    links += [
        f"Mentoring session, {long_date(s.starts_at.astimezone().date())}" for s in r.sessions
    ]
    links += [f"Supervision with {s.supervisor}, {long_date(s.held_on)}" for s in r.supervisions]
    links += [f"CPD: {c.title}, {long_date(c.occurred_on)}" for c in r.cpd_entries]
    links += [f"Reading: {e.title}" for e in r.reading]
    if links:
        details.append(("Linked to", "\n".join(links)))
    words = _draft_of(r).words()
    details.append(("Length", f"{words} words"))
    if r.finalised_at:
        details.append(("Marked final", long_time(r.finalised_at)))
    for a in r.amendments:
        fields = ", ".join(k.removeprefix("stage:").replace("_", " ") for k in a.changes)
        details.append(("Amended", f"{long_time(a.made_at)}: {a.reason} (changed: {fields})"))
    source = f" ({model.source})" if model.source else ""
    return Account(
        human_ref("reflection", r.id),
        r.title,
        r.occurred_on,
        f"{model.name}{source}",
        r.is_final,
        rows or [("", "Nothing written yet.")],
        details,
    )


def _accounts(
    db: Session, rows: list[Reflection], start: date | None, end: date | None
) -> Accounts:
    from mentordesk.documents.reflection_pdf import Accounts
    from mentordesk.vault.models import Standard

    profile = get_profile(db)
    standard_id = mentor_standard_id(db)
    standard = db.get(Standard, standard_id) if standard_id else None
    named = (
        programme_name(standard.title, standard.reference, standard.level, standard.version)
        if standard
        else ""
    )
    return Accounts(
        profile.full_name if profile else "",
        profile.organisation if profile else "",
        named,
        start,
        end,
        [_account(db, r) for r in rows],
    )


def reflection_built(
    db: Session, reflection_id: int, countersigners: tuple[str, ...] = ()
) -> Built:
    """One reflective account as built, before signing (for ``services.printed``)."""
    from mentordesk.documents.reflection_pdf import build_account_pdf

    r = _get(db, reflection_id)
    return build_account_pdf(_accounts(db, [r], None, None), human_ref("reflection", r.id))


def final_between(db: Session, start: date | None, end: date | None) -> list[Reflection]:
    from mentordesk.vault.models import Reflection

    query = select(Reflection).where(Reflection.finalised_at.isnot(None))
    if start:
        query = query.where(Reflection.occurred_on >= start)
    if end:
        query = query.where(Reflection.occurred_on <= end)
    return list(db.scalars(query.order_by(Reflection.occurred_on, Reflection.id)))


def warnings(db: Session, rows: list[Reflection], today: date) -> list[NameWarning]:
    out = []
    for r in rows:
        found = findings(db, _draft_of(r), today)
        if found:
            out.append(
                NameWarning(human_ref("reflection", r.id), r.title, tuple(f.reason for f in found))
            )
    return out


def reflections_pdf(
    db: Session, start: date | None, end: date | None, now: datetime
) -> tuple[bytes, int, list[NameWarning]]:
    """The final reflections from ``start`` to ``end`` (either open) as one signed PDF;
    with how many it holds and what in them still names someone."""
    from mentordesk.documents.reflection_pdf import build_accounts_pdf
    from mentordesk.services.printed import log_pdf

    if start and end and end < start:
        from mentordesk.errors import ValidationError

        raise ValidationError(
            "to", f"The period ends ({end:%d %b %Y}) before it starts ({start:%d %b %Y})."
        )
    rows = final_between(db, start, end)
    doc = _accounts(db, rows, start, end)
    data = log_pdf(db, "reflections", lambda ref: build_accounts_pdf(doc, ref), now)
    return data, len(rows), warnings(db, rows, now.astimezone().date())


def export_reflections(
    db: Session, start: date | None, end: date | None, out: Path, now: datetime
) -> tuple[int, list[NameWarning]]:
    """Write the final reflections of a period to ``out`` (0600, whole or not at all)."""
    from mentordesk.services.printed import PrintError

    out = Path(out)
    if out.is_dir():
        raise PrintError(f"{out} is a folder; give a file name ending in .pdf.")
    data, count, found = reflections_pdf(db, start, end, now)
    atomic_write(out, data)
    return count, found
