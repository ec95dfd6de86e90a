"""Re-basing a node whose database was restored from an older backup (``rebase.NODE``).

The database is behind central: central holds rows this node wrote after the backup, its
acknowledgement counts journal positions the restored journal has reused, its batch log has ids
this epoch would repeat, and case-number blocks may hand out numbers already printed. So the node
takes a **new identity** and keeps everything it has:

* one local transaction (``switch_identity``): a new node id and epoch (the old ``nodes`` row is
  tombstoned, a new one added, both journalled), the pull cursor reset (the next pull takes every
  row of this office from the start, so rows the backup lacked come back: they were written by the
  old identity, so they are not "own rows" of the new one), the acknowledged sequence kept (the
  journal above it, the changes made since the restore, is pushed by the new identity as normal
  batches: updates or conflict records by the version rules, never silent overwrites, because the
  new identity gets no "same node" allowance for the old one's rows), the old identity's
  case-number blocks retired (``_retire_blocks``), its conflict inbox carried over, and
  ``rebase.MARK``;
* the handshake then registers the new identity at central with that acknowledged sequence; the
  old ``sync_nodes`` row stays as a record (a second copy of the old database is caught again).

Case numbers: the new identity numbers only from fresh blocks reserved at the end of the sync.
Each block of the old identity (central's copy included, also blocks the backup never had)
ends at the highest number either side used (``next_seq``) and is closed there, its unused tail
released; the row descends from central's version, so its push is an update, not a conflict.
A case registered after the restore and before the re-base may still have taken a number the
lost work had used; central rejects it (listed in the inbox with its case number).
"""

from __future__ import annotations

import copy
import uuid

from sqlalchemy import Connection, Engine, Table, insert, select, update
from sqlalchemy.orm import Session

from mediator.services.context import Workspace
from mediator.store.base import new_id, utcnow
from mediator.store.models import CaseNumberBlock, InboxConflict, InboxReject, Node
from mediator.sync import inbox, rebase, state
from mediator.sync import rows as R
from mediator.sync.central_schema import CENTRAL_COLUMNS
from mediator.sync.connect import reading

NODE_ID_KEY = "node_id"  # local_settings key of this installation's node id (services/context.py)


def rebase_node(ws: Workspace, bind: Engine | Connection, tables: dict[str, Table]) -> uuid.UUID:
    """Give this node a new identity (see the module docstring); returns the new node id."""
    old = ws.node_id
    blocks, nodes = tables["case_number_blocks"], tables["nodes"]
    with reading(bind) as conn:
        central_blocks = [dict(r._mapping) for r in conn.execute(select(blocks).where(blocks.c.node_id == old))]
        central_node = R.read_by_id(conn, nodes, [old]).get(old)
    adopt_inbox(ws, bind, tables, old)
    return switch_identity(ws, old, central_blocks, central_node)


def adopt_inbox(ws: Workspace, bind: Engine | Connection, tables: dict[str, Table], old: uuid.UUID) -> None:
    """Copy central's conflict and reject records of the old identity that the backup lacks (and
    send resolutions made here), as the old identity; ``switch_identity`` then hands them over."""
    as_old = copy.copy(ws)
    as_old.node_id = old
    inbox.after_sync(as_old, bind, tables)


def switch_identity(ws: Workspace, old: uuid.UUID, central_blocks: list[dict], central_node: dict | None) -> uuid.UUID:
    """The local part of a node re-base, in one transaction (a crash leaves all of it or none)."""
    new, epoch = new_id(), new_id()
    with ws.unit(None) as uow:
        s = uow.session
        _retire_blocks(s, old, central_blocks)
        previous = s.get(Node, old)
        name = previous.name if previous is not None else str(old)[:8]
        if previous is not None and previous.deleted_at is None:
            _onto_central(previous, central_node)
            previous.deleted_at = utcnow()
        s.add(Node(id=new, office_id=ws.office_id, name=name, epoch=epoch, registered_at=utcnow()))
        for model in (InboxConflict, InboxReject):
            s.execute(update(model).where(model.node_id == old).values(node_id=new))
        state.put(s, NODE_ID_KEY, str(new))
        state.put(s, state.EPOCH, str(epoch))
        state.put(s, state.EPOCH_UNCONFIRMED, "rebase")  # the handshake registers the new identity
        state.put(s, state.CURSOR, None)  # a full pull: rows the backup lacked come back
        state.put(s, rebase.MARK, rebase.NODE)
    ws.node_id = new
    return new


def _onto_central(obj: object, central: dict | None) -> None:
    """Make a local row descend from central's version before it is edited (journalled): its push
    is then an update of central's row, not a conflict with the old identity's own history."""
    if central is not None:
        obj.base_version = central["row_version"]
        obj.row_version = max(obj.row_version or 0, central["row_version"])


def _retire_blocks(session: Session, old: uuid.UUID, central_blocks: list[dict]) -> None:
    """Close every case-number block of the old identity after the last number used on either side."""
    table = CaseNumberBlock.__table__
    local_ids = set(session.scalars(select(CaseNumberBlock.id).where(CaseNumberBlock.node_id == old)))
    missing = [r for r in central_blocks if r["id"] not in local_ids]  # reserved after the backup was taken
    if missing:  # stored as pulled rows (Core: not journalled), then closed below like the others
        names = {c.name for c in table.columns}
        session.execute(insert(table), [{k: v for k, v in r.items() if k in names and k not in CENTRAL_COLUMNS}
                                        | {"base_version": r["row_version"], "local_seq": None} for r in missing])
    central = {r["id"]: r for r in central_blocks}
    for block in session.scalars(select(CaseNumberBlock).where(CaseNumberBlock.node_id == old,
                                                               CaseNumberBlock.deleted_at.is_(None))):
        there = central.get(block.id)
        used_to = max(block.next_seq, there["next_seq"] if there else 0)
        stale = there is not None and there["row_version"] != block.base_version
        if not stale and (block.next_seq, block.last_seq) == (used_to, used_to - 1):
            continue
        _onto_central(block, there)
        block.next_seq, block.last_seq = used_to, used_to - 1
