"""Push: this node's journalled changes to central, in batches, one central transaction each.

A batch is the journal entries above the acknowledged sequence (at most ``BATCH_ENTRIES``); all
entries of one row collapse to its current local row. In the central transaction the batch id
(``epoch:first-last``) is inserted into ``sync_batches`` first: a replay, even one racing on
another connection, finds it there and changes nothing. Then, table by table (parents first),
the central rows are read once (locked on PostgreSQL) and each incoming row is classified:

* absent → insert;
* ``central.row_version < incoming.row_version`` and (``central.row_version == base_version`` or
  the central row was written by this same node, whose local history is linear) → update;
* identical content → nothing (a re-push);
* otherwise → a ``sync_conflicts`` record with both versions (once: a later batch carrying the
  same row again adds none); the central row is left alone.

On PostgreSQL an everyday batch is one statement (``push_statement``: log, acknowledgement and
every row's version-guarded upsert, applying exactly the update rule above), after which only the
rows it kept are read and classified; a batch with many new rows goes through a COPY-filled
staging table (``push_copy``); otherwise (SQLite) each table is one read and executemany
statements. If a row violates a constraint (or, on PostgreSQL, a row-level security policy) the
transaction is rolled back and the batch applied again with a SAVEPOINT per table, the refusing
table's rows one SAVEPOINT each, and the failing ones go to ``sync_rejects``. The node's acknowledged sequence is
stored in ``sync_nodes`` in the same transaction; the node advances its own only after the commit (``advance_local``).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, Table, exists, func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from mediator.errors import StoreError
from mediator.i18n import t
from mediator.store.base import utcnow
from mediator.store.models import JournalEntry
from mediator.sync import push_copy, push_rows, push_statement, reference
from mediator.sync import rows as R
from mediator.sync.central_schema import synced_table_names
from mediator.sync.connect import begin

BATCH_ENTRIES = 2000


@dataclass
class Batch:
    node_id: uuid.UUID
    office_id: uuid.UUID
    epoch: uuid.UUID
    first_seq: int
    last_seq: int
    rows: dict[str, list[dict]]  # table → current local rows

    @property
    def batch_id(self) -> str:
        return f"{self.epoch}:{self.first_seq}-{self.last_seq}"

    @property
    def row_count(self) -> int:
        return sum(len(v) for v in self.rows.values())


@dataclass
class PushOutcome:
    replay: bool = False
    written: int = 0
    unchanged: int = 0
    conflicts: int = 0
    rejects: int = 0
    landed: dict[str, dict[uuid.UUID, int]] = field(default_factory=lambda: defaultdict(dict))  # table → id → version


def next_batch(session: Session, node_id: uuid.UUID, office_id: uuid.UUID, epoch: uuid.UUID, acked: int,
               limit: int = BATCH_ENTRIES) -> Batch | None:
    """The next batch above ``acked``, or None when everything is acknowledged."""
    entries = session.execute(
        select(JournalEntry.seq, JournalEntry.table_name)
        .where(JournalEntry.seq > acked).order_by(JournalEntry.seq).limit(limit)).all()
    if not entries:
        return None
    first, last = entries[0][0], entries[-1][0]
    names = {table_name for _seq, table_name in entries}
    known = synced_table_names()
    unknown = names - set(known)
    if unknown:
        raise StoreError(t("the journal names tables this program does not sync: {tables}", tables=", ".join(sorted(unknown))))
    rows = {name: R.read_journalled(session, name, first, last) for name in known if name in names}
    rows = reference.pushable(rows, office_id)  # no federation reference rows, no other office's row
    return Batch(node_id, office_id, epoch, first, last, rows)


def push_batch(engine: Engine | Connection, tables: dict[str, Table], batch: Batch) -> PushOutcome:
    """Apply one batch in one central transaction (see the module docstring). Tried first without
    savepoints (on PostgreSQL one statement, ``push_statement``; else two round trips per table);
    if a row is refused, that transaction is rolled back and the batch applied again with a
    savepoint per table and, in the refusing table, per row."""
    try:
        return _push(engine, tables, batch, careful=False)
    except DBAPIError as exc:
        if not push_rows.refused(exc):
            raise
    except _Unsettled:
        pass
    return _push(engine, tables, batch, careful=True)


class _Unsettled(Exception):
    """A row the one-statement push neither wrote nor can classify as kept (identical or a
    conflict): never expected; the batch is applied again on the careful path."""


def _staged(batch: Batch) -> bool:
    """Whether a table of the batch has enough new rows for the COPY staging path (``push_copy``)."""
    return any(sum(not r["base_version"] for r in rows) >= push_copy.MIN_ROWS for rows in batch.rows.values())


def _push(engine: Engine | Connection, tables: dict[str, Table], batch: Batch, *, careful: bool) -> PushOutcome:
    outcome = PushOutcome()
    postgres = engine.dialect.name == "postgresql"
    with begin(engine) as conn:
        if postgres and not careful and not _staged(batch):
            _push_in_one_statement(conn, tables, batch, outcome)
            return outcome
        logged, acked = _log_batch(conn, tables, batch, postgres)
        if not logged:
            outcome.replay = True
            return outcome
        if not acked:
            raise StoreError(t("this node is not registered at the central store with its current epoch"))
        stamp = push_rows.Stamper(conn, tables, batch.row_count, postgres)
        for name, incoming in batch.rows.items():
            if careful:
                push_rows.apply_table(conn, tables, name, incoming, batch, stamp, outcome)
            else:
                push_rows.apply_rows(conn, tables, tables[name], incoming, batch, stamp, outcome, bulk=True)
    return outcome


def _push_in_one_statement(conn: Connection, tables: dict[str, Table], batch: Batch, outcome: PushOutcome) -> None:
    """PostgreSQL: log, acknowledgement and every row in one statement (``push_statement``); the
    rows it kept (identical, or a conflict: locked by it) are read again and classified."""
    written = push_statement.write_batch(conn, tables, batch.node_id, batch.epoch, batch.batch_id, batch.first_seq,
                                         batch.last_seq, batch.rows, utcnow())
    if not written.logged:
        outcome.replay = True
        return
    if not written.acked:
        raise StoreError(t("this node is not registered at the central store with its current epoch"))
    for name, incoming in batch.rows.items():
        table, done = tables[name], written.ids.get(name, set())
        kept = [r for r in incoming if r["id"] not in done]
        central = R.read_by_id(conn, table, [r["id"] for r in kept], for_update=True) if kept else {}
        groups: dict[str, list[dict]] = defaultdict(list)
        groups["update"] = [r for r in incoming if r["id"] in done]  # inserted or updated: counted alike
        for row in kept:
            kind = push_rows.classify(central.get(row["id"]), row, batch.node_id)
            if kind not in ("same", "conflict"):
                raise _Unsettled(f"{name} {row['id']}: {kind}")
            groups[kind].append(row)
        push_rows.settle(conn, tables, table, groups, central, batch, outcome)


def _log_batch(conn: Connection, tables: dict[str, Table], batch: Batch, postgres: bool) -> tuple[bool, bool]:
    """Record the batch id (False for a replay, which must change nothing) and raise the node's
    acknowledged sequence in the same transaction (False: no node with this epoch). On PostgreSQL
    one statement, the update a sibling of the insert in a WITH: one round trip, not two."""
    batches, nodes = tables["sync_batches"], tables["sync_nodes"]
    ins = (pg_insert if postgres else sqlite_insert)(batches).values(
        node_id=batch.node_id, batch_id=batch.batch_id, first_seq=batch.first_seq,
        last_seq=batch.last_seq, applied_at=utcnow()).on_conflict_do_nothing().returning(batches.c.batch_id)
    greatest = func.greatest if postgres else func.max
    ack = (update(nodes).where(nodes.c.node_id == batch.node_id, nodes.c.epoch == batch.epoch)
           .values(acked_seq=greatest(nodes.c.acked_seq, batch.last_seq), last_push_at=utcnow()))
    if not postgres:
        if conn.execute(ins).first() is None:
            return False, False
        return True, conn.execute(ack).rowcount == 1
    logged = ins.cte("logged")
    acked = ack.where(exists(select(logged.c.batch_id))).returning(nodes.c.node_id).cte("acked")
    row = conn.execute(select(select(func.count()).select_from(logged).scalar_subquery(),
                              select(func.count()).select_from(acked).scalar_subquery())).one()
    return row[0] == 1, row[1] == 1


def advance_local(session: Session, batch: Batch, outcome: PushOutcome) -> None:
    """After the central commit: raise the acknowledged sequence and, for rows that landed, the
    base version (a later local edit then descends from what central holds). Not journalled."""
    from mediator.sync import state

    session.info["applying_pull"] = True
    if state.acked(session) < batch.last_seq:
        state.put(session, state.ACKED, str(batch.last_seq))
    for name, versions in outcome.landed.items():
        R.raise_bases(session, name, versions)


def catch_up(batch: Batch | None, landed: PushOutcome) -> Batch | None:
    """A batch read ahead, before ``advance_local`` of the one pushed meanwhile: its rows that also
    landed in that one get the base version ``advance_local`` gave them locally, so the batch is
    what reading it now would give (the rows' content is unchanged by a push)."""
    for name, rows in (batch.rows.items() if batch is not None else ()):
        versions = landed.landed.get(name, {})
        for row in rows:
            if row["id"] in versions:
                row["base_version"] = max(row["base_version"] or 0, versions[row["id"]])
    return batch
