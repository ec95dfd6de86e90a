"""Reading the bulk pages of a pull from PostgreSQL (a first pull, or after a full page): table by
table, in the REPEATABLE READ transaction ``pull_read.read_changes`` opened (one snapshot, so one
horizon), through the psycopg connection under it, with PostgreSQL rendering every value in
SQLite's storage form (``stored.StoredRows``).

Decoding typed values (a ``UUID`` object per id, a ``datetime`` per instant, JSON parsed and
serialised again for the local file) and building a dict per row were most of a first pull's
time; text in the stored form is the cheapest thing psycopg can hand over, and the local write
then needs no conversion at all. Columns of a type this module does not know are read typed and
converted in Python (``stored.to_stored``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

import psycopg
from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Connection,
    Date,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    Uuid,
)

from mediator.store.base import UTCDateTime
from mediator.sync import reference
from mediator.sync.central_schema import Xid8
from mediator.sync.stored import StoredRows, to_stored

Bound = tuple[int, int]


def horizon(raw: psycopg.Connection) -> int:
    """The snapshot's horizon: every transaction below it has ended (``pull_read`` docstring)."""
    with raw.cursor() as cur:
        (value,) = cur.execute("SELECT pg_snapshot_xmin(pg_current_snapshot())::text").fetchone()
    return int(value)


def _stored_sql(name: str, type_: object, quote: Callable[[str], str]) -> tuple[str, bool]:
    """The SQL giving column ``name`` in storage form, and whether Python must still convert it."""
    col = f"t.{quote(name)}"
    if name == "base_version":
        return "t.row_version", False  # as the applied row holds them (stored.StoredRows)
    if name == "local_seq":
        return "NULL::bigint", False
    if isinstance(type_, UTCDateTime):
        return f"to_char({col} AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')", False
    if isinstance(type_, Uuid) and type_.as_uuid:
        return f"replace({col}::text, '-', '')", False
    if type(type_) is Date:
        return f"to_char({col}, 'YYYY-MM-DD')", False
    if type(type_) is JSON:
        return f"coalesce({col}::text, 'null')", False  # SQLAlchemy stores None as JSON null
    if isinstance(type_, Xid8):
        return f"{col}::text::bigint", False
    if type(type_) in (String, Text, Integer, BigInteger, Boolean, LargeBinary):
        return col, False
    return col, True


def table_reader(conn: Connection, tables: dict[str, Table], node_id: uuid.UUID, office_id: uuid.UUID,
                 after: Bound) -> Callable[[str, Bound | None, int], StoredRows]:
    """``read(name, bound, limit)``: the table's rows of this office and the federation, written by
    other nodes, after ``after``, below the snapshot's horizon (and up to ``bound``), in
    ``(central_xid, central_seq)`` order. ``conn``: a SQLAlchemy connection in the transaction."""
    raw = conn.connection.driver_connection
    quote = conn.dialect.identifier_preparer.quote
    below = horizon(raw)

    def read(name: str, bound: Bound | None, limit: int) -> StoredRows:
        table = tables[name]
        parts = [_stored_sql(c.name, c.type, quote) for c in table.columns]
        mine = "t.id = %(office)s" if name == reference.OFFICES else "(t.office_id = %(office)s OR t.office_id IS NULL)"
        sql = (f"SELECT {', '.join(sql for sql, _ in parts)} FROM {quote(name)} t WHERE {mine} "
               "AND (t.central_node_id IS NULL OR t.central_node_id <> %(node)s) "
               "AND t.central_xid < %(below)s::text::xid8 "
               "AND (t.central_xid, t.central_seq) > (%(xid)s::text::xid8, %(seq)s)")
        params: dict[str, object] = {"office": office_id, "node": node_id, "below": str(below),
                                     "xid": str(after[0]), "seq": after[1], "limit": limit}
        if bound is not None:
            sql += " AND (t.central_xid, t.central_seq) <= (%(bxid)s::text::xid8, %(bseq)s)"
            params |= {"bxid": str(bound[0]), "bseq": bound[1]}
        sql += " ORDER BY t.central_xid, t.central_seq LIMIT %(limit)s"
        with raw.cursor() as cur:
            rows = cur.execute(sql, params).fetchall()
        late = {i: convert for i, (c, (_, needed)) in enumerate(zip(table.columns, parts, strict=True))
                if needed and (convert := to_stored(c.type)) is not None}
        if late:
            rows = [tuple(late[i](v) if i in late else v for i, v in enumerate(r)) for r in rows]
        return StoredRows(table, rows)

    return read
