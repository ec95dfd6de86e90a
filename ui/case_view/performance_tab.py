"""The performance (履行) tab of the case view: each term with what is paid and outstanding and
whether it is overdue (said in words, not only in colour), the payments, the routes the law opens
when the agreement is not performed (arbitration, 支付令 where allowed, judicial confirmation),
the enforcement route taken, and follow-up visits. Actions are gated by role and case state."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mediator.domain.money import format_figures
from mediator.i18n import code_name
from mediator.services import agreements
from mediator.services.fields import beijing_today
from ui.case_view.payment_dialogs import (
    CoreDialog,
    EnforcementDialog,
    FollowUpDialog,
    NotPerformedDialog,
    PaymentDialog,
    open_terms,
    outstanding_fen,
    overdue_terms,
)
from ui.context import AppContext
from ui.mnemonic import without_mnemonic
from ui.permissions import gate, why_not

OVERDUE_FG, OVERDUE_BG, DONE_FG = QColor("#b00020"), QColor("#fde8ea"), QColor("#1b6e20")
NOTICE_STYLE = "QLabel { background: #fff4d6; border: 1px solid #d9a400; padding: 8px; }"
INFO_STYLE = "QLabel { background: #eef3fb; border: 1px solid #9db3d8; padding: 8px; }"


def table(headers: list[str], name: str) -> QTableWidget:
    widget = QTableWidget(0, len(headers))
    widget.setHorizontalHeaderLabels(headers)
    widget.setAccessibleName(name)
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.verticalHeader().hide()
    widget.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    widget.horizontalHeader().setStretchLastSection(True)
    return widget


def fill(widget: QTableWidget, rows: list[list[str]], empty: QLabel | None = None) -> None:
    """Put ``rows`` in the table and fit its height to them; with none, show ``empty`` instead."""
    widget.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            widget.setItem(r, c, QTableWidgetItem(text))
    if empty is not None:
        widget.setVisible(bool(rows))
        empty.setVisible(not rows)
    height = widget.horizontalHeader().sizeHint().height() + sum(widget.rowHeight(r) for r in range(widget.rowCount()))
    widget.setFixedHeight(height + 4)


class PerformanceTab(QWidget):
    """Performance of the agreement; ``load(view)`` takes ``show_case``'s dict."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.view: dict[str, Any] = {}
        self.today = beijing_today()
        self.dialog: CoreDialog | None = None
        self.empty_label = QLabel(self.tr("No settlement agreement has been recorded yet; performance is followed "
                                          "here once the agreement is signed."))
        self.empty_label.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.terms = table([self.tr("No."), self.tr("What is agreed"), self.tr("Due date"), self.tr("Amount"),
                            self.tr("Paid"), self.tr("Outstanding"), self.tr("State")], self.tr("Terms and their performance"))
        self.terms.horizontalHeader().setStretchLastSection(False)
        self.terms.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.pay_button = QPushButton(self.tr("Record &payment…"))
        self.not_performed_button = QPushButton(self.tr("Mark &not performed…"))
        self.enforce_button = QPushButton(self.tr("Record &enforcement route…"))
        self.follow_up_button = QPushButton(self.tr("Record &follow-up visit…"))
        self.pay_button.clicked.connect(self.open_payment_dialog)
        self.not_performed_button.clicked.connect(self.open_not_performed_dialog)
        self.enforce_button.clicked.connect(self.open_enforcement_dialog)
        self.follow_up_button.clicked.connect(self.open_follow_up_dialog)
        actions = QHBoxLayout()
        for button in (self.pay_button, self.not_performed_button, self.enforce_button):
            button.setAccessibleName(without_mnemonic(button.text()).rstrip("…"))
            actions.addWidget(button)
        actions.addStretch(1)
        self.follow_up_button.setAccessibleName(without_mnemonic(self.follow_up_button.text()).rstrip("…"))
        self.payment_order_notice = QLabel()
        self.advice_label = QLabel()
        self.route_label = QLabel()
        for label, style in ((self.payment_order_notice, NOTICE_STYLE), (self.advice_label, NOTICE_STYLE),
                             (self.route_label, INFO_STYLE)):
            label.setWordWrap(True)
            label.setStyleSheet(style)
            label.hide()
        self.payments = table([self.tr("Term"), self.tr("Paid on"), self.tr("Amount"), self.tr("Method"),
                               self.tr("Reference"), self.tr("Note")], self.tr("Payments received"))
        self.visits = table([self.tr("Visited on"), self.tr("Visitor"), self.tr("Performance"),
                             self.tr("Satisfaction"), self.tr("New risks"), self.tr("Note")], self.tr("Follow-up visits"))
        self.no_payments = QLabel(self.tr("No payment recorded yet."))
        self.no_visits = QLabel(self.tr("No follow-up visit recorded yet."))
        payments_box = QGroupBox(self.tr("Payments received"))
        payments_layout = QVBoxLayout(payments_box)
        payments_layout.addWidget(self.payments)
        payments_layout.addWidget(self.no_payments)
        visits_box = QGroupBox(self.tr("Follow-up visits (回访)"))
        visits_layout = QVBoxLayout(visits_box)
        visits_layout.addWidget(self.visits)
        visits_layout.addWidget(self.no_visits)
        visit_row = QHBoxLayout()
        visit_row.addWidget(self.follow_up_button)
        visit_row.addStretch(1)
        visits_layout.addLayout(visit_row)

        self.body = QWidget()
        layout = QVBoxLayout(self.body)
        layout.addWidget(self.summary)
        layout.addWidget(self.terms)
        layout.addLayout(actions)
        for widget in (self.advice_label, self.payment_order_notice, self.route_label, payments_box, visits_box):
            layout.addWidget(widget)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.empty_label)
        outer.addWidget(scroll)
        self.scroll = scroll

    def load(self, view: dict[str, Any], today: dt.date | None = None) -> None:
        """Show the performance of the case described by ``view`` (from ``show_case``);
        ``today`` (default: today in Beijing) decides which terms are overdue."""
        self.view, self.today = view, today or beijing_today()
        agreement = view.get("agreement")
        self.empty_label.setVisible(agreement is None)
        self.scroll.setVisible(agreement is not None)
        if agreement is None:
            return
        self._show_terms(agreement)
        self._show_notices(agreement)
        fill(self.payments, [
            [str(term["seq"]), p["paid_on"], format_figures(p["amount"]["fen"]), code_name("method", p["method"]),
             p.get("receipt_ref") or "", p.get("note") or ""]
            for term in agreement["terms"] for p in term.get("payments", [])], self.no_payments)
        fill(self.visits, [
            [v["visited_on"], v.get("visitor") or "", v["performance_status"], v.get("satisfaction") or "",
             v.get("new_risks") or "", v.get("note") or ""] for v in view.get("follow_ups", [])],
             self.no_visits)
        self._gate()

    def term_state(self, term: dict[str, Any]) -> tuple[str, str]:
        """("performed" | "overdue" | "due" | "open", the words shown) for one term."""
        if term.get("performed_on"):
            return "performed", self.tr("Performed on {date}").format(date=term["performed_on"])
        due = dt.date.fromisoformat(term["due_on"])
        days = (due - self.today).days
        if days < 0:
            return "overdue", self.tr("OVERDUE by {n} day(s)").format(n=-days)
        if days == 0:
            return "due", self.tr("Due today")
        if days <= 7:
            return "due", self.tr("Due in {n} day(s)").format(n=days)
        return "open", self.tr("Not yet due")

    def _show_terms(self, agreement: dict[str, Any]) -> None:
        rows, states = [], []
        for term in agreement["terms"]:
            amount, left = term.get("amount"), outstanding_fen(term)
            state, words = self.term_state(term)
            states.append(state)
            rows.append([str(term["seq"]), term["description"] or "", term["due_on"] or "",
                         format_figures(amount["fen"]) if amount else self.tr("(not money)"),
                         format_figures(term["paid"]["fen"]) if amount and term.get("paid") else "",
                         format_figures(left) if left is not None else "", words])
        fill(self.terms, rows)
        for row, state in enumerate(states):
            for col in range(self.terms.columnCount()):
                item = self.terms.item(row, col)
                if state == "overdue":
                    item.setForeground(QBrush(OVERDUE_FG))
                    item.setBackground(QBrush(OVERDUE_BG))
                elif state == "performed" and col == 6:
                    item.setForeground(QBrush(DONE_FG))
        total = (agreement.get("total") or {}).get("fen", 0)
        paid = sum((x.get("paid") or {}).get("fen", 0) for x in agreement["terms"] if x.get("amount"))
        overdue = states.count("overdue")
        text = self.tr("Case status: <b>{status}</b>. Agreed {total}, paid {paid}, outstanding {left}.").format(
            status=code_name("status", self.view.get("status")), total=format_figures(total),
            paid=format_figures(paid), left=format_figures(total - paid))
        if overdue:
            text += " " + self.tr("<b>{n} term(s) overdue.</b>").format(n=overdue)
        self.summary.setText(text)

    def _show_notices(self, agreement: dict[str, Any]) -> None:
        eligible = [str(x["seq"]) for x in open_terms(self.view) if x.get("payment_order_eligible")]
        self.payment_order_notice.setVisible(bool(eligible))
        if eligible:
            self.payment_order_notice.setText(self.tr(
                "<b>Payment order (支付令) possible.</b> Term(s) {terms} concern wages, work-injury medical costs, "
                "economic compensation or damages. If the employer does not pay them on time, the worker may take "
                "this agreement straight to the basic people's court and apply for a payment order (Art. 16, "
                "Labour Dispute Mediation and Arbitration Law), without going to arbitration first.").format(
                    terms=", ".join(eligible)))
        not_performed = self.view.get("status") == "not_performed"
        self.advice_label.setVisible(not_performed)
        if not_performed:
            overdue = [SimpleNamespace(seq=x["seq"], payment_order_eligible=x.get("payment_order_eligible"))
                       for x in overdue_terms(self.view, self.today)]
            self.show_advice(agreements.advice(overdue))
        route = agreement.get("enforcement_route")
        self.route_label.setVisible(bool(route))
        if route:
            self.route_label.setText(self.tr("Route taken to enforce the agreement: {route}, on {date}.").format(
                route=code_name("route", route), date=agreement.get("enforcement_on") or "—"))

    def show_advice(self, routes: list[str]) -> None:
        """The routes the core says are open after non-performance, plus judicial confirmation while
        its window is open."""
        lines = list(routes)
        agreement = self.view.get("agreement") or {}
        due = agreement.get("confirmation_due_on")
        if due and not agreement.get("enforcement_route") and dt.date.fromisoformat(due) >= self.today:
            lines.append(self.tr("Judicial confirmation (司法确认) may still be applied for until {due}; a confirmed "
                                 "agreement can be enforced by the court.").format(due=due))
        self.advice_label.setText(self.tr("<b>The agreement was not performed.</b> Routes now open:") + "<ul>"
                                  + "".join(f"<li>{line}</li>" for line in lines) + "</ul>")
        self.advice_label.show()

    def _gate(self) -> None:
        status, closed, case_no = self.view.get("status"), bool(self.view.get("closed")), self.view.get("case_no", "")

        def reason(action: str) -> str | None:
            return why_not(self.ctx.actor, action, status, closed=closed, case_no=case_no)

        gate(self.pay_button, reason("payment") or (None if open_terms(self.view) else self.tr("Every term is performed.")))
        gate(self.not_performed_button, reason("not_performed") or (
            None if overdue_terms(self.view, self.today) else self.tr("No term is overdue yet.")))
        gate(self.enforce_button, reason("enforcement"))
        gate(self.follow_up_button, reason("follow_up"))

    # -- dialogs (opened with open(), so they never block; returned for tests) --------------------
    def _open(self, dialog: CoreDialog) -> CoreDialog:
        if self.dialog is not None and not self.dialog.isVisible():
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_payment_dialog(self) -> PaymentDialog:
        return self._open(PaymentDialog(self.ctx, self.view, self))

    def open_not_performed_dialog(self) -> NotPerformedDialog:
        dialog = NotPerformedDialog(self.ctx, self.view, self.today, self)
        dialog.done_with.connect(self.show_advice)
        return self._open(dialog)

    def open_enforcement_dialog(self) -> EnforcementDialog:
        return self._open(EnforcementDialog(self.ctx, self.view, self))

    def open_follow_up_dialog(self) -> FollowUpDialog:
        return self._open(FollowUpDialog(self.ctx, self.view, self))
