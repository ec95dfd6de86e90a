"""The agreement (调解协议书) tab of the case view: the editor while no agreement is recorded and the
signed-in user may record one, the signed agreement read-only afterwards, otherwise a note saying
why there is nothing to enter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from ui.case_view.agreement_display import AgreementDisplay
from ui.case_view.agreement_editor import AgreementEditor
from ui.context import AppContext
from ui.permissions import why_not


class AgreementTab(QWidget):
    """Shows or records the case's settlement agreement; ``load(view)`` takes ``show_case``'s dict."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.view: dict[str, Any] = {}
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.notice.setMargin(12)
        self.editor = AgreementEditor(ctx)
        self.display = AgreementDisplay()
        self.stack = QStackedWidget()
        for page in (self.notice, self.editor, self.display):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def load(self, view: dict[str, Any]) -> None:
        """Show the agreement of the case described by ``view`` (from ``show_case``)."""
        self.view = view
        if view.get("agreement"):
            self.display.load(view)
            self.stack.setCurrentWidget(self.display)
            return
        reason = why_not(self.ctx.actor, "settle", view.get("status"), closed=bool(view.get("closed")),
                         case_no=view.get("case_no", ""))
        if reason is None:
            self.editor.load(view)
            self.stack.setCurrentWidget(self.editor)
        else:
            self.notice.setText(self.tr("No settlement agreement has been recorded for this case.") + "\n\n"
                                + self.tr("An agreement cannot be entered now: {reason}").format(reason=reason))
            self.stack.setCurrentWidget(self.notice)

    def showing(self) -> str:
        """Which page is shown: "editor", "agreement" or "notice" (for tests and the case view)."""
        return {self.editor: "editor", self.display: "agreement"}.get(self.stack.currentWidget(), "notice")
