"""Dialogs about who handles a case: assigning mediators with a lead (the chair confirms any recorded
link between a mediator and a party), a party's recusal request (回避申请) and the chair's decision."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QListWidget, QListWidgetItem, QPlainTextEdit, QWidget

from mediator.errors import ValidationError
from mediator.i18n import code_name
from mediator.services import lifecycle, recusal
from mediator.services.fields import beijing_today
from mediator.services.recusal import DECISIONS
from mediator.services.staff import list_staff
from ui.case_view.dialogs import ActionDialog, data_of, date_edit, day_of, text_of
from ui.context import AppContext


def active_mediators(view: dict[str, Any]) -> list[dict[str, Any]]:
    return [m for m in view.get("mediators", []) if not m.get("ended_on")]


def reason_box(parent: QWidget) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(80)
    return box


class AssignDialog(ActionDialog):
    """Choose the mediators (and the lead) of a case from the office's mediators and chair."""

    def __init__(self, ctx: AppContext, view: dict[str, Any], parent: QWidget | None = None):
        super().__init__(ctx, view, parent)
        self.setWindowTitle(self.tr("Assign mediators to {case_no}").format(case_no=view["case_no"]))
        self.set_intro(self.tr("Tick the mediators who handle this case and choose who leads."))
        self.mediators = QListWidget(self)
        self.mediators.setMinimumHeight(110)
        self.add_field("mediators", self.tr("&Mediators"), self.mediators)
        self.lead = QComboBox(self)
        self.add_field("lead", self.tr("&Lead mediator"), self.lead)
        self.confirm = QCheckBox(self.tr("I have read the warnings and assign them anyway"), self)
        self.add_field("acknowledge_warnings", self.tr("Confirm"), self.confirm)
        self.form.setRowVisible(self.confirm.parentWidget(), False)
        self.mediators.itemChanged.connect(self._fill_lead)
        self.ok_button.setText(self.tr("Assign"))
        self.ok_button.setEnabled(False)
        ctx.read(list_staff, ctx.ws, ctx.actor, on_ok=self._staff_loaded, parent=self)

    def _staff_loaded(self, staff: list[dict[str, Any]]) -> None:
        current = {m["login"] for m in active_mediators(self.view)}
        self.mediators.blockSignals(True)
        for person in staff:
            item = QListWidgetItem(f"{person['name']} ({person['role_name']})", self.mediators)
            item.setData(Qt.ItemDataRole.UserRole, person["login"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person["login"] in current else Qt.CheckState.Unchecked)
        self.mediators.blockSignals(False)
        self._fill_lead()
        self.ok_button.setEnabled(True)

    def chosen(self) -> list[str]:
        items = (self.mediators.item(i) for i in range(self.mediators.count()))
        return [it.data(Qt.ItemDataRole.UserRole) for it in items if it.checkState() == Qt.CheckState.Checked]

    def set_chosen(self, logins: list[str]) -> None:
        for i in range(self.mediators.count()):
            item = self.mediators.item(i)
            wanted = item.data(Qt.ItemDataRole.UserRole) in logins
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def _fill_lead(self, *_args: object) -> None:
        keep = data_of(self.lead) or self.view.get("lead_mediator") or ""
        self.lead.clear()
        names = {self.mediators.item(i).data(Qt.ItemDataRole.UserRole): self.mediators.item(i).text()
                 for i in range(self.mediators.count())}
        for login in self.chosen():
            self.lead.addItem(names[login], login)
        index = self.lead.findData(keep) if keep else 0
        self.lead.setCurrentIndex(max(index, 0))

    def check(self) -> dict[str, str]:
        if self.mediators.count() and not self.chosen():
            return {"mediators": self.tr("Tick at least one mediator.")}
        return {}

    def handle_problems(self, err: ValidationError) -> None:
        if any(p.field == "acknowledge_warnings" for p in err.problems):
            self.form.setRowVisible(self.confirm.parentWidget(), True)
            self._core_messages["acknowledge_warnings"] = self.tr(
                "A mediator has a recorded link to a party (listed above). Tick to assign anyway; "
                "the warning is kept on file.")
            self.refresh()

    def call(self) -> tuple[Callable[..., Any], dict[str, Any]]:
        return lifecycle.assign, {"logins": self.chosen(), "lead": data_of(self.lead) or None,
                                  "acknowledge_warnings": self.confirm.isChecked()}


class RecusalRequestDialog(ActionDialog):
    """Record a party's request that a mediator step aside (回避)."""

    def __init__(self, ctx: AppContext, view: dict[str, Any], parent: QWidget | None = None):
        super().__init__(ctx, view, parent)
        self.setWindowTitle(self.tr("Recusal request in {case_no}").format(case_no=view["case_no"]))
        self.mediator = QComboBox(self)
        for m in active_mediators(view):
            self.mediator.addItem(m["name"], m["login"])
        self.add_field("mediator", self.tr("&Mediator"), self.mediator)
        self.requested_by = QComboBox(self)
        self.requested_by.setEditable(True)
        self.requested_by.addItems([p["name"] for p in view.get("parties", [])])
        self.add_field("requested_by", self.tr("Requested &by"), self.requested_by)
        self.reason = reason_box(self)
        self.add_field("reason", self.tr("&Reason"), self.reason)
        self.date = date_edit(latest=beijing_today())
        self.add_field("requested_on", self.tr("Requested &on"), self.date)
        self.requested_by.editTextChanged.connect(lambda _t: self._changed("requested_by"))
        self.ok_button.setText(self.tr("Record request"))

    def check(self) -> dict[str, str]:
        problems = {}
        if not data_of(self.mediator):
            problems["mediator"] = self.tr("No mediator is assigned to this case.")
        if not self.requested_by.currentText().strip():
            problems["requested_by"] = self.tr("Say who asks.")
        if not text_of(self.reason):
            problems["reason"] = self.tr("Please give the reason.")
        return problems

    def call(self) -> tuple[Callable[..., Any], dict[str, Any]]:
        return recusal.request_recusal, {"mediator": data_of(self.mediator),
                                         "requested_by": self.requested_by.currentText().strip(),
                                         "reason": text_of(self.reason), "on": day_of(self.date)}


class RecusalDecisionDialog(ActionDialog):
    """The chair grants (ending the mediator's assignment) or refuses a recusal request."""

    def __init__(self, ctx: AppContext, view: dict[str, Any], request: dict[str, Any], parent: QWidget | None = None):
        super().__init__(ctx, view, parent)
        self.request = request
        self.setWindowTitle(self.tr("Decide recusal request in {case_no}").format(case_no=view["case_no"]))
        self.set_intro(self.tr("{who} asks that {mediator} step aside: {reason}").format(
            who=request["requested_by"], mediator=request["mediator"], reason=request["reason"]))
        self.decision = QComboBox(self)
        for code in DECISIONS:
            self.decision.addItem(code_name("decision", code), code)
        self.add_field("decision", self.tr("&Decision"), self.decision)
        self.reason = reason_box(self)
        self.add_field("reason", self.tr("&Reasons"), self.reason)
        self.ok_button.setText(self.tr("Decide"))

    def target(self) -> object:
        return uuid.UUID(self.request["id"])

    def check(self) -> dict[str, str]:
        return {} if text_of(self.reason) else {"reason": self.tr("Please give the reasons for the decision.")}

    def call(self) -> tuple[Callable[..., Any], dict[str, Any]]:
        return recusal.decide_recusal, {"decision": data_of(self.decision), "reason": text_of(self.reason)}
