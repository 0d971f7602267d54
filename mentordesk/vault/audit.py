"""The audit log: a keyed chain of every create, update and delete.

An event records when, which entity and id, the action, the *names* of the fields that
changed (never their values) and a keyed digest of the record's content after the change
(:mod:`.digest`). Each event carries an HMAC-SHA256, under a key derived from the vault's
data key, over its own fields and the previous event's MAC; so without the key no event
can be added, edited, removed or re-ordered, and no chain can be recomputed, without
``mentordesk check`` seeing it. The last event's id and MAC are also kept outside the
database (:mod:`.anchor`), so events that vanish from the end are seen too.

ORM changes are logged automatically by :func:`install`, including what the database
does by itself when a record is deleted (cascaded deletes, links removed, references set
to NULL); bulk Core writes (the demo builder) call :func:`record_bulk`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Connection, Engine, Table, event, insert, inspect, select
from sqlalchemy import bindparam as sa_bindparam
from sqlalchemy.orm import Session

from mentordesk.clock import system_now
from mentordesk.vault import digest
from mentordesk.vault.anchor import GENESIS
from mentordesk.vault.models import AuditEvent, Base

if TYPE_CHECKING:
    from sqlalchemy.orm import UOWTransaction, sessionmaker
    from sqlalchemy.pool import ConnectionPoolEntry

KEY_INFO = "mentordesk.audit_key"
HEAD_INFO = "audit_head"
_TABLE = cast(Table, AuditEvent.__table__)
_SKIP_FIELDS = {"created_at", "updated_at"}

Head = tuple[int, str]  # (last event id, its MAC)


def attach_key(engine: Engine, key: bytes) -> None:
    """Give every connection of ``engine`` the audit ``key`` (used by :func:`append`)."""

    @event.listens_for(engine, "connect")
    def _key(_dbapi: object, record: ConnectionPoolEntry) -> None:
        record.info[KEY_INFO] = key


def key_of(conn: Connection) -> bytes:
    key = conn.info.get(KEY_INFO)
    if not isinstance(key, bytes):
        raise RuntimeError("this connection was not opened through the vault (no audit key)")
    return key


@dataclass(frozen=True)
class Change:
    entity: str
    entity_id: str
    action: str
    fields: tuple[str, ...]


def stamp(at: datetime) -> str:
    """An event's time as the MAC covers it: naive UTC, to the microsecond."""
    moment = at.astimezone(UTC) if at.tzinfo else at
    return moment.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def event_mac(key: bytes, prev: str, at: datetime, change: Change, content: str | None) -> str:
    body = json.dumps(
        [
            prev,
            stamp(at),
            change.entity,
            change.entity_id,
            change.action,
            list(change.fields),
            content,
        ],
        separators=(",", ":"),
        ensure_ascii=True,
    )
    return hmac.new(key, b"event\x00" + body.encode("ascii"), hashlib.sha256).hexdigest()


def head_of(conn: Connection) -> Head | None:
    row = conn.execute(
        select(_TABLE.c.id, _TABLE.c.hash).order_by(_TABLE.c.id.desc()).limit(1)
    ).first()
    return (row[0], row[1]) if row else None


def append(conn: Connection, changes: Iterable[Change], at: datetime | None = None) -> Head | None:
    """Append events for ``changes``, with the content digest of each record as it now is.

    Returns the chain's new head, or None if there was nothing to append.
    """
    key = key_of(conn)
    items = list(changes)
    if not items:
        return None
    when = (at or system_now()).astimezone(UTC)
    wanted: dict[str, set[str]] = {}
    for change in items:
        if change.action != "delete" and change.entity in digest.entities():
            wanted.setdefault(change.entity, set()).add(change.entity_id)
    contents = {table: digest.digests_of(conn, key, table, ids) for table, ids in wanted.items()}
    head = head_of(conn)
    prev = head[1] if head else GENESIS
    rows = []
    for change in items:
        content = contents.get(change.entity, {}).get(change.entity_id)
        mac = event_mac(key, prev, when, change, content)
        rows.append(
            {
                "at": when,
                "entity": change.entity,
                "entity_id": change.entity_id,
                "action": change.action,
                "fields": list(change.fields),
                "digest": content,
                "prev_hash": prev,
                "hash": mac,
            }
        )
        prev = mac
    conn.execute(insert(_TABLE), rows)
    return head_of(conn)


# -- what a flush changed -------------------------------------------------------------------
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


def _table_of(obj: object) -> str:
    return inspect(obj).mapper.local_table.name


def _as_key(values: Sequence[str]) -> list[Any]:
    return [int(v) if v.lstrip("-").isdigit() else v for v in values]


def cascade_effects(conn: Connection, table: str, ids: Sequence[str]) -> list[Change]:
    """What the database itself will do when rows ``ids`` of ``table`` are deleted.

    Children with ``ON DELETE CASCADE`` are deleted (and so on down), references with
    ``ON DELETE SET NULL`` are cleared, and link rows of other records are removed; each
    is a change of a record that the ORM never sees, so it is logged here.
    """
    effects: list[Change] = []
    seen: set[tuple[str, str]] = {(table, i) for i in ids}  # records deleted so far
    queue: list[tuple[str, list[str]]] = [(table, list(ids))]
    while queue:
        parent, parent_ids = queue.pop()
        for child in Base.metadata.sorted_tables:
            for fk in child.foreign_keys:
                rule = (fk.ondelete or "").upper()
                if fk.column.table.name != parent or rule not in ("CASCADE", "SET NULL"):
                    continue
                effects.extend(
                    _effects_on(conn, child, fk.parent.name, rule, parent, parent_ids, seen, queue)
                )
    return effects


def _effects_on(
    conn: Connection,
    child: Table,
    column: str,
    rule: str,
    parent: str,
    parent_ids: list[str],
    seen: set[tuple[str, str]],
    queue: list[tuple[str, list[str]]],
) -> list[Change]:
    entities = digest.entities()
    link = digest.owner_of_link(child.name)
    if child.name in entities:
        entity = entities[child.name]
        wanted = entity.key
        change_to = ("delete", ()) if rule == "CASCADE" else ("update", (column,))
    elif link is not None and link[0] != parent:
        wanted = (link[1].owner_column,)
        entity = entities[link[0]]
        change_to = ("update", (child.name,))
    else:
        return []
    found: list[str] = []
    cols = ",".join(f'"{c}"' for c in wanted)
    params = _as_key(parent_ids)
    for start in range(0, len(params), 500):
        batch = params[start : start + 500]
        rows = conn.exec_driver_sql(
            f'SELECT DISTINCT {cols} FROM "{child.name}" WHERE "{column}" IN '
            f"({','.join('?' * len(batch))})",
            tuple(batch),
        ).fetchall()
        found.extend(",".join(str(v) for v in row) for row in rows)
    action, fields = change_to
    out = []
    for entity_id in found:
        if (entity.table, entity_id) in seen:
            continue  # already deleted further up: nothing more happens to it
        if action == "delete":
            seen.add((entity.table, entity_id))  # an update found first is merged into it
        out.append(Change(entity.table, entity_id, action, fields))
    deleted = [c.entity_id for c in out if c.action == "delete"]
    if deleted:
        queue.append((entity.table, deleted))
    return out


def _merge(changes: Iterable[Change]) -> list[Change]:
    """One change per record: a delete wins; create absorbs updates; updates unite fields."""
    merged: dict[tuple[str, str], Change] = {}
    for change in changes:
        key = (change.entity, change.entity_id)
        before = merged.get(key)
        if before is None or change.action == "delete":
            merged[key] = change
        elif before.action == "delete":
            continue
        else:
            fields = tuple(sorted(set(before.fields) | set(change.fields)))
            merged[key] = Change(change.entity, change.entity_id, before.action, fields)
    return list(merged.values())


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
    doomed: dict[str, list[str]] = {}
    for obj in [*session.deleted, *_orphans(session)]:
        if isinstance(obj, AuditEvent):
            raise PermissionError("audit events cannot be deleted")
        pending.append((obj, "delete", ()))
        doomed.setdefault(_table_of(obj), []).append(_identity(obj))
    conn = session.connection()
    for table, ids in doomed.items():
        pending.extend((None, change, None) for change in cascade_effects(conn, table, ids))


def _orphans(session: Session) -> list[object]:
    """Children taken out of a delete-orphan collection: the flush deletes them, though they
    are never in ``session.deleted`` (a standard's dropped duty, a contract's barrier…)."""
    found: dict[int, object] = {}
    for parent in list(session.dirty):
        state = inspect(parent)
        for rel in state.mapper.relationships:
            if not rel.cascade.delete_orphan:
                continue
            for child in state.attrs[rel.key].history.deleted or ():
                if child is None or child in session.new or child in session.deleted:
                    continue
                if inspect(child).persistent:
                    found[id(child)] = child
    return list(found.values())


def _on_after_flush(session: Session, _ctx: UOWTransaction) -> None:
    pending = session.info.pop("audit_pending", [])
    if not pending:
        return
    changes = []
    for obj, action, fields in pending:
        if obj is None:
            changes.append(action)  # a Change worked out before the flush
            continue
        changes.append(
            Change(
                entity=_table_of(obj),
                entity_id=_identity(obj),
                action=action,
                fields=_all_fields(obj) if fields is None else fields,
            )
        )
    head = append(session.connection(), _merge(changes))
    if head:
        session.info[HEAD_INFO] = head


def _on_rollback(session: Session) -> None:
    session.info.pop("audit_pending", None)
    session.info.pop(HEAD_INFO, None)


def install(
    session_factory: sessionmaker[Session], committed: Callable[[Head], None] | None = None
) -> None:
    """Log every ORM change made through sessions of ``session_factory``.

    ``committed`` is called with the chain's new head after each commit that added events
    (the vault keeps its anchor with it).
    """
    event.listen(session_factory, "before_flush", _on_before_flush)
    event.listen(session_factory, "after_flush", _on_after_flush)
    event.listen(session_factory, "after_soft_rollback", lambda s, _t: _on_rollback(s))
    if committed is not None:

        def _after_commit(session: Session) -> None:
            head = session.info.pop(HEAD_INFO, None)
            if head is not None:
                committed(head)

        event.listen(session_factory, "after_commit", _after_commit)


def note_head(session: Session, head: Head | None) -> None:
    """For Core writes made in ``session``'s transaction: anchor ``head`` when it commits."""
    if head is not None:
        session.info[HEAD_INFO] = head


def record_bulk(
    session: Session,
    tables: dict[str, list[dict]],
    *,
    batch: int = 5000,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Log what a bulk insert of ``tables`` (name -> rows written) did to the records.

    Call it once every row (and every link row) is written, so each digest covers the
    whole record: each new record gets a create event; a record that already had events
    and gained link rows gets an update. Returns how many events were written.
    """
    conn = session.connection()
    changes: list[Change] = []
    created: set[tuple[str, str]] = set()
    for table, rows in tables.items():
        entity = digest.entities().get(table)
        if entity is None or not rows:
            continue
        for row in rows:
            entity_id = entity.id_of([row[c] for c in entity.key])
            fields = tuple(
                sorted(k for k, v in row.items() if v is not None and k not in _SKIP_FIELDS)
            )
            changes.append(Change(table, entity_id, "create", fields))
            created.add((table, entity_id))
    for table, rows in tables.items():
        owned = digest.owner_of_link(table)
        if owned is None:
            continue
        owner, link = owned
        for owner_id in sorted({str(r[link.owner_column]) for r in rows}):
            if (owner, owner_id) not in created:
                created.add((owner, owner_id))
                changes.append(Change(owner, owner_id, "update", (table,)))
    for start in range(0, len(changes), batch):
        note_head(session, append(conn, changes[start : start + batch]))
        if progress:
            progress(min(start + batch, len(changes)), len(changes))
    return len(changes)


def rebaseline(conn: Connection, tables: Iterable[str], reason: str) -> Head | None:
    """Record the current content of every record of ``tables`` (after a migration changed it)."""
    head = None
    for table in tables:
        entity = digest.entities()[table]
        cols = ",".join(f'"{c}"' for c in entity.key)
        ids = [
            entity.id_of(row)
            for row in conn.exec_driver_sql(f'SELECT {cols} FROM "{table}"').fetchall()
        ]
        for start in range(0, len(ids), 5000):
            head = (
                append(
                    conn,
                    (Change(table, i, "baseline", (reason,)) for i in ids[start : start + 5000]),
                )
                or head
            )
    return head


# -- from the plain chain to the keyed one (migration 0005) -----------------------------------
def _legacy_hash(
    prev: str, at: datetime, entity: str, entity_id: str, action: str, fields: list
) -> str:
    moment = at if at.tzinfo else at.replace(tzinfo=UTC)
    body = json.dumps(
        [prev, moment.isoformat(), entity, entity_id, action, list(fields)],
        separators=(",", ":"),
        ensure_ascii=True,
    )
    return hashlib.sha256(body.encode("ascii")).hexdigest()


def rechain(conn: Connection, batch: int = 5000) -> str:
    """Verify the old plain chain, re-chain every event under the key, baseline every record.

    Returns the old chain's verdict, which is also recorded in the chain.
    """
    key = key_of(conn)
    cols = (_TABLE.c.id, _TABLE.c.at, _TABLE.c.entity, _TABLE.c.entity_id, _TABLE.c.action)
    old_prev, new_prev, count, broken_at, last_id = GENESIS, GENESIS, 0, None, 0
    while True:
        rows = conn.execute(
            select(*cols, _TABLE.c.fields, _TABLE.c.prev_hash, _TABLE.c.hash)
            .where(_TABLE.c.id > last_id)
            .order_by(_TABLE.c.id)
            .limit(batch)
        ).fetchall()
        if not rows:
            break
        updates = []
        for row in rows:
            count += 1
            fields = list(row.fields or [])
            expected = _legacy_hash(old_prev, row.at, row.entity, row.entity_id, row.action, fields)
            if broken_at is None and (row.prev_hash != old_prev or row.hash != expected):
                broken_at = row.id
            old_prev = row.hash
            change = Change(row.entity, row.entity_id, row.action, tuple(fields))
            mac = event_mac(key, new_prev, row.at, change, None)
            updates.append({"b_id": row.id, "b_prev": new_prev, "b_hash": mac})
            new_prev = mac
            last_id = row.id
        conn.execute(
            _TABLE.update()
            .where(_TABLE.c.id == sa_bindparam("b_id"))
            .values(prev_hash=sa_bindparam("b_prev"), hash=sa_bindparam("b_hash")),
            updates,
        )
    if broken_at is None:
        verdict = f"plain chain of {count} events verified unbroken"
    else:
        verdict = f"plain chain of {count} events was broken at event {broken_at}"
    if count:
        append(conn, [Change("vault", "audit", "rechain", (verdict,))])
    # Only the tables this schema has: later migrations add tables the models already know.
    present = {
        row[0] for row in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
    }
    rebaseline(conn, [t for t in digest.entities() if t in present], "keyed chain begins")
    return verdict
