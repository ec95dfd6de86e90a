"""A syncing process that kills itself (SIGKILL, as ``kill -9`` would) at one step of push or pull.

Run as ``python tests/sync/crash_harness.py DATA_DIR CENTRAL_URL STEP``. In this process only,
the functions ``mediator.sync.engine.sync`` calls at the step boundaries are wrapped so that the
wrapper sends SIGKILL to its own process at STEP; then ``sync`` runs with small batches (several
of them, so push steps die in the second batch with the first one fully done). The process never
returns normally at a reachable step: exit status 3 says the step was never reached, so a test
seeing anything but death by SIGKILL fails.

Steps (``STEPS``), in the order sync passes them:

* ``push_read``          the second batch was read from the journal, nothing sent yet;
* ``push_before_commit`` inside the second batch's central transaction, every row written, before COMMIT;
* ``push_after_commit``  the second batch committed at central, the node has not noted it;
* ``push_ack_uncommitted`` the node's acknowledgement written in its local transaction, not committed;
* ``push_after_ack``     the second batch's acknowledgement committed locally;
* ``pull_read``          central rows read for the pull, nothing applied;
* ``pull_applied``       pulled rows applied locally with the cursor, before the local COMMIT;
* ``pull_committed``     the pull committed locally (before central's last-pull time is written).
"""

from __future__ import annotations

import os
import signal
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import Connection, Engine, event  # noqa: E402

from mediator.services.context import Workspace  # noqa: E402
from mediator.sync import engine as sync_engine  # noqa: E402

BATCH_ENTRIES = 8
STEPS = ("push_read", "push_before_commit", "push_after_commit", "push_ack_uncommitted", "push_after_ack",
         "pull_read", "pull_applied", "pull_committed")
NEVER_REACHED = 3

_calls: Counter[str] = Counter()


def die() -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    os.kill(os.getpid(), signal.SIGKILL)


def _wrap(name: str, *, before=None, after=None) -> None:  # noqa: ANN001
    """Replace ``sync_engine.<name>`` by a wrapper calling ``before(args)`` and ``after(result, args)``."""
    real = getattr(sync_engine, name)

    def wrapper(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        if before:
            before(args)
        result = real(*args, **kwargs)
        if after:
            after(result, args)
        return result

    setattr(sync_engine, name, wrapper)


def _nth(name: str, n: int, action) -> callable:  # noqa: ANN001
    """An ``after`` hook running ``action`` at the n-th call of ``name`` (that returned something)."""
    def hook(result, args) -> None:  # noqa: ANN001
        if result is None:
            return
        _calls[name] += 1
        if _calls[name] == n:
            action(args)
    return hook


def _engine_in(args: tuple) -> Engine | Connection:
    """The central engine, or the connection the sync keeps for its whole run."""
    return next(a for a in args if isinstance(a, Engine | Connection))


def install(step: str) -> None:
    if step == "push_read":
        _wrap("next_batch", after=_nth("next_batch", 2, lambda _a: die()))
    elif step == "push_before_commit":
        def arm(_args) -> None:  # noqa: ANN001
            _calls["push_batch"] += 1
            if _calls["push_batch"] == 2:
                event.listen(_engine_in(_args), "commit", lambda _conn: die())  # fires before the DBAPI commit
        _wrap("push_batch", before=arm)
    elif step == "push_after_commit":
        _wrap("push_batch", after=_nth("push_batch", 2, lambda _a: die()))
    elif step == "push_ack_uncommitted":
        _wrap("advance_local", after=lambda _r, _a: _count_and_die("advance_local", 2))
    elif step == "push_after_ack":
        _wrap("advance_local", after=lambda _r, _a: _calls.update(["advance_local"]))
        _wrap("next_batch", before=lambda _a: die() if _calls["advance_local"] == 2 else None)
    elif step == "pull_read":
        _wrap("read_changes", after=lambda _r, _a: die())
    elif step == "pull_applied":
        _wrap("apply_changes", after=lambda _r, _a: die())
    elif step == "pull_committed":  # the next central transaction after the local pull commit
        _wrap("read_changes", after=lambda _r, args: event.listen(_engine_in(args), "begin", lambda _c: die()))
    else:
        raise SystemExit(f"unknown step {step!r}; one of {', '.join(STEPS)}")


def _count_and_die(name: str, n: int) -> None:
    _calls[name] += 1
    if _calls[name] == n:
        die()


def main(argv: list[str]) -> int:
    data_dir, url, step = argv
    install(step)
    ws = Workspace.open(data_dir, daily_backup=False)
    try:
        sync_engine.sync(ws, url, batch_entries=BATCH_ENTRIES)
    finally:
        ws.close()
    print(f"kill point {step} was never reached", file=sys.stderr)
    return NEVER_REACHED


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
