"""Background operations: the one way the desktop client runs work off the GUI thread.

``run(fn, ...)`` calls ``fn(progress=..., cancel=...)`` on a worker thread. The core function gets
a plain progress callback and a cancel check (never a Qt object). Progress, the result or the error
come back as signals delivered on the GUI thread. ``show_progress`` fires only when the work is
still running after ``PROGRESS_DELAY_MS``, so quick work never flashes a dialog. Writes run one at a
time on their own single-thread pool; reads share the global pool.

A worker thread never touches an ``Operation`` (its owner may delete it at any moment on the GUI
thread) and never drops the last reference to what the work captured (a screen or the session's
context, whose destruction must happen on the GUI thread): everything travels back through one
dispatcher that lives as long as the process, and is released there.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThread, QThreadPool, QTimer, Signal, Slot

PROGRESS_DELAY_MS = 500

Work = Callable[..., Any]

_write_pool: QThreadPool | None = None
_idle_pool: QThreadPool | None = None
_dispatcher: _Dispatcher | None = None
_live: dict[int, Operation] = {}  # kept alive until their result is delivered, even if the caller lets go
_tokens = itertools.count(1)


def write_pool() -> QThreadPool:
    """The single-thread pool that serialises writes to the local database."""
    global _write_pool
    if _write_pool is None:
        _write_pool = QThreadPool()
        _write_pool.setMaxThreadCount(1)
    return _write_pool


def idle_pool() -> QThreadPool:
    """One thread at idle priority for long housekeeping (integrity check, daily backup), so it
    takes only CPU time the window and the user's own queries leave over."""
    global _idle_pool
    if _idle_pool is None:
        _idle_pool = QThreadPool()
        _idle_pool.setMaxThreadCount(1)
        _idle_pool.setThreadPriority(QThread.Priority.IdlePriority)
    return _idle_pool


def pending() -> set[Operation]:
    """The operations whose result has not been delivered yet (tests wait on this)."""
    return set(_live.values())


class _Dispatcher(QObject):
    """Lives on the GUI thread for the whole process; workers post to it, it calls on that thread."""

    posted = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.posted.connect(self._call, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _call(self, box: list) -> None:
        fn, args = box.pop()  # emptied here, so what it held is released on this thread
        fn(*args)


def post(fn: Callable[..., None], *args: Any) -> None:
    """Call ``fn(*args)`` on the GUI thread, from any thread (``fn`` checks that its target is alive)."""
    assert _dispatcher is not None, "operations.run() creates the dispatcher on the GUI thread"
    _dispatcher.posted.emit([(fn, args)])


class Operation(QObject):
    """One piece of background work, owned by the GUI thread; its signals arrive there."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()
    show_progress = Signal()

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self.name = name
        self._cancel = threading.Event()
        self.running = True
        self._timer = QTimer(self, singleShot=True, interval=PROGRESS_DELAY_MS)
        self._timer.timeout.connect(self._maybe_show_progress)

    def cancel(self) -> None:
        """Ask the work to stop at its next cancel check; ``cancelled`` follows."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _maybe_show_progress(self) -> None:
        if self.running:
            self.show_progress.emit()

    def _finish(self, outcome: str, value: object) -> None:
        self.running = False
        self._timer.stop()
        if outcome == "error":
            self.failed.emit(value)
        elif self.is_cancelled():
            self.cancelled.emit()
        else:
            self.succeeded.emit(value)
        self.finished.emit()


def _live_operation(token: int) -> Operation | None:
    op = _live.get(token)
    if op is None or not shiboken6.isValid(op):  # its owner (e.g. a closed case tab) is gone
        _live.pop(token, None)
        return None
    return op


def _report(token: int, done: int, total: int) -> None:
    op = _live_operation(token)
    if op is not None:
        op.progressed.emit(done, total)


def _deliver(token: int, box: list) -> None:
    outcome, value, _work = box.pop()  # the work and its captures are released here, on the GUI thread
    op = _live_operation(token)
    _live.pop(token, None)
    if op is not None:
        op._finish(outcome, value)


class _Runner(QRunnable):
    def __init__(self, token: int, cancel: threading.Event, work: Callable[..., Any]):
        super().__init__()
        self.token, self.cancel, self.work = token, cancel, work

    def run(self) -> None:
        work, self.work = self.work, None
        token = self.token
        try:
            outcome, value = "ok", work(progress=lambda done, total: post(_report, token, done, total),
                                        cancel=self.cancel.is_set)
        except BaseException as exc:  # delivered to the GUI thread, which decides what to show
            outcome, value = "error", exc
        box = [(outcome, value, work)]
        del work, value
        post(_deliver, token, box)


def run(fn: Work, *args: Any, name: str = "", writes: bool = False, idle: bool = False,
        parent: QObject | None = None, **kwargs: Any) -> Operation:
    """Start ``fn(*args, progress=, cancel=, **kwargs)`` in the background; connect to the
    returned operation's signals (they are queued, so connecting right after this call is safe).
    Call on the GUI thread."""
    global _dispatcher
    if _dispatcher is None:
        _dispatcher = _Dispatcher()
    op = Operation(name or getattr(fn, "__name__", "operation"), parent)
    op._timer.start()
    token = next(_tokens)
    _live[token] = op
    if parent is not None:  # a result queued to an owner that closes meanwhile is never delivered
        parent.destroyed.connect(lambda *_args: _live.pop(token, None))
    pool = write_pool() if writes else idle_pool() if idle else QThreadPool.globalInstance()
    pool.start(_Runner(token, op._cancel, lambda progress, cancel: fn(*args, progress=progress, cancel=cancel,
                                                                       **kwargs)))
    return op
