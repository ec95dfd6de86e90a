"""``sync(ws, central_url)``: the handshake (``sync/handshake.py``), push before pull, and the
summary, on one central connection.

Round trips dominate a sync over a township line, so each step costs as few as it can: for a node
central knows, the handshake is one read; an everyday push batch is one statement in its
transaction (``push_statement``); a pull page is one statement; and the closing write of the
last-pull time also brings the ids of this node's conflict and reject records for the inbox.
A restore found by the handshake stops the sync (``rebase.Restored``) unless the user confirmed
re-basing (``sync(..., rebase=True)``), which ``sync/rebase.py`` then does before the handshake
is repeated.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, update
from sqlalchemy.exc import OperationalError

from mediator.errors import MediatorError
from mediator.i18n import t
from mediator.services.context import Workspace
from mediator.store.base import utcnow
from mediator.sync import admin, calendar_pull, inbox, numbering, state, templates_published
from mediator.sync.connect import central_engine, redact, scrub, single_write
from mediator.sync.pull import apply_changes
from mediator.sync.pull_read import read_changes
from mediator.sync.push import BATCH_ENTRIES, Batch, advance_local, catch_up, next_batch, push_batch

Progress = Callable[[str, int], None]  # (stage, rows so far)


class SyncError(MediatorError):
    """Sync stopped; the message says why and what to do. Nothing local was lost."""


class Cancelled(SyncError):
    pass


@dataclass
class SyncResult:
    batches: int = 0
    replayed: int = 0
    pushed: int = 0
    unchanged: int = 0
    conflicts: int = 0
    rejects: int = 0
    pulled: int = 0
    pull_older: int = 0
    pull_skipped: int = 0
    rebased: str | None = None  # "node" or "central": this sync completed a re-base (sync/rebase.py)

    def summary(self) -> str:
        from mediator.sync.rebase import summary_note

        return summary_note(self.rebased) + t(
            "sync done: pushed {pushed} rows in {batches} batches, pulled {pulled}; {conflicts} conflicts, "
            "{rejects} rejected", pushed=self.pushed, batches=self.batches, pulled=self.pulled,
            conflicts=self.conflicts, rejects=self.rejects)


def sync(ws: Workspace, central_url: str | Engine, progress: Progress | None = None,
         cancel: Callable[[], bool] | None = None, batch_entries: int = BATCH_ENTRIES, rebase: bool = False
         ) -> SyncResult:
    """``rebase``: the user confirmed re-basing after a detected restore (``sync/rebase.py``)."""
    ws.require_initialized()
    engine = central_engine(central_url, one_shot=True) if isinstance(central_url, str) else central_url
    try:
        with engine.connect() as conn:  # one connection for the whole sync: see connect.begin
            result = _sync(ws, conn, progress, cancel, batch_entries, rebase)
        if isinstance(central_url, str):
            with ws.unit(None) as uow:
                state.put(uow.session, state.URL, redact(central_url))
        return result
    except OperationalError as exc:
        raise SyncError(t("cannot reach the central store {url}: {error}; local work is kept",
                          url=redact(engine.url),
                          error=scrub(str(exc.orig).splitlines()[0] if exc.orig else str(exc), engine.url))) from exc
    finally:
        if isinstance(central_url, str):
            engine.dispose()


def _sync(ws: Workspace, engine: Connection, progress: Progress | None, cancel: Callable[[], bool] | None,
          batch_entries: int, rebase_confirmed: bool = False) -> SyncResult:
    from mediator.sync import rebase
    from mediator.sync.handshake import handshake

    tables = admin.metadata_for(engine).tables
    rebase.resume(ws, engine, tables)  # a re-base a crash interrupted: its central step again
    try:
        shook = handshake(ws, engine, tables)
    except rebase.Restored as found:
        if not rebase_confirmed:
            raise
        rebase.rebase(ws, engine, tables, found)
        shook = handshake(ws, engine, tables)
    epoch = shook.epoch
    numbering.close_blocks(ws)  # before push: open-ended and past-year blocks end at their last number
    result = SyncResult()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="push-read") as reader:
        with ws.read() as s:
            batch = next_batch(s, ws.node_id, ws.office_id, epoch, state.acked(s), batch_entries)
        while batch is not None:
            if cancel and cancel():
                raise Cancelled(t("sync cancelled; what was sent so far is kept"))
            # The next batch is read while central applies this one (they overlap on the wire).
            ahead = reader.submit(_read_batch, ws, epoch, batch.last_seq, batch_entries)
            outcome = push_batch(engine, tables, batch)
            with ws.unit(None) as uow:
                advance_local(uow.session, batch, outcome)
            result.batches += 1
            result.replayed += outcome.replay
            result.pushed += outcome.written
            result.unchanged += outcome.unchanged
            result.conflicts += outcome.conflicts
            result.rejects += outcome.rejects
            if progress:
                progress("push", result.pushed)
            batch = catch_up(ahead.result(), outcome)
    if cancel and cancel():
        raise Cancelled(t("sync cancelled; what was sent so far is kept"))
    with ws.read() as s:
        cursor = state.Cursor.parse(state.get(s, state.CURSOR))
    bulk = cursor == state.Cursor()  # never pulled: a first pull, in bulk pages from the start (pull_read)
    while True:  # page by page, each applied with its cursor in one local transaction
        pulled = read_changes(engine, tables, ws.node_id, ws.office_id, cursor, bulk=bulk)
        with ws.unit(None) as uow:
            got = apply_changes(uow.session, pulled)
            calendar_pull.note(uow.session, pulled)  # holiday rows or provisional cases: recheck below
        templates_published.arrived(pulled)  # the federation's templates: check cache emptied
        result.pulled += got.applied
        result.pull_older += got.older
        result.pull_skipped += got.skipped
        cursor, bulk = pulled.cursor, pulled.more
        if not pulled.more:
            break
        if progress:
            progress("pull", result.pulled)
        if cancel and cancel():
            raise Cancelled(t("sync cancelled; what was sent so far is kept"))
    calendar_pull.after_pull(ws)  # new calendar: cached calendar dropped, provisional deadlines recomputed
    # case-number blocks: close, release, reserve (sync/numbering.py)
    numbering.top_up(ws, engine, tables, central_blocks=shook.central_blocks)
    records = _note_pull(engine, tables, ws.node_id)
    inbox.after_sync(ws, engine, tables, records)  # this node's conflicts and rejects copied here, resolutions sent
    result.rebased = rebase.finish(ws)
    if progress:
        progress("pull", result.pulled)
    return result


def _read_batch(ws: Workspace, epoch: uuid.UUID, acked: int, batch_entries: int) -> Batch | None:
    with ws.read() as s:
        return next_batch(s, ws.node_id, ws.office_id, epoch, acked, batch_entries)


def _note_pull(engine: Connection, tables, node_id: uuid.UUID) -> inbox.RecordIds | None:  # noqa: ANN001
    """Central's last-pull time of this node; on PostgreSQL in the same statement (one round trip,
    in autocommit) the ids of this node's conflict and reject records, for the inbox."""
    nodes = tables["sync_nodes"]
    noted = update(nodes).where(nodes.c.node_id == node_id).values(last_pull_at=utcnow())
    with single_write(engine) as conn:
        if conn.dialect.name != "postgresql":
            conn.execute(noted)
            return None
        return inbox.record_ids(conn, tables, node_id, along=noted.returning(nodes.c.node_id))
