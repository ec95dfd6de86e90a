"""The main window: navigation between the six areas (Today, Cases, Hearings, Reports, Sync,
Settings), the application-wide shortcuts, and the status bar (user, office, sync state, work in
progress). The areas themselves live in their own modules."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QWidget,
)

from mediator.i18n import code_name
from ui.context import AppContext
from ui.prefs import Prefs

AREAS = (
    ("today", QT_TRANSLATE_NOOP("MainWindow", "Today"), QStyle.StandardPixmap.SP_FileDialogInfoView),
    ("cases", QT_TRANSLATE_NOOP("MainWindow", "Cases"), QStyle.StandardPixmap.SP_DirIcon),
    ("hearings", QT_TRANSLATE_NOOP("MainWindow", "Hearings"), QStyle.StandardPixmap.SP_FileDialogDetailedView),
    ("reports", QT_TRANSLATE_NOOP("MainWindow", "Reports"), QStyle.StandardPixmap.SP_FileDialogContentsView),
    ("sync", QT_TRANSLATE_NOOP("MainWindow", "Sync"), QStyle.StandardPixmap.SP_BrowserReload),
    ("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings"), QStyle.StandardPixmap.SP_FileDialogListView),
)


class MainWindow(QMainWindow):
    language_requested = Signal(str)
    sign_out_requested = Signal()

    def __init__(self, ctx: AppContext, prefs: Prefs, office_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        from ui.case_tabs import CaseTabs

        self.ctx, self.prefs = ctx, prefs
        self.setWindowTitle(self.tr("Labour Dispute Mediation Workbench — {office}").format(office=office_name))
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setFixedWidth(self.fontMetrics().horizontalAdvance("M") * 11)
        self.stack = QStackedWidget()
        self.case_tabs = CaseTabs(ctx)
        # Areas other than Cases are built when first shown: start-up pays for the case list only.
        self.pages: dict[str, QWidget] = {"cases": self.case_tabs}
        self._slots: dict[str, QWidget] = {}
        for key, text, icon in AREAS:
            item = QListWidgetItem(self.style().standardIcon(icon), QCoreApplication.translate("MainWindow", text))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
            if key == "cases":
                self.stack.addWidget(self.case_tabs)
            else:
                slot = self._slots[key] = QWidget()
                QHBoxLayout(slot).setContentsMargins(0, 0, 0, 0)
                self.stack.addWidget(slot)
        self.nav.currentRowChanged.connect(self._area_changed)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._status(office_name)
        self._shortcuts()
        ctx.open_case.connect(self.open_case)
        self.show_area("cases")

    def _status(self, office_name: str) -> None:
        actor = self.ctx.actor
        self.user_label = QLabel(f"{actor.name}（{code_name('role', actor.role)}）")
        self.office_label = QLabel(office_name)
        self.sync_label = QLabel(self.tr("Sync: not set up"))
        self.busy_label = QLabel("")
        for widget in (self.busy_label, self.user_label, self.office_label, self.sync_label):
            self.statusBar().addPermanentWidget(widget)
        self.ctx.busy.connect(self._show_busy)  # a method, not a lambda: disconnected when the window goes
        self.sync_runner = None
        self.ctx.when_ready(self._start_sync_status)  # the sync modules need the ORM, which may be loading

    def _start_sync_status(self) -> None:
        from ui.sync_runner import SyncRunner
        from ui.sync_status import SyncStatusLabel

        self.sync_runner = SyncRunner(self.ctx, ask_password=self._ask_central_password, parent=self)
        self.sync_status = SyncStatusLabel(self.sync_label, self.sync_runner)

    def _ask_central_password(self, url: str, user: str, note: str) -> str | None:
        from ui.sync_status import ask_password

        return ask_password(self, url, user, note)

    def _show_busy(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("Saving…") if busy else "")

    def _shortcuts(self) -> None:
        def action(text: str, keys: QKeySequence | str, slot) -> QAction:  # noqa: ANN001
            act = QAction(text, self)
            if isinstance(keys, QKeySequence.StandardKey):
                act.setShortcuts(keys)  # every binding of the platform: Close is Ctrl+F4 and Ctrl+W
            else:
                act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.new_case_action = action(self.tr("New case"), QKeySequence.StandardKey.New, self.new_case)
        self.find_action = action(self.tr("Search cases"), QKeySequence.StandardKey.Find, self.focus_search)
        self.save_action = action(self.tr("Save"), QKeySequence.StandardKey.Save, self.save_current)
        self.close_tab_action = action(self.tr("Close tab"), QKeySequence.StandardKey.Close, self.close_current_tab)
        for number, (key, text, _icon) in enumerate(AREAS, start=1):
            action(QCoreApplication.translate("MainWindow", text), f"Ctrl+{number}",
                   lambda _checked=False, k=key: self.show_area(k))

    # -- navigation ------------------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The widget of area ``key``, built on first use."""
        if key not in self.pages:
            widget = self.pages[key] = self._build_page(key)
            self._slots[key].layout().addWidget(widget)
        return self.pages[key]

    def _build_page(self, key: str) -> QWidget:
        if key == "today":
            from ui.today_page import TodayPage

            return TodayPage(self.ctx)
        if key == "hearings":
            from ui.hearings_page import HearingsPage

            return HearingsPage(self.ctx)
        if key == "settings":
            from ui.settings_page import SettingsPage

            settings = SettingsPage(self.ctx, self.prefs)
            settings.language_requested.connect(self.language_requested)
            settings.sign_out_requested.connect(self.sign_out_requested)
            return settings
        if key == "sync":
            from ui.sync_page import SyncPage

            if self.sync_runner is None:  # shown before the workspace finished loading
                self._start_sync_status()
            return SyncPage(self.ctx, self.sync_runner)
        from ui.placeholder_page import PlaceholderPage

        return PlaceholderPage(self.tr("Reports"), self.tr(
            "The federation's statistics and ledgers will appear here in a later version."))

    def _area_changed(self, row: int) -> None:
        self.page(AREAS[row][0])
        self.stack.setCurrentIndex(row)

    def show_area(self, key: str) -> QWidget:
        self.nav.setCurrentRow([k for k, _t, _i in AREAS].index(key))
        return self.page(key)

    def open_case(self, case_ref: str, tab: str = "") -> QWidget:
        self.show_area("cases")
        return self.case_tabs.open_case(case_ref, tab)

    def new_case(self, draft_id: str | None = None) -> QWidget:
        self.show_area("cases")
        return self.case_tabs.new_case(draft_id if isinstance(draft_id, str) else None)

    def focus_search(self) -> None:
        self.show_area("cases")
        self.case_tabs.setCurrentIndex(0)
        self.case_tabs.list_page.focus_search()

    def save_current(self) -> None:
        widget = self.case_tabs.currentWidget() if self.stack.currentWidget() is self.case_tabs else None
        save = getattr(widget, "save", None)
        if callable(save):
            save()

    def close_current_tab(self) -> None:
        if self.stack.currentWidget() is self.case_tabs:
            self.case_tabs.close_tab(self.case_tabs.currentIndex())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.case_tabs.settle_before_quit():
            event.ignore()
            return
        self.prefs.set_geometry(self.saveGeometry())
        event.accept()
