"""The case view: the screen of one case. It reads the whole case once (``show_case``) through the
context, shows the header (state, mediators, clocks, allowed actions) and the tabs (parties, claims,
hearings, agreement, performance, documents, history), opens the action dialogs, and reloads when a
write touches its case."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QLabel, QTabWidget, QVBoxLayout, QWidget

from mediator.errors import MediatorError
from mediator.services.case_view import show_case
from ui.case_view.agreement_tab import AgreementTab
from ui.case_view.claims_tab import ClaimsTab
from ui.case_view.decision_dialogs import (
    AcceptDialog,
    CloseDialog,
    RejectDialog,
    ReopenDialog,
    WithdrawDialog,
)
from ui.case_view.documents_tab import DocumentsTab
from ui.case_view.header import CaseHeader
from ui.case_view.hearing_dialog import HearingDialog
from ui.case_view.hearings_tab import HearingsTab
from ui.case_view.history_tab import HistoryTab
from ui.case_view.parties_tab import PartiesTab
from ui.case_view.people_dialogs import AssignDialog, RecusalDecisionDialog, RecusalRequestDialog
from ui.case_view.performance_tab import PerformanceTab
from ui.case_view.period_dialogs import ExtendDialog, TerminateDialog
from ui.context import AppContext
from ui.errors import show_error

TABS = (  # key, tab class, title
    ("parties", PartiesTab, QT_TRANSLATE_NOOP("CaseView", "Parties")),
    ("claims", ClaimsTab, QT_TRANSLATE_NOOP("CaseView", "Claims")),
    ("hearings", HearingsTab, QT_TRANSLATE_NOOP("CaseView", "Hearings")),
    ("agreement", AgreementTab, QT_TRANSLATE_NOOP("CaseView", "Agreement")),
    ("performance", PerformanceTab, QT_TRANSLATE_NOOP("CaseView", "Performance")),
    ("documents", DocumentsTab, QT_TRANSLATE_NOOP("CaseView", "Documents")),
    ("history", HistoryTab, QT_TRANSLATE_NOOP("CaseView", "History")),
)
DIALOGS = {"accept": AcceptDialog, "reject": RejectDialog, "assign": AssignDialog, "hearing": HearingDialog,
           "extend": ExtendDialog, "terminate": TerminateDialog, "withdraw": WithdrawDialog, "close": CloseDialog,
           "reopen": ReopenDialog, "recusal": RecusalRequestDialog}


class CaseView(QWidget):
    """One case; ``case_ref`` is its id or number. ``loaded`` fires after each (re)load."""

    title_changed = Signal(str)
    loaded = Signal()

    def __init__(self, ctx: AppContext, case_ref: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._ref = case_ref
        self._case_id = ""
        self._seq = 0
        self._skip_change = False
        self.view: dict[str, Any] | None = None
        self.dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        self.header = CaseHeader(self)
        self.header.hide()
        layout.addWidget(self.header)
        self.message = QLabel(self.tr("Loading the case…"), self)
        self.message.setObjectName("case_message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.hide()
        # Tabs are built when first shown (or asked for), so opening a case costs one tab, not seven.
        self._pages: dict[str, QWidget] = {}
        self.tab_widgets = _LazyTabs(self._build_tab)
        for key, _cls, title in TABS:
            page = QWidget(self.tabs)
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self._pages[key] = page
            self.tabs.addTab(page, self.tr(title))
        self.tabs.currentChanged.connect(lambda index: self._build_tab(TABS[index][0]))
        self._build_tab(TABS[0][0])
        layout.addWidget(self.tabs, 1)
        self.header.action_requested.connect(self.run_action)
        ctx.cases_changed.connect(self._cases_changed)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload)
        self.reload()

    def _build_tab(self, key: str) -> QWidget:
        if key in self.tab_widgets.built:
            return self.tab_widgets.built[key]
        cls = next(c for k, c, _t in TABS if k == key)
        widget = cls(self.ctx, self._pages[key])
        widget.setObjectName(f"tab_{key}")
        self._pages[key].layout().addWidget(widget)
        self.tab_widgets.built[key] = widget
        if key == "parties":
            widget.reveal_requested.connect(self.reveal_ids)
            widget.decide_requested.connect(self.decide_recusal)
        elif key == "hearings":
            widget.action_requested.connect(self.run_action)
        if self.view is not None:
            widget.load(self.view)  # type: ignore[attr-defined]
        return widget

    @property
    def case_id(self) -> str:
        """The case's id once loaded (before that, empty)."""
        return self._case_id

    def show_tab(self, key: str) -> None:
        self._build_tab(key)
        self.tabs.setCurrentWidget(self._pages[key])

    def save(self) -> None:
        """Save what the current tab is editing (Ctrl+S in the main window): the agreement."""
        if self.current_tab() == "agreement":
            agreement: AgreementTab = self.tab_widgets["agreement"]  # type: ignore[assignment]
            if agreement.showing() == "editor":
                agreement.editor.save()

    def current_tab(self) -> str:
        page = self.tabs.currentWidget()
        return next(key for key, w in self._pages.items() if w is page)

    # loading ----------------------------------------------------------------------------------
    def reload(self) -> None:
        self._seq += 1
        seq = self._seq
        self.ctx.read(show_case, self.ctx.ws, self.ctx.actor, self._case_id or self._ref,
                      on_ok=lambda view: self._loaded(seq, view), on_error=self._load_failed, parent=self)

    def reveal_ids(self) -> None:
        """Reload with full ID numbers; the core logs this view in the case history (a write)."""
        self._seq += 1
        seq = self._seq
        self._skip_change = True
        self.ctx.write(show_case, self.ctx.ws, self.ctx.actor, self._case_id or self._ref, reveal_ids=True,
                       on_ok=lambda view: self._loaded(seq, view), on_error=self._reveal_failed,
                       case_id=self._case_id, parent=self)

    def _cases_changed(self, case_id: str) -> None:
        if self._skip_change and case_id == self._case_id:
            self._skip_change = False  # our own audited reveal: keep showing the full numbers
            return
        if case_id in ("", self._case_id):
            self.reload()

    def _loaded(self, seq: int, view: dict[str, Any]) -> None:
        if seq != self._seq:
            return  # a newer load is on its way
        self.view = view
        self._case_id = view["id"]
        self.header.load(view, self.ctx.actor)
        for widget in list(self.tab_widgets.built.values()):
            widget.load(view)  # type: ignore[attr-defined]
        self.message.hide()
        self.header.show()
        self.tabs.show()
        self.title_changed.emit(view["case_no"])
        self.loaded.emit()

    def _load_failed(self, exc: BaseException) -> None:
        if isinstance(exc, MediatorError):
            self.message.setText(self.tr("This case cannot be shown: {reason}").format(reason=exc))
            self.message.show()
        else:
            show_error(self, exc)

    def _reveal_failed(self, exc: BaseException) -> None:
        self._skip_change = False
        show_error(self, exc)

    # actions ----------------------------------------------------------------------------------
    def run_action(self, key: str) -> QDialog | None:
        """Open the dialog of ``key`` (a header action, or "schedule" for a future hearing);
        "settle" switches to the agreement tab. Returns the dialog, already shown."""
        if self.view is None:
            return None
        if key == "settle":
            self.show_tab("agreement")
            return None
        if key == "schedule":
            dialog: QDialog = HearingDialog(self.ctx, self.view, self, schedule=True)
        else:
            dialog = DIALOGS[key](self.ctx, self.view, self)
        return self._open(dialog)

    def decide_recusal(self, request: dict[str, Any]) -> QDialog | None:
        if self.view is None:
            return None
        return self._open(RecusalDecisionDialog(self.ctx, self.view, request, self))

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_a: setattr(self, "dialog", None) if self.dialog is dialog else None)
        self.dialog = dialog
        dialog.open()
        return dialog


class _LazyTabs(dict):
    """``tab_widgets[key]``: the tab's widget, built on first use; ``built`` holds those made."""

    def __init__(self, build):  # noqa: ANN001
        super().__init__()
        self.built: dict[str, QWidget] = {}
        self._build = build

    def __getitem__(self, key: str) -> QWidget:
        return self.built.get(key) or self._build(key)

    def __contains__(self, key: object) -> bool:
        return any(key == k for k, _c, _t in TABS)

    def keys(self):  # noqa: ANN201
        return [k for k, _c, _t in TABS]

    def items(self):  # noqa: ANN201
        return [(k, self[k]) for k in self.keys()]

    def values(self):  # noqa: ANN201
        return [self[k] for k in self.keys()]
