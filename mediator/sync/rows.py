"""Rows as plain dicts on both sides: reading the current local rows named by journal entries,
comparing two versions of a row, and JSON for conflict and reject records."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import Connection, Table, select
from sqlalchemy.orm import Session

from mediator.services.audit import jsonable
from mediator.store.base import Base
from mediator.sync.central_schema import CENTRAL_COLUMNS
from mediator.sync.stored import typed_rows

NODE_LOCAL = ("local_seq", "base_version")  # meaningful on one node only; not compared
CHUNK = 500  # ids per IN list


def local_table(name: str) -> Table:
    return Base.metadata.tables[name]


def chunks(items: list, size: int = CHUNK) -> Iterable[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def as_dicts(result) -> list[dict]:  # noqa: ANN001 - a SQLAlchemy Result
    """The rows of ``result`` as plain dicts: ``dict(row._mapping)`` rebuilt the key map for every
    row, a third of a first pull's time."""
    keys = list(result.keys())
    return [dict(zip(keys, row, strict=True)) for row in result.all()]


def read_local(session: Session, table_name: str, ids: Iterable[uuid.UUID]) -> list[dict]:
    """The current local rows with these ids, in local_seq order (parents of a self-reference first)."""
    table = local_table(table_name)
    rows: list[dict] = []
    for part in chunks(list(ids)):
        rows += as_dicts(session.execute(select(table).where(table.c.id.in_(part))))
    rows.sort(key=lambda r: (r["local_seq"] is None, r["local_seq"] or 0))
    return rows


def read_journalled(session: Session, table_name: str, first_seq: int, last_seq: int) -> list[dict]:
    """The current local rows of ``table_name`` that journal entries ``first_seq``…``last_seq``
    name, in local_seq order: one statement, no list of ids to bind. Read through the session's
    ``sqlite3`` connection and converted column by column (``stored.typed_rows``): SQLAlchemy's
    ``Row`` per row and its per-value processing were most of a first push's local time."""
    table = local_table(table_name)
    listed = ", ".join(f'"{c.name}"' for c in table.columns)
    sql = (f'SELECT {listed} FROM "{table_name}" WHERE id IN '
           "(SELECT row_id FROM sync_journal WHERE seq >= ? AND seq <= ? AND table_name = ?)")
    raw = session.connection().connection.driver_connection
    rows = typed_rows(table, raw.execute(sql, (first_seq, last_seq, table_name)).fetchall())
    rows.sort(key=lambda r: (r["local_seq"] is None, r["local_seq"] or 0))
    return rows


def raise_bases(session: Session, table_name: str, versions: dict[uuid.UUID, int]) -> None:
    """Raise the ``base_version`` of these rows to the given versions where it is lower: one
    ``executemany`` of the session's ``sqlite3`` connection (a first push lands every row)."""
    if versions:
        raw = session.connection().connection.driver_connection
        raw.executemany(f'UPDATE "{table_name}" SET base_version = ? WHERE id = ? AND base_version < ?',
                        [(v, i.hex, v) for i, v in versions.items()])


def read_by_id(conn: Connection | Session, table: Table, ids: list[uuid.UUID], *, for_update: bool = False
               ) -> dict[uuid.UUID, dict]:
    found: dict[uuid.UUID, dict] = {}
    for part in chunks(ids):
        stmt = select(table).where(table.c.id.in_(part))
        if for_update:
            stmt = stmt.with_for_update()
        found.update({r["id"]: r for r in as_dicts(conn.execute(stmt))})
    return found


def data_of(row: dict) -> dict:
    """The row without node-local and central bookkeeping columns."""
    return {k: v for k, v in row.items() if k not in NODE_LOCAL and k not in CENTRAL_COLUMNS}


def same_content(a: dict, b: dict) -> bool:
    return data_of(a) == data_of(b)


def as_json(row: dict) -> dict:
    return jsonable(data_of(row) | {"base_version": row.get("base_version")})
