"""What a record *is*, for the audit chain: a keyed digest of its stored content.

A record is one row of an entity table (every mapped table but the audit log itself) plus
its rows in the link tables it owns (a session's KSBs and goals, a reflection's sessions…).
Its digest is an HMAC, under the vault's audit key, of a canonical encoding of the values
exactly as SQLite stores them, read back from the database; so the same record gives the
same digest whether it was written by the ORM, by a bulk insert or read by ``check``.

Columns holding NULL are left out of the encoding, so adding a nullable column in a
migration leaves every digest as it was. A migration that fills a new column must record
new digests for the rows it changed (see :func:`mentordesk.vault.audit.rebaseline`).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, cast

from sqlalchemy import Connection, Table

from mentordesk.vault.models import Base

AUDIT_TABLE = "audit_event"
_CHUNK = 500


@dataclass(frozen=True)
class Link:
    """A link table whose rows belong to the record they point to in ``owner_column``."""

    table: str
    owner_column: str
    other_columns: tuple[str, ...]


@dataclass(frozen=True)
class Entity:
    table: str
    key: tuple[str, ...]  # primary key columns
    links: tuple[Link, ...]

    def id_of(self, values: Sequence[Any]) -> str:
        return ",".join(str(v) for v in values)


@cache
def entities() -> dict[str, Entity]:
    """Every entity table of the schema, with the link tables it owns."""
    mapped = {cast(Table, m.local_table).name for m in Base.registry.mappers}
    links: dict[str, list[Link]] = defaultdict(list)
    for table in Base.metadata.sorted_tables:
        if table.name in mapped:
            continue
        fks = [fk for col in table.columns for fk in col.foreign_keys]
        if not fks:
            continue
        owner = fks[0]  # a link table's first column names its owner (session_ksb -> session)
        others = tuple(c.name for c in table.columns if c is not owner.parent)
        links[owner.column.table.name].append(Link(table.name, owner.parent.name, others))
    result = {}
    for name in sorted(mapped - {AUDIT_TABLE}):
        table = Base.metadata.tables[name]
        key = tuple(c.name for c in table.primary_key.columns)
        result[name] = Entity(name, key, tuple(links.get(name, ())))
    return result


def owner_of_link(table: str) -> tuple[str, Link] | None:
    for entity in entities().values():
        for link in entity.links:
            if link.table == table:
                return entity.table, link
    return None


def _encode(value: Any) -> Any:
    if isinstance(value, bytes | bytearray | memoryview):
        return ["sha256", hashlib.sha256(bytes(value)).hexdigest()]
    if isinstance(value, float):
        return ["real", value.hex()]
    return value


def canonical(columns: Sequence[str], row: Sequence[Any], links: dict[str, list]) -> bytes:
    body = {
        name: _encode(value) for name, value in zip(columns, row, strict=True) if value is not None
    }
    if any(links.values()):
        body["~links"] = {
            name: sorted(rows, key=_row_order) for name, rows in sorted(links.items()) if rows
        }
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _row_order(row: list) -> str:
    return json.dumps(row, sort_keys=True, default=str)  # any mix of types sorts the same


def dangling_links(conn: Connection) -> list[str]:
    """Link rows whose owner record does not exist (added outside MentorDesk)."""
    found = []
    for entity in entities().values():
        for link in entity.links:
            count = conn.exec_driver_sql(
                f"SELECT count(*) FROM {_quote(link.table)} WHERE {_quote(link.owner_column)} "
                f"NOT IN (SELECT {_quote(entity.key[0])} FROM {_quote(entity.table)})"
            ).scalar_one()
            if count:
                found.append(f"{link.table} ({count} rows)")
    return found


def digest(key: bytes, content: bytes) -> str:
    return hmac.new(key, b"record\x00" + content, hashlib.sha256).hexdigest()


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _select(entity: Entity) -> str:
    return f"SELECT * FROM {_quote(entity.table)}"


def _key_filter(entity: Entity, count: int) -> str:
    if len(entity.key) == 1:
        return f"{_quote(entity.key[0])} IN ({','.join('?' * count)})"
    cols = ",".join(_quote(c) for c in entity.key)
    one = "(" + ",".join("?" * len(entity.key)) + ")"
    return f"({cols}) IN (VALUES {','.join([one] * count)})"


def _split_id(entity: Entity, entity_id: str) -> list[str]:
    parts = entity_id.split(",")
    if len(parts) != len(entity.key):
        raise ValueError(f"{entity.table} id {entity_id!r} does not match its key")
    return parts


def _present(conn: Connection, table: str) -> bool:
    """A link table of the current schema may not exist yet in a vault being migrated from
    an older one: its rows are then none (as they will be when it is created)."""
    return bool(
        conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).first()
    )


def _link_rows(conn: Connection, link: Link, owners: Sequence[Any] | None) -> dict[str, list]:
    if not _present(conn, link.table):
        return {}
    cols = ",".join(_quote(c) for c in (link.owner_column, *link.other_columns))
    sql = f"SELECT {cols} FROM {_quote(link.table)}"
    grouped: dict[str, list] = defaultdict(list)
    batches: Iterable[Sequence[Any] | None] = (
        [None]
        if owners is None
        else (owners[i : i + _CHUNK] for i in range(0, len(owners), _CHUNK))
    )
    for batch in batches:
        if batch is None:
            rows = conn.exec_driver_sql(sql).fetchall()
        else:
            where = f" WHERE {_quote(link.owner_column)} IN ({','.join('?' * len(batch))})"
            rows = conn.exec_driver_sql(sql + where, tuple(batch)).fetchall()
        for row in rows:
            grouped[str(row[0])].append([_encode(v) for v in row[1:]])
    return grouped


def digests_of(conn: Connection, key: bytes, table: str, ids: Iterable[str]) -> dict[str, str]:
    """The digest of each live record of ``table`` among ``ids`` (missing ones are left out)."""
    entity = entities()[table]
    wanted = sorted(set(ids))
    found: dict[str, str] = {}
    for start in range(0, len(wanted), _CHUNK):
        batch = wanted[start : start + _CHUNK]
        params = [part for entity_id in batch for part in _split_id(entity, entity_id)]
        result = conn.exec_driver_sql(
            f"{_select(entity)} WHERE {_key_filter(entity, len(batch))}", tuple(params)
        )
        columns = list(result.keys())
        rows = result.fetchall()
        key_at = [columns.index(c) for c in entity.key]
        links = {
            link.table: _link_rows(conn, link, [r[key_at[0]] for r in rows])
            for link in entity.links
        }
        for row in rows:
            entity_id = entity.id_of([row[i] for i in key_at])
            owned = {name: grouped.get(entity_id, []) for name, grouped in links.items()}
            found[entity_id] = digest(key, canonical(columns, row, owned))
    return found


def iter_digests(conn: Connection, key: bytes, table: str) -> Iterator[tuple[str, str]]:
    """Every live record of ``table`` with its digest, streamed (for ``check``)."""
    entity = entities()[table]
    links = {link.table: _link_rows(conn, link, None) for link in entity.links}
    result = conn.execution_options(stream_results=True).exec_driver_sql(_select(entity))
    columns = list(result.keys())
    key_at = [columns.index(c) for c in entity.key]
    for row in result:
        entity_id = entity.id_of([row[i] for i in key_at])
        owned = {name: grouped.get(entity_id, []) for name, grouped in links.items()}
        yield entity_id, digest(key, canonical(columns, row, owned))


def count_rows(conn: Connection) -> int:
    return sum(
        conn.exec_driver_sql(f"SELECT count(*) FROM {_quote(name)}").scalar_one()
        for name in entities()
    )
