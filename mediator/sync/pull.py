"""Pull: central changes made by other nodes, for this office and the federation, after this
node's cursor, applied locally in one transaction together with the new cursor.

Reading cannot skip a late-committing transaction. On PostgreSQL the read runs in one REPEATABLE
READ transaction and takes only rows whose ``central_xid`` is below
``pg_snapshot_xmin(pg_current_snapshot())`` (every transaction below that horizon has ended, and
every later one gets a larger xid), ordered by ``(central_xid, central_seq)``; the cursor is that
pair. On SQLite writers are serialised and ``central_seq`` is allocated inside the write
transaction, so ``central_seq`` order is commit order and the cursor's xid stays 0.

Locally (``session.info["applying_pull"]``: the journal hook adds no entries, so nothing echoes
back) a pulled row is inserted when absent and replaces the local row only when its
``row_version`` is higher and the local row has no unpushed change (such a row is pushed next
time and becomes a conflict record rather than being overwritten). Applied rows get
``base_version = row_version`` and no ``local_seq``. A row that breaks a local constraint (its
twin was rejected at central) is skipped and counted, the rest lands.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import (
    BigInteger,
    Engine,
    Table,
    Text,
    and_,
    bindparam,
    cast,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mediator.sync import reference, state
from mediator.sync import rows as R
from mediator.sync.central_schema import CENTRAL_COLUMNS, synced_table_names
from mediator.sync.state import Cursor


@dataclass
class Pulled:
    rows: dict[str, list[dict]]  # table → central rows, in (xid, seq) order
    cursor: Cursor

    @property
    def count(self) -> int:
        return sum(len(v) for v in self.rows.values())


@dataclass
class PullOutcome:
    applied: int = 0
    older: int = 0  # not newer than the local row, or the local row has unpushed changes
    skipped: int = 0  # broke a local constraint


def read_changes(engine: Engine, tables: dict[str, Table], node_id: uuid.UUID, office_id: uuid.UUID,
                 cursor: Cursor) -> Pulled:
    postgres = engine.dialect.name == "postgresql"
    found: dict[str, list[dict]] = {}
    best = cursor
    options = {"isolation_level": "REPEATABLE READ"} if postgres else {}
    with engine.connect().execution_options(**options) as conn, conn.begin():
        horizon = None
        if postgres:
            horizon = int(conn.execute(text("SELECT pg_snapshot_xmin(pg_current_snapshot())::text")).scalar_one())
        for name in synced_table_names():
            table = tables[name]
            xid = cast(cast(table.c.central_xid, Text), BigInteger) if postgres else None
            mine = (table.c.id == office_id if name == reference.OFFICES  # only this office's own row
                    else or_(table.c.office_id == office_id, table.c.office_id.is_(None)))
            where = [mine,
                     or_(table.c.central_node_id.is_(None), table.c.central_node_id != node_id)]
            if postgres:
                where += [xid < horizon, or_(xid > cursor.xid, and_(xid == cursor.xid, table.c.central_seq > cursor.seq))]
                stmt = select(table, xid.label("xid_value")).where(*where).order_by(xid, table.c.central_seq)
            else:
                where.append(table.c.central_seq > cursor.seq)
                stmt = select(table).where(*where).order_by(table.c.central_seq)
            rows = [dict(r._mapping) for r in conn.execute(stmt)]
            if not rows:
                continue
            found[name] = rows
            last = rows[-1]
            here = Cursor(last.get("xid_value", 0), last["central_seq"])
            if (here.xid, here.seq) > (best.xid, best.seq):
                best = here
    return Pulled(found, best)


def _local_values(row: dict) -> dict:
    values = {k: v for k, v in row.items() if k not in CENTRAL_COLUMNS and k != "xid_value"}
    values["base_version"] = values["row_version"]
    values["local_seq"] = None
    return values


def _same_row_unbased(mine: dict, row: dict, acked: int) -> bool:
    """Central holds exactly this node's row (same version and content, nothing unsent here) but the
    node's base is older: without raising the base, the node's next edit would be a false conflict."""
    if row["row_version"] != mine["row_version"] or (mine["base_version"] or 0) >= row["row_version"]:
        return False
    if (mine["local_seq"] or 0) > acked:
        return False
    values = _local_values(row)
    return all(mine.get(k) == v for k, v in values.items() if k not in ("base_version", "local_seq"))


def apply_changes(session: Session, pulled: Pulled) -> PullOutcome:
    """Apply ``pulled`` and store its cursor, in the caller's (one) local write transaction."""
    session.info["applying_pull"] = True
    outcome = PullOutcome()
    acked = state.acked(session)
    for name, incoming in pulled.rows.items():
        table = R.local_table(name)
        reference.rekey_local(session, name, incoming)  # a local seed row with central's natural key
        local = R.read_by_id(session, table, [r["id"] for r in incoming])
        inserts, updates, rebased = [], [], []
        for row in incoming:
            mine = local.get(row["id"])
            if mine is None:
                inserts.append(_local_values(row))
            elif row["row_version"] > mine["row_version"] and (mine["local_seq"] or 0) <= acked:
                updates.append(_local_values(row))
            elif _same_row_unbased(mine, row, acked):
                rebased.append({"p_id": row["id"], "p_base_version": row["row_version"]})
            else:
                outcome.older += 1
        if rebased:  # e.g. a copied node's inherited rows, pushed by the node they were copied from
            session.execute(update(table).where(table.c.id == bindparam("p_id"))
                            .values(base_version=bindparam("p_base_version")), rebased)
        try:
            with session.begin_nested():
                _write(session, table, inserts, updates)
            outcome.applied += len(inserts) + len(updates)
        except IntegrityError:
            for one in inserts + updates:
                is_insert = one in inserts
                try:
                    with session.begin_nested():
                        _write(session, table, [one] if is_insert else [], [] if is_insert else [one])
                    outcome.applied += 1
                except IntegrityError:
                    outcome.skipped += 1
    state.put(session, state.CURSOR, str(pulled.cursor))
    return outcome


def _write(session: Session, table: Table, inserts: list[dict], updates: list[dict]) -> None:
    if inserts:
        session.execute(insert(table), inserts)
    if updates:
        cols = [c for c in updates[0] if c != "id"]
        stmt = update(table).where(table.c.id == bindparam("p_id")).values({c: bindparam(f"p_{c}") for c in cols})
        session.execute(stmt, [{f"p_{k}": v for k, v in u.items()} for u in updates])
