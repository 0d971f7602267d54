"""The evidence of one portfolio as plain rows, newest first: the pieces of evidence with
their KSBs, judgements and file counts; for the mentor's own portfolio, also the final
reflections and CPD entries tagged with KSBs (edited on their own pages)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from mentordesk.services.ksb.kinds import SYMBOL, kind_words
from mentordesk.services.stored import KSB_KIND_ORDER, day
from mentordesk.vault.enums import EvidenceKind, Judgement
from mentordesk.words import label


@dataclass(frozen=True)
class EvidenceRow:
    id: int
    source: str  # "evidence" | "reflection" | "cpd"
    kind: str
    kind_words: str
    title: str
    occurred_on: date
    observer: str
    ksbs: str  # "K1 ✔, S3 ◐": codes with the judgement's symbol
    ksb_ids: tuple[int, ...]
    signed_off_on: date | None
    file_count: int
    session_id: int | None

    ksbs_words: str = ""  # "K1 ✔ met, S3 ◐ working towards"

    @property
    def editable(self) -> bool:
        return self.source == "evidence"


def _mark(code: str, judgement: str | None, words: bool = False) -> str:
    if judgement is None:
        return code
    j = Judgement(judgement)
    return f"{code} {SYMBOL[j]} {label(j).lower()}" if words else f"{code} {SYMBOL[j]}"


def rows(db: Session, owner: int | None, ksb_id: int | None = None) -> list[EvidenceRow]:
    """The portfolio's evidence, newest first; ``ksb_id``: only what is mapped to it."""
    conn = db.connection()
    whose = "i.mentee_id IS NULL" if owner is None else "i.mentee_id = ?"
    args: tuple = () if owner is None else (owner,)
    only = ""
    if ksb_id is not None:
        only = "AND i.id IN (SELECT evidence_id FROM evidence_ksb WHERE ksb_id = ?)"
        args += (ksb_id,)
    items = conn.exec_driver_sql(
        f"""SELECT i.id, i.kind, i.title, i.occurred_on, i.observer, i.signed_off_on,
                   i.session_id
              FROM evidence_item i WHERE {whose} {only}""",
        args,
    ).all()
    marks: dict[int, list[tuple[str, int, str | None]]] = {}
    for eid, code, kid, judgement in conn.exec_driver_sql(
        f"""SELECT l.evidence_id, k.code, k.id, l.judgement
              FROM evidence_item i JOIN evidence_ksb l ON l.evidence_id = i.id
              JOIN ksb k ON k.id = l.ksb_id
             WHERE {whose} {only}
             ORDER BY l.evidence_id, {KSB_KIND_ORDER}, k.position""",
        args,
    ):
        marks.setdefault(eid, []).append((code, kid, judgement))
    files: dict[int, int] = dict(
        conn.exec_driver_sql(
            f"""SELECT a.owner_id, count(*) FROM attachment a
                 WHERE a.owner_type = 'evidence_item' AND a.owner_id IN
                       (SELECT i.id FROM evidence_item i WHERE {whose} {only})
                 GROUP BY a.owner_id""",
            args,
        ).all()
    )
    out = []
    for eid, kind, title, on, observer, signed, session_id in items:
        mine = marks.get(eid, [])
        out.append(
            EvidenceRow(
                eid,
                "evidence",
                kind,
                kind_words(kind),
                title,
                date.fromisoformat(on),
                observer or "",
                ", ".join(_mark(code, j) for code, _k, j in mine),
                tuple(k for _c, k, _j in mine),
                day(signed),
                int(files.get(eid, 0)),
                session_id,
                ", ".join(_mark(code, j, words=True) for code, _k, j in mine),
            )
        )
    if owner is None:
        out.extend(_practice(db, ksb_id))
    out.sort(key=lambda r: (r.occurred_on, r.source, r.id), reverse=True)
    return out


def _practice(db: Session, ksb_id: int | None) -> list[EvidenceRow]:
    """Final reflections and CPD entries tagged with the mentor's KSBs, one row each."""
    from mentordesk.services.reflections.queries import own_evidence

    grouped: dict[tuple[str, int], list] = {}
    for e in own_evidence(db, ksb_id):
        grouped.setdefault((e.kind, e.record_id), []).append(e)
    out = []
    for (source, record_id), found in grouped.items():
        first = found[0]
        kind = EvidenceKind.REFLECTION if source == "reflection" else EvidenceKind.CPD
        out.append(
            EvidenceRow(
                record_id,
                source,
                kind.value,
                label(kind),
                first.title,
                first.on,
                "",
                ", ".join(e.code for e in found),
                tuple(e.ksb_id for e in found),
                None,
                0,
                None,
                ", ".join(e.code for e in found),
            )
        )
    return out
