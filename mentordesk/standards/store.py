"""Putting parsed standards into the vault: one transaction, update in place by code."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from mentordesk.standards.schema import ParsedStandard
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


def upsert_standard(db: Session, parsed: ParsedStandard, *, shipped: bool = False) -> ImportResult:
    standard = db.scalars(
        select(Standard).where(
            Standard.reference == parsed.reference, Standard.version == parsed.version
        )
    ).one_or_none()
    created = standard is None
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


def import_standards(db: Session, parsed: list[ParsedStandard]) -> list[ImportResult]:
    """Import all of ``parsed`` in the caller's transaction (all or nothing)."""
    return [upsert_standard(db, item) for item in parsed]


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
