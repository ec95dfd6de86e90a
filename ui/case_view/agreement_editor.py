"""The form that records a signed settlement agreement (调解协议书): the dispute and each side's
position, rights given up, copies, signature dates and the terms, with a live completeness check
(the core's ``agreement_problems``), saving through ``agreements.settle``, and printing the form's
data as a draft for the parties to sign."""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mediator.domain.agreement_rules import agreement_problems, required_copies
from mediator.errors import MediatorError, Problem, ValidationError
from mediator.services import agreements
from ui.case_view.agreement_fields import describe_field
from ui.case_view.money_date_edits import PastDateEdit
from ui.case_view.terms_editor import TermsEditor
from ui.context import AppContext
from ui.documents import output
from ui.errors import show_error
from ui.permissions import gate, why_not

TEXT_FIELDS = ("dispute_summary", "applicant_claims", "respondent_position")
SIGNERS = ("applicant", "respondent", "mediator", "seal")
PARTY_PROBLEM = re.compile(r"(applicants\[\d+\]|respondent)\.")


class AgreementEditor(QWidget):
    """Entering the agreement of one case; ``saved`` fires after the core recorded it."""

    saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.view: dict[str, Any] = {}
        self.case_id = ""
        self.problems: list[Problem] = []
        self._touched: set[str] = set()
        self._save_tried = False
        self.inputs: dict[str, QWidget] = {}
        self.messages: dict[str, QLabel] = {}
        form = QFormLayout()
        for key in TEXT_FIELDS:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64)
            self._add_row(form, key, edit)
            edit.textChanged.connect(lambda k=key: self._edited(k))
        self.waived_edit = QLineEdit()
        self.waived_edit.setPlaceholderText(self.tr("State them expressly; write 无 if no right is given up"))
        self._add_row(form, "waived_rights", self.waived_edit)
        self.waived_edit.textChanged.connect(lambda _t: self._edited("waived_rights"))
        self.copies_spin = QSpinBox()
        self.copies_spin.setRange(0, 99)
        self._add_row(form, "copies", self.copies_spin)
        self.copies_spin.valueChanged.connect(lambda _v: self._edited("copies"))
        self.summary_edit, self.claims_edit, self.position_edit = (self.inputs[k] for k in TEXT_FIELDS)

        signatures = QGroupBox(self.tr("Signatures and seal"))
        grid = QGridLayout(signatures)
        self.sign_dates: dict[str, Any] = {}
        for i, who in enumerate(SIGNERS):
            edit = PastDateEdit()
            self.sign_dates[who] = edit
            self.inputs[f"signed.{who}"] = edit
            label = QLabel(describe_field(f"signed.{who}"))
            label.setBuddy(edit)
            edit.setAccessibleName(describe_field(f"signed.{who}"))
            grid.addWidget(label, i // 2, (i % 2) * 2)
            grid.addWidget(edit, i // 2, (i % 2) * 2 + 1)
            edit.dateChanged.connect(lambda _d: self._refresh())
        self.effective_label = QLabel()
        self.effective_label.setWordWrap(True)
        grid.addWidget(self.effective_label, 2, 0, 1, 4)

        terms_box = QGroupBox(self.tr("Agreed terms (numbered in this order)"))
        self.terms = TermsEditor()
        self.terms.changed.connect(lambda: self._refresh())
        QVBoxLayout(terms_box).addWidget(self.terms)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(form)
        body_layout.addWidget(signatures)
        body_layout.addWidget(terms_box)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.problem_list = QTextBrowser()  # one link per problem: following it puts the cursor there
        self.problem_list.setAccessibleName(self.tr("What the agreement still lacks"))
        self.problem_list.setOpenLinks(False)
        self.problem_list.anchorClicked.connect(self._go_to_problem)
        self.problem_paths: list[str] = []
        self.problem_lines: list[str] = []
        self.save_button = QPushButton(self.tr("&Save agreement"))
        self.save_button.setAccessibleName(self.tr("Save the agreement"))
        self.save_button.setToolTip(self.tr("Record the signed agreement (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(self.tr("&Print for signing…"))
        self.print_button.setObjectName("print_for_signing")
        gate(self.print_button, why_not(ctx.actor, "print"),
             self.tr("Print the agreement as entered here, for the parties to sign"))
        self.print_button.clicked.connect(self.print_for_signing)
        side = QWidget()
        side.setMinimumWidth(250)
        side_layout = QVBoxLayout(side)
        heading = QLabel(self.tr("<b>Completeness check</b>"))
        heading.setBuddy(self.problem_list)
        side_layout.addWidget(heading)
        side_layout.addWidget(self.status_label)
        side_layout.addWidget(self.problem_list, 1)
        side_layout.addWidget(self.print_button)
        side_layout.addWidget(self.save_button)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        self.save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _add_row(self, form: QFormLayout, key: str, edit: QWidget) -> None:
        label = QLabel(describe_field(key) + ":")
        label.setBuddy(edit)
        edit.setAccessibleName(describe_field(key))
        message = QLabel()
        message.setStyleSheet("color: #b00020;")
        message.setWordWrap(True)
        message.hide()
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(edit)
        column.addWidget(message)
        form.addRow(label, column)
        self.inputs[key], self.messages[key] = edit, message

    # -- loading --------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        """In a window whose own Save action has Ctrl+S (the main window saves the current tab), leave
        the key to it: two shortcuts on one key are ambiguous and Qt would run neither."""
        key = self.save_shortcut.key()
        self.save_shortcut.setEnabled(not any(key in a.shortcuts() for a in self.window().actions()))
        super().showEvent(event)

    def load(self, view: dict[str, Any]) -> None:
        """Show the case's parties and claims; keeps what was typed when the same case reloads."""
        same_case = view.get("id") == self.case_id
        self.view, self.case_id = view, view.get("id", "")
        parties = [(p["ref"], p["name"], self._role(p)) for p in view.get("parties", []) if p["role"] != "agent"]
        causes = list(dict.fromkeys((c["cause"], c.get("cause_name") or "") for c in view.get("claims", [])))
        self.terms.set_choices(parties, causes)
        if not same_case:
            self._reset()
        self._refresh()

    def _role(self, party: dict[str, Any]) -> str:
        return self.tr("Respondent") if party["role"] == "respondent" else self.tr("Applicant")

    def _reset(self) -> None:
        for key in TEXT_FIELDS:
            self.inputs[key].setPlainText("")
        self.waived_edit.clear()
        self.copies_spin.setValue(required_copies(len(self._workers()) + 1))
        for edit in self.sign_dates.values():
            edit.reset_to_today()
        self.terms.clear()
        self.terms.add_term()
        self._touched.clear()
        self._save_tried = False

    def _workers(self) -> list[dict[str, Any]]:
        return [p for p in self.view.get("parties", []) if p["role"] == "applicant"]

    # -- the completeness check -----------------------------------------------------------------
    def data(self) -> dict[str, Any]:
        """What the form holds, in the shape ``agreements.settle`` reads."""
        return {
            "dispute_summary": self.summary_edit.toPlainText().strip(),
            "applicant_claims": self.claims_edit.toPlainText().strip(),
            "respondent_position": self.position_edit.toPlainText().strip(),
            "waived_rights": self.waived_edit.text().strip(),
            "copies": self.copies_spin.value(),
            "signed": {who: edit.date().toPython().isoformat() for who, edit in self.sign_dates.items()},
            "terms": self.terms.values(),
        }

    def check(self) -> list[Problem]:
        """Everything the agreement still lacks, by the core's rule, plus amounts that do not read."""
        terms, problems = self.terms.checked_terms()
        respondent = next((p for p in self.view.get("parties", []) if p["role"] == "respondent"), {})
        return agreement_problems(case_no=self.view.get("case_no", ""), workers=self._workers(), employer=respondent,
                                  agreement=self.data(), terms=terms) + problems

    def _edited(self, key: str) -> None:
        self._touched.add(key)
        self._refresh()

    def _refresh(self) -> None:
        self.problems = self.check()
        self._show_problems(self.problems)
        last = max(edit.date().toPython() for edit in self.sign_dates.values())
        self.effective_label.setText(self.tr(
            "The agreement takes effect on {date}, the day of the last signature or seal. From then, both "
            "parties may jointly apply for arbitral review within 15 days, or for judicial confirmation at a "
            "court within 30 days.").format(date=last.isoformat()))

    def _show_problems(self, problems: list[Problem], *, refused: bool = False) -> None:
        self.problem_paths = [p.field for p in problems]
        self.problem_lines, items = [], []
        for i, problem in enumerate(problems):
            field = describe_field(problem.field, self.view)
            text = self.tr("{field}: {message}").format(field=field, message=problem.message)
            if PARTY_PROBLEM.match(problem.field):
                text += " " + self.tr("(correct it on the Parties tab)")
            self.problem_lines.append(text)
            linked = html.escape(text).replace(html.escape(field), f'<a href="#{i}">{html.escape(field)}</a>', 1)
            items.append(f"<li style='margin-bottom: 4px'>{linked}</li>")
        self.problem_list.setHtml("<ul style='margin-left: -20px'>" + "".join(items) + "</ul>")
        if refused:
            self.status_label.setText(self.tr("Not saved. The agreement lacks {n} item(s):").format(n=len(problems)))
        elif problems:
            self.status_label.setText(self.tr("{n} item(s) still missing before the agreement can be recorded:")
                                      .format(n=len(problems)))
        else:
            self.status_label.setText(self.tr("Complete: the agreement has everything the law requires."))
        self.status_label.setStyleSheet("color: #b00020;" if refused else "")
        by_field = {p.field: p.message for p in problems}
        for key, label in self.messages.items():
            message = by_field.get(key) if (key in self._touched or self._save_tried) else None
            label.setText(message or "")
            label.setVisible(bool(message))
            self.inputs[key].setAccessibleDescription(message or "")

    def _go_to_problem(self, url: QUrl) -> None:
        index = int(url.fragment() or -1)
        if 0 <= index < len(self.problem_paths):
            self.focus_field(self.problem_paths[index])

    def focus_field(self, path: str) -> None:
        """Put the cursor in the field a problem names (a party's field opens the Parties tab)."""
        if PARTY_PROBLEM.match(path):
            self.ctx.open_case.emit(self.case_id, "parties")
            return
        widget = self.inputs.get(path) or self.terms.widget_for(path)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- saving ---------------------------------------------------------------------------------
    def save(self) -> None:
        """Ask the core to record the agreement; on refusal the form stays with the problems listed."""
        if not self.save_button.isEnabled():
            return
        self._save_tried = True
        self.save_button.setEnabled(False)
        self.ctx.write(agreements.settle, self.ctx.ws, self.ctx.actor, self.case_id, self.data(),
                       on_ok=self._saved, on_error=self._failed, case_id=self.case_id, parent=self)

    def print_for_signing(self) -> None:
        """Print the form's data as a draft agreement; what it lacks is listed like a refused save."""
        if self.print_button.isEnabled() and output.print_to_paper(
                self.ctx, self, self.case_id, "agreement", draft=self.data(),
                on_ok=lambda _p: self.print_button.setEnabled(True), on_error=self._print_failed):
            self.print_button.setEnabled(False)

    def _print_failed(self, exc: BaseException) -> None:
        self.print_button.setEnabled(True)
        self._failed(exc, self.tr("Not printed. The agreement lacks {n} item(s):"))

    def _saved(self, _agreement: object) -> None:
        self.save_button.setEnabled(True)
        self.saved.emit()

    def _failed(self, exc: BaseException, refusal: str = "") -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self._show_problems(exc.problems, refused=True)
            if refusal:
                self.status_label.setText(refusal.format(n=len(exc.problems)))
            if exc.problems:
                self.focus_field(exc.problems[0].field)
        elif isinstance(exc, MediatorError):
            self.status_label.setText(str(exc))
            self.status_label.setStyleSheet("color: #b00020;")
        else:
            show_error(self, exc)
