"""Offline sync bundles at the office: ``export_bundle`` writes every journal entry above the
node's acknowledged seq as the batches ``push`` would send (same ids, ``epoch:first-last``),
signed with the office's bundle key (file format in ``bundle_format``, keys in ``bundle_keys``,
the federation's side in ``bundle_import``; ``reissue_key`` gives an office a new key).

The office never hears back offline, so each export repeats what central has not acknowledged;
replays are no-ops at central. A node that never synced gets its epoch at its first export,
marked unconfirmed (``state.EPOCH_UNCONFIRMED``) until central has seen it: the import registers
the node with that epoch, and so does an online first sync if it comes first (``engine``'s
handshake keeps an unconfirmed epoch). Export changes nothing else locally except remembering the
export (``LAST_EXPORT``); the acknowledgement advances at the node's next online sync, whose
handshake adopts central's.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from sqlalchemy import Engine, select

from mediator.i18n import t
from mediator.services.context import Workspace
from mediator.store.base import utcnow
from mediator.store.models import Office
from mediator.sync import admin, bundle_keys, state
from mediator.sync.bundle_format import BundleError, Header, write_bundle
from mediator.sync.bundle_import import ImportResult, import_bundle
from mediator.sync.central_schema import SCHEMA_VERSION
from mediator.sync.push import BATCH_ENTRIES, next_batch

__all__ = ["BundleError", "Header", "ImportResult", "export_bundle", "import_bundle", "reissue_key"]

LAST_EXPORT = "sync_last_export"


def export_bundle(ws: Workspace, path: Path | str, key: str, batch_entries: int = BATCH_ENTRIES) -> Header:
    """Write the bundle of everything central has not acknowledged to ``path``; returns its header."""
    ws.require_initialized()
    secret = bundle_keys.secret(key)
    with ws.unit(None) as uow:
        if state.epoch(uow.session) is None:  # never synced: the epoch central will register
            state.put(uow.session, state.EPOCH, str(uuid.uuid4()))
            state.put(uow.session, state.EPOCH_UNCONFIRMED, "1")
    with ws.read() as s:
        epoch = state.epoch(s)
        acked = state.acked(s)
        office = s.get(Office, ws.office_id)
        generation = state.get(s, state.GENERATION)
        confirmed = state.get(s, state.EPOCH_UNCONFIRMED) is None

        def batches():  # noqa: ANN202
            position = acked
            while (batch := next_batch(s, ws.node_id, ws.office_id, epoch, position, batch_entries)) is not None:
                yield batch
                position = batch.last_seq

        def header(last: int | None, count: int, rows: int) -> Header:
            return Header(SCHEMA_VERSION, office.code, ws.office_id, ws.node_id, epoch, confirmed,
                          uuid.UUID(generation) if generation else None, acked,
                          acked if last is None else last, count, rows, utcnow())

        written = write_bundle(Path(path), secret, batches(), header)
    with ws.unit(None) as uow:
        state.put(uow.session, LAST_EXPORT, json.dumps({"file": str(path), "last_seq": written.last_seq,
                                                        "at": written.created_at.isoformat()}))
    return written


def reissue_key(engine: Engine, office_code: str) -> str:
    """A new bundle key for a registered office (``central bundle-key``); the old one stops working."""
    admin.read_meta(engine)
    tables = admin.metadata_for(engine).tables
    offices = tables["central_offices"]
    with engine.begin() as conn:
        if conn.execute(select(offices.c.code).where(offices.c.code == office_code.strip())).first() is None:
            raise BundleError(t("office {code} is not registered at the central store; run 'mediator central "
                                "add-office URL {code}' first", code=office_code.strip()))
        return bundle_keys.issue(conn, tables[bundle_keys.TABLE], office_code.strip())
