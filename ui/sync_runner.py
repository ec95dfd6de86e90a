"""Running syncs from the desktop client: on demand (the Sync page's button) and in the background
every ``BACKGROUND_MINUTES`` while a central store is set, never two at once, always through the
serialised local writes (``ctx.write``) so the rest of the application keeps working.

The central password follows the command line's order (``mediator/cli/central.py``): one written
in the address, ``MEDIATOR_CENTRAL_PASSWORD``, the keyring, else — when the server asks for one —
the user is asked (a password dialog; never in a background sync, which then waits for the next
sync on demand). A typed password is kept in the keyring after a successful sync; with no usable
keyring the user is told so and asked each time; a keyring password the server refuses is
forgotten. Every message shown passes through ``connect.scrub``.

The runner also reads the node's sync state (``mediator.sync.status.sync_status`` and the
case-number block status) for the status bar and the page, after each sync and each write."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from mediator.errors import InputError, MediatorError
from mediator.i18n import t
from mediator.services.context import Workspace
from mediator.sync import credentials
from mediator.sync.connect import PASSWORD_ENV, parse, redact, scrub
from mediator.sync.numbering import numbering_status
from mediator.sync.status import sync_and_record, sync_status
from ui import operations
from ui.context import AppContext

BACKGROUND_MINUTES = 15

AskPassword = Callable[[str, str, str], "str | None"]  # (url without password, user, note) → password or None


def read_state(ws: Workspace) -> dict[str, Any]:
    """``sync_status`` plus ``numbering`` (the case-number block status)."""
    return {**sync_status(ws), "numbering": numbering_status(ws)}


def _lookup(plain: str, user: str) -> tuple[str | None, str, bool]:
    """Off the GUI thread: (keyring password or None, a note when there is no usable keyring,
    whether the server asks for a password at all)."""
    from mediator.sync.connect import asks_for_password

    try:
        stored, note = credentials.load(plain, user), ""
    except credentials.NoKeyring as exc:
        stored, note = None, str(exc)
    return stored, note, stored is None and asks_for_password(plain)


def _sync(ws: Workspace, connect_url: str, keep: tuple[str, str, str] | None,
          progress: Callable[[str, int], None], cancel: Callable[[], bool], rebase: bool = False) -> tuple[Any, str]:
    """Off the GUI thread: sync (``rebase``: confirmed after a detected restore), then keep a typed
    password in the keyring. (result, note)."""
    result = sync_and_record(ws, connect_url, progress=progress, cancel=cancel, rebase=rebase)
    note = ""
    if keep is not None:
        try:
            credentials.store(*keep)
        except credentials.NoKeyring as exc:
            note = str(exc)
    return result, note


def _relay_progress(runner: SyncRunner, stage: str, rows: int) -> None:
    """On the GUI thread (``operations.post``): the engine's progress, unless the runner has closed."""
    if shiboken6.isValid(runner):
        runner.progressed.emit(stage, rows)


class SyncRunner(QObject):
    """Owned by the main window; the Sync page and the status bar listen to it."""

    started = Signal()
    progressed = Signal(str, int)  # (stage "push"/"pull", rows so far)
    succeeded = Signal(object, str)  # (engine SyncResult, a note such as "no keyring")
    failed = Signal(str)  # the plain message (no password in it)
    state_read = Signal(dict)  # read_state()

    def __init__(self, ctx: AppContext, ask_password: AskPassword | None = None, parent: QObject | None = None,
                 minutes: int = BACKGROUND_MINUTES):
        super().__init__(parent)
        self.ctx = ctx
        self.ask_password = ask_password
        self.running = False
        self.needs_password = False  # the last attempt needed a password nobody typed: no background syncs
        self.last_error = ""
        self.rebase_offered = False  # the last attempt found a restore (sync/rebase.py): "Re-base now"
        self._rebase = False
        self.state: dict[str, Any] | None = None
        self._cancel = threading.Event()
        self.timer = QTimer(self, interval=minutes * 60_000)
        self.timer.timeout.connect(self.background_sync)
        self.timer.start()
        ctx.cases_changed.connect(self.refresh)
        self.refresh()

    # -- state -------------------------------------------------------------------------------
    def refresh(self, *_args: object) -> None:
        self.ctx.read(read_state, self.ctx.ws, on_ok=self._got_state, on_error=lambda _e: None,
                      parent=self, name="sync_state")

    def _got_state(self, value: dict) -> None:
        self.state = value
        self.state_read.emit(value)

    def central_url(self) -> str:
        return (self.state or {}).get("central_url") or ""

    # -- starting ----------------------------------------------------------------------------
    def background_sync(self) -> bool:
        """The timer's sync: only with a remembered central store, no password to ask, none running."""
        if self.running or self.needs_password or not self.central_url():
            return False
        return self.sync_now(interactive=False)

    def sync_now(self, url: str = "", interactive: bool = True, rebase: bool = False) -> bool:
        """Start a sync with ``url`` (default: the remembered one); ``rebase``: the user confirmed
        re-basing after a detected restore. False when one is running."""
        if self.running:
            return False
        self._rebase = rebase
        url = url.strip() or self.central_url()
        if not url:
            self._fail(self.tr("No central store is set yet: enter its address first."))
            return False
        try:
            parsed = parse(url)
        except InputError as err:
            self._fail(str(err))
            return False
        self.running = True
        self.last_error = ""
        self.rebase_offered = False
        self._cancel.clear()
        self.started.emit()
        if parsed.get_backend_name() != "postgresql":
            self._run(url)
            return True
        plain, user = redact(parsed), parsed.username or ""
        full = parsed.render_as_string(hide_password=False)
        if parsed.password is not None:
            env = os.environ.get(PASSWORD_ENV)
            self._run(full, keep=None if env and env == parsed.password else (plain, user, parsed.password))
            return True

        def looked_up(found: tuple[str | None, str, bool]) -> None:
            stored, note, asks = found
            if stored is not None:
                self._run(parsed.set(password=stored).render_as_string(hide_password=False), from_keyring=(plain, user))
            elif not asks:
                self._run(url)  # trust, client certificate or ~/.pgpass
            elif not interactive or self.ask_password is None:
                self.needs_password = True
                self._fail(self.tr("The central store {url} asks for a password: press Sync now to type it.")
                           .format(url=plain))
            else:
                typed = self.ask_password(plain, user, note)
                if not typed:
                    self._fail(t("no password given for the central store {url}", url=plain))
                    return
                self._run(parsed.set(password=typed).render_as_string(hide_password=False),
                          keep=None if note else (plain, user, typed), note=note)

        self.ctx.read(_lookup, plain, user, on_ok=looked_up, on_error=lambda exc: self._failed(exc, full),
                      parent=self, name="sync_password")
        return True

    def cancel(self) -> None:
        """Stop after the current batch; what was sent is kept."""
        self._cancel.set()

    # -- running -----------------------------------------------------------------------------
    def _run(self, connect_url: str, keep: tuple[str, str, str] | None = None,
             from_keyring: tuple[str, str] | None = None, note: str = "") -> None:
        def done(value: tuple[Any, str]) -> None:
            result, keep_note = value
            self.running = False
            self.needs_password = False
            self.succeeded.emit(result, keep_note or note)
            if result.pulled:
                self.ctx.cases_changed.emit("")  # lists and open cases show what arrived (and refresh() runs)
            else:
                self.refresh()

        def progress(stage: str, rows: int) -> None:  # on the worker thread
            operations.post(_relay_progress, self, stage, rows)

        self.ctx.write(_sync, self.ctx.ws, connect_url, keep, progress=progress,
                       cancel=self._cancel.is_set, rebase=self._rebase, on_ok=done, notify=False, parent=self, name="sync",
                       on_error=lambda exc: self._failed(exc, connect_url, from_keyring))

    def _failed(self, exc: BaseException, connect_url: str, from_keyring: tuple[str, str] | None = None) -> None:
        from mediator.sync.connect import password_refused
        from mediator.sync.rebase import Restored

        self.rebase_offered = isinstance(exc, Restored)
        if isinstance(exc, MediatorError):
            message = scrub(str(exc), connect_url)
        else:  # never let a password through an unexpected error
            message = t("sync failed: {error}", error=scrub(f"{type(exc).__name__}: {exc}", connect_url))
        if password_refused(exc):
            if from_keyring is not None:
                with contextlib.suppress(credentials.NoKeyring):
                    credentials.forget(*from_keyring)
                message += t("; the password kept in the keyring was refused and has been forgotten: run sync "
                             "again to type the new one")
            else:
                message += t("; the central store refused the password")
        self._fail(message)

    def _fail(self, message: str) -> None:
        self.running = False
        self.last_error = message
        self.failed.emit(message)
        self.refresh()
