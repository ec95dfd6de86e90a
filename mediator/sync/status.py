"""What this node knows about its own sync, for the status bar and the Sync page: the remembered
central URL (without password), the last successful sync and its counts, and the local changes
central has not acknowledged yet (journal entries above the acknowledged sequence).

The engine (``engine.sync``) keeps no time of day; ``sync_and_record`` runs it and stores the
instant and the summary counts of a successful sync in ``local_settings``. A sync that fails
records nothing here (the caller shows its message)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine

from mediator.services.context import Workspace
from mediator.store.base import utcnow
from mediator.sync import state

LAST_SUCCESS = "sync_last_success_at"
LAST_RESULT = "sync_last_result"
COUNTS = ("pushed", "pulled", "conflicts", "rejects", "batches", "unchanged", "pull_skipped")


def sync_status(ws: Workspace) -> dict[str, Any]:
    """``last_sync_at`` (aware UTC datetime or None), ``pending`` (local changes not yet
    acknowledged by central), ``central_url`` (remembered, password removed, or None) and
    ``last_result`` (the counts of the last successful sync, or None)."""
    with ws.read() as s:
        when = state.get(s, LAST_SUCCESS)
        result = state.get(s, LAST_RESULT)
        return {
            "last_sync_at": dt.datetime.fromisoformat(when) if when else None,
            "pending": state.pending_count(s),
            "central_url": state.get(s, state.URL),
            "last_result": json.loads(result) if result else None,
        }


def record_success(ws: Workspace, result: Any, at: dt.datetime | None = None) -> None:  # noqa: ANN401
    """Note a successful sync: its instant and the counts of ``result`` (an engine ``SyncResult``)."""
    counts = {key: int(getattr(result, key, 0)) for key in COUNTS}
    with ws.unit(None) as uow:
        state.put(uow.session, LAST_SUCCESS, (at or utcnow()).isoformat())
        state.put(uow.session, LAST_RESULT, json.dumps(counts))


def sync_and_record(ws: Workspace, central_url: str | Engine, progress: Callable[[str, int], None] | None = None,
                    cancel: Callable[[], bool] | None = None, rebase: bool = False) -> Any:  # noqa: ANN401
    """``engine.sync`` followed by ``record_success``; returns the engine's ``SyncResult``.
    ``rebase``: the user confirmed re-basing after a detected restore (``sync/rebase.py``)."""
    from mediator.sync.engine import sync

    result = sync(ws, central_url, progress=progress, cancel=cancel, rebase=rebase)
    record_success(ws, result)
    return result

