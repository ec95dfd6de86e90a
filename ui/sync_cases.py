"""The Sync page's per-case list: cases with changes waiting to be sent, with open conflicts, or
with records the central store refused (the reason in plain words naming the case number), the
state said in words (never by colour alone), plus what is not tied to a case. Data from
``mediator.sync.inbox_views.case_sync_states`` through ``ctx.read``; double-clicking a case opens
it."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from mediator.sync.inbox_views import case_sync_states
from ui import theme
from ui.case_view.parties_tab import fill, read_only_table
from ui.context import AppContext


class SyncCasesBox(QGroupBox):
    """``refresh()`` reads the per-case sync state."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.cases: list[dict[str, Any]] = []
        self.setTitle(self.tr("Sync state of cases"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = read_only_table([self.tr("Case number"), self.tr("State"), self.tr("Details")], self,
                                     self.tr("Sync state of cases"))
        self.table.setWordWrap(True)
        self.table.cellDoubleClicked.connect(self._open_case)
        self.other = QLabel()
        self.other.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.other)
        self._show({"cases": [], "total": 0, "other_pending": 0, "other_problems": []})

    def refresh(self) -> None:
        self.ctx.read(case_sync_states, self.ctx.ws, on_ok=self._show, on_error=self._read_failed, parent=self,
                      name="sync_cases")

    def _read_failed(self, exc: BaseException) -> None:
        self.summary.setText(self.tr("The sync state of cases cannot be read: {reason}").format(reason=str(exc)))

    def _show(self, states: dict[str, Any]) -> None:
        self.cases = states["cases"]
        total = states["total"]
        if not total:
            self.summary.setText(self.tr("Every case on this computer is in step with the central store."))
        elif total > len(self.cases):
            self.summary.setText(self.tr("{total} cases are not yet in step with the central store; the first "
                                         "{shown} are listed. Double-click a case to open it.")
                                 .format(total=total, shown=len(self.cases)))
        else:
            self.summary.setText(self.tr("{total} cases are not yet in step with the central store. Double-click "
                                         "a case to open it.").format(total=total))
        self.table.setVisible(bool(self.cases))
        fill(self.table, [[c["case_no"], c["state"], "\n".join(c["problems"])] for c in self.cases])
        colour = theme.deadline_colour("overdue")
        for r, c in enumerate(self.cases):
            if c["problems"] and colour is not None:
                for column in range(self.table.columnCount()):
                    self.table.item(r, column).setForeground(QBrush(colour))
        self.table.resizeRowsToContents()
        other = []
        if states["other_pending"]:
            other.append(self.tr("{count} other changes (staff, settings, case-number blocks) are waiting to be "
                                 "sent.").format(count=states["other_pending"]))
        other += states["other_problems"]
        self.other.setText("\n".join(other))
        self.other.setVisible(bool(other))

    def _open_case(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.cases):
            self.ctx.open_case.emit(self.cases[row]["case_id"], "")
