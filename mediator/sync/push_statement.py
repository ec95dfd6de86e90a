"""The everyday push on PostgreSQL: a whole batch in one statement, so that a sync through a slow
line pays one round trip for its rows instead of two per table (a read, then the writes).

The statement, run inside the batch's central transaction (``push._push``):

* ``logged``: the batch id into ``sync_batches`` (``ON CONFLICT DO NOTHING``: a replay, or a
  concurrent one waiting on the key, logs nothing);
* ``acked``: ``sync_nodes.acked_seq`` raised, only when the batch was logged and the node is
  registered with this epoch;
* ``seqs``: one ``central_seq`` per row, drawn in the batch's order (tables parents first, rows in
  ``local_seq`` order), only when acknowledged, so nothing is written for a replay or an unknown
  node, and ``central_seq`` follows the local order whatever order the tables are written in;
* per table, parents first: ``INSERT … SELECT`` from the rows sent as one JSON array
  (``json_populate_recordset`` over the central table's row type: no limit on bind parameters,
  the same statement text for any number of rows) ``ON CONFLICT (id) DO UPDATE`` of the columns
  this program knows, ``WHERE`` central's version is older than the incoming one and
  (central's version is the row's base version **or** this node wrote central's row) — the update
  rule of ``push_rows.classify`` — ``RETURNING`` the ids written.

Rows absent at central are inserted, rows passing the version guard are updated, in both cases
with the stamp a push gives (``central_seq``, ``central_xid``, writer node). A row the guard keeps
(an identical re-push, or a conflict) is left alone but locked by ``ON CONFLICT DO UPDATE`` until
the commit; ``push`` reads those few rows again and records the conflicts in the same
transaction. Foreign keys are checked at the end of the statement, so parent and child rows of
one batch land together. A refused row (constraint, row-level security) fails the statement and
``push`` applies the batch again on the careful path (a savepoint per table and per row).
"""

from __future__ import annotations

import datetime as dt
import decimal
import json
import uuid
from dataclasses import dataclass, field
from functools import cache

from sqlalchemy import Connection, Table, text

from mediator.sync.central_schema import CENTRAL_COLUMNS, SEQUENCE_NAME


@dataclass
class Written:
    logged: bool  # False: a replay (or a concurrent one won): nothing was written
    acked: bool  # False: no node with this epoch at central: nothing was written
    ids: dict[str, set[uuid.UUID]] = field(default_factory=dict)  # table → ids inserted or updated


def write_batch(conn: Connection, tables: dict[str, Table], node_id: uuid.UUID, epoch: uuid.UUID, batch_id: str,
                first_seq: int, last_seq: int, rows: dict[str, list[dict]], now: dt.datetime) -> Written:
    """Run the statement (see the module docstring) on ``conn``, inside a transaction."""
    names = [name for name, items in rows.items() if items]
    shapes = tuple((name, tuple(rows[name][0].keys())) for name in names)
    for name, columns in shapes:
        unknown = (set(columns) - set(tables[name].columns.keys())) | (set(columns) & set(CENTRAL_COLUMNS))
        if unknown:
            raise ValueError(f"{name}: columns unknown at central: {', '.join(sorted(unknown))}")
    params: dict = {"node": node_id, "epoch": epoch, "batch": batch_id, "first": first_seq, "last": last_seq,
                    "now": now, "total": sum(len(rows[name]) for name in names)}
    offset = 0
    for i, name in enumerate(names):
        params[f"rows_{i}"], params[f"offset_{i}"] = _as_json_array(rows[name]), offset
        offset += len(rows[name])
    found = conn.execute(text(_statement(shapes)), params).one()
    return Written(logged=bool(found[0]), acked=bool(found[1]),
                   ids={name: set(found[2 + i]) for i, name in enumerate(names)})


@cache
def _statement(shapes: tuple[tuple[str, tuple[str, ...]], ...]) -> str:
    parts = [
        "logged AS (INSERT INTO sync_batches (node_id, batch_id, first_seq, last_seq, applied_at) "
        "VALUES (:node, :batch, :first, :last, :now) ON CONFLICT DO NOTHING RETURNING batch_id)",
        "acked AS (UPDATE sync_nodes SET acked_seq = greatest(acked_seq, :last), last_push_at = :now "
        "WHERE node_id = :node AND epoch = :epoch AND EXISTS (SELECT 1 FROM logged) RETURNING node_id)",
        f"seqs AS (SELECT n, nextval('{SEQUENCE_NAME}') AS seq FROM generate_series(1, CAST(:total AS bigint)) AS n "
        "WHERE EXISTS (SELECT 1 FROM acked))",
    ]
    results = ["EXISTS (SELECT 1 FROM logged)", "EXISTS (SELECT 1 FROM acked)"]
    for i, (name, columns) in enumerate(shapes):
        parts.append(f"w{i} AS ({_upsert(name, columns, i)})")
        results.append(f"ARRAY(SELECT id FROM w{i})")
    return "WITH " + ",\n".join(parts) + "\nSELECT " + ", ".join(results)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _upsert(name: str, columns: tuple[str, ...], i: int) -> str:
    table = _quote(name)
    listed = ", ".join(_quote(c) for c in columns)
    picked = ", ".join(f"i.{_quote(c)}" for c in columns)
    updated = ", ".join(f"{_quote(c)} = EXCLUDED.{_quote(c)}" for c in [*columns, *CENTRAL_COLUMNS] if c != "id")
    return (f"INSERT INTO {table} AS central ({listed}, central_seq, central_xid, central_node_id) "
            f"SELECT {picked}, s.seq, pg_current_xact_id(), CAST(:node AS uuid) "
            f"FROM json_populate_recordset(NULL::{table}, CAST(:rows_{i} AS json)) WITH ORDINALITY AS i "
            f"JOIN seqs AS s ON s.n = i.ordinality + CAST(:offset_{i} AS bigint) "
            f"ON CONFLICT (id) DO UPDATE SET {updated} "
            "WHERE central.row_version < EXCLUDED.row_version "
            "AND (central.row_version = EXCLUDED.base_version OR central.central_node_id = EXCLUDED.central_node_id) "
            "RETURNING central.id")


def _as_json_array(rows: list[dict]) -> str:
    """Rows as the JSON text ``json_populate_recordset`` reads into the column types: instants and
    dates in ISO form (aware UTC instants keep their offset), UUIDs and decimals as text, bytes in
    PostgreSQL's ``\\x`` hex form; JSON column values stay nested JSON."""
    return json.dumps(rows, default=_json_value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def _json_value(value: object) -> object:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetime; use an aware UTC instant")
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID | decimal.Decimal):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return "\\x" + bytes(value).hex()
    raise TypeError(f"cannot send {type(value).__name__} as JSON")
