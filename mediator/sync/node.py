"""A second installation (node) of an existing office, made from a copy of a node's database.

``copy_node`` copies the source database with SQLite's backup API (safe while it is open), then
gives the copy its own node id and ``nodes`` row, forgets the sync epoch (a new one is made at its
first sync) and marks every journal entry it inherited as acknowledged: those changes belong to
the source node, which pushes them itself. The copy keeps the source's pull cursor and central
generation. Creating a node from the central store alone (no copy) is later work; so are
case-number blocks per node: until then two nodes of one office can allocate the same case
number, and central rejects the second (it shows in ``sync_rejects``)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from mediator.errors import InputError
from mediator.i18n import t
from mediator.services.context import DB_NAME, Workspace
from mediator.store.base import new_id, utcnow
from mediator.store.models import Node
from mediator.sync import state


def copy_node(source_dir: Path | str, target_dir: Path | str, node_name: str) -> Workspace:
    """Make ``target_dir`` a new node of the office in ``source_dir``; returns it open."""
    source, target = Path(source_dir) / DB_NAME, Path(target_dir) / DB_NAME
    if not source.exists():
        raise InputError(t("{path} has no office yet; run 'mediator init' first", path=source_dir))
    if target.exists():
        raise InputError(t("{path} already holds an office", path=target_dir))
    target.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
    ws = Workspace.open(target_dir, daily_backup=False)
    node_id = new_id()
    with ws.unit(None) as uow:
        s = uow.session
        state.put(s, state.ACKED, str(state.journal_max(s)))
        state.put(s, state.EPOCH, None)
        state.put(s, "node_id", str(node_id))
        s.flush()
        s.add(Node(id=node_id, office_id=ws.office_id, name=node_name, epoch=new_id(), registered_at=utcnow()))
    ws.node_id = node_id
    return ws
