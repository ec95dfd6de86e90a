"""The history tab: the case's audit trail in plain language — when, who, what was done, what it
changed and why — oldest first, as ``show_case`` folds it (``view["history"]``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from mediator.i18n import code_name
from ui.case_view.header import cap
from ui.case_view.parties_tab import fill, read_only_table
from ui.context import AppContext


class HistoryTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Every change to this case, who made it and why. Entries cannot be edited."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = read_only_table([self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("What changed"),
                                      self.tr("Reason")], self, self.tr("Case history"))
        layout.addWidget(self.table, 1)

    def load(self, view: dict[str, Any]) -> None:
        fill(self.table, [[h["at"], h["who"], cap(code_name("action", h["action"])), h["summary"], h["reason"]]
                          for h in view["history"]])
        self.table.scrollToBottom()

    def actions(self) -> list[str]:
        """The action names shown, top to bottom (as the user reads them)."""
        return [self.table.item(r, 2).text() for r in range(self.table.rowCount())]
