"""The SQLAlchemy engine over checked SQLCipher connections (see :mod:`.connection`)."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool

from mentordesk.vault.connection import connect_raw


def make_engine(db_path: Path, data_key: bytes, *, create: bool = False) -> Engine:
    """An engine whose every connection comes from :func:`connect_raw`."""
    key = bytes(data_key)
    path = Path(db_path)
    first = {"create": create}

    def creator() -> sqlcipher.Connection:
        conn = connect_raw(path, key, create=first["create"])
        first["create"] = False
        return conn

    engine = create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher,
        creator=creator,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
        hide_parameters=True,  # an error's text never carries a record's values (or a key)
    )

    @event.listens_for(engine, "connect")
    def _no_pysqlite_transaction_games(  # pragma: no cover - trivial
        dbapi_conn: sqlcipher.Connection, _record: ConnectionPoolEntry
    ) -> None:
        # isolation_level=None gives SQLAlchemy full control of BEGIN/COMMIT.
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine
