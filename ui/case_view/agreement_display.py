"""The recorded settlement agreement, read-only: the dispute and positions, the numbered terms with
amounts in figures and in capital numerals, signatures, the effective date, and the windows for
arbitral review and judicial confirmation (with the route taken, once recorded)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mediator.domain.money import format_figures
from mediator.i18n import code_name
from mediator.services.fields import beijing_today
from ui.case_view.agreement_fields import describe_field

TEXTS = ("dispute_summary", "applicant_claims", "respondent_position", "waived_rights", "copies")
SIGNED = (("applicant", "applicant_signed_on"), ("respondent", "respondent_signed_on"),
          ("mediator", "mediator_signed_on"), ("seal", "sealed_on"))


def party_names(view: dict[str, Any]) -> dict[str, str]:
    """Party refs ("applicant:0", "respondent") to names."""
    return {p["ref"]: p["name"] for p in view.get("parties", [])}


def selectable(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return label


class AgreementDisplay(QWidget):
    """Shows ``view["agreement"]`` of a ``show_case`` result."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = selectable()
        self.total_label = selectable()
        self.text_labels = {key: selectable() for key in TEXTS}
        contents = QGroupBox(self.tr("Contents"))
        form = QFormLayout(contents)
        for key, label in self.text_labels.items():
            label.setAccessibleName(describe_field(key))
            form.addRow(describe_field(key) + ":", label)
        self.table = QTableWidget(0, 9)
        self.table.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("Payer"), self.tr("Payee"), self.tr("What is agreed"), self.tr("Amount"),
            self.tr("Amount in capitals"), self.tr("Due date"), self.tr("Method and place"),
            self.tr("Payment order (支付令)")])
        self.table.setAccessibleName(self.tr("Agreed terms"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        terms = QGroupBox(self.tr("Agreed terms"))
        QVBoxLayout(terms).addWidget(self.table)
        signatures = QGroupBox(self.tr("Signatures and seal"))
        sign_form = QFormLayout(signatures)
        self.sign_labels = {key: selectable() for _, key in SIGNED}
        for who, key in SIGNED:
            sign_form.addRow(describe_field(f"signed.{who}") + ":", self.sign_labels[key])
        self.effective_label = selectable()
        sign_form.addRow(self.tr("Took effect on:"), self.effective_label)
        enforce = QGroupBox(self.tr("Making it enforceable"))
        enforce_layout = QVBoxLayout(enforce)
        self.review_label, self.confirmation_label, self.route_label = selectable(), selectable(), selectable()
        self.consequence_label = selectable()
        for label in (self.review_label, self.confirmation_label, self.route_label, self.consequence_label):
            enforce_layout.addWidget(label)

        body = QWidget()
        layout = QVBoxLayout(body)
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        for widget in (self.heading, self.total_label, contents, terms, signatures, enforce):
            layout.addWidget(widget)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def load(self, view: dict[str, Any], today: dt.date | None = None) -> None:
        agreement = view["agreement"]
        today = today or beijing_today()
        names = party_names(view)
        self.heading.setText(self.tr("Settlement agreement (调解协议书) of case {case_no}").format(case_no=view["case_no"]))
        total = agreement.get("total")
        self.total_label.setText(self.tr("Total agreed: {amount}").format(amount=total["printed"]) if total
                                 else self.tr("No money is agreed; the terms are acts to perform."))
        for key, label in self.text_labels.items():
            label.setText(str(agreement.get(key) or "—"))
        self.table.setRowCount(len(agreement["terms"]))
        for row, term in enumerate(agreement["terms"]):
            amount = term.get("amount")
            method = code_name("method", term.get("method"))
            cells = [str(term["seq"]), names.get(term["payer"], term["payer"] or ""),
                     names.get(term["payee"], term["payee"] or ""), term["description"] or "",
                     format_figures(amount["fen"]) if amount else self.tr("(not money)"),
                     amount["capital"] if amount else "", term.get("due_on") or "",
                     self.tr("{method}, {place}").format(method=method, place=term.get("place") or ""),
                     self.tr("may be applied for") if term.get("payment_order_eligible") else self.tr("no")]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col in (0, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        self.table.setFixedHeight(self.table.horizontalHeader().height() + sum(
            self.table.rowHeight(r) for r in range(self.table.rowCount())) + 4)
        for _, key in SIGNED:
            self.sign_labels[key].setText(agreement.get(key) or "—")
        self.effective_label.setText(agreement.get("effective_on") or "—")
        self._show_windows(agreement, today)

    def _show_windows(self, agreement: dict[str, Any], today: dt.date) -> None:
        def window(due: str | None) -> str:
            if not due:
                return ""
            return self.tr("open until {due}").format(due=due) if dt.date.fromisoformat(due) >= today \
                else self.tr("closed on {due}").format(due=due)

        self.review_label.setText(self.tr(
            "Arbitral review (仲裁审查): both parties apply jointly to the arbitration commission within 15 days "
            "of the agreement taking effect: {window}.").format(window=window(agreement.get("review_due_on"))))
        self.confirmation_label.setText(self.tr(
            "Judicial confirmation (司法确认): both parties apply to the court within 30 days of the agreement "
            "taking effect: {window}. Only one of the two routes may be taken.").format(
                window=window(agreement.get("confirmation_due_on"))))
        route = agreement.get("enforcement_route")
        self.route_label.setVisible(bool(route))
        if route:
            self.route_label.setText(self.tr("<b>Route taken:</b> {route} on {date}.").format(
                route=code_name("route", route), date=agreement.get("enforcement_on") or "—"))
        eligible = any(x.get("payment_order_eligible") for x in agreement["terms"])
        text = self.tr("If a party does not perform within the agreed period, the other may apply for labour "
                       "arbitration (Art. 15).")
        if eligible:
            text += " " + self.tr("For the terms marked above, the worker may instead apply to the court for a "
                                  "payment order (支付令, Art. 16).")
        self.consequence_label.setText(text)
