"""Putting parsed standards into the vault: one transaction, update in place by code.

A file whose reference and version name a standard already in the vault updates it, unless
its content is a different standard: then it is refused unless the caller confirms the
replacement (``replace=True``; ``--replace`` on the command line). A different standard is
one whose title differs from the stored title *and* that keeps fewer than half of the
stored standard's knowledge, skills and behaviours (their texts, whatever their codes). A
reworded title, some reworded or renumbered KSBs, added or dropped ones: still the same
standard, updated as before.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from mentordesk.errors import StandardImportError
from mentordesk.standards.schema import ParsedStandard, clip
from mentordesk.vault.models import (
    Duty,
    EvidenceKsbLink,
    Ksb,
    KsbKind,
    KsbRating,
    ReadingItem,
    ReviewKsbStatus,
    Standard,
    cpd_ksb,
    duty_ksb,
    goal_ksb,
    reflection_ksb,
    session_ksb,
)


@dataclass(frozen=True)
class ImportResult:
    reference: str
    version: str
    created: bool
    standard_id: int

    def describe(self) -> str:
        verb = "added" if self.created else "updated"
        return f"{self.reference} v{self.version} {verb}"


class DifferentStandard(StandardImportError):
    """Importing would put another standard's content in place of a stored one."""

    def __init__(
        self, reference: str, version: str, old_title: str, new_title: str, kept: int, total: int
    ):
        super().__init__(
            f"{reference} v{version} in the vault is “{clip(old_title, 60)}”, but the file's "
            f"{reference} v{version} is “{clip(new_title, 60)}” and shares only {kept} of its "
            f"{total} KSB texts: importing would replace one standard with another. Nothing "
            "was imported; if that is what you want, import again with --replace."
        )
        self.reference, self.version = reference, version
        self.old_title, self.new_title = old_title, new_title


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def check_same_standard(standard: Standard, parsed: ParsedStandard) -> None:
    """Raise :class:`DifferentStandard` when ``parsed`` is not ``standard`` updated."""
    if _norm(standard.title) == _norm(parsed.title):
        return
    stored = [_norm(k.detail) for k in standard.ksbs if not k.retired]
    incoming = {_norm(k.detail) for k in parsed.ksbs}
    kept = sum(1 for text in stored if text in incoming)
    if kept * 2 < len(stored) or not stored:
        raise DifferentStandard(
            parsed.reference, parsed.version, standard.title, parsed.title, kept, len(stored)
        )


def _ksb_in_use(db: Session, ksb_id: int) -> bool:
    checks = [
        select(EvidenceKsbLink.ksb_id).where(EvidenceKsbLink.ksb_id == ksb_id),
        select(KsbRating.ksb_id).where(KsbRating.ksb_id == ksb_id),
        select(ReviewKsbStatus.ksb_id).where(ReviewKsbStatus.ksb_id == ksb_id),
        select(session_ksb.c.ksb_id).where(session_ksb.c.ksb_id == ksb_id),
        select(goal_ksb.c.ksb_id).where(goal_ksb.c.ksb_id == ksb_id),
        select(reflection_ksb.c.ksb_id).where(reflection_ksb.c.ksb_id == ksb_id),
        select(cpd_ksb.c.ksb_id).where(cpd_ksb.c.ksb_id == ksb_id),
    ]
    return bool(db.scalar(select(or_(*(exists(q) for q in checks)))))


def upsert_standard(
    db: Session, parsed: ParsedStandard, *, shipped: bool = False, replace: bool = False
) -> ImportResult:
    """Add ``parsed``, or update the stored standard of its reference and version; a
    different standard under that reference and version needs ``replace``."""
    standard = db.scalars(
        select(Standard).where(
            Standard.reference == parsed.reference, Standard.version == parsed.version
        )
    ).one_or_none()
    created = standard is None
    if standard is not None and not replace:
        check_same_standard(standard, parsed)
    if standard is None:
        standard = Standard(reference=parsed.reference, version=parsed.version, title="")
        db.add(standard)
    standard.title = parsed.title
    standard.level = parsed.level
    standard.status = parsed.status
    standard.route = parsed.route
    standard.shipped = standard.shipped or shipped

    by_code = {k.code: k for k in standard.ksbs}
    for position, item in enumerate(parsed.ksbs):
        ksb = by_code.pop(item.code, None)
        if ksb is None:
            ksb = Ksb(code=item.code, kind=KsbKind(item.code[0]), position=position, detail="")
            standard.ksbs.append(ksb)
        ksb.position, ksb.detail, ksb.source_id, ksb.retired = (
            position,
            item.detail,
            item.source_id,
            False,
        )
    for leftover in by_code.values():
        # A KSB dropped from a new issue of the file: keep it if evidence points at it.
        if leftover.id is not None and _ksb_in_use(db, leftover.id):
            leftover.retired = True
        else:
            standard.ksbs.remove(leftover)
    db.flush()

    ksb_by_code = {k.code: k for k in standard.ksbs}
    duty_by_code = {d.code: d for d in standard.duties}
    for position, parsed_duty in enumerate(parsed.duties):
        duty = duty_by_code.pop(parsed_duty.code, None)
        if duty is None:
            duty = Duty(code=parsed_duty.code, position=position, detail="")
            standard.duties.append(duty)
        duty.position, duty.detail = position, parsed_duty.detail
        duty.source_id = parsed_duty.source_id
        duty.ksbs = [ksb_by_code[c] for c in parsed_duty.ksb_codes]
    for dropped in duty_by_code.values():
        standard.duties.remove(dropped)
    db.flush()
    return ImportResult(parsed.reference, parsed.version, created, standard.id)


def import_standards(
    db: Session, parsed: list[ParsedStandard], *, replace: bool = False
) -> list[ImportResult]:
    """Import all of ``parsed`` in the caller's transaction (all or nothing); ``replace``
    confirms that a stored standard may take a different standard's content."""
    return [upsert_standard(db, item, replace=replace) for item in parsed]


def install_reading_list(db: Session, path: Path) -> int:
    doc = json.loads(Path(path).read_text("utf-8"))
    standard = db.scalars(
        select(Standard).where(
            Standard.reference == doc["referenceNumber"], Standard.version == doc["version"]
        )
    ).one()
    duties = {d.code: d for d in standard.duties}
    standard.reading_items.clear()
    db.flush()
    count = 0
    for group in doc["groups"]:
        for duty_no in group["duties"]:
            for position, item in enumerate(group["items"]):
                standard.reading_items.append(
                    ReadingItem(
                        duty=duties[f"D{duty_no}"],
                        group_no=group["group"],
                        position=position,
                        title=item["title"],
                        description=item.get("description"),
                    )
                )
                count += 1
    db.flush()
    return count


def duty_ksb_codes(db: Session, standard_id: int) -> dict[str, list[str]]:
    rows = db.execute(
        select(Duty.code, Ksb.code)
        .join(duty_ksb, duty_ksb.c.duty_id == Duty.id)
        .join(Ksb, Ksb.id == duty_ksb.c.ksb_id)
        .where(Duty.standard_id == standard_id)
        .order_by(Duty.position, Ksb.position)
    )
    out: dict[str, list[str]] = {}
    for duty_code, ksb_code in rows:
        out.setdefault(duty_code, []).append(ksb_code)
    return out
