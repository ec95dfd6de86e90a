"""Start-up of the desktop client (``mediator-desk [--data-dir DIR]``, also what ``make run``
starts): one window per database, the setup wizard on a new data directory or the login screen on
a set-up one, then the main window. Owns the switches that rebuild the window (language, sign-out)
and the global error handler and log."""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from mediator.actor import Actor
from mediator.errors import MediatorError
from mediator.i18n import detect_language
from mediator.paths import default_data_dir
from mediator.store import reader
from ui import crash, single_instance, theme, translations
from ui.context import AppContext, LazyWorkspace, resolve
from ui.prefs import Prefs

if TYPE_CHECKING:
    from mediator.services.context import Workspace


def freeze_startup_objects() -> None:
    """Move everything alive after start-up out of the garbage collector's reach: the modules,
    Qt wrappers and SQLAlchemy metadata never die, and scanning them made full collections
    pause the window for up to ~50 ms while scrolling (measured in bench/gui.py). No collection
    first: a full one here would itself block the freshly shown window for a tenth of a second.
    Called again once the services and the warm imports have loaded behind the window."""
    gc.freeze()


WARM_MODULES = ("ui.case_view.view", "ui.intake.form")


def warm_imports() -> None:
    """Import the case view and the intake form on a background thread once the window shows:
    imported on the GUI thread at the first opened case, their thirty widget modules stalled the
    window for a tenth of a second (bench/gui.py). Imports define classes only; no widget is made."""
    for name in WARM_MODULES:
        importlib.import_module(name)


def warm_calendar(ws: Workspace) -> None:
    """Build the working-day calendar of this year and the next in the background: a year the
    official schedule does not cover yet falls back to the ``holidays`` package, whose import of
    every country's rules otherwise ran with the first case opened and stalled the window for up to
    150 ms (bench/gui.py)."""
    from mediator.services.fields import beijing_today

    today = beijing_today()
    calendar = ws.calendar()
    for year in (today.year, today.year + 1):
        calendar.is_working_day(today.replace(year=year, month=1, day=1))


def open_workspace(data_dir: Path) -> Workspace | LazyWorkspace:
    """A database ready as it is opens lazily: the window paints from plain reads while the ORM
    and the services load. A new, older or unusable one is opened (set up, upgraded or refused
    with a message) before anything shows. The integrity scan and the day's backup run once the
    window shows."""
    ready = reader.probe(data_dir)
    if ready is not None:
        return LazyWorkspace(ready)
    from mediator.services.context import Workspace

    return Workspace.open(data_dir, daily_backup=False, check=False)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="mediator-desk", description="劳动争议调解工作台 / Labour dispute mediation workbench")
    parser.add_argument("--data-dir", type=Path, help="the office's data directory (default: the last one used)")
    parser.add_argument("--lang", choices=("zh", "en"), help="interface language for this start")
    return parser.parse_args(argv)


class Desk(QObject):
    """The running application: workspace, signed-in context and main window."""

    def __init__(self, app: QApplication, prefs: Prefs, ws: Workspace | LazyWorkspace):
        super().__init__(app)
        self.app, self.prefs, self.ws = app, prefs, ws
        self.ctx: AppContext | None = None
        self.window = None
        self._checked = False

    def sign_in(self) -> bool:
        """Wizard on a new directory, login otherwise; False when the user gave up."""
        if not isinstance(self.ws, LazyWorkspace) and not self.ws.initialized:
            from ui.setup_wizard import SetupWizard

            dialog = SetupWizard(self.ws)
        else:
            from ui.login import LoginDialog

            dialog = LoginDialog(self.ws, last_login=self.prefs.last_login)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
            return False
        self.show_main(dialog.actor)
        return True

    def show_main(self, actor: Actor, area: str = "") -> None:
        from ui.main_window import MainWindow

        self.prefs.last_login = actor.login
        if self.ctx is None or self.ctx.actor != actor:
            self.ctx = AppContext(self.ws, actor, self)
        self.window = MainWindow(self.ctx, self.prefs, self.office_name())
        self.window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.window.language_requested.connect(self.switch_language)
        self.window.sign_out_requested.connect(self.sign_out)
        geometry = self.prefs.geometry()
        if geometry is not None:
            self.window.restoreGeometry(geometry)
        else:
            self.window.resize(1280, 800)
        if area:
            self.window.show_area(area)
        self.window.show()
        self.reopen_drafts()
        if not self._checked:
            self._checked = True
            QTimer.singleShot(0, self._after_first_paint)

    def office_name(self) -> str:
        """From the start-up probe while the services load; read again once they have (the
        office may have been renamed since, e.g. before a language switch rebuilds the window)."""
        if isinstance(self.ws, LazyWorkspace) and not self.ws.loaded:
            return self.ws.ready.office_name
        from mediator.services.office import office_summary

        return office_summary(resolve(self.ws))["name"]

    def _after_first_paint(self) -> None:
        """Background work that would otherwise compete with painting the window for the GIL."""
        freeze_startup_objects()
        self.ctx.load()  # the services, if signing in has not loaded them already
        self.ctx.read(warm_imports, name="warm_imports", parent=self, idle=True,
                      on_ok=lambda _r: freeze_startup_objects())
        self.ctx.when_ready(self._check_file)

    def _check_file(self) -> None:
        freeze_startup_objects()  # SQLAlchemy's metadata and the services, loaded after the first freeze
        self.ctx.read(warm_calendar, self.ctx.ws, name="warm_calendar", parent=self, idle=True)
        # The page scan reads the whole file (seconds at 100,000 cases), so it runs after the
        # window shows; the day's backup follows only a clean scan.
        store = self.ctx.ws.store
        self.ctx.read(store.quick_check, name="quick_check", parent=self, idle=True,
                      on_ok=lambda _r: self._daily_backup(), on_error=self._damaged)

    def _daily_backup(self) -> None:
        # One consistent read (SQLite's backup API in one step); WAL lets saving go on meanwhile.
        self.ctx.read(self.ctx.ws.store.daily_backup, name="daily_backup", parent=self, idle=True)

    def _damaged(self, exc: BaseException) -> None:
        if not isinstance(exc, MediatorError):
            crash.report(exc)
            return
        QMessageBox.critical(self.window, self.tr("The database is damaged"), self.tr(
            "{problem}\n\nTo protect your records the application will now close. Restore the latest "
            "backup with 'mediator restore' (see the manual) or ask your administrator.").format(problem=str(exc)))
        self.app.exit(1)

    def reopen_drafts(self) -> None:
        self.ctx.when_ready(self._reopen_drafts)

    def _reopen_drafts(self) -> None:
        from mediator.services import drafts

        window = self.window
        if window is None:
            return
        self.ctx.read(drafts.list_drafts, self.ctx.ws, self.ctx.actor, parent=window,
                      on_ok=lambda found: [window.new_case(d["id"]) for d in found])

    def bring_forward(self) -> None:
        if self.window is not None:
            self.window.setWindowState(self.window.windowState() & ~Qt.WindowState.WindowMinimized)
            self.window.show()
            self.window.raise_()
            self.window.activateWindow()

    def switch_language(self, language: str) -> None:
        """Rebuild the window in ``language``; open applications are kept as drafts and reopen."""
        old = self.window
        if old is None or not old.case_tabs.settle_before_quit():
            return
        self.prefs.language = language
        translations.install(self.app, language)
        old.hide()
        old.deleteLater()
        self.window = None
        self.show_main(self.ctx.actor, area="settings")

    def sign_out(self) -> None:
        old = self.window
        if old is None or not old.close():
            return
        self.window = None
        self.ctx = None
        if not self.sign_in():
            self.app.quit()


def start(argv: list[str]) -> int:
    args = parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Mediator")
    app.setOrganizationName("Mediator")
    prefs = Prefs()
    translations.install(app, args.lang or prefs.language or detect_language())
    theme.apply(app, prefs.scheme)
    data_dir = (args.data_dir or prefs.last_data_dir or default_data_dir()).resolve()
    if single_instance.ask_running_instance(data_dir):
        return 0
    server = single_instance.InstanceServer(data_dir, app)
    crash.setup_logging(data_dir)
    crash.install()
    try:
        ws = open_workspace(data_dir)
    except MediatorError as err:
        QMessageBox.critical(None, app.translate("app", "Cannot open the database"), str(err))
        return 1
    prefs.last_data_dir = data_dir
    desk = Desk(app, prefs, ws)
    server.raise_requested.connect(desk.bring_forward)
    try:
        if not desk.sign_in():
            return 0
        return app.exec()
    finally:
        from ui import operations

        operations.write_pool().waitForDone(30_000)  # a draft flushed while closing is written
        QThreadPool.globalInstance().waitForDone(30_000)
        operations.idle_pool().waitForDone(30_000)
        if desk.ctx is not None:
            desk.ctx.close_connections()
        ws.close()


def main() -> None:
    sys.exit(start(sys.argv[1:]))


if __name__ == "__main__":
    main()
