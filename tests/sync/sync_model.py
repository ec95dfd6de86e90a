"""What the state-machine test (``test_state_machine.py``) expects of sync, and the checks it runs
after every step and at the end.

``SyncModel`` watches each node's journal: every journalled change (a registration, an edit, a
case-number block closed by a sync) is noted as that node's latest local version of the row, with
its journal seq, version and content. After every step ``check`` requires, for each noted edit
not yet delivered, that central holds the row in that version and content, or holds a conflict
record from that node with that version and content as the incoming row, or else that the edit is
still pending: the node's row is unchanged and central has not acknowledged its journal entry.
It also requires no rejected row, no conflict record twice, no conflict whose incoming row is a
version central already held (a stale re-push, not a concurrent edit), pulls and syncs adding no
journal entries other than closed case-number blocks, each node's acknowledgement at most
central's, at most its journal, and central's batch log covering the node's journal without a gap.
``assert_converged`` is the end state: every node equals central for its office's rows except
rows in open conflicts, holds central's reference rows, and has nothing left to send. A node put
back to a backup (``saved``/``restored``) loses the edits it made since unless they were
delivered, and what its backup held undelivered is expected again. ``central_snapshot`` and
``reset_central`` put central back to the examples' common start.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import Engine, delete, func, insert, select

from mediator.services.audit import jsonable
from mediator.services.context import Workspace
from mediator.store.models import JournalEntry
from mediator.sync import admin, bundle_keys, reference, state
from mediator.sync import rows as R
from mediator.sync.central_schema import synced_table_names

KEPT_AT_RESET = {"central_meta", "central_offices", bundle_keys.TABLE, "central_office_roles"}
SYNC_MAY_JOURNAL = {"case_number_blocks"}  # close_blocks before push; pulled rows never journal


def central_snapshot(engine: Engine) -> dict[str, list[dict]]:
    """Every row of the central tables ``reset_central`` empties."""
    md = admin.metadata_for(engine)
    with engine.connect() as conn:
        return {t.name: [dict(r._mapping) for r in conn.execute(select(t))]
                for t in md.sorted_tables if t.name not in KEPT_AT_RESET}


def reset_central(engine: Engine, snapshot: dict[str, list[dict]]) -> None:
    """Put the central store back to ``snapshot`` (its meta row, registered offices and bundle
    keys stay): what restoring a dump taken together with the nodes' backups would give."""
    md = admin.metadata_for(engine)
    with engine.begin() as conn:  # DELETE, not TRUNCATE: ten times faster on these few rows
        for table in reversed(md.sorted_tables):
            if table.name not in KEPT_AT_RESET:
                conn.execute(delete(table))
        for table in md.sorted_tables:
            if snapshot.get(table.name):
                conn.execute(insert(table), snapshot[table.name])


def canonical(data: dict) -> str:
    return json.dumps(jsonable(data), sort_keys=True, ensure_ascii=False)


@dataclass
class Edit:
    node: str
    table: str
    row_id: uuid.UUID
    seq: int  # the row's latest journal entry on its node
    version: int
    data: dict  # R.data_of(local row)


class SyncModel:
    def __init__(self, central: Engine):
        self.central = central
        self.tables = admin.metadata_for(central).tables
        self.nodes: dict[str, Workspace] = {}
        self.journal_seen: dict[str, int] = {}
        self.initial_acked: dict[str, int] = {}
        self.undelivered: dict[tuple[str, str, uuid.UUID], Edit] = {}
        self.delivered: set[tuple] = set()  # (node, table, id, version, content) of every delivered edit
        self.first_id: dict[str, uuid.UUID] = {}  # each node's identity before any re-base
        self.ids_of: dict[uuid.UUID, str] = {}  # every identity a node had → its name
        self.held_at_central: set[tuple[str, uuid.UUID, int, str]] = set()  # (table, id, version, content)
        self.conflicts_seen: set[int] = set()
        self.conflict_keys: set[tuple] = set()

    def add_node(self, name: str, ws: Workspace, *, copied_at: int = 0) -> None:
        """A node to watch; a node copied from another (``node.copy_node``) inherited its journal
        up to ``copied_at``: those entries are its source's changes, counted as acknowledged."""
        self.initial_acked[name] = self.journal_seen[name] = copied_at
        self.nodes[name] = ws
        self.first_id[name] = ws.node_id

    # --- backups and restores ---------------------------------------------------------------
    def saved(self, name: str) -> tuple[int, dict]:
        """What the model knows of a node at the moment its database is backed up."""
        return self.journal_seen[name], {k: e for k, e in self.undelivered.items() if k[0] == name}

    def restored(self, name: str, ws: Workspace, saved: tuple[int, dict]) -> None:
        """The node's database was put back to a backup: its edits made since are gone (unless
        delivered), and what the backup held undelivered is expected again."""
        self.nodes[name] = ws
        self.journal_seen[name], pending = saved
        self.undelivered = {k: e for k, e in self.undelivered.items() if k[0] != name}
        self.undelivered.update({k: e for k, e in pending.items() if self._key(e) not in self.delivered})

    @staticmethod
    def _key(e: Edit) -> tuple:
        return (e.node, e.table, e.row_id, e.version, canonical(e.data))

    # --- noting local changes -------------------------------------------------------------
    def note_changes(self, *, sync_step: bool, rebase: bool = False) -> None:
        """Note every journal entry made since the last call, on every node. A sync journals only
        closed case-number blocks; a re-base also the node's old and new ``nodes`` rows."""
        may = SYNC_MAY_JOURNAL | ({"nodes"} if rebase else set())
        for name, ws in self.nodes.items():
            with ws.read() as s:
                entries = s.execute(select(JournalEntry.seq, JournalEntry.table_name, JournalEntry.row_id)
                                    .where(JournalEntry.seq > self.journal_seen[name])
                                    .order_by(JournalEntry.seq)).all()
                if not entries:
                    continue
                self.journal_seen[name] = entries[-1].seq
                tables = {e.table_name for e in entries}
                assert not sync_step or tables <= may, f"{name}: a sync journalled changes to {sorted(tables - may)} (an echo)"
                last: dict[tuple[str, uuid.UUID], int] = {}
                for e in entries:
                    if e.table_name not in reference.FEDERATION_TABLES:
                        last[(e.table_name, e.row_id)] = e.seq
                by_table: dict[str, list[uuid.UUID]] = defaultdict(list)
                for table, row_id in last:
                    by_table[table].append(row_id)
                for table, ids in by_table.items():
                    for row_id, row in R.read_by_id(s, R.local_table(table), ids).items():
                        if table == reference.OFFICES and row_id != ws.office_id:
                            continue
                        self.undelivered[(name, table, row_id)] = Edit(
                            name, table, row_id, last[(table, row_id)], row["row_version"], R.data_of(row))

    # --- the per-step check ---------------------------------------------------------------
    def check(self) -> None:
        t = self.tables
        with self.central.connect() as conn:
            rejects = conn.execute(select(t["sync_rejects"])).all()
            assert not rejects, f"rows were rejected: {[(r.table_name, r.reason) for r in rejects]}"
            conflicts = conn.execute(select(t["sync_conflicts"]).order_by(t["sync_conflicts"].c.id)).all()
            central_acked = {r.node_id: r.acked_seq for r in conn.execute(select(t["sync_nodes"]))}
            batches = conn.execute(select(t["sync_batches"].c.node_id, t["sync_batches"].c.first_seq,
                                          t["sync_batches"].c.last_seq)).all()
            ids: dict[str, list[uuid.UUID]] = defaultdict(list)
            for edit in self.undelivered.values():
                ids[edit.table].append(edit.row_id)
            central = {name: R.read_by_id(conn, t[name], row_ids) for name, row_ids in ids.items()}
        node_ids = {name: ws.node_id for name, ws in self.nodes.items()}
        self.ids_of.update({v: k for k, v in node_ids.items()})
        conflicted = self._check_conflicts(conflicts, self.ids_of)
        self._check_edits(central, conflicted, {n: central_acked.get(node_ids[n], 0) for n in self.nodes})
        self._check_acks(central_acked, batches, node_ids)

    def _check_conflicts(self, conflicts, name_of: dict) -> set[tuple]:  # noqa: ANN001
        delivered = set()
        for c in conflicts:
            incoming = {k: v for k, v in c.incoming_row.items() if k != "base_version"}
            content = json.dumps(incoming, sort_keys=True, ensure_ascii=False)
            key = (c.node_id, c.table_name, c.row_id, c.incoming_version, content)
            delivered.add((name_of.get(c.node_id), c.table_name, c.row_id, c.incoming_version, content))
            if c.id in self.conflicts_seen:
                continue
            self.conflicts_seen.add(c.id)
            assert key not in self.conflict_keys, f"conflict recorded twice: {c.table_name} {c.row_id} v{c.incoming_version}"
            self.conflict_keys.add(key)
            rebased = c.node_id not in self.first_id.values()  # a re-based node re-sends what its backup held
            assert rebased or (c.table_name, c.row_id, c.incoming_version, content) not in self.held_at_central, (
                f"false conflict: {name_of.get(c.node_id)} pushed {c.table_name} {c.row_id} v{c.incoming_version}, "
                f"a version central already held before (central now v{c.central_version})")
        return delivered

    def _check_edits(self, central: dict, conflicted: set[tuple], central_acked: dict[str, int]) -> None:
        still: dict[tuple[str, str, uuid.UUID], Edit] = {}
        local_now: dict[str, dict[str, dict]] = {}
        for key, e in self.undelivered.items():
            there = central[e.table].get(e.row_id)
            if there is not None and there["row_version"] == e.version and R.data_of(there) == e.data:
                self.held_at_central.add((e.table, e.row_id, e.version, canonical(e.data)))
                self.delivered.add(self._key(e))
                continue
            if self._key(e) in conflicted:
                self.delivered.add(self._key(e))
                continue
            assert e.seq > central_acked[e.node], (
                f"lost: central acknowledged {e.node}'s change {e.seq} ({e.table} {e.row_id} v{e.version}) but holds "
                f"{'nothing' if there is None else 'v' + str(there['row_version'])} and no conflict record with it")
            if e.node not in local_now:
                local_now[e.node] = {}
            cache = local_now[e.node]
            if e.table not in cache:
                pending = [x.row_id for x in self.undelivered.values() if x.node == e.node and x.table == e.table]
                with self.nodes[e.node].read() as s:
                    cache[e.table] = R.read_by_id(s, R.local_table(e.table), pending)
            mine = cache[e.table].get(e.row_id)
            assert mine is not None and mine["row_version"] == e.version and R.data_of(mine) == e.data, (
                f"lost: {e.node}'s unsent change to {e.table} {e.row_id} v{e.version} was overwritten locally "
                f"(now {'gone' if mine is None else 'v' + str(mine['row_version'])}) before reaching central")
            still[key] = e
        self.undelivered = still

    def _check_acks(self, central_acked: dict, batches, node_ids: dict[str, uuid.UUID]) -> None:  # noqa: ANN001
        ranges: dict[uuid.UUID, list[tuple[int, int]]] = defaultdict(list)
        for b in batches:
            ranges[b.node_id].append((b.first_seq, b.last_seq))
        for name, ws in self.nodes.items():
            with ws.read() as s:
                acked, top = state.acked(s), state.journal_max(s)
                first = s.scalar(select(func.min(JournalEntry.seq)).where(JournalEntry.seq > self.initial_acked[name]))
            assert acked <= top, f"{name}: acknowledged {acked} beyond its journal {top}"
            node_id = node_ids[name]
            if node_id not in central_acked:
                assert not ranges[node_id], f"{name}: batches logged for a node central does not know"
                continue
            theirs = central_acked[node_id]
            assert acked <= theirs <= top, f"{name}: local ack {acked}, central ack {theirs}, journal {top}"
            covered = sorted(ranges[node_id])
            if not covered:
                assert theirs == 0, f"{name}: central acknowledged {theirs} without a batch"
                continue
            if node_id == self.first_id[name]:  # a re-based identity starts at the acknowledgement it kept
                assert covered[0][0] == first, f"{name}: first batch starts at {covered[0][0]}, journal at {first}"
            reach = covered[0][0] - 1
            for lo, hi in covered:
                assert lo <= reach + 1, f"{name}: batches leave out journal entries {reach + 1}..{lo - 1}"
                reach = max(reach, hi)
            assert reach == theirs, f"{name}: batches reach {reach}, central acknowledged {theirs}"

    # --- the end state --------------------------------------------------------------------
    def assert_converged(self, offices: dict[str, list[str]]) -> None:
        """After every node synced twice: nothing undelivered, nothing pending, every node equals
        central for its office's rows except rows in open conflicts, and holds central's reference rows."""
        self.check()
        assert not self.undelivered, f"still undelivered after syncing everything: {list(self.undelivered)[:5]}"
        t = self.tables
        with self.central.connect() as conn:
            resolutions = t["sync_resolutions"]
            conflicts = t["sync_conflicts"]
            open_rows = {(r.table_name, r.row_id) for r in conn.execute(
                select(conflicts.c.table_name, conflicts.c.row_id).where(
                    conflicts.c.resolved.is_(False),
                    ~select(resolutions.c.conflict_id).where(resolutions.c.conflict_id == conflicts.c.id).exists()))}
            central = {name: {r.id: dict(r._mapping) for r in conn.execute(select(t[name]))}
                       for name in synced_table_names()}
            central_acked = {r.node_id: r.acked_seq for r in conn.execute(select(t["sync_nodes"]))}
        for office_nodes in offices.values():
            for name in office_nodes:
                ws = self.nodes[name]
                with ws.read() as s:
                    local = {n: {r.id: dict(r._mapping) for r in s.execute(select(R.local_table(n)))}
                             for n in synced_table_names()}
                    assert state.acked(s) == state.journal_max(s) == central_acked[ws.node_id], \
                        f"{name}: changes left unsent after the final syncs"
                for table in synced_table_names():
                    if table in reference.FEDERATION_TABLES:
                        for row_id, row in central[table].items():
                            mine = local[table].get(row_id)
                            assert mine is not None and mine["row_version"] == row["row_version"], (name, table, row_id)
                        continue
                    theirs = {i: r for i, r in central[table].items()
                              if (i == ws.office_id if table == reference.OFFICES else r["office_id"] == ws.office_id)}
                    assert set(local[table]) == set(theirs), (
                        f"{name}: {table} differs from central: only here {set(local[table]) - set(theirs)}, "
                        f"only at central {set(theirs) - set(local[table])}")
                    for row_id, row in theirs.items():
                        if (table, row_id) in open_rows:
                            continue
                        mine = local[table][row_id]
                        assert mine["row_version"] == row["row_version"] and R.same_content(mine, row), (
                            f"{name}: {table} {row_id} is v{mine['row_version']} here, v{row['row_version']} at central")
