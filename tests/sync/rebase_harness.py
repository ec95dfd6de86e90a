"""A re-basing sync that kills itself (SIGKILL, as ``kill -9`` would) at one of its steps.

Run as ``python tests/sync/rebase_harness.py DATA_DIR CENTRAL_URL STEP``: ``sync(..., rebase=True)``
with batches of ``BATCH_ENTRIES`` journal entries, the function named by STEP wrapped so that the
process dies there. Exit status 3 says the step was never reached.

Node re-base (``NODE_STEPS``): ``node_inbox`` (the old identity's inbox copied, the local switch not
yet made), ``node_switched`` (new identity committed locally, not yet registered at central),
``node_push`` (the first batch of the new identity committed at central, not noted locally),
``node_pull`` (the first page of the full pull applied, before the local commit).
Central re-base (``CENTRAL_STEPS``): ``central_rejournaled`` (rows journalled again, central's
acknowledgement not yet raised), ``central_push``, ``central_pull`` (as above).
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from mediator.services.context import Workspace  # noqa: E402
from mediator.sync import engine as sync_engine  # noqa: E402
from mediator.sync import rebase_central, rebase_node  # noqa: E402

BATCH_ENTRIES = 2
NODE_STEPS = ("node_inbox", "node_switched", "node_push", "node_pull")
CENTRAL_STEPS = ("central_rejournaled", "central_push", "central_pull")
STEPS = NODE_STEPS + CENTRAL_STEPS
NEVER_REACHED = 3


def die(*_args: object) -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    os.kill(os.getpid(), signal.SIGKILL)


def _after(module: object, name: str) -> None:
    """``module.<name>`` runs, then the process dies."""
    real = getattr(module, name)

    def wrapper(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        real(*args, **kwargs)
        die()

    setattr(module, name, wrapper)


def install(step: str) -> None:
    if step == "node_inbox":
        _after(rebase_node, "adopt_inbox")
    elif step == "node_switched":
        _after(rebase_node, "switch_identity")
    elif step == "central_rejournaled":
        _after(rebase_central, "rejournal")
    elif step in ("node_push", "central_push"):
        _after(sync_engine, "push_batch")
    elif step in ("node_pull", "central_pull"):
        _after(sync_engine, "apply_changes")
    else:
        raise SystemExit(f"unknown step {step!r}; one of {', '.join(STEPS)}")


def main(argv: list[str]) -> int:
    data_dir, url, step = argv
    install(step)
    ws = Workspace.open(data_dir, daily_backup=False)
    try:
        sync_engine.sync(ws, url, batch_entries=BATCH_ENTRIES, rebase=True)
    finally:
        ws.close()
    print(f"kill point {step} was never reached", file=sys.stderr)
    return NEVER_REACHED


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
