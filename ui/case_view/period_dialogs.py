"""Dialogs about the mediation period: extending it (延期, only with both parties' recorded consent)
and terminating mediation without agreement (终止调解, with a reason code and the reasons)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget

from mediator.domain.states import TERMINATION_REASONS
from mediator.i18n import code_name
from mediator.services import lifecycle
from mediator.services.fields import beijing_today
from ui.case_view.dialogs import ActionDialog, data_of, date_edit, day_of, text_of
from ui.context import AppContext
from ui.mnemonic import without_mnemonic


class _Consent(QWidget):
    """A party's consent: the box saying it was given and how/when it was given (kept on file)."""

    def __init__(self, box_text: str, how_label: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.given = QCheckBox(box_text, self)
        self.given.setAccessibleName(without_mnemonic(box_text))
        self.how = QLineEdit(self)
        self.how.setPlaceholderText(how_label)
        self.how.setAccessibleName(how_label)
        layout.addWidget(self.given)
        layout.addWidget(self.how)
        self.toggled = self.given.toggled
        self.textChanged = self.how.textChanged

    def record(self, default: str) -> str:
        """What goes on file: the note of how consent was given, or ``default``."""
        return self.how.text().strip() or default


class ExtendDialog(ActionDialog):
    """Extend the mediation period; both the applicant's and the respondent's consent are required."""

    def __init__(self, ctx: AppContext, view: dict[str, Any], parent: QWidget | None = None):
        super().__init__(ctx, view, parent)
        self.setWindowTitle(self.tr("Extend the mediation period of {case_no}").format(case_no=view["case_no"]))
        due = next((c["due"] for c in view.get("clocks", []) if c["clock"] == "mediation"), None)
        intro = self.tr("An extension needs the consent of both parties, recorded on file.")
        if due:
            intro += " " + self.tr("The period now ends on {due}.").format(due=due)
        self.set_intro(intro)
        self.days = QSpinBox(self)
        self.days.setRange(1, 60)
        self.days.setValue(15)
        self.days.setSuffix(self.tr(" days"))
        self.add_field("days", self.tr("Extend &by"), self.days)
        how = self.tr("How and when it was given (optional)")
        self.applicant = _Consent(self.tr("The &applicant consents"), how, self)
        self.add_field("applicant_consent", self.tr("Applicant"), self.applicant)
        self.respondent = _Consent(self.tr("The &respondent consents"), how, self)
        self.add_field("respondent_consent", self.tr("Respondent"), self.respondent)
        self.reason = QLineEdit(self)
        self.add_field("reason", self.tr("Rea&son"), self.reason)
        self.ok_button.setText(self.tr("Extend"))

    def check(self) -> dict[str, str]:
        problems = {}
        if not self.applicant.given.isChecked():
            problems["applicant_consent"] = self.tr("The law requires the applicant's consent.")
        if not self.respondent.given.isChecked():
            problems["respondent_consent"] = self.tr("The law requires the respondent's consent.")
        return problems

    def call(self) -> tuple[Callable[..., Any], dict[str, Any]]:
        default = self.tr("consent given; recorded on {day} by {name}").format(day=beijing_today(), name=self.ctx.actor.name)
        return lifecycle.extend, {"days": self.days.value(), "applicant_consent": self.applicant.record(default),
                                  "respondent_consent": self.respondent.record(default),
                                  "reason": text_of(self.reason) or None}


class TerminateDialog(ActionDialog):
    """End mediation without agreement; the parties may then apply for arbitration."""

    def __init__(self, ctx: AppContext, view: dict[str, Any], parent: QWidget | None = None):
        super().__init__(ctx, view, parent)
        self.setWindowTitle(self.tr("Terminate mediation of {case_no}").format(case_no=view["case_no"]))
        self.set_intro(self.tr("The termination notice tells the parties they may apply for arbitration."))
        self.reason_code = QComboBox(self)
        self.reason_code.addItem(self.tr("— choose —"), "")  # never None: see dialogs.data_of
        for code in TERMINATION_REASONS:
            self.reason_code.addItem(code_name("termination", code), code)
        self.add_field("reason_code", self.tr("Reason &type"), self.reason_code)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(90)
        self.add_field("reason", self.tr("&Reasons"), self.reason)
        self.date = date_edit(latest=beijing_today())
        self.add_field("ended_on", self.tr("&Terminated on"), self.date)
        self.ok_button.setText(self.tr("Terminate"))

    def check(self) -> dict[str, str]:
        problems = {}
        if not data_of(self.reason_code):
            problems["reason_code"] = self.tr("Choose why mediation ends.")
        if not text_of(self.reason):
            problems["reason"] = self.tr("Please write down the reasons; the notice states them.")
        return problems

    def call(self) -> tuple[Callable[..., Any], dict[str, Any]]:
        return lifecycle.terminate, {"reason_code": data_of(self.reason_code), "reason": text_of(self.reason),
                                     "on": day_of(self.date)}
