"""Connections to the local SQLite file: SQLAlchemy engines and the checks run through them (raw
``sqlite3`` connections and file checks live in ``store.rawfile`` and are re-exported here).

Every connection gets the same settings (architecture.md, "SQLite settings"): WAL, foreign keys on,
``synchronous=FULL`` and a 15 s busy timeout. The driver's own transaction handling is switched off
(``isolation_level=None``) and SQLAlchemy emits the ``BEGIN`` itself, so SELECTs and DDL are inside
real transactions. The write engine begins with ``BEGIN IMMEDIATE``: a writer takes the write lock
up front and waits on the busy timeout for another writer (the GUI, a scheduled ``mediator sync``)
instead of failing with "database is locked" when a read transaction tries to become a write one.
The read engine begins with a plain (deferred) ``BEGIN`` and is ``query_only``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import URL, Connection, Engine, create_engine, event

from mediator.store.rawfile import (  # noqa: F401  (raw connections and checks: imported from here too)
    BUSY_TIMEOUT_MS,
    SQLITE_HEADER,
    _problems,
    check_file,
    connect_raw,
    raw_connection,
    user_tables,
)

Begin = Literal["IMMEDIATE", "DEFERRED"]


def sqlite_url(db_path: str | Path) -> URL:
    """The SQLAlchemy URL of a SQLite file (built, not parsed: any character may be in the path)."""
    return URL.create("sqlite", database=str(Path(db_path)))


def make_engine(
    db_path: str | Path,
    *,
    begin: Begin = "IMMEDIATE",
    foreign_keys: bool = True,
    query_only: bool = False,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
) -> Engine:
    """One engine on ``db_path`` with our pragmas; ``begin`` chooses how transactions start.

    Migrations use ``foreign_keys=False`` (SQLite cannot change it inside a transaction, and batch
    table rebuilds must not cascade) and check ``foreign_key_violations`` before committing.
    """
    engine = create_engine(
        sqlite_url(db_path),
        connect_args={"check_same_thread": False},  # sessions move between worker threads
    )
    begin_sql = "BEGIN IMMEDIATE" if begin == "IMMEDIATE" else "BEGIN"

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see module docstring)
        cursor = dbapi_connection.cursor()
        try:
            # busy_timeout first, so even switching to WAL waits for another process.
            cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
            cursor.execute("PRAGMA synchronous=FULL")
            if query_only:
                cursor.execute("PRAGMA query_only=ON")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql(begin_sql)

    return engine


def make_engines(db_path: str | Path) -> tuple[Engine, Engine]:
    """``(write_engine, read_engine)`` for the SQLite file ``db_path``."""
    write = make_engine(db_path, begin="IMMEDIATE")
    read = make_engine(db_path, begin="DEFERRED", query_only=True)
    return write, read


def quick_check(engine: Engine) -> list[str]:
    """Problems reported by ``PRAGMA quick_check``; an empty list means the file is sound."""
    with engine.connect() as conn:
        return _problems(row[0] for row in conn.exec_driver_sql("PRAGMA quick_check"))


def integrity_check(engine: Engine) -> list[str]:
    """Problems reported by the slower, thorough ``PRAGMA integrity_check``; empty when sound."""
    with engine.connect() as conn:
        return _problems(row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check"))


def foreign_key_violations(conn: Connection) -> list[str]:
    """Rows breaking a foreign key, as ``table rowid → parent``; run before committing a migration."""
    rows = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    return [f"{table} rowid {rowid} → {parent}" for table, rowid, parent, _fk in rows]
