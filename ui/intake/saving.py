"""Registering the application and showing why it could not be: ``register_application`` is the
one background write (read the form's dict, register the case, drop its draft), and
``ProblemPanel`` lists the problems the core found. Hard errors are listed for fixing; identity
and duplicate warnings are listed with a "Save anyway" button, the explicit confirmation the
core records (``acknowledge_warnings`` naming each warned field, ``duplicate`` included)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mediator.errors import Problem, ValidationError
from mediator.i18n import field_label
from mediator.services import drafts
from mediator.services.cases import register_case
from mediator.services.context import Actor, Workspace
from mediator.services.intake import parse_case

ACK_FIELD = "acknowledge_warnings"
FIELD_ROLE = Qt.ItemDataRole.UserRole


def register_application(ws: Workspace, actor: Actor, data: dict[str, Any], draft_id: str | None = None) -> tuple[str, str]:
    """Read and register the application (one transaction), then delete its draft; returns
    ``(case id, case number)``. Runs on a worker thread: no Qt here."""
    case = register_case(ws, actor, parse_case(data))
    result = (str(case.id), case.case_no)
    if draft_id:
        drafts.delete_draft(ws, actor, draft_id)
    return result


def split_problems(err: ValidationError) -> tuple[list[Problem], bool]:
    """The problems to show and whether they are warnings awaiting confirmation (the core adds
    an ``acknowledge_warnings`` hint to a list of warnings only)."""
    warnings = any(p.field == ACK_FIELD for p in err.problems)
    return [p for p in err.problems if p.field != ACK_FIELD], warnings


class ProblemPanel(QWidget):
    """The list of problems under the form; activating one (Enter, double click) asks the form
    to focus its field. Hidden while there is nothing to say."""

    problem_activated = Signal(str)
    save_anyway = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Problems found"))
        self.confirm_button = QPushButton(self.tr("Save &anyway"))
        self.confirm_button.setAccessibleName(self.tr("Save anyway"))
        self.confirm_button.setToolTip(self.tr("Confirm that you have checked the warnings above and register the case"))
        row = QHBoxLayout()
        row.addWidget(self.heading, 1)
        row.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.list)
        self.problems: list[Problem] = []
        self.warnings = False
        self.list.itemActivated.connect(lambda item: self.problem_activated.emit(item.data(FIELD_ROLE)))
        self.list.itemClicked.connect(lambda item: self.problem_activated.emit(item.data(FIELD_ROLE)))
        self.confirm_button.clicked.connect(self.save_anyway)
        self.clear()

    def show_problems(self, problems: list[Problem], warnings: bool, labels: dict[str, str] | None = None) -> None:
        """List ``problems``; ``labels`` names each field path as the form shows it."""
        self.problems, self.warnings = problems, warnings
        self.list.clear()
        for p in problems:
            item = QListWidgetItem(f"{(labels or {}).get(p.field) or field_label(p.field)}: {p.message}")
            item.setData(FIELD_ROLE, p.field)
            self.list.addItem(item)
        if warnings:
            self.heading.setText(self.tr("Please check these warnings. If they are right as entered, "
                                         "confirm with “Save anyway”; the confirmation is recorded with the case."))
            self.heading.setStyleSheet("color: #8a5300; font-weight: bold;")
        else:
            self.heading.setText(self.tr("The application was not saved. Please correct:"))
            self.heading.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.heading.setAccessibleName(self.heading.text())
        self.list.setFixedHeight(min(self.list.sizeHintForRow(0) * len(problems) + 8, 140) if problems else 0)
        self.confirm_button.setVisible(warnings)
        self.setVisible(bool(problems))

    def withdraw_confirmation(self) -> None:
        """The form changed after the warnings were shown: they must be checked again on save."""
        if self.warnings:
            self.confirm_button.hide()
            self.heading.setText(self.tr("The form changed since these warnings; save again to re-check."))

    def clear(self) -> None:
        self.problems, self.warnings = [], False
        self.list.clear()
        self.confirm_button.hide()
        self.hide()

    def lines(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]
