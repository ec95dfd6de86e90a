"""The claims tab: the application's key dates and facts, then each claim (请求事项) with its cause,
description and amount in figures and in capital numerals, and the total claimed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mediator.domain.money import format_figures
from mediator.i18n import code_name
from ui.case_view.parties_tab import fill, read_only_table
from ui.context import AppContext


def when(instant: str | None) -> str:
    """``2026-11-25T09:30+08:00`` as ``2026-11-25 09:30`` (already Beijing time)."""
    return instant[:16].replace("T", " ") if instant else ""


class ClaimsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        dates = QGroupBox(self.tr("Application"), self)
        self.form = QFormLayout(dates)
        self.values: dict[str, QLabel] = {}
        for key, text in (("application", self.tr("Application")), ("applied_at", self.tr("Applied at")),
                          ("received_on", self.tr("Received")), ("accepted_on", self.tr("Accepted")),
                          ("infringement_known_on", self.tr("Infringement known")),
                          ("employment", self.tr("Employment")), ("ended", self.tr("Ended")),
                          ("closed", self.tr("File closed"))):
            value = QLabel(dates)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.form.addRow(text, value)
            self.values[key] = value
        layout.addWidget(dates)
        facts_box = QGroupBox(self.tr("Facts and reasons"), self)
        facts_layout = QVBoxLayout(facts_box)
        self.facts = QPlainTextEdit(facts_box)
        self.facts.setReadOnly(True)
        self.facts.setMaximumHeight(110)
        self.facts.setAccessibleName(self.tr("Facts and reasons"))
        facts_layout.addWidget(self.facts)
        layout.addWidget(facts_box)
        self.table = read_only_table([self.tr("No."), self.tr("Cause"), self.tr("Description"), self.tr("Amount"),
                                      self.tr("In capitals")], self, self.tr("Claims"))
        layout.addWidget(self.table, 1)
        self.total = QLabel(self)
        self.total.setObjectName("claims_total")
        self.total.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.total.font()
        font.setBold(True)
        self.total.setFont(font)
        layout.addWidget(self.total)

    def load(self, view: dict[str, Any]) -> None:
        self.values["application"].setText(code_name("application", view["application_kind"]))
        self.values["applied_at"].setText(when(view["applied_at"]))
        self.values["received_on"].setText(view["received_on"] or "")
        self.values["accepted_on"].setText(view["accepted_on"] or "")
        self.values["infringement_known_on"].setText(view["infringement_known_on"] or "")
        if view["employment_ongoing"]:
            employment = self.tr("continuing")
        elif view["employment_ended_on"]:
            employment = self.tr("ended {day}").format(day=view["employment_ended_on"])
        else:
            employment = ""
        self.values["employment"].setText(employment)
        ended = ""
        if view["rejection_reason"]:
            ended = self.tr("{day}, rejected: {reason}").format(day=view["decided_on"], reason=view["rejection_reason"])
        elif view["ended_on"]:
            why = " ".join(x for x in (code_name("termination", view["end_reason_code"]), view["end_reason"] or "") if x)
            ended = f"{view['ended_on']}: {why}"
        self.values["ended"].setText(ended)
        closed = f"{view['closed_on']}: {view['closing_note'] or ''}" if view["closed_on"] else ""
        self.values["closed"].setText(closed)
        self.facts.setPlainText(view["facts"] or "")
        rows = []
        for c in view["claims"]:
            amount = c["amount"]
            rows.append([c["seq"], f"{c['cause']} {c['cause_name'] or ''}".strip(), c["description"],
                         format_figures(amount["fen"]) if amount else "", amount["capital"] if amount else ""])
        fill(self.table, rows)
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 3)
            if isinstance(item, QTableWidgetItem):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        claimed = view.get("claimed")
        self.total.setText(self.tr("Total claimed: {amount}").format(amount=claimed["printed"]) if claimed
                           else self.tr("No amount claimed."))
