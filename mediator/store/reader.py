"""Reading the local database before the ORM is loaded: whether a data directory can be read
directly (a Mediator database at the current schema with an office set up), and plain ``sqlite3``
read connections for the desktop client's case list. No SQLAlchemy here; anything that writes, or
finds the file older, newer or damaged, goes through ``Workspace.open`` instead."""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mediator.errors import StoreError
from mediator.store.rawfile import check_file, connect_raw

DB_NAME = "mediator.db"
# The Alembic head of db/versions; tests/store/test_reader.py keeps it equal to Alembic's own.
SCHEMA_HEAD = "0004"


@dataclass(frozen=True)
class Ready:
    """A data directory whose database can be read as it is."""

    db_path: Path
    office_id: uuid.UUID
    office_name: str


def probe(data_dir: Path) -> Ready | None:
    """``Ready`` when ``data_dir`` holds a database at ``SCHEMA_HEAD`` with an office set up, else
    None (missing, new, older or newer, not SQLite): then the full open decides and explains."""
    db_path = Path(data_dir) / DB_NAME
    if not db_path.is_file():
        return None
    try:
        check_file(db_path, scan=False)  # never let SQLite open (and tidy away) a foreign file
        conn = connect_raw(db_path, readonly=True)
    except (StoreError, OSError, sqlite3.Error):
        return None
    try:
        (version,) = conn.execute("SELECT version_num FROM alembic_version").fetchone() or (None,)
        if version != SCHEMA_HEAD:
            return None
        row = conn.execute("SELECT offices.id, offices.name FROM local_settings JOIN offices "
                           "ON offices.id = replace(local_settings.value, '-', '') "
                           "WHERE local_settings.key = 'office_id'").fetchone()
        if row is None or conn.execute("SELECT 1 FROM local_settings WHERE key = 'node_id'").fetchone() is None:
            return None
        return Ready(db_path, uuid.UUID(hex=row[0]), row[1])
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def connect(db_path: Path) -> sqlite3.Connection:
    """A read-only connection, each statement its own snapshot, usable from any thread (one
    thread at a time)."""
    return connect_raw(db_path, readonly=True, any_thread=True)


def session_connection(session: Any) -> sqlite3.Connection:
    """The DB-API connection under a SQLAlchemy session, so these reads run in its transaction."""
    return session.connection().connection.driver_connection


SIGN_IN_ROLES = ("chair", "mediator", "clerk", "federation")


def sign_in_choices(conn: sqlite3.Connection) -> list[dict[str, str]]:
    """Everyone who may sign in, as ``{"login", "name", "role"}``: the chair first, then mediators,
    clerks and federation staff, each group by name."""
    marks = ", ".join("?" * len(SIGN_IN_ROLES))
    rows = conn.execute(f"SELECT login, name, role FROM users WHERE role IN ({marks}) AND active = 1 "
                        "AND deleted_at IS NULL", SIGN_IN_ROLES)
    rank = {role: i for i, role in enumerate(SIGN_IN_ROLES)}
    people = [{"login": login, "name": name, "role": role} for login, name, role in rows]
    return sorted(people, key=lambda p: (rank[p["role"]], p["name"], p["login"]))
