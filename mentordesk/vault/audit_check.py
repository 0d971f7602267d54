"""Verifying the audit chain, the records against it, and the chain against its anchor."""

from __future__ import annotations

import hmac
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from sqlalchemy import Connection, Table, select

from mentordesk.vault import anchor, digest
from mentordesk.vault.audit import Change, event_mac, key_of
from mentordesk.vault.models import AuditEvent

_TABLE = cast(Table, AuditEvent.__table__)
STARTS = ("create", "baseline")  # a record's first event must be one of these
SHOWN = 3  # examples named per kind of finding

Tick = Callable[[int], None]  # called with how many more items were checked


@dataclass(frozen=True)
class ChainReport:
    events: int
    broken_at: int | None  # id of the first event that does not verify
    head: tuple[int, str] | None

    @property
    def ok(self) -> bool:
        return self.broken_at is None


def verify_chain(conn: Connection, tick: Tick | None = None) -> ChainReport:
    key = key_of(conn)
    prev = anchor.GENESIS
    count = 0
    head = None
    result = conn.execution_options(yield_per=5000).execute(
        select(
            _TABLE.c.id,
            _TABLE.c.at,
            _TABLE.c.entity,
            _TABLE.c.entity_id,
            _TABLE.c.action,
            _TABLE.c.fields,
            _TABLE.c.digest,
            _TABLE.c.prev_hash,
            _TABLE.c.hash,
        ).order_by(_TABLE.c.id)
    )
    for row in result:
        count += 1
        change = Change(row.entity, row.entity_id, row.action, tuple(row.fields or ()))
        expected = event_mac(key, prev, row.at, change, row.digest)
        if row.prev_hash != prev or not hmac.compare_digest(expected, row.hash or ""):
            result.close()
            return ChainReport(events=count, broken_at=row.id, head=head)
        prev = row.hash
        head = (row.id, row.hash)
        if tick and count % 5000 == 0:
            tick(5000)
    if tick:
        tick(count % 5000)
    return ChainReport(events=count, broken_at=None, head=head)


@dataclass
class RecordReport:
    records: int = 0
    changed: list[str] = field(default_factory=list)  # content differs from its last event
    unlogged: list[str] = field(default_factory=list)  # no create event
    vanished: list[str] = field(default_factory=list)  # events say live, row is gone
    undeleted: list[str] = field(default_factory=list)  # last event a delete, row is there
    dangling: list[str] = field(default_factory=list)  # link rows of no record

    @property
    def ok(self) -> bool:
        return not (
            self.changed or self.unlogged or self.vanished or self.undeleted or self.dangling
        )

    def describe(self) -> str:
        if self.ok:
            return f"{self.records} records match their last event"
        parts = []
        for label, found in (
            ("changed outside MentorDesk", self.changed),
            ("added outside MentorDesk (no create event)", self.unlogged),
            ("removed outside MentorDesk", self.vanished),
            ("deleted but still present", self.undeleted),
            ("links to no record, added outside MentorDesk", self.dangling),
        ):
            if found:
                shown = ", ".join(found[:SHOWN]) + (" …" if len(found) > SHOWN else "")
                parts.append(f"{len(found)} {label} ({shown})")
        return "; ".join(parts)


def verify_records(conn: Connection, tick: Tick | None = None) -> RecordReport:
    """Every live record against its events; every logged record against the tables."""
    key = key_of(conn)
    report = RecordReport(dangling=digest.dangling_links(conn))
    for table in digest.entities():
        # entity id -> [first action, last action, last digest]
        seen: dict[str, list] = {}
        events = conn.execution_options(yield_per=10000).execute(
            select(_TABLE.c.entity_id, _TABLE.c.action, _TABLE.c.digest)
            .where(_TABLE.c.entity == table)
            .order_by(_TABLE.c.id)
        )
        for entity_id, action, content in events:
            state = seen.get(entity_id)
            if state is None:
                seen[entity_id] = [action, action, content]
            else:
                state[1], state[2] = action, content
        count = 0
        for entity_id, content in digest.iter_digests(conn, key, table):
            count += 1
            name = f"{table} {entity_id}"
            state = seen.pop(entity_id, None)
            if state is None or state[0] not in STARTS:
                report.unlogged.append(name)
            elif state[1] == "delete":
                report.undeleted.append(name)
            elif state[2] is None or not hmac.compare_digest(state[2], content):
                report.changed.append(name)
            if tick and count % 5000 == 0:
                tick(5000)
        if tick:
            tick(count % 5000)
        report.records += count
        for entity_id, state in seen.items():
            if state[1] != "delete" and state[2] is not None:
                report.vanished.append(f"{table} {entity_id}")
    return report


def read_anchor(folder: Path, key: bytes) -> anchor.Anchor | str:
    """The anchor, or why it cannot be used. Read it *before* the chain's snapshot begins:
    a save made meanwhile then only adds events beyond it, never a false "missing"."""
    try:
        return anchor.read(folder, key)
    except anchor.AnchorError as exc:
        return f"{exc}; events lost from the end of the chain cannot be ruled out"


def verify_anchor(
    current: anchor.Anchor | str, vault_id: str, conn: Connection, chain: ChainReport
) -> tuple[bool, str]:
    """Whether the chain reaches the event the anchor names, with the same MAC."""
    if isinstance(current, str):
        return False, current
    if current.vault_id != vault_id:
        return False, f"{anchor.ANCHOR_NAME} belongs to another vault"
    last = chain.head[0] if chain.head else 0
    if current.event == 0:
        return True, f"anchored at the start; the chain now ends at event {last}"
    row = conn.execute(select(_TABLE.c.hash).where(_TABLE.c.id == current.event)).first()
    if row is None or not hmac.compare_digest(row[0] or "", current.mac):
        lost = current.event - last if last < current.event else None
        how = f"{lost} events" if lost else "events"
        return False, (
            f"{how} saved before are missing: the anchor names event {current.event}, "
            f"the chain ends at event {last} (rows deleted, or a damaged journal after a crash)"
        )
    after = last - current.event
    tail = f"; {after} later events not yet anchored (a save cut short)" if after else ""
    return True, f"the chain reaches the anchor at event {current.event}{tail}"


def total_work(conn: Connection) -> int:
    events = conn.execute(select(_TABLE.c.id).order_by(_TABLE.c.id.desc()).limit(1)).scalar()
    return int(events or 0) + digest.count_rows(conn)
