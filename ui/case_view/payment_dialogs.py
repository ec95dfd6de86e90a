"""The dialogs of the performance tab: recording a payment, marking the agreement not performed,
recording the route taken to make it enforceable, and recording a follow-up visit (回访). Each runs
its core call through ``ctx.write`` and stays open, with the problems shown, when the core refuses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mediator.domain.agreement_rules import ENFORCEMENT_ROUTES, METHODS
from mediator.domain.money import format_figures, to_yuan
from mediator.errors import MediatorError, Problem, ValidationError
from mediator.i18n import code_name
from mediator.services import agreements
from mediator.services.fields import beijing_today
from ui.case_view.money_date_edits import AmountCell, PastDateEdit
from ui.context import AppContext
from ui.errors import show_error
from ui.mnemonic import without_mnemonic


def open_terms(view: dict[str, Any]) -> list[dict[str, Any]]:
    return [x for x in (view.get("agreement") or {}).get("terms", []) if not x.get("performed_on")]


def outstanding_fen(term: dict[str, Any]) -> int | None:
    amount = term.get("amount")
    return None if amount is None else amount["fen"] - (term.get("paid") or {"fen": 0})["fen"]


def overdue_terms(view: dict[str, Any], today: dt.date) -> list[dict[str, Any]]:
    return [x for x in open_terms(view) if x.get("due_on") and dt.date.fromisoformat(x["due_on"]) < today]


class CoreDialog(QDialog):
    """A small form whose OK runs one core write; ``done_with(result)`` fires after it succeeded."""

    done_with = Signal(object)

    def __init__(self, ctx: AppContext, view: dict[str, Any], title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(title)
        self.ctx, self.view, self.case_id = ctx, view, view["id"]
        self.setWindowTitle(title)
        self.fields: dict[str, tuple[str, QWidget]] = {}
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.problems = QLabel()
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.setWordWrap(True)
        self.problems.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(title)
        self.setMinimumWidth(520)

    def add_field(self, key: str, text: str, widget: QWidget) -> QWidget:
        label = QLabel(text)
        label.setBuddy(widget)
        widget.setAccessibleName(without_mnemonic(text).rstrip(":"))
        self.form.addRow(label, widget)
        self.fields[key] = (without_mnemonic(text).rstrip(":"), widget)
        return widget

    def call(self) -> tuple[Callable[..., Any], dict[str, Any]]:
        """The core function and its keyword arguments (may raise ValidationError for local checks)."""
        raise NotImplementedError

    def submit(self) -> None:
        try:
            fn, kwargs = self.call()
        except ValidationError as err:
            self.failed(err)
            return
        self.buttons.setEnabled(False)
        self.ctx.write(fn, self.ctx.ws, self.ctx.actor, self.case_id, on_ok=self._succeeded, on_error=self.failed,
                       case_id=self.case_id, parent=self, **kwargs)

    def _succeeded(self, result: object) -> None:
        self.buttons.setEnabled(True)
        self.done_with.emit(result)
        self.accept()

    def failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError):
            lines = [self.tr("{field}: {message}").format(field=self.fields.get(p.field, (p.field,))[0],
                                                          message=p.message) for p in exc.problems]
            self.problems.setText("\n".join(lines))
            self.problems.show()
            first = self.fields.get(exc.problems[0].field) if exc.problems else None
            if first is not None:
                first[1].setFocus(Qt.FocusReason.OtherFocusReason)
                first[1].setAccessibleDescription(exc.problems[0].message)
        elif isinstance(exc, MediatorError):
            self.problems.setText(str(exc))
            self.problems.show()
        else:
            show_error(self, exc)


class PaymentDialog(CoreDialog):
    """Record a payment against one open term (for a term that is not money: that it was done)."""

    def __init__(self, ctx: AppContext, view: dict[str, Any], parent: QWidget | None = None):
        super().__init__(ctx, view, self.tr("Record payment"), parent)
        self.intro.setText(self.tr("Record money received by the payee, or that a term without an amount was "
                                   "performed. The case becomes performed when every term is."))
        self.term_combo = self.add_field("term", self.tr("&Term:"), QComboBox())
        self.term_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for term in open_terms(view):
            left = outstanding_fen(term)
            owed = format_figures(left) if left is not None else self.tr("not money")
            self.term_combo.addItem(self.tr("{seq}. {what} (outstanding {owed}, due {due})").format(
                seq=term["seq"], what=term["description"], owed=owed, due=term["due_on"]), term)
        self.amount = self.add_field("amount", self.tr("&Amount (yuan):"), AmountCell())
        self.amount.edit.setAccessibleName(self.amount.accessibleName())
        self.paid_on = self.add_field("paid_on", self.tr("&Paid on:"), PastDateEdit())
        self.method = self.add_field("method", self.tr("&Method:"), QComboBox())
        for code in METHODS:
            self.method.addItem(code_name("method", code), code)
        self.receipt = self.add_field("receipt_ref", self.tr("&Receipt or transfer reference:"), QLineEdit())
        self.note = self.add_field("note", self.tr("&Note:"), QLineEdit())
        self.term_combo.currentIndexChanged.connect(self._term_chosen)
        self._term_chosen()

    def _term_chosen(self) -> None:
        term = self.term_combo.currentData()
        left = outstanding_fen(term) if term else None
        self.amount.edit.setEnabled(left is not None)
        self.amount.edit.setText(str(to_yuan(left)) if left is not None else "")
        if term and term.get("method") in METHODS:
            self.method.setCurrentIndex(self.method.findData(term["method"]))

    def call(self) -> tuple[Callable[..., Any], dict[str, Any]]:
        term = self.term_combo.currentData()
        if term is None:
            raise ValidationError(Problem("term", self.tr("choose the term that was paid")))
        fen, problem = self.amount.fen()
        if problem is not None:
            raise ValidationError(Problem("amount", problem.message))
        return agreements.record_payment, {
            "term_seq": term["seq"], "amount_fen": fen if term.get("amount") else None,
            "paid_on": self.paid_on.value(), "method": self.method.currentData(),
            "receipt_ref": self.receipt.text().strip() or None, "note": self.note.text().strip() or None}


class NotPerformedDialog(CoreDialog):
    """Record that the agreement was not performed; the result is the list of routes now open."""

    def __init__(self, ctx: AppContext, view: dict[str, Any], today: dt.date | None = None,
                 parent: QWidget | None = None):
        super().__init__(ctx, view, self.tr("Mark agreement not performed"), parent)
        late = overdue_terms(view, today or beijing_today())
        listed = "; ".join(self.tr("term {seq} due {due}").format(seq=x["seq"], due=x["due_on"]) for x in late)
        self.intro.setText(self.tr(
            "Overdue: {terms}.\nThe case will be marked not performed. The worker may then apply for labour "
            "arbitration; for terms on wages, work-injury medical costs, economic compensation or damages, "
            "the worker may apply to the court for a payment order (支付令).").format(terms=listed or "—"))
        self.note = self.add_field("note", self.tr("&What happened:"), QPlainTextEdit())
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)

    def call(self) -> tuple[Callable[..., Any], dict[str, Any]]:
        return agreements.mark_not_performed, {"note": self.note.toPlainText().strip()}


class EnforcementDialog(CoreDialog):
    """Record the route taken: arbitral review, judicial confirmation or a payment order."""

    def __init__(self, ctx: AppContext, view: dict[str, Any], parent: QWidget | None = None):
        super().__init__(ctx, view, self.tr("Record enforcement route"), parent)
        agreement = view.get("agreement") or {}
        self.intro.setText(self.tr(
            "Arbitral review: joint application within 15 days of the agreement taking effect (until {review}).\n"
            "Judicial confirmation: application to the court within 30 days (until {confirmation}).\n"
            "Only one of these two may be taken. A payment order (支付令) may be applied for when the employer "
            "has not paid an eligible term.").format(review=agreement.get("review_due_on") or "—",
                                                     confirmation=agreement.get("confirmation_due_on") or "—"))
        self.route = self.add_field("route", self.tr("&Route:"), QComboBox())
        for code in ENFORCEMENT_ROUTES:
            self.route.addItem(code_name("route", code), code)
        self.on = self.add_field("on", self.tr("&Applied on:"), PastDateEdit())

    def call(self) -> tuple[Callable[..., Any], dict[str, Any]]:
        return agreements.record_enforcement, {"route": self.route.currentData(), "on": self.on.value()}


class FollowUpDialog(CoreDialog):
    """Record a follow-up visit (回访记录): performance status, satisfaction, new risks."""

    def __init__(self, ctx: AppContext, view: dict[str, Any], parent: QWidget | None = None):
        super().__init__(ctx, view, self.tr("Record follow-up visit"), parent)
        self.intro.setText(self.tr("Record what the visit found: how far the agreement is performed, how "
                                   "satisfied the parties are, and any new risk of dispute."))
        self.visited_on = self.add_field("visited_on", self.tr("&Visited on:"), PastDateEdit())
        self.status = self.add_field("performance_status", self.tr("&Performance:"), QComboBox())
        self.status.setEditable(True)
        self.status.addItems([self.tr("Fully performed"), self.tr("Partly performed"), self.tr("Not performed")])
        self.status.setCurrentIndex(-1)
        self.satisfaction = self.add_field("satisfaction", self.tr("&Satisfaction:"), QComboBox())
        self.satisfaction.setEditable(True)
        self.satisfaction.addItems([self.tr("Satisfied"), self.tr("Fairly satisfied"), self.tr("Not satisfied")])
        self.satisfaction.setCurrentIndex(-1)
        self.risks = self.add_field("new_risks", self.tr("&New risks:"), QLineEdit())
        self.note = self.add_field("note", self.tr("N&ote:"), QLineEdit())

    def call(self) -> tuple[Callable[..., Any], dict[str, Any]]:
        return agreements.follow_up, {
            "performance_status": self.status.currentText().strip(), "visited_on": self.visited_on.value(),
            "satisfaction": self.satisfaction.currentText().strip() or None,
            "new_risks": self.risks.text().strip() or None, "note": self.note.text().strip() or None}
