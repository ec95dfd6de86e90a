"""Writing a page's pulled rows into the local SQLite file: one ``executemany`` of the session's
own ``sqlite3`` connection per table and kind (inserts, updates), inside the session's
transaction, so the cursor is still stored with the applied rows.

The rows come in SQLite's storage form (``stored.StoredRows``: the local columns first, in the
local table's order, already as the applied row holds them), so nothing is converted here.
SQLAlchemy's executemany built a parameter dict per row and ran every value through its type's
bind processor: about half of a first pull's local time.
"""

from __future__ import annotations

import sqlite3
from functools import cache

from sqlalchemy import Table
from sqlalchemy.dialects import sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

_QUOTE = sqlite.dialect().identifier_preparer.quote


@cache
def _local_width(local: Table, central: Table) -> int:
    """How many leading central columns are the local table's (the central schema copies them in order)."""
    names = [c.name for c in local.columns]
    if [c.name for c in central.columns][:len(names)] != names:
        raise ValueError(f"{local.name}: the central table's columns do not start with the local ones")
    return len(names)


def insert_rows(session: Session, local: Table, central: Table, rows: list[tuple]) -> None:
    """INSERT stored central rows of ``central`` into ``local``."""
    width = _local_width(local, central)
    names = ", ".join(_QUOTE(c.name) for c in local.columns)
    sql = f"INSERT INTO {_QUOTE(local.name)} ({names}) VALUES ({', '.join('?' * width)})"
    _executemany(session, sql, [r[:width] for r in rows])


def update_rows(session: Session, local: Table, central: Table, rows: list[tuple]) -> None:
    """UPDATE the local rows with the ids of ``rows`` (stored central rows) to their values."""
    width = _local_width(local, central)
    at = [c.name for c in local.columns].index("id")
    sets = ", ".join(f"{_QUOTE(c.name)} = ?" for c in local.columns if c.name != "id")
    sql = f"UPDATE {_QUOTE(local.name)} SET {sets} WHERE id = ?"
    _executemany(session, sql, [r[:at] + r[at + 1:width] + (r[at],) for r in rows])


def _executemany(session: Session, sql: str, params: list[tuple]) -> None:
    raw = session.connection().connection.driver_connection  # the session's transaction
    try:
        raw.executemany(sql, params)
    except sqlite3.IntegrityError as exc:  # as SQLAlchemy raises it, for the caller's fallback
        raise IntegrityError(sql, None, exc) from exc
