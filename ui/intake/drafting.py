"""Autosaving the intake form as a draft: ``DraftKeeper`` writes the form's data through
``ctx.write(drafts.save_draft …)`` about two seconds after the last change, so closing the tab or
a crash mid-edit loses at most those seconds. Drafts live in this PC's database only (they are
not synced). The keeper is suspended while the case is being registered, so no late autosave
brings back a draft the registration has just deleted."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from shiboken6 import isValid

from mediator.services import drafts
from ui.context import AppContext

AUTOSAVE_DELAY_MS = 2000


class DraftKeeper(QObject):
    """Owns the draft id; ``touch()`` after every change, ``flush()`` to save at once."""

    saved = Signal(str)  # saved_at (Beijing time, ISO)
    failed = Signal(str)  # the message

    def __init__(self, ctx: AppContext, get_data: Callable[[], dict[str, Any]], draft_id: str | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.get_data = get_data
        self.draft_id = draft_id
        self.suspended = False
        self._changes = 0  # changes made in the form
        self._stored = 0  # changes the last successful draft write contained
        self.timer = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self.timer.timeout.connect(self.flush)

    def touch(self) -> None:
        self._changes += 1
        if not self.suspended:
            self.timer.start()

    @property
    def pending(self) -> bool:
        """Changes not yet written to the draft."""
        return self._changes != self._stored

    def flush(self) -> None:
        self.timer.stop()
        if self.suspended or not self.pending:
            return
        if self.draft_id is None:
            self.draft_id = str(uuid.uuid4())
        changes = self._changes
        self.ctx.write(drafts.save_draft, self.ctx.ws, self.ctx.actor, self.draft_id, self.get_data(),
                       on_ok=lambda summary: self._done(changes, summary), on_error=self._failed,
                       name="save_draft", notify=False)  # no parent: the write finishes even if the form closes

    def _done(self, changes: int, summary: dict) -> None:
        if not isValid(self):
            return
        self._stored = max(self._stored, changes)
        self.saved.emit(summary.get("saved_at", ""))

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self.failed.emit(str(exc))

    def suspend(self) -> None:
        self.suspended = True
        self.timer.stop()

    def resume(self) -> None:
        self.suspended = False
        if self.pending:
            self.timer.start()

    def mark_stored(self) -> None:
        """The form now shows exactly what the draft holds (just restored)."""
        self._stored = self._changes

    def discard(self, on_done: Callable[[Any], None] | None = None) -> None:
        """Delete the draft (if one was written) and stop autosaving."""
        self.suspend()
        draft_id, self.draft_id = self.draft_id, None
        self._stored = self._changes
        if draft_id:
            self.ctx.write(drafts.delete_draft, self.ctx.ws, self.ctx.actor, draft_id, on_ok=on_done,
                           name="delete_draft", notify=False)
