"""Connections to the local SQLite file: SQLAlchemy engines, raw ``sqlite3`` connections, checks.

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
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import URL, Connection, Engine, create_engine, event

from mediator.errors import StoreError
from mediator.i18n import t

BUSY_TIMEOUT_MS = 15_000
SQLITE_HEADER = b"SQLite format 3\x00"
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


def _problems(lines: Iterator[str] | Any) -> list[str]:
    result = [str(line) for line in lines]
    return [] if result == ["ok"] else result


# --- raw sqlite3 connections (backups, checks before any engine exists) ----------------------------


def connect_raw(db_path: str | Path, *, readonly: bool = False, busy_timeout_ms: int = BUSY_TIMEOUT_MS
                ) -> sqlite3.Connection:
    """A plain ``sqlite3`` connection in autocommit mode; ``readonly`` ones cannot change any data.

    Read-only here means ``query_only``, not ``mode=ro``: such a connection may still recover a hot
    journal and, as the last one to close, checkpoint and remove the ``-wal``/``-shm`` files, which a
    ``mode=ro`` connection would leave behind.
    """
    conn = sqlite3.connect(Path(db_path), isolation_level=None, timeout=busy_timeout_ms / 1000)
    try:
        conn.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        if readonly:
            conn.execute("PRAGMA query_only=ON")
    except BaseException:
        conn.close()
        raise
    return conn


@contextmanager
def raw_connection(db_path: str | Path, *, readonly: bool = False) -> Iterator[sqlite3.Connection]:
    with closing(connect_raw(db_path, readonly=readonly)) as conn:
        yield conn


def check_file(db_path: str | Path, *, thorough: bool = False, scan: bool = True) -> None:
    """Raise StoreError naming the file unless it is a sound SQLite database; never writes to it.
    ``scan=False`` only checks that it is a SQLite file (the page scan reads the whole file: about
    15 s for 100,000 cases, so the desktop client runs it in the background instead)."""
    path = Path(db_path)
    pragma = "integrity_check" if thorough else "quick_check"
    with open(path, "rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header and header != SQLITE_HEADER:  # never let SQLite open (and tidy away) a foreign file
        raise StoreError(t("{path} is not a usable Mediator database: {error}",
                           path=str(path), error=t("not a SQLite file")))
    if not scan:
        return
    try:
        with raw_connection(path, readonly=True) as conn:
            problems = _problems(row[0] for row in conn.execute(f"PRAGMA {pragma}"))
    except sqlite3.DatabaseError as exc:
        raise StoreError(t("{path} is not a usable Mediator database: {error}",
                           path=str(path), error=str(exc))) from exc
    if problems:
        lines = [line for p in problems for line in p.splitlines() if line and not line.startswith("***")]
        more = t(" (and {count} more)", count=len(lines) - 3) if len(lines) > 3 else ""
        raise StoreError(t("database {path} is damaged: {problems}",
                           path=str(path), problems="; ".join(lines[:3]) + more))


def user_tables(conn: sqlite3.Connection) -> list[str]:
    """Names of the tables in a raw connection's main schema, without SQLite's internal ones."""
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
    )
    return sorted(row[0] for row in rows)
