"""The signed-in session every screen shares: the open workspace, the acting user, and the one way
screens run core calls in the background (``read``/``write``), plus the signals that keep screens
in step after a write (``cases_changed``) and that open a case at a given tab (``open_case``).

The workspace may still be loading (``LazyWorkspace``): the first window is painted from plain
``sqlite3`` reads (the case list, ``list_connection``) while SQLAlchemy and the services are
imported in the background; work that needs them waits with ``when_ready``."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Signal

from mediator.actor import Actor
from mediator.store import reader
from ui import operations
from ui.operations import Operation

if TYPE_CHECKING:
    from mediator.services.context import Workspace

Callback = Callable[[Any], None]


class LazyWorkspace:
    """A data directory ``reader.probe`` found ready, opened (ORM, services) by the first thread
    that asks for it; later callers get the same workspace."""

    def __init__(self, ready: reader.Ready):
        self.ready = ready
        self.data_dir = ready.db_path.parent
        self._ws: Workspace | None = None
        self._lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        return self._ws is not None

    def get(self) -> Workspace:
        with self._lock:
            if self._ws is None:
                from mediator.services.context import Workspace

                # The integrity scan and the day's backup run once the window shows (ui.app).
                self._ws = Workspace.open(self.data_dir, daily_backup=False, check=False)
            return self._ws

    def close(self) -> None:
        with self._lock:
            if self._ws is not None:
                self._ws.close()


def resolve(ws: Workspace | LazyWorkspace) -> Workspace:
    """The workspace itself, opening a lazy one (blocks while it loads: call off the GUI thread)."""
    return ws.get() if isinstance(ws, LazyWorkspace) else ws


def db_path_of(ws: Workspace | LazyWorkspace) -> Path:
    return ws.ready.db_path if isinstance(ws, LazyWorkspace) else ws.data_dir / reader.DB_NAME


class AppContext(QObject):
    """Passed to every screen; screens never hold sessions, only call core functions through it."""

    cases_changed = Signal(str)  # the id of the case a write touched ("" when many or unknown)
    open_case = Signal(str, str)  # (case id or case number, tab key such as "agreement")
    busy = Signal(bool)  # a write is running; the main window shows it
    _loaded = Signal()

    def __init__(self, ws: Workspace | LazyWorkspace, actor: Actor, parent: QObject | None = None):
        super().__init__(parent)
        self._workspace = ws
        self.actor = actor
        self.db_path = db_path_of(ws)
        self._writes = 0
        self._waiting: list[Callable[[], None]] = []
        self._loading = False
        self._connections: dict[int, sqlite3.Connection] = {}
        self._connections_lock = threading.Lock()
        self._loaded.connect(self._run_waiting)

    @property
    def ws(self) -> Workspace:
        """The open workspace; a lazy one is opened here (blocking) if it has not loaded yet."""
        return resolve(self._workspace)

    @property
    def ready(self) -> bool:
        """Whether the workspace is open, so ``ws`` returns at once."""
        return not isinstance(self._workspace, LazyWorkspace) or self._workspace.loaded

    def when_ready(self, fn: Callable[[], None]) -> None:
        """Call ``fn`` on the GUI thread once the workspace is open: now if it is, else after
        ``load`` has opened it. Waiting starts no loading: the window is painted first, then the
        start-up calls ``load`` (``ui.app``)."""
        if self.ready:
            fn()
            return
        self._waiting.append(fn)

    def load(self) -> None:
        """Open a lazy workspace in the background (at idle priority: the window paints first)."""
        if self.ready or self._loading:
            return
        self._loading = True
        self.read(lambda: resolve(self._workspace), name="open workspace", idle=True, parent=self,
                  on_ok=lambda _ws: self._loaded.emit())

    def _run_waiting(self) -> None:
        waiting, self._waiting = self._waiting, []
        for fn in waiting:
            owner = getattr(fn, "__self__", None)
            if isinstance(owner, QObject) and not shiboken6.isValid(owner):
                continue  # e.g. the window was rebuilt in another language meanwhile
            fn()

    def list_connection(self) -> sqlite3.Connection:
        """This thread's plain read connection, for the case list (``mediator.caselist``)."""
        key = threading.get_ident()
        with self._connections_lock:
            conn = self._connections.get(key)
            if conn is None:
                conn = self._connections[key] = reader.connect(self.db_path)
            return conn

    def close_connections(self) -> None:
        with self._connections_lock:
            for conn in self._connections.values():
                conn.close()
            self._connections.clear()

    def read(self, fn: Callable[..., Any], *args: Any, on_ok: Callback | None = None,
             on_error: Callback | None = None, name: str = "", parent: QObject | None = None,
             idle: bool = False, **kwargs: Any) -> Operation:
        """Run the core call ``fn(*args, **kwargs)`` on a reader thread (``idle``: the one at idle
        priority, for housekeeping); ``on_ok(result)`` runs on the GUI thread. Errors go to
        ``on_error`` or, by default, to the error dialog."""
        return self._start(fn, args, kwargs, on_ok, on_error, name, parent, writes=False, idle=idle)

    def write(self, fn: Callable[..., Any], *args: Any, on_ok: Callback | None = None,
              on_error: Callback | None = None, name: str = "", parent: QObject | None = None,
              case_id: str = "", notify: bool = True, **kwargs: Any) -> Operation:
        """Like ``read`` but serialised with the other writes; ``cases_changed(case_id)`` is
        emitted after success so lists and open cases refresh (``notify=False`` for writes no
        case list shows, such as drafts and saved views)."""
        self._writes += 1
        self.busy.emit(True)
        op = self._start(fn, args, kwargs, on_ok, on_error, name, parent, writes=True)
        if notify:
            op.succeeded.connect(lambda _v: self.cases_changed.emit(case_id))
        op.finished.connect(self._write_done)
        return op

    def _write_done(self) -> None:
        self._writes -= 1
        if self._writes == 0:
            self.busy.emit(False)

    def _start(self, fn, args, kwargs, on_ok, on_error, name, parent, *, writes: bool,  # noqa: ANN001
               idle: bool = False) -> Operation:
        def call(progress: Callable[[int, int], None], cancel: Callable[[], bool]) -> Any:
            return fn(*args, **kwargs)

        op = operations.run(call, name=name or getattr(fn, "__name__", ""), writes=writes, idle=idle, parent=parent)
        if on_ok is not None:
            op.succeeded.connect(on_ok)
        if on_error is not None:
            op.failed.connect(on_error)
        else:
            from ui.errors import show_error

            op.failed.connect(lambda exc: show_error(parent if isinstance(parent, QObject) else None, exc))
        return op
