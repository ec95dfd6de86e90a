"""Re-basing after the central store was restored from a dump or replaced (``rebase.CENTRAL``).

Central is behind: it lacks rows this node pushed (and rows this node pulled from others) after
the dump was taken, its acknowledgement of this node, perhaps the node itself, and its change
positions may have gone back. The journal cannot say what central lost (a row changed many
times has one current version; entries collapse), so the node compares instead: it reads the
id and version of every row of its office at central and, in one local transaction
(``rejournal``),

* journals again every local row of its office that central lacks or holds in an older version,
  and every row with a change not yet acknowledged, parents before children (table order, and
  within a self-referencing table parents first), in new entries above the journal's end; their
  versions are unchanged, so what central already holds identically counts as "unchanged";
* lowers a re-sent row's ``base_version`` to central's version when that version is not newer
  than the base: central's history of a row is linear and the dump is a past state of it, so the
  local row descends from it and the push is an update, never a conflict with the node's own
  rows; a row central changed beyond the base is a real concurrent edit and becomes a conflict;
* keeps the old journal end as its acknowledged sequence (every entry up to it is covered by the
  new ones), resets the pull cursor (a full pull: positions after a restore are not comparable),
  adopts central's generation id, marks the epoch unconfirmed when central lost the node (the
  handshake registers it again with the same epoch: central's batch log ends below the new
  entries, so batch ids cannot collide) and writes ``rebase.MARK`` with the acknowledged sequence.

``rebase.resume`` then raises central's acknowledgement of the node to that sequence (also after a
crash), and the sync pushes and pulls as always. Rows of other nodes that central lost and this
node never held come back when those nodes re-base in turn.
"""

from __future__ import annotations

import uuid

from sqlalchemy import Connection, Engine, Table, bindparam, insert, select, update

from mediator.services.context import Workspace
from mediator.services.journal import SEQ_KEY
from mediator.store.models import JournalEntry
from mediator.sync import admin, rebase, reference, state
from mediator.sync import rows as R
from mediator.sync.central_schema import synced_table_names
from mediator.sync.connect import reading


def rebase_central(ws: Workspace, bind: Engine | Connection, tables: dict[str, Table]) -> int:
    """Journal again what central lacks (module docstring); returns how many rows."""
    generation, _version = admin.read_meta(bind)
    nodes = tables["sync_nodes"]
    with reading(bind) as conn:
        known = conn.execute(select(nodes.c.node_id).where(nodes.c.node_id == ws.node_id)).first() is not None
        versions = {name: dict(conn.execute(select(tables[name].c.id, tables[name].c.row_version)
                                            .where(_of_office(tables[name], ws.office_id))).all())
                    for name in _office_tables()}
    return rejournal(ws, versions, generation, known)


def _office_tables() -> list[str]:
    return [name for name in synced_table_names() if name not in reference.FEDERATION_TABLES]


def _of_office(table: Table, office_id: uuid.UUID):  # noqa: ANN202 - a SQL condition
    return table.c.id == office_id if table.name == reference.OFFICES else table.c.office_id == office_id


def rejournal(ws: Workspace, versions: dict[str, dict[uuid.UUID, int]], generation: uuid.UUID, known: bool) -> int:
    """The local part of a central re-base, in one transaction (a crash leaves all of it or none)."""
    with ws.unit(None) as uow:
        s = uow.session
        s.info["applying_pull"] = True  # bookkeeping only: versions stay as they are
        acked, end = state.acked(s), state.journal_max(s)
        counter = max(end, int(state.get(s, SEQ_KEY) or 0))
        entries: list[dict] = []
        for name in _office_tables():
            table = R.local_table(name)
            central = versions.get(name, {})
            resend, bases = [], []
            for row in s.execute(select(table).where(_of_office(table, ws.office_id))).mappings():
                there = central.get(row["id"])
                pending = (row["local_seq"] or 0) > acked
                if there is not None and there >= row["row_version"] and not pending:
                    continue
                resend.append(dict(row))
                if there is not None and there < row["row_version"] and there < (row["base_version"] or 0):
                    bases.append({"_id": row["id"], "_base": there})
            for row in _parents_first(table, resend):
                counter += 1
                entries.append({"seq": counter, "table_name": name, "row_id": row["id"],
                                "row_version": row["row_version"], "_id": row["id"]})
            if bases:
                s.execute(update(table).where(table.c.id == bindparam("_id")).values(base_version=bindparam("_base")),
                          bases)
            if resend:
                s.execute(update(table).where(table.c.id == bindparam("_id")).values(local_seq=bindparam("_seq")),
                          [{"_id": e["_id"], "_seq": e["seq"]} for e in entries if e["table_name"] == name])
        if entries:
            s.execute(insert(JournalEntry.__table__), [{k: v for k, v in e.items() if k != "_id"} for e in entries])
        state.put(s, SEQ_KEY, str(counter))
        state.put(s, state.ACKED, str(end))
        state.put(s, state.CURSOR, None)
        state.put(s, state.GENERATION, str(generation))
        if not known:
            state.put(s, state.EPOCH_UNCONFIRMED, "rebase")
        state.put(s, rebase.MARK, f"{rebase.CENTRAL}:{end}")
    return len(entries)


def _parents_first(table: Table, rows: list[dict]) -> list[dict]:
    """``rows`` in journal order, except that a row referring to another row of the same table
    (a party's representative) comes after it: the push applies a table's rows in this order."""
    rows = sorted(rows, key=lambda r: (r["local_seq"] is None, r["local_seq"] or 0))
    own = [c.name for c in table.columns for fk in c.foreign_keys if fk.column.table is table]
    if not own:
        return rows
    waiting = {r["id"]: r for r in rows}
    placed: list[dict] = []
    while waiting:
        ready = [r for r in waiting.values() if all(r[c] is None or r[c] not in waiting or r[c] == r["id"] for c in own)]
        if not ready:  # a cycle cannot be inserted in any order: keep journal order
            ready = list(waiting.values())
        for r in ready:
            placed.append(waiting.pop(r["id"]))
    return placed
