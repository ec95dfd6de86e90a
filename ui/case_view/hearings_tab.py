"""The hearings tab: every hearing (held or scheduled) in a list, the selected one's full record —
mediators, recorder, people present, rights explained, statements, record text, outcome — and the
buttons that record or schedule a hearing (gated like the header's actions)."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from mediator.i18n import code_name
from ui.case_view.claims_tab import when
from ui.case_view.parties_tab import fill, read_only_table
from ui.context import AppContext
from ui.permissions import gate, why_not


class HearingsTab(QWidget):
    """``action_requested("hearing" | "schedule")`` asks the case view to open the hearing dialog."""

    action_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._hearings: list[dict[str, Any]] = []
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.record_button = QPushButton(self.tr("Record hearing…"), self)
        self.record_button.setObjectName("record_hearing")
        self.schedule_button = QPushButton(self.tr("Schedule hearing…"), self)
        self.schedule_button.setObjectName("schedule_hearing")
        self.record_button.clicked.connect(lambda: self.action_requested.emit("hearing"))
        self.schedule_button.clicked.connect(lambda: self.action_requested.emit("schedule"))
        bar.addWidget(self.record_button)
        bar.addWidget(self.schedule_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.table = read_only_table([self.tr("When"), self.tr("Place"), self.tr("Mediators"), self.tr("Present"),
                                      self.tr("Outcome")], splitter, self.tr("Hearings"))
        self.table.currentCellChanged.connect(lambda row, *_a: self._show(row))
        self.detail = QTextBrowser(splitter)
        self.detail.setObjectName("hearing_detail")
        self.detail.setAccessibleName(self.tr("Hearing record"))
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([160, 320])
        layout.addWidget(splitter, 1)

    def load(self, view: dict[str, Any]) -> None:
        self._hearings = view["hearings"]
        fill(self.table, [[when(h["starts_at"]), h["place"], ", ".join(h["mediators"]), self._present(h),
                           code_name("outcome", h["outcome"])] for h in self._hearings])
        if self._hearings:
            self.table.selectRow(len(self._hearings) - 1)
            self._show(len(self._hearings) - 1)
        else:
            self.detail.setPlainText(self.tr("No hearing has been held or scheduled yet."))
        assigned = {m["login"] for m in view["mediators"] if not m.get("ended_on")}
        reason = why_not(self.ctx.actor, "hearing", view["status"], closed=view["closed"], case_no=view["case_no"])
        if reason is None and self.ctx.actor.role == "mediator" and self.ctx.actor.login not in assigned:
            reason = self.tr("You are not assigned to this case.")
        gate(self.record_button, reason)
        gate(self.schedule_button, reason)

    def _present(self, h: dict[str, Any]) -> str:
        return ", ".join(f"{p.get('name')}（{code_name('party', p.get('role'))}）" if p.get("role") else str(p.get("name"))
                         for p in h["present"])

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self._hearings):
            return
        h = self._hearings[row]
        e = html.escape
        period = when(h["starts_at"]) + (f" – {when(h['ends_at'])[11:]}" if h["ends_at"] else "")
        rows = [(self.tr("Time"), period), (self.tr("Place"), h["place"]),
                (self.tr("Mediators"), ", ".join(h["mediators"])), (self.tr("Recorder"), h["recorder"]),
                (self.tr("Present"), self._present(h)), (self.tr("Invited"), h["invited"]),
                (self.tr("Outcome"), code_name("outcome", h["outcome"]))]
        if h["outcome"] != "scheduled":
            rows.insert(5, (self.tr("Rights and duties"),
                            self.tr("explained to the parties") if h["rights_explained"] else self.tr("not recorded")))
        parts = ["<table cellspacing='0' cellpadding='3'>"]
        parts += [f"<tr><td><b>{e(k)}</b></td><td>{e(v or '')}</td></tr>" for k, v in rows if v]
        parts.append("</table>")
        for title, text in ((self.tr("Applicant's statement"), h["applicant_statement"]),
                            (self.tr("Respondent's statement"), h["respondent_statement"]),
                            (self.tr("Record"), h["record"])):
            if text:
                parts.append(f"<h4>{e(title)}</h4><p>{e(text).replace(chr(10), '<br>')}</p>")
        self.detail.setHtml("".join(parts))
