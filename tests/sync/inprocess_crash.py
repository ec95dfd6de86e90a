"""In-process crashes at the step boundaries of ``mediator.sync.engine.sync``, for the state-machine
test (``test_state_machine.py``). ``crash_at(point, nth)`` wraps, for the duration of a ``with``
block, the functions ``sync`` calls between its steps so that the nth passage through ``point``
raises ``InjectedCrash``; every transaction open at that moment is then rolled back by its context
manager, which is what a process killed there leaves behind (the real SIGKILL at each step is
``crash_harness.py``'s job). A point never reached lets the sync finish normally.

Points, in the order a sync passes them (push points count batches, pull points pages):

* ``close_blocks``         the open-ended case-number blocks were closed locally, nothing sent;
* ``push_read``            a batch was read from the journal, nothing sent;
* ``push_before_commit``   inside a batch's central transaction, every row written, before COMMIT;
* ``push_after_commit``    the batch committed at central, the node has not noted it;
* ``push_ack_uncommitted`` the node's acknowledgement written locally, not committed;
* ``pull_read``            central rows read for a page, nothing applied;
* ``pull_applied``         a page applied locally with its cursor, before the local COMMIT;
* ``pull_committed``       the last page committed locally, case-number blocks not yet topped up;
* ``inbox``                blocks topped up, conflicts and rejects not yet copied to the inbox.

``before_pull(action)`` runs ``action`` once between push and pull instead: a user saving an
edit while a sync runs (the CLI's scheduled sync beside an open desktop client).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import ModuleType

from sqlalchemy import event

from mediator.sync import engine as sync_engine
from mediator.sync import inbox, numbering

POINTS = ("close_blocks", "push_read", "push_before_commit", "push_after_commit", "push_ack_uncommitted",
          "pull_read", "pull_applied", "pull_committed", "inbox")


class InjectedCrash(Exception):
    """Stands for the process dying at ``point``."""

    def __init__(self, point: str):
        super().__init__(f"injected crash at {point}")
        self.point = point


@contextmanager
def crash_at(point: str, nth: int = 1) -> Iterator[None]:
    """Within the block, the ``nth`` passage through ``point`` raises ``InjectedCrash``."""
    if point not in POINTS:
        raise ValueError(f"unknown crash point {point!r}; one of {', '.join(POINTS)}")
    passed = 0
    undo: list[tuple[ModuleType, str, Callable]] = []

    def crash() -> None:
        raise InjectedCrash(point)

    def count() -> None:
        nonlocal passed
        passed += 1
        if passed == nth:
            crash()

    def wrap(module: ModuleType, name: str, *, before: bool = False) -> None:
        real = getattr(module, name)

        def wrapper(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            if before:
                count()
            result = real(*args, **kwargs)
            if not before and not (name == "next_batch" and result is None):  # no batch left: not a passage
                count()
            return result

        undo.append((module, name, real))
        setattr(module, name, wrapper)

    if point == "push_before_commit":
        real_push = sync_engine.push_batch

        def push_then_die_before_commit(conn, tables, batch):  # noqa: ANN001, ANN202
            nonlocal passed
            passed += 1
            if passed != nth:
                return real_push(conn, tables, batch)

            def on_commit(_conn) -> None:  # noqa: ANN001 - fires before the DBAPI COMMIT
                crash()

            event.listen(conn, "commit", on_commit)
            try:
                return real_push(conn, tables, batch)
            finally:
                event.remove(conn, "commit", on_commit)

        undo.append((sync_engine, "push_batch", real_push))
        sync_engine.push_batch = push_then_die_before_commit
    else:
        module, name, before = {
            "close_blocks": (numbering, "close_blocks", False),
            "push_read": (sync_engine, "next_batch", False),
            "push_after_commit": (sync_engine, "push_batch", False),
            "push_ack_uncommitted": (sync_engine, "advance_local", False),
            "pull_read": (sync_engine, "read_changes", False),
            "pull_applied": (sync_engine, "apply_changes", False),
            "pull_committed": (numbering, "top_up", True),
            "inbox": (inbox, "after_sync", True),
        }[point]
        wrap(module, name, before=before)
    try:
        yield
    finally:
        for module, name, real in reversed(undo):
            setattr(module, name, real)


@contextmanager
def before_pull(action: Callable[[], None]) -> Iterator[None]:
    """Within the block, ``action`` runs once, after the push, before the first pull page is read."""
    real = sync_engine.read_changes
    done = False

    def wrapper(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        nonlocal done
        if not done:
            done = True
            action()
        return real(*args, **kwargs)

    sync_engine.read_changes = wrapper
    try:
        yield
    finally:
        sync_engine.read_changes = real
