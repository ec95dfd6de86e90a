"""Raw ``sqlite3`` connections to the local file and the checks made before any engine exists
(backups, start-up, the desktop client's first paint). No SQLAlchemy here: ``store.engine`` builds
the engines and re-exports these."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from mediator.errors import StoreError
from mediator.i18n import t

BUSY_TIMEOUT_MS = 15_000
SQLITE_HEADER = b"SQLite format 3\x00"


def _problems(lines: Iterator[str] | Any) -> list[str]:
    result = [str(line) for line in lines]
    return [] if result == ["ok"] else result


def connect_raw(db_path: str | Path, *, readonly: bool = False, busy_timeout_ms: int = BUSY_TIMEOUT_MS,
                any_thread: bool = False) -> sqlite3.Connection:
    """A plain ``sqlite3`` connection in autocommit mode; ``readonly`` ones cannot change any data.

    Read-only here means ``query_only``, not ``mode=ro``: such a connection may still recover a hot
    journal and, as the last one to close, checkpoint and remove the ``-wal``/``-shm`` files, which a
    ``mode=ro`` connection would leave behind. ``any_thread``: usable (one at a time) from threads
    other than the one that made it, e.g. closed by the owner of a pool of reader threads.
    """
    conn = sqlite3.connect(Path(db_path), isolation_level=None, timeout=busy_timeout_ms / 1000,
                           check_same_thread=not any_thread)
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
