"""The simple case decisions, each a form on ``ActionDialog``: accept (受理), reject (不予受理) with
reasons, withdraw (撤回), close the file (结案) and reopen (chair only, with a reason)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from mediator.services import lifecycle
from mediator.services.fields import beijing_today
from ui.case_view.dialogs import ActionDialog, date_edit, day_of, text_of
from ui.context import AppContext


class _ReasonDialog(ActionDialog):
    """A dialog asking for a required text and, optionally, the day the action took effect;
    subclasses call ``build`` with their (translated) wording."""

    reason_key = "reason"
    date_key: str | None = None

    def build(self, *, title: str, reason_label: str, ok_text: str, intro: str = "", date_label: str = "") -> None:
        self.setWindowTitle(title.format(case_no=self.view["case_no"]))
        self.set_intro(intro)
        self.date = date_edit(latest=beijing_today())
        if self.date_key:
            self.add_field(self.date_key, date_label, self.date)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(90)
        self.add_field(self.reason_key, reason_label, self.reason)
        self.ok_button.setText(ok_text)
        self.reason.setFocus()

    def check(self) -> dict[str, str]:
        return {} if text_of(self.reason) else {self.reason_key: self.tr("Please write this down; the record needs it.")}


class AcceptDialog(ActionDialog):
    """Accept (受理) a registered application: the day of the decision and an optional note."""

    def __init__(self, ctx: AppContext, view: dict[str, Any], parent: QWidget | None = None):
        super().__init__(ctx, view, parent)
        self.setWindowTitle(self.tr("Accept case {case_no}").format(case_no=view["case_no"]))
        self.set_intro(self.tr("Accepting starts the mediation period. The decision is due within 3 working days "
                               "of receiving the application (received {day}).").format(day=view["received_on"]))
        self.date = self.add_field("accepted_on", self.tr("&Accepted on"), date_edit(latest=beijing_today()))
        self.note = self.add_field("note", self.tr("&Note"), QLineEdit(self))
        self.ok_button.setText(self.tr("Accept"))

    def check(self) -> dict[str, str]:
        received = self.view.get("received_on")
        if received and day_of(self.date) < dt.date.fromisoformat(received):
            return {"accepted_on": self.tr("Cannot be before the application was received ({day}).").format(day=received)}
        return {}

    def call(self) -> tuple[Callable[..., Any], dict[str, Any]]:
        return lifecycle.accept, {"on": day_of(self.date), "note": text_of(self.note) or None}


class RejectDialog(_ReasonDialog):
    """Refuse (不予受理) an application in writing with reasons."""

    date_key = "decided_on"

    def __init__(self, ctx: AppContext, view: dict[str, Any], parent: QWidget | None = None):
        super().__init__(ctx, view, parent)
        self.build(title=self.tr("Reject case {case_no}"), reason_label=self.tr("&Reasons"),
                   ok_text=self.tr("Reject"), date_label=self.tr("&Decided on"),
                   intro=self.tr("A refusal is given in writing with its reasons; the notice tells the applicant "
                                 "of other routes (arbitration, labour inspection)."))

    def call(self) -> tuple[Callable[..., Any], dict[str, Any]]:
        return lifecycle.reject, {"reason": text_of(self.reason), "on": day_of(self.date)}


class WithdrawDialog(_ReasonDialog):
    """The applicant withdraws (撤回) the application."""

    date_key = "ended_on"

    def __init__(self, ctx: AppContext, view: dict[str, Any], parent: QWidget | None = None):
        super().__init__(ctx, view, parent)
        self.build(title=self.tr("Withdraw case {case_no}"),
                   reason_label=self.tr("&Why it is withdrawn"), ok_text=self.tr("Withdraw"),
                   date_label=self.tr("&Withdrawn on"))

    def call(self) -> tuple[Callable[..., Any], dict[str, Any]]:
        return lifecycle.withdraw, {"reason": text_of(self.reason), "on": day_of(self.date)}


class CloseDialog(_ReasonDialog):
    """Close the file (结案) of a case whose outcome is final."""

    reason_key = "note"
    date_key = "closed_on"

    def __init__(self, ctx: AppContext, view: dict[str, Any], parent: QWidget | None = None):
        super().__init__(ctx, view, parent)
        self.build(title=self.tr("Close the file of case {case_no}"),
                   reason_label=self.tr("Closing &note"), ok_text=self.tr("Close file"),
                   date_label=self.tr("&Closed on"))

    def call(self) -> tuple[Callable[..., Any], dict[str, Any]]:
        return lifecycle.close, {"note": text_of(self.reason), "on": day_of(self.date)}


class ReopenDialog(_ReasonDialog):
    """Reopen a finished or closed case (chair only); the reason stays in the audit trail."""

    def __init__(self, ctx: AppContext, view: dict[str, Any], parent: QWidget | None = None):
        super().__init__(ctx, view, parent)
        self.build(title=self.tr("Reopen case {case_no}"),
                   reason_label=self.tr("&Why it is reopened"), ok_text=self.tr("Reopen"),
                   intro=self.tr("The case returns to where it stood before it ended. "
                                 "The reason is kept in the case history."))

    def call(self) -> tuple[Callable[..., Any], dict[str, Any]]:
        return lifecycle.reopen, {"reason": text_of(self.reason)}
