"""Listing and importing apprenticeship standards."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from mentordesk.standards.schema import load_file
from mentordesk.standards.store import ImportResult, import_standards
from mentordesk.vault.models import Duty, Ksb, KsbKind, Standard


@dataclass(frozen=True)
class StandardSummary:
    id: int
    reference: str
    version: str
    title: str
    level: int | None
    knowledge: int
    skills: int
    behaviours: int
    duties: int

    @property
    def label(self) -> str:
        level = f" (level {self.level})" if self.level else ""
        return f"{self.reference} v{self.version} {self.title}{level}"

    def line(self) -> str:
        return (
            f"{self.reference}\tv{self.version}\t{self.title}\t"
            f"K {self.knowledge}  S {self.skills}  B {self.behaviours}  duties {self.duties}"
        )


def list_standards(db: Session) -> list[StandardSummary]:
    def kind_count(kind: KsbKind):
        return func.sum(case((Ksb.kind == kind, 1), else_=0))

    ksb_counts = (
        select(
            Ksb.standard_id.label("sid"),
            kind_count(KsbKind.KNOWLEDGE).label("k"),
            kind_count(KsbKind.SKILL).label("s"),
            kind_count(KsbKind.BEHAVIOUR).label("b"),
        )
        .where(Ksb.retired.is_(False))
        .group_by(Ksb.standard_id)
        .subquery()
    )
    duty_counts = (
        select(Duty.standard_id.label("sid"), func.count().label("d"))
        .group_by(Duty.standard_id)
        .subquery()
    )
    rows = db.execute(
        select(
            Standard,
            func.coalesce(ksb_counts.c.k, 0),
            func.coalesce(ksb_counts.c.s, 0),
            func.coalesce(ksb_counts.c.b, 0),
            func.coalesce(duty_counts.c.d, 0),
        )
        .outerjoin(ksb_counts, ksb_counts.c.sid == Standard.id)
        .outerjoin(duty_counts, duty_counts.c.sid == Standard.id)
        .order_by(Standard.reference, Standard.version)
    )
    return [
        StandardSummary(s.id, s.reference, s.version, s.title, s.level, k, sk, b, d)
        for s, k, sk, b, d in rows
    ]


def import_file(db: Session, path: Path, *, replace: bool = False) -> list[ImportResult]:
    """Parse and import ``path`` in the caller's transaction; nothing on any fault. A file
    whose content is a different standard from the stored one of its reference and version
    is refused (:class:`~mentordesk.standards.store.DifferentStandard`) unless ``replace``."""
    return import_standards(db, load_file(path), replace=replace)
