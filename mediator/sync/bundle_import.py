"""Offline sync bundles at the federation: ``import_bundle`` applies an office's bundle to the
central store with the guarantees of an online sync.

Before anything is written: the central schema versions (program, central, bundle), that the
office is registered and has a bundle key, the signature, and every batch's content. Then, in one
central transaction as ``handshake.handshake`` does: the office claim, the node's registration (at
its first import, with the bundle's epoch) or its epoch, the central generation the node knows,
and the acknowledged seqs (central behind the node's acknowledgement: central was restored;
batches at or below central's acknowledgement that central never logged must agree with what it
holds, else the node was restored). Each further batch goes through ``push.push_batch`` (batch
log, version guard, conflicts, rejects) after a pre-pass in its own central transaction: rows of
another office become rejects (the importer's owner connection bypasses row-level security, so
the bundle key is the only authority; recorded once per batch), and rows central already holds
in a later version written by this very node (an older snapshot) are left out instead of making
a false conflict. Batches at or below central's acknowledgement are skipped, and so are the
rows of a batch straddling it whose latest change central acknowledged (an export repeats what
an earlier bundle delivered: re-pushed, a row that conflicted would be recorded again, and a row
another node has since built on would make a false conflict).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, func, insert, select, update

from mediator.i18n import t
from mediator.store.base import utcnow
from mediator.sync import admin, bundle_keys, reference
from mediator.sync import rows as R
from mediator.sync.bundle_format import BundleError, OpenedBundle
from mediator.sync.central_schema import SCHEMA_VERSION
from mediator.sync.connect import is_postgres
from mediator.sync.engine import SyncError
from mediator.sync.push import Batch, push_batch


@dataclass
class ImportResult:
    file: str
    office_code: str
    node_id: uuid.UUID
    registered: bool = False  # the node's first import (or first contact)
    batches: int = 0
    replayed: int = 0  # batches central had already (an import twice, or after an online sync)
    pushed: int = 0
    unchanged: int = 0
    stale: int = 0  # rows central already received from this node, or holds in a later version (left out)
    conflicts: int = 0
    rejects: int = 0

    def summary(self) -> str:
        return t("bundle {file} imported for office {code}: pushed {pushed} rows in {batches} batches, {replayed} "
                 "batches already there; {conflicts} conflicts, {rejects} rejected", file=self.file,
                 code=self.office_code, pushed=self.pushed, batches=self.batches, replayed=self.replayed,
                 conflicts=self.conflicts, rejects=self.rejects)


def import_bundle(engine: Engine, path: Path | str) -> ImportResult:
    """Apply the bundle at ``path`` to the central store (see the module docstring)."""
    opened = OpenedBundle(path)
    h = opened.header
    generation, version = admin.read_meta(engine)
    if version != SCHEMA_VERSION:
        raise SyncError(t("the central store has schema version {found} and this program {ours}; run 'mediator "
                          "central init URL' with the matching Mediator first", found=version, ours=SCHEMA_VERSION))
    if not admin.client_may_sync(engine, h.schema_version, version):  # an office one version behind may
        raise BundleError(t("bundle {file} was made by a Mediator with central schema version {found}, the central "
                            "store has {ours}: the office must install the matching Mediator and export again; "
                            "nothing was imported", file=opened.file, found=h.schema_version, ours=version))
    tables = admin.metadata_for(engine).tables
    offices = tables["central_offices"]
    with engine.connect() as conn:
        office = conn.execute(select(offices).where(offices.c.code == h.office_code)).first()
        key = bundle_keys.lookup(conn, tables[bundle_keys.TABLE], h.office_code)
    if office is None:
        raise BundleError(t("bundle {file} is from office {code}, which is not registered at the central store; "
                            "nothing was imported", file=opened.file, code=h.office_code))
    if key is None:
        raise BundleError(t("office {code} has no bundle key at the central store, so bundle {file} cannot be "
                            "checked: issue one with 'mediator central bundle-key URL {code}'; nothing was imported",
                            file=opened.file, code=h.office_code))
    opened.verify(bundle_keys.secret(key))
    result = ImportResult(opened.file, h.office_code, h.node_id)
    central_acked = _handshake(engine, tables, opened, generation, result)
    for batch in opened.batches():
        if batch.last_seq <= central_acked:
            result.replayed += 1
            continue
        prepared = _prepare(engine, tables, batch, result)
        outcome = push_batch(engine, tables, prepared) if prepared is not None else None
        if outcome is None or outcome.replay:
            result.replayed += 1
            continue
        result.batches += 1
        result.pushed += outcome.written
        result.unchanged += outcome.unchanged
        result.conflicts += outcome.conflicts
        result.rejects += outcome.rejects
    return result


def _handshake(engine: Engine, tables, opened: OpenedBundle, generation: uuid.UUID,  # noqa: ANN001
               result: ImportResult) -> int:
    """The online handshake's checks for a bundle; registers the node at its first import. Returns
    central's acknowledged seq for the node."""
    h, file = opened.header, opened.file
    if h.generation is not None and h.generation != generation:
        raise SyncError(t("bundle {file} was made by a node that synced with another central store (generation "
                          "{found}, this one is {ours}): it was replaced or restored; nothing was imported",
                          file=file, found=h.generation, ours=generation))
    offices, nodes = tables["central_offices"], tables["sync_nodes"]
    with engine.begin() as conn:
        claimed = conn.execute(select(offices.c.office_id).where(offices.c.code == h.office_code)).scalar_one()
        if claimed is None:
            conn.execute(update(offices).where(offices.c.code == h.office_code).values(office_id=h.office_id))
        elif claimed != h.office_id:
            raise SyncError(t("bundle {file}: office code {code} is registered at the central store for another "
                              "office database; nothing was imported", file=file, code=h.office_code))
        node = conn.execute(select(nodes).where(nodes.c.node_id == h.node_id)).first()
        if node is None:
            if h.epoch_confirmed:
                raise SyncError(t("bundle {file}: the central store has no record of this node although it synced "
                                  "before: the central store was restored from an older dump; nothing was imported",
                                  file=file))
            conn.execute(insert(nodes).values(node_id=h.node_id, office_id=h.office_id, epoch=h.epoch, acked_seq=0))
            result.registered = True
            return 0
        if node.office_id != h.office_id or node.epoch != h.epoch:
            raise SyncError(t("bundle {file} comes from a node database that is not the one the central store knows "
                              "(epoch differs): it was copied or restored; nothing was imported", file=file))
        if node.acked_seq < h.acked_seq:
            raise SyncError(t("bundle {file}: the central store is missing changes it acknowledged from this node "
                              "(it has {central}, the node {local}): it was restored from an older dump; nothing "
                              "was imported", file=file, central=node.acked_seq, local=h.acked_seq))
        if not _superseded_consistently(conn, tables, opened, node.acked_seq):
            raise SyncError(t("bundle {file} holds changes up to {last} that disagree with what the central store "
                              "already received from this node (up to change {central}): the node was restored from "
                              "a backup; nothing was imported", file=file, central=node.acked_seq, last=h.last_seq))
        return node.acked_seq


def _superseded_consistently(conn, tables, opened: OpenedBundle, central_acked: int) -> bool:  # noqa: ANN001
    """Batches reaching at or below central's acknowledgement are left out, wholly or (a batch
    straddling it) for the rows whose latest change central acknowledged. Those central never
    logged (an older bundle, or one an online sync or an overlapping bundle overtook) must agree
    with central: each such row is there in the same version and content or a later version, or
    central recorded it from this node as a conflict (that version) or a reject. A row that is
    missing or newer than central's means the node's journal was rewritten (restored)."""
    h, logged = opened.header, tables["sync_batches"]
    ids = [batch_id for batch_id, first, _last in opened.ranges if first <= central_acked]
    if not ids:
        return True
    known = set()
    for part in R.chunks(ids):
        known |= set(conn.scalars(select(logged.c.batch_id).where(logged.c.node_id == h.node_id,
                                                                  logged.c.batch_id.in_(part))))
    for batch in opened.batches():
        if batch.first_seq > central_acked:
            break
        if batch.batch_id in known:
            continue
        for name, items in reference.pushable(batch.rows, h.office_id).items():
            received = [r for r in items if _acknowledged(r, central_acked)]
            if received and len(_received(conn, tables, h.node_id, name, received)) < len(received):
                return False
    return True


def _acknowledged(row: dict, central_acked: int) -> bool:
    """Central acknowledged the row's latest change: a batch holding this version of it was applied."""
    return (row.get("local_seq") or 0) <= central_acked


def _received(conn, tables, node_id: uuid.UUID, name: str, rows: list[dict]) -> set:  # noqa: ANN001
    """Ids of ``rows`` central holds in the same version and content or a later version, or
    recorded from this node as a conflict with this very row or as a reject."""
    conflicts, rejects = tables["sync_conflicts"], tables["sync_rejects"]
    row_ids = [r["id"] for r in rows]
    central = R.read_by_id(conn, tables[name], row_ids)
    conflicted, refused = set(), set()
    for part in R.chunks(row_ids):
        conflicted |= {(c.row_id, json.dumps(c.incoming_row, sort_keys=True)) for c in conn.execute(
            select(conflicts.c.row_id, conflicts.c.incoming_row).where(
                conflicts.c.node_id == node_id, conflicts.c.table_name == name, conflicts.c.row_id.in_(part)))}
        refused |= set(conn.scalars(select(rejects.c.row_id).where(
            rejects.c.node_id == node_id, rejects.c.table_name == name, rejects.c.row_id.in_(part))))
    def received(row: dict) -> bool:
        there = central.get(row["id"])
        if (row["id"], json.dumps(R.as_json(row), sort_keys=True)) in conflicted:
            return True
        if there is None:
            return row["id"] in refused
        return there["row_version"] > row["row_version"] or (
            there["row_version"] == row["row_version"] and R.same_content(there, row))

    return {row["id"] for row in rows if received(row)}


def _lock_key(batch: Batch) -> int:
    return int.from_bytes(hashlib.sha256(f"{batch.node_id}/{batch.batch_id}".encode()).digest()[:8], "big",
                          signed=True)


def _prepare(engine: Engine, tables, batch: Batch, result: ImportResult) -> Batch | None:  # noqa: ANN001
    """Before ``push_batch``, in one central transaction: None when the batch is logged already;
    otherwise the batch without rows of other offices (recorded as rejects, once per batch),
    without rows whose latest change central acknowledged (a batch straddling the acknowledgement:
    central has them, in a conflict or a reject record if so; ``_superseded_consistently`` checked
    that) and without rows central holds in a later version written by this node."""
    logged, rejects, nodes = tables["sync_batches"], tables["sync_rejects"], tables["sync_nodes"]
    with engine.begin() as conn:
        if is_postgres(engine):  # two imports of one bundle at once record its rejects once
            conn.execute(select(func.pg_advisory_xact_lock(_lock_key(batch))))
        if conn.execute(select(logged.c.batch_id).where(logged.c.node_id == batch.node_id,
                                                        logged.c.batch_id == batch.batch_id)).first():
            return None
        acked = conn.scalar(select(nodes.c.acked_seq).where(nodes.c.node_id == batch.node_id)) or 0
        recorded = {(r.table_name, r.row_id) for r in conn.execute(
            select(rejects.c.table_name, rejects.c.row_id).where(rejects.c.node_id == batch.node_id,
                                                                 rejects.c.batch_id == batch.batch_id))}
        kept: dict[str, list[dict]] = {}
        for name, items in reference.pushable(batch.rows, batch.office_id).items():
            own = [r for r in items if r["office_id"] == batch.office_id or name == reference.OFFICES]
            for row in (r for r in items if r not in own):
                result.rejects += 1
                if (name, row["id"]) not in recorded:
                    conn.execute(insert(rejects).values(
                        table_name=name, row_id=row["id"], office_id=row["office_id"], node_id=batch.node_id,
                        batch_id=batch.batch_id, reason=t("the row belongs to another office than the bundle's"),
                        row=R.as_json(row), recorded_at=utcnow()))
            central = R.read_by_id(conn, tables[name], [r["id"] for r in own])
            fresh = [r for r in own if not _acknowledged(r, acked) and not _stale(central.get(r["id"]), r, batch.node_id)]
            result.stale += len(own) - len(fresh)
            if fresh:
                kept[name] = fresh
    return Batch(batch.node_id, batch.office_id, batch.epoch, batch.first_seq, batch.last_seq, kept)


def _stale(central: dict | None, row: dict, node_id: uuid.UUID) -> bool:
    """Central holds this row in a later version written by this same node (its history is
    linear): an older snapshot carried by a bundle, which would otherwise make a false conflict."""
    return central is not None and central["central_node_id"] == node_id and central["row_version"] > row["row_version"]
