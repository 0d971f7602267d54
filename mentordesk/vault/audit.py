"""The audit log: a hash chain of every create, update and delete.

An event records when, which entity and id, the action, and the *names* of the fields
that changed, never their values. Each event's hash covers the previous event's hash, so
removing, reordering or editing an event breaks the chain that ``mentordesk check`` walks.

ORM changes are logged automatically by :func:`install`; bulk Core writes (the demo
builder) call :func:`append` themselves, in the same transaction as their writes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, cast

from sqlalchemy import Connection, Row, Table, event, insert, inspect, select
from sqlalchemy.orm import Session

from mentordesk.clock import system_now
from mentordesk.vault.models import AuditEvent

if TYPE_CHECKING:
    from sqlalchemy.orm import UOWTransaction, sessionmaker

GENESIS = "0" * 64
# Declarative types ``__table__`` as any FromClause; a mapped class's own table is a Table.
_TABLE = cast(Table, AuditEvent.__table__)
_SKIP_FIELDS = {"created_at", "updated_at"}


@dataclass(frozen=True)
class Change:
    entity: str
    entity_id: str
    action: str
    fields: tuple[str, ...]


def event_hash(prev_hash: str, at: datetime, change: Change) -> str:
    body = json.dumps(
        [
            prev_hash,
            at.isoformat(),
            change.entity,
            change.entity_id,
            change.action,
            list(change.fields),
        ],
        separators=(",", ":"),
        ensure_ascii=True,
    )
    return hashlib.sha256(body.encode("ascii")).hexdigest()


def last_hash(conn: Connection) -> str:
    row = conn.execute(select(_TABLE.c.hash).order_by(_TABLE.c.id.desc()).limit(1)).first()
    return row[0] if row else GENESIS


def append(conn: Connection, changes: Iterable[Change], at: datetime | None = None) -> int:
    """Append events for ``changes`` to the chain; returns how many were written."""
    when = (at or system_now()).astimezone(UTC)
    prev = last_hash(conn)
    rows = []
    for change in changes:
        digest = event_hash(prev, when, change)
        rows.append(
            {
                "at": when,
                "entity": change.entity,
                "entity_id": change.entity_id,
                "action": change.action,
                "fields": list(change.fields),
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev = digest
    if rows:
        conn.execute(insert(_TABLE), rows)
    return len(rows)


def _identity(obj: object) -> str:
    key = inspect(obj).mapper.primary_key_from_instance(obj)
    return ",".join(str(part) for part in key)


def _changed_fields(obj: object) -> tuple[str, ...]:
    state = inspect(obj)
    names = []
    for attr in state.mapper.attrs:
        if attr.key in _SKIP_FIELDS:
            continue
        if state.attrs[attr.key].history.has_changes():
            names.append(attr.key)
    return tuple(sorted(names))


def _all_fields(obj: object) -> tuple[str, ...]:
    state = inspect(obj)
    return tuple(
        sorted(
            col.key
            for col in state.mapper.column_attrs
            if col.key not in _SKIP_FIELDS and getattr(obj, col.key) is not None
        )
    )


def _on_before_flush(session: Session, _ctx: UOWTransaction, _instances: object) -> None:
    pending = session.info.setdefault("audit_pending", [])
    for obj in session.new:
        if not isinstance(obj, AuditEvent):
            pending.append((obj, "create", None))
    for obj in session.dirty:
        if isinstance(obj, AuditEvent) or not session.is_modified(obj):
            continue
        fields = _changed_fields(obj)
        if fields:
            pending.append((obj, "update", fields))
    for obj in session.deleted:
        if isinstance(obj, AuditEvent):
            raise PermissionError("audit events cannot be deleted")
        pending.append((obj, "delete", ()))


def _on_after_flush(session: Session, _ctx: UOWTransaction) -> None:
    pending = session.info.pop("audit_pending", [])
    if not pending:
        return
    changes = [
        Change(
            entity=inspect(obj).mapper.local_table.name,
            entity_id=_identity(obj),
            action=action,
            fields=_all_fields(obj) if fields is None else fields,
        )
        for obj, action, fields in pending
    ]
    append(session.connection(), changes)


def _on_rollback(session: Session) -> None:
    session.info.pop("audit_pending", None)


def install(session_factory: sessionmaker[Session]) -> None:
    """Log every ORM change made through sessions of ``session_factory``."""
    event.listen(session_factory, "before_flush", _on_before_flush)
    event.listen(session_factory, "after_flush", _on_after_flush)
    event.listen(session_factory, "after_soft_rollback", lambda s, _t: _on_rollback(s))


@dataclass(frozen=True)
class ChainReport:
    events: int
    broken_at: int | None  # id of the first event that does not verify

    @property
    def ok(self) -> bool:
        return self.broken_at is None


def _rows(conn: Connection) -> Iterator[Row]:
    result = conn.execution_options(yield_per=5000).execute(
        select(
            _TABLE.c.id,
            _TABLE.c.at,
            _TABLE.c.entity,
            _TABLE.c.entity_id,
            _TABLE.c.action,
            _TABLE.c.fields,
            _TABLE.c.prev_hash,
            _TABLE.c.hash,
        ).order_by(_TABLE.c.id)
    )
    yield from result


def verify_chain(conn: Connection) -> ChainReport:
    prev = GENESIS
    count = 0
    for row in _rows(conn):
        count += 1
        at = row.at if row.at.tzinfo else row.at.replace(tzinfo=UTC)
        change = Change(row.entity, row.entity_id, row.action, tuple(row.fields))
        if row.prev_hash != prev or event_hash(prev, at, change) != row.hash:
            return ChainReport(events=count, broken_at=row.id)
        prev = row.hash
    return ChainReport(events=count, broken_at=None)
