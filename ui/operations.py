"""Background operations: the one way the desktop client runs work off the GUI thread.

``run(fn, ...)`` calls ``fn(progress=..., cancel=...)`` on a worker thread. The core function gets
a plain progress callback and a cancel check (never a Qt object). Progress, the result or the error
come back as signals delivered on the GUI thread. ``show_progress`` fires only when the work is
still running after ``PROGRESS_DELAY_MS``, so quick work never flashes a dialog. Writes run one at a
time on their own single-thread pool; reads share the global pool.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, QTimer, Signal

PROGRESS_DELAY_MS = 500

Work = Callable[..., Any]

_write_pool: QThreadPool | None = None
_idle_pool: QThreadPool | None = None
_live: set[Operation] = set()  # kept alive until their result is delivered, even if the caller lets go


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


class Operation(QObject):
    """One piece of background work, owned by the GUI thread; its signals arrive there."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()
    show_progress = Signal()
    _report = Signal(int, int)
    _done = Signal(str, object)

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self.name = name
        self._cancel = threading.Event()
        self.running = True
        self._report.connect(self.progressed)
        self._done.connect(self._finish)
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
        _live.discard(self)
        if outcome == "error":
            self.failed.emit(value)
        elif self.is_cancelled():
            self.cancelled.emit()
        else:
            self.succeeded.emit(value)
        self.finished.emit()


class _Runner(QRunnable):
    def __init__(self, op: Operation, fn: Work, args: tuple, kwargs: dict):
        super().__init__()
        self.op, self.fn, self.args, self.kwargs = op, fn, args, kwargs

    def run(self) -> None:
        op = self.op
        try:
            value = self.fn(*self.args, progress=self._progress, cancel=op.is_cancelled, **self.kwargs)
        except BaseException as exc:  # delivered to the GUI thread, which decides what to show
            self._deliver("error", exc)
        else:
            self._deliver("ok", value)

    def _progress(self, done: int, total: int) -> None:
        with contextlib.suppress(RuntimeError):  # the owner was closed meanwhile: nobody is listening
            self.op._report.emit(done, total)

    def _deliver(self, outcome: str, value: object) -> None:
        if not shiboken6.isValid(self.op):  # the owner (e.g. a closed case tab) is gone, and the operation with it
            _live.discard(self.op)
            return
        try:
            self.op._done.emit(outcome, value)
        except RuntimeError:  # deleted between the check and the emit
            _live.discard(self.op)


def run(fn: Work, *args: Any, name: str = "", writes: bool = False, idle: bool = False,
        parent: QObject | None = None, **kwargs: Any) -> Operation:
    """Start ``fn(*args, progress=, cancel=, **kwargs)`` in the background; connect to the
    returned operation's signals (they are queued, so connecting right after this call is safe)."""
    op = Operation(name or getattr(fn, "__name__", "operation"), parent)
    op._timer.start()
    _live.add(op)
    if parent is not None:  # a result queued to an owner that closes meanwhile is never delivered
        parent.destroyed.connect(lambda *_args: _live.discard(op))
    pool = write_pool() if writes else idle_pool() if idle else QThreadPool.globalInstance()
    pool.start(_Runner(op, fn, args, kwargs))
    return op
