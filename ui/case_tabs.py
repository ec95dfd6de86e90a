"""The Cases area: a tab widget whose first tab is the case list and whose other tabs are open
cases and intake forms. Owns opening a case (one tab per case), new applications, restoring
drafts, and the unsaved-changes guard when an intake tab closes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QTabWidget, QWidget

from ui.context import AppContext

KEEP, DISCARD, CANCEL = "keep", "discard", "cancel"


def ask_unsaved(parent: QWidget, count: int) -> str:
    """Ask what to do with ``count`` unregistered applications; module-level so tests may answer."""
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Question, translate("CaseTabs", "Unregistered application"),
                      translate("CaseTabs", "{n} application(s) have not been registered yet. Keep them as "
                                "drafts to finish later, or discard them?").format(n=count), parent=parent)
    keep = box.addButton(translate("CaseTabs", "Keep as draft"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(translate("CaseTabs", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep)
    box.exec()
    return {keep: KEEP, discard: DISCARD}.get(box.clickedButton(), CANCEL)


class CaseTabs(QTabWidget):
    title_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        from ui.cases_page import CasesPage

        self.ctx = ctx
        self.setDocumentMode(True)
        self.setTabsClosable(True)
        self.setMovable(True)
        self.list_page = CasesPage(ctx, self)
        self.addTab(self.list_page, self.tr("Case list"))
        self.tabBar().setTabButton(0, self.tabBar().ButtonPosition.RightSide, None)
        self.tabCloseRequested.connect(self.close_tab)

    # -- cases -----------------------------------------------------------------------------
    def open_case(self, case_ref: str, tab: str = "") -> QWidget:
        from ui.case_view.view import CaseView

        for i in range(1, self.count()):
            view = self.widget(i)
            if isinstance(view, CaseView) and case_ref in (str(view.case_id), getattr(view, "case_no", None)):
                self.setCurrentIndex(i)
                if tab:
                    view.show_tab(tab)
                return view
        view = CaseView(self.ctx, case_ref, self)
        index = self.addTab(view, self.tr("Loading…"))
        view.title_changed.connect(lambda title, v=view: self._retitle(v, title))
        if tab:
            view.show_tab(tab)
        self.setCurrentIndex(index)
        return view

    def _retitle(self, widget: QWidget, title: str) -> None:
        index = self.indexOf(widget)
        if index >= 0:
            self.setTabText(index, title)

    # -- intake ----------------------------------------------------------------------------
    def new_case(self, draft_id: str | None = None) -> QWidget:
        from ui.intake.form import IntakeForm

        form = IntakeForm(self.ctx, self, draft_id=draft_id)
        index = self.addTab(form, form.title() or self.tr("New application"))
        form.saved.connect(lambda case_id, case_no, f=form: self._registered(f, case_id))
        form.title_changed.connect(lambda title, f=form: self._retitle(f, title))
        self.setCurrentIndex(index)
        return form

    def _registered(self, form: QWidget, case_id: str) -> None:
        self.removeTab(self.indexOf(form))
        form.deleteLater()
        self.open_case(case_id)

    def intake_forms(self) -> list[QWidget]:
        from ui.intake.form import IntakeForm

        return [w for i in range(self.count()) if isinstance(w := self.widget(i), IntakeForm)]

    # -- closing ---------------------------------------------------------------------------
    def close_tab(self, index: int) -> bool:
        """Close the tab at ``index`` (never the list); an unsaved application asks first."""
        if index <= 0:
            return False
        widget = self.widget(index)
        if widget in self.intake_forms() and widget.is_dirty():
            answer = ask_unsaved(self, 1)
            if answer == CANCEL:
                return False
            if answer == DISCARD:
                widget.discard_draft()
            else:
                widget.flush_draft()
        self.removeTab(index)
        widget.hide()
        # Deleted on a later turn of the event loop, so repainting the tab now shown and tearing
        # down the closed one's widgets are two short stalls rather than one long one.
        QTimer.singleShot(0, widget.deleteLater)
        return True

    def settle_before_quit(self) -> bool:
        """Before the window closes: keep or discard unsaved applications; False cancels the quit."""
        dirty = [f for f in self.intake_forms() if f.is_dirty()]
        if not dirty:
            return True
        answer = ask_unsaved(self, len(dirty))
        if answer == CANCEL:
            return False
        for form in dirty:
            form.discard_draft() if answer == DISCARD else form.flush_draft()
        return True
