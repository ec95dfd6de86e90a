"""The signed-in session every screen shares: the open workspace, the acting user, and the one way
screens run core calls in the background (``read``/``write``), plus the signals that keep screens
in step after a write (``cases_changed``) and that open a case at a given tab (``open_case``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from mediator.services.context import Actor, Workspace
from ui import operations
from ui.operations import Operation

Callback = Callable[[Any], None]


class AppContext(QObject):
    """Passed to every screen; screens never hold sessions, only call core functions through it."""

    cases_changed = Signal(str)  # the id of the case a write touched ("" when many or unknown)
    open_case = Signal(str, str)  # (case id or case number, tab key such as "agreement")
    busy = Signal(bool)  # a write is running; the main window shows it

    def __init__(self, ws: Workspace, actor: Actor, parent: QObject | None = None):
        super().__init__(parent)
        self.ws = ws
        self.actor = actor
        self._writes = 0

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
