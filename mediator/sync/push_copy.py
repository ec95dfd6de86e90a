"""The PostgreSQL bulk path of a push batch: a table's incoming rows are streamed with ``COPY`` into
a temporary staging table, the central rows they touch are read (and locked) by joining it, and the
rows central lacks are inserted with one ``INSERT … SELECT`` that stamps ``central_seq``,
``central_xid`` and the writer node. One statement per row, even pipelined, spent most of a first
sync binding parameters; ``COPY`` is what the federation's bulk loads use too. Updates and
conflicts stay on the row-by-row path in ``push`` (there are few of them), and so does a batch
retried after a refused row, which needs a savepoint per row.
"""

from __future__ import annotations

import uuid

from psycopg.types.json import Json
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
    column,
    select,
    table,
    text,
)

from mediator.store.base import UTCDateTime
from mediator.sync.central_schema import CENTRAL_COLUMNS, SEQUENCE_NAME
from mediator.sync.rows import as_dicts

# Staged when a table of a batch has at least this many rows central never acknowledged (base_version
# 0: new rows, a first sync). An everyday sync (edits and their audit events: a hundred edited cases
# bring a hundred new audit rows) stays one statement, which costs three round trips, not eight.
MIN_ROWS = 500
ORDER = "_mediator_order"  # the incoming order (local_seq), kept for central_seq


def data_columns(central: Table) -> list[str]:
    return [c.name for c in central.columns if c.name not in CENTRAL_COLUMNS]


def _binary_type(type_: object) -> str | None:
    """The PostgreSQL type whose binary format psycopg writes for values of ``type_``."""
    if isinstance(type_, UTCDateTime):
        return "timestamptz"
    if isinstance(type_, Uuid):
        return "uuid"
    return _BINARY.get(type(type_))


_BINARY = {Integer: "int4", BigInteger: "int8", String: "text", Text: "text", Boolean: "bool", Date: "date",
           JSON: "json", LargeBinary: "bytea"}


def stage(conn: Connection, central: Table, rows: list[dict]) -> str:
    """Copy ``rows`` into a staging table dropped at commit; returns its name. In COPY's binary
    format when every column's type is known here (half the time of the text format, which
    psycopg renders value by value), else in text."""
    quote = conn.dialect.identifier_preparer.quote
    name = f"_stage_{central.name}"
    cols = data_columns(central)
    listed = ", ".join(quote(c) for c in cols)
    conn.exec_driver_sql(f"CREATE TEMP TABLE {quote(name)} ON COMMIT DROP AS "
                         f"SELECT {listed}, 0::int AS {ORDER} FROM {quote(central.name)} WITH NO DATA")
    wrap = [isinstance(central.c[c].type, JSON) for c in cols]
    types = [_binary_type(central.c[c].type) for c in cols] + ["int4"]
    binary = None not in types
    raw = conn.connection.driver_connection
    sql = f"COPY {quote(name)} ({listed}, {ORDER}) FROM STDIN" + (" (FORMAT BINARY)" if binary else "")
    with raw.cursor() as cur, cur.copy(sql) as copy:
        if binary:
            copy.set_types(types)
        for order, row in enumerate(rows):
            values = [row.get(c) for c in cols]
            copy.write_row([Json(v) if w and v is not None else v for v, w in zip(values, wrap, strict=True)]
                           + [order])
    return name


def existing(conn: Connection, central: Table, staged: str) -> dict[uuid.UUID, dict]:
    """The central rows with the staged ids, locked for this transaction."""
    ids = select(table(staged, column("id")).c.id)
    stmt = select(central).where(central.c.id.in_(ids)).with_for_update(of=central)
    return {r["id"]: r for r in as_dicts(conn.execute(stmt))}


def insert_absent(conn: Connection, central: Table, staged: str, node_id: uuid.UUID) -> int:
    """Insert the staged rows central lacks, in their incoming order; returns how many."""
    quote = conn.dialect.identifier_preparer.quote
    listed = ", ".join(quote(c) for c in data_columns(central))
    target = quote(central.name)
    # The ordered subquery fixes the order nextval() is called in: central_seq follows local_seq.
    sql = (f"INSERT INTO {target} ({listed}, central_seq, central_xid, central_node_id) "
           f"SELECT {listed}, nextval('{SEQUENCE_NAME}'), pg_current_xact_id(), CAST(:node AS uuid) FROM "
           f"(SELECT * FROM {quote(staged)} s WHERE NOT EXISTS (SELECT 1 FROM {target} t WHERE t.id = s.id) "
           f"ORDER BY s.{ORDER}) ordered")
    return conn.execute(text(sql), {"node": str(node_id)}).rowcount
