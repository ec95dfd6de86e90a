"""Re-basing after a restore: what the handshake found, whether the user confirmed, and how the
sync goes on (``engine._sync`` calls ``resume``, ``rebase`` and ``finish``).

The handshake (``handshake.handshake``) raises ``Restored`` instead of going on when

* **this node's database was restored from an older backup** (``NODE``): central acknowledged
  more of this node's journal than the database holds; or central acknowledged changes that are
  not the ones this journal holds at those positions (``journal_diverged``: the restored node wrote
  again before syncing, reusing the sequence numbers); or the node's epoch differs from central's
  record. Re-based by ``rebase_node``: a new node identity, a full pull, its changes since the
  restore pushed as normal batches.
* **the central store was restored from a dump, or replaced** (``CENTRAL``): another generation
  id; central lacks this node although it synced; central's acknowledgement is below the node's;
  or the node's pull cursor is beyond anything central has allocated (``central_behind``: central's
  change positions went back). Re-based by ``rebase_central``: every row central lacks is
  journalled again and pushed, then a full pull.

Without confirmation (``mediator sync --rebase``, "Re-base now" on the Sync page) nothing is sent
and the message says what was found. A re-base never deletes local data. Its local part is one
transaction that also writes ``MARK``; a sync interrupted after it (``kill -9``, a cut line)
finishes the re-base at its next run, confirmed or not, because ``resume`` redoes the only
central step (raising central's acknowledgement, idempotent) and the rest is the ordinary,
crash-safe push and pull. The marker is cleared when a sync completes, whose summary then says
that the node was re-based.
"""

from __future__ import annotations

import uuid
from collections import defaultdict

from sqlalchemy import Connection, Engine, Table, func, literal_column, select, update

from mediator.i18n import t
from mediator.services.context import Workspace
from mediator.store.models import JournalEntry
from mediator.sync import reference, state
from mediator.sync import rows as R
from mediator.sync.connect import begin
from mediator.sync.engine import SyncError

NODE, CENTRAL = "node", "central"
MARK = "sync_rebase"  # local setting: "node", or "central:<acknowledged seq>" until the sync completes


class Restored(SyncError):
    """A restore of this node (``kind`` NODE) or of the central store (CENTRAL) was detected;
    nothing was sent. ``mediator sync --rebase`` re-bases."""

    def __init__(self, kind: str, message: str):
        super().__init__(message + t("; to re-base and go on, run 'mediator sync --rebase' or press Re-base now on "
                                     "the Sync page (nothing on this computer is deleted)"))
        self.kind = kind


# --- detection (called inside the handshake's central transaction) ---------------------------------

def journal_diverged(ws: Workspace, conn: Connection, tables: dict[str, Table], acked: int, central_acked: int) -> bool:
    """Central acknowledged this node's journal up to ``central_acked``, the node only up to
    ``acked``: normally the node died after a central commit. Then every row named by the
    entries in between is at central in that version or a later one (or central recorded a
    conflict or a reject for it from this node), and a row central holds in the node's current
    version, written by this node, has the node's content. Anything else means these entries
    are not the ones central received: the database was restored and written again."""
    with ws.read() as s:
        entries = s.execute(select(JournalEntry.table_name, JournalEntry.row_id, func.max(JournalEntry.row_version))
                            .where(JournalEntry.seq > acked, JournalEntry.seq <= central_acked)
                            .group_by(JournalEntry.table_name, JournalEntry.row_id)).all()
        wanted: dict[str, dict[uuid.UUID, int]] = defaultdict(dict)
        for name, row_id, version in entries:
            wanted[name][row_id] = version
        local = {name: R.read_local(s, name, ids) for name, ids in wanted.items() if name in tables}
    conflicts, rejects = tables["sync_conflicts"], tables["sync_rejects"]
    for name, rows in reference.pushable(local, ws.office_id).items():
        ids = [r["id"] for r in rows]
        central = R.read_by_id(conn, tables[name], ids)
        recorded: set[uuid.UUID] = set()
        for part in R.chunks(ids):
            for table in (conflicts, rejects):
                recorded |= set(conn.scalars(select(table.c.row_id).where(
                    table.c.node_id == ws.node_id, table.c.table_name == name, table.c.row_id.in_(part))))
        for row in rows:
            there = central.get(row["id"])
            if row["id"] in recorded:
                continue
            if there is None or there["row_version"] < wanted[name][row["id"]]:
                return True
            if (there["row_version"] == row["row_version"] and there["central_node_id"] == ws.node_id
                    and not R.same_content(there, row)):
                return True
    return False


def next_position(conn: Connection, tables: dict[str, Table]):  # noqa: ANN201 - a labelled column
    """Central's next change position, read along with the node's row (no extra round trip): the
    next transaction id on PostgreSQL, the ``central_seq`` counter on SQLite."""
    if conn.dialect.name == "postgresql":
        return literal_column("pg_snapshot_xmax(pg_current_snapshot())::text").label("next_position")
    meta = tables["central_meta"]
    return select(meta.c.next_seq).where(meta.c.id == 1).scalar_subquery().label("next_position")


def central_behind(cursor: state.Cursor, position: object, *, postgres: bool) -> bool:
    """The node has pulled up to a position central has not reached (``position``: ``next_position``):
    central's positions went back (a SQLite file or a PostgreSQL cluster restored from an older
    copy; a dump restored into the same cluster keeps counting transaction ids), so rows written
    from now on would be numbered below the cursor and never pulled."""
    if cursor == state.Cursor() or position is None:
        return False
    if postgres:
        return cursor.xid >= int(position)
    return cursor.seq > int(position)


# --- re-basing --------------------------------------------------------------------------------------

def rebase(ws: Workspace, bind: Engine | Connection, tables: dict[str, Table], found: Restored) -> None:
    """Re-base after ``found`` (the user confirmed): the local part, then ``resume``."""
    from mediator.sync import rebase_central, rebase_node

    if found.kind == NODE:
        rebase_node.rebase_node(ws, bind, tables)
    else:
        rebase_central.rebase_central(ws, bind, tables)
    resume(ws, bind, tables)


def resume(ws: Workspace, bind: Engine | Connection, tables: dict[str, Table]) -> None:
    """Before the handshake of every sync: finish the central step of a re-base whose local part
    committed. After a central re-base, central's acknowledgement of this node is raised to the
    one the node kept (every entry up to it was journalled again above it). A node re-base needs
    nothing here: the handshake registers the new node identity."""
    with ws.read() as s:
        mark = state.get(s, MARK)
    if not mark or not mark.startswith(CENTRAL + ":"):
        return
    acked = int(mark.split(":", 1)[1])
    nodes = tables["sync_nodes"]
    with begin(bind) as conn:
        conn.execute(update(nodes).where(nodes.c.node_id == ws.node_id, nodes.c.acked_seq < acked)
                     .values(acked_seq=acked))


def finish(ws: Workspace) -> str | None:
    """After a complete sync: the kind of re-base it completed (NODE or CENTRAL), marker cleared."""
    with ws.read() as s:
        mark = state.get(s, MARK)
    if not mark:
        return None
    with ws.unit(None) as uow:
        state.put(uow.session, MARK, None)
    return mark.split(":", 1)[0]


def summary_note(kind: str | None) -> str:
    """The start of the one-line summary of a sync that completed a re-base."""
    if kind == NODE:
        return t("this computer's database had been restored from a backup and was re-based (it now syncs as a "
                 "new node, took back this office's records from the central store and sent the changes made "
                 "since the restore); ")
    if kind == CENTRAL:
        return t("the central store had been restored from an older copy and was re-based (this computer sent "
                 "again every record it lacked); ")
    return ""
