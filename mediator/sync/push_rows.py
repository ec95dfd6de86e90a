"""Applying one batch's rows inside its central transaction, on the paths that read before they
write (SQLite, a COPY-staged batch, and the careful retry with savepoints): each incoming row is
classified against the central row (``classify``: insert, update, same, conflict), written with
one executemany per kind, and its conflicts recorded once (``settle``). The rules are those of
``push``'s module docstring; ``push_statement`` applies the same update rule in SQL.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Table, and_, bindparam, func, insert, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError

from mediator.errors import StoreError
from mediator.store.base import utcnow
from mediator.sync import push_copy
from mediator.sync import rows as R
from mediator.sync.central_schema import SEQUENCE_NAME

if TYPE_CHECKING:
    from mediator.sync.push import Batch, PushOutcome


class Stamper:
    """Central bookkeeping values for written rows: on SQLite a block of ``central_seq`` taken
    from the counter row in this transaction; on PostgreSQL the sequence and the xid, in SQL."""

    def __init__(self, conn: Connection, tables: dict[str, Table], count: int, postgres: bool):
        self.postgres = postgres
        if not postgres:
            meta = tables["central_meta"]
            end = conn.execute(update(meta).where(meta.c.id == 1).values(next_seq=meta.c.next_seq + count)
                               .returning(meta.c.next_seq)).scalar_one()
            self._next = end - count

    def values(self, node_id: uuid.UUID) -> dict:
        if self.postgres:
            return {"central_seq": func.nextval(SEQUENCE_NAME), "central_xid": func.pg_current_xact_id(),
                    "central_node_id": node_id}
        self._next += 1
        return {"central_seq": self._next, "central_node_id": node_id}


def classify(central: dict | None, row: dict, node_id: uuid.UUID) -> str:
    if central is None:
        return "insert"
    if R.same_content(central, row):
        return "same"
    base_ok = central["row_version"] == row["base_version"] or central["central_node_id"] == node_id
    if central["row_version"] < row["row_version"] and base_ok:
        return "update"
    return "conflict"


def _write(conn: Connection, table: Table, kind: str, rows: list[dict], stamp: Stamper, node_id: uuid.UUID) -> None:
    """One executemany (multi-row on both drivers) of inserts or updates; central columns set per row."""
    if not rows:
        return
    if stamp.postgres:
        central = stamp.values(node_id)
        params = rows
    else:
        central = {}
        params = [r | stamp.values(node_id) for r in rows]
    if kind == "insert":
        conn.execute(insert(table).values(**central) if central else insert(table), params)
    else:
        cols = [c for c in params[0] if c != "id"]
        stmt = (update(table).where(and_(table.c.id == bindparam("p_id"), table.c.row_version < bindparam("p_v")))
                .values({c: bindparam(f"p_{c}") for c in cols} | central))
        conn.execute(stmt, [{f"p_{k}": v for k, v in p.items()} | {"p_v": p["row_version"]} for p in params])


def apply_table(conn: Connection, tables: dict[str, Table], name: str, incoming: list[dict], batch: Batch,
                stamp: Stamper, outcome: PushOutcome) -> None:
    table = tables[name]
    try:
        with conn.begin_nested():
            apply_rows(conn, tables, table, incoming, batch, stamp, outcome)
        return
    except DBAPIError as exc:
        if not refused(exc):
            raise
    # one row breaks a constraint or a row-level security policy: find it, row by row
    for row in incoming:
        try:
            with conn.begin_nested():
                apply_rows(conn, tables, table, [row], batch, stamp, outcome)
        except DBAPIError as exc:
            if not refused(exc):
                raise
            outcome.rejects += 1
            conn.execute(insert(tables["sync_rejects"]).values(
                table_name=name, row_id=row["id"], office_id=row.get("office_id"), node_id=batch.node_id,
                batch_id=batch.batch_id, reason=str(exc.orig).splitlines()[0][:500], row=R.as_json(row),
                recorded_at=utcnow()))


def refused(exc: DBAPIError) -> bool:
    """A constraint violation, or PostgreSQL refusing the row by row-level security (SQLSTATE 42501,
    "new row violates row-level security policy"): the row is rejected, the batch goes on."""
    return isinstance(exc, IntegrityError) or getattr(exc.orig, "sqlstate", None) == "42501"


def apply_rows(conn: Connection, tables: dict[str, Table], table: Table, incoming: list[dict], batch: Batch,
                stamp: Stamper, outcome: PushOutcome, *, bulk: bool = False) -> None:
    """``bulk`` (PostgreSQL, enough rows): through a COPY-filled staging table (``push_copy``)."""
    staged = None
    if bulk and stamp.postgres and sum(not r["base_version"] for r in incoming) >= push_copy.MIN_ROWS:
        staged = push_copy.stage(conn, table, incoming)
        central = push_copy.existing(conn, table, staged)
    else:
        central = R.read_by_id(conn, table, [r["id"] for r in incoming], for_update=stamp.postgres)
    groups: dict[str, list[dict]] = defaultdict(list)
    for row in incoming:
        groups[classify(central.get(row["id"]), row, batch.node_id)].append(row)
    if staged is None:
        _write(conn, table, "insert", groups["insert"], stamp, batch.node_id)
    elif groups["insert"]:
        inserted = push_copy.insert_absent(conn, table, staged, batch.node_id)
        if inserted != len(groups["insert"]):
            raise StoreError(f"{table.name}: {inserted} rows inserted from staging, {len(groups['insert'])} expected")
    _write(conn, table, "update", groups["update"], stamp, batch.node_id)
    settle(conn, tables, table, groups, central, batch, outcome)


def settle(conn: Connection, tables: dict[str, Table], table: Table, groups: dict[str, list[dict]],
            central: dict[uuid.UUID, dict], batch: Batch, outcome: PushOutcome) -> None:
    """After a table's writes: its conflicts recorded (once) and the outcome counted."""
    conflicts = _not_recorded(conn, tables["sync_conflicts"], table.name, batch.node_id, groups["conflict"])
    if conflicts:
        conn.execute(insert(tables["sync_conflicts"]), [
            {"table_name": table.name, "row_id": r["id"], "office_id": r.get("office_id"), "node_id": batch.node_id,
             "batch_id": batch.batch_id, "base_version": r["base_version"],
             "central_version": central[r["id"]]["row_version"], "incoming_version": r["row_version"],
             "central_row": R.as_json(central[r["id"]]), "incoming_row": R.as_json(r), "resolved": False,
             "recorded_at": utcnow()} for r in conflicts])
    outcome.conflicts += len(conflicts)
    outcome.written += len(groups["insert"]) + len(groups["update"])
    outcome.unchanged += len(groups["same"])
    for kind in ("insert", "update", "same"):
        for r in groups[kind]:
            outcome.landed[table.name][r["id"]] = r["row_version"]


def _not_recorded(conn: Connection, conflicts: Table, table_name: str, node_id: uuid.UUID, rows: list[dict]
                  ) -> list[dict]:
    """The conflicting rows this node has not pushed exactly so before: a row whose changes fall
    into several batches is carried by each of them as it is now, so a later batch (or an
    overlapping bundle) brings the same row again; its conflict is recorded once. (A version
    number alone does not identify the row: "keep the central version" gives the local row
    central's version number with central's content.)"""
    if not rows:
        return rows
    known = {(r.row_id, r.incoming_version, json.dumps(r.incoming_row, sort_keys=True)) for r in conn.execute(
        select(conflicts.c.row_id, conflicts.c.incoming_version, conflicts.c.incoming_row).where(
            conflicts.c.node_id == node_id, conflicts.c.table_name == table_name,
            conflicts.c.row_id.in_([r["id"] for r in rows])))}
    return [r for r in rows if (r["id"], r["row_version"], json.dumps(R.as_json(r), sort_keys=True)) not in known]
