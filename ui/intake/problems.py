"""Saving the intake form and taking the core's answer back to the fields: ``ProblemsMixin``
(mixed into ``IntakeForm``) starts the registration, and on a ``ValidationError`` lists every
problem, marks the widget or table cell each field path names ("applicants[2].id_number" is the
ID cell of the third worker) and focuses the first. Warnings wait for "Save anyway"; the
confirmation is sent as ``acknowledge_warnings`` naming the warned fields, which the core
records with the case."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mediator.errors import ValidationError
from mediator.i18n import field_label
from ui.errors import show_error
from ui.intake.parties import COLUMN
from ui.intake.saving import register_application, split_problems
from ui.intake.validation import ERROR, WARNING, Note


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under the empty context


_INDEXED = re.compile(r"(applicants|claims|agents)\[(\d+)\](?:\.(\w+))?$")


class ProblemsMixin:
    """Needs the IntakeForm's widgets; kept apart so each module stays small."""

    def save(self) -> None:
        """Register the application (Ctrl+S); nothing is written unless all of it is valid."""
        if self._saving or self._registered or not self.isEnabled():
            return
        self.problems.clear()
        self._clear_marks()
        data = self.case_data()
        if self._acks:
            data["acknowledge_warnings"] = sorted(self._acks)
        self._saving = True
        self.keeper.suspend()
        self.save_button.setEnabled(False)
        self.status.setText(tr("Registering…"))
        self.ctx.write(register_application, self.ctx.ws, self.ctx.actor, data, self.keeper.draft_id,
                       on_ok=self._save_succeeded, on_error=self._save_failed, name="register", parent=self)

    def save_anyway(self) -> None:
        """The user confirmed the warnings shown: acknowledge exactly those and save again."""
        self._acks |= {p.field for p in self.problems.problems}
        self.save()

    def _save_succeeded(self, result: tuple[str, str]) -> None:
        case_id, case_no = result
        self._saving = False
        self._registered = True
        self.keeper.draft_id = None  # deleted with the registration
        self.scroll.setEnabled(False)
        self.status.setText(tr("Registered as {case_no}").format(case_no=case_no))
        self.saved.emit(case_id, case_no)

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.status.setText("")
        self.keeper.resume()
        if not isinstance(exc, ValidationError):
            show_error(self, exc)
            return
        problems, warnings = split_problems(exc)
        self.problems.show_problems(problems, warnings, {p.field: self._label(p.field) for p in problems})
        focus = None
        for problem in problems:
            action = self._route(problem.field, problem.message, WARNING if warnings else ERROR)
            focus = focus or action
        if focus is not None and not warnings:
            focus()
        elif warnings:
            self.problems.confirm_button.setFocus()

    def focus_problem(self, field: str) -> None:
        action = self._route(field)
        if action is not None:
            action()

    # field paths -------------------------------------------------------------------------
    def _label(self, path: str) -> str:
        """The field a problem names, in the words of the form (its widget's accessible name)."""
        indexed = _INDEXED.match(path)
        if indexed and indexed[1] == "applicants" and self.several.isChecked():
            column = COLUMN.get({"sex": "id_number", "birth_date": "id_number", "landline": "phone"}.get(
                indexed[3] or "", indexed[3] or ""))
            header = self.workers.grid.horizontalHeaderItem(column).text() if column is not None else ""
            return tr("Worker {n}").format(n=int(indexed[2]) + 1) + (f", {header}" if header else "")
        if indexed and indexed[1] == "claims":
            return self.claims.widget_for(int(indexed[2]), indexed[3] or "").accessibleName()
        if indexed and indexed[1] == "applicants":
            return tr("Applicant") + ", " + self.applicant.widget_for(indexed[3] or "").accessibleName()
        head, _, field = path.partition(".")
        if head == "respondent":
            return self.respondent.widget_for(field or "name").accessibleName()
        names = {"duplicate": tr("Possible duplicate"), "applicants": tr("Applicants"), "claims": tr("Claims"),
                 "application_kind": tr("Application kind"), "applied_at": self.applied_at.accessibleName(),
                 "received_on": self.applied_at.accessibleName(), "facts": self.facts.accessibleName(),
                 "infringement_known_on": self.known_on.accessibleName(),
                 "employment_ended_on": self.ended_on.accessibleName(), "employment_ongoing": self.ongoing.accessibleName(),
                 "collective": tr("Collective dispute")}
        return names.get(head) or field_label(path)

    def _route(self, path: str, message: str | None = None, level: str = ERROR) -> Callable[[], None] | None:
        indexed = _INDEXED.match(path)
        if indexed:
            group, index, field = indexed[1], int(indexed[2]), indexed[3] or ""
            if group == "applicants" and self.several.isChecked():
                item = self.workers.show_problem(index, field, message, level) if message else None
                return lambda: self.workers.focus_item(item or self.workers.show_problem(index, field, ""))
            if group == "applicants":
                if message:
                    self.applicant.show_problem(field, message, level)
                return self._focuser(self.applicant.widget_for(field))
            if group == "claims":
                widget = (self.claims.show_problem(index, field, message) if message
                          else self.claims.widget_for(index, field))
                return self._focuser(widget)
            return None
        head, _, field = path.partition(".")
        if head == "respondent":
            if message:
                self.respondent.show_problem(field or "name", message, level)
            return self._focuser(self.respondent.widget_for(field or "name"))
        if head == "applicants":
            widget = self.workers.grid if self.several.isChecked() else self.applicant.widget_for("name")
            if message and self.several.isChecked():
                self.workers.summary.setText(message)
            elif message:
                self.applicant.show_problem("name", message, level)
            return self._focuser(widget)
        if head == "claims":
            return self._focuser(self.claims.widget_for(0, "cause"))
        if head == "duplicate":
            return self._focuser(self.respondent.widget_for("name"))
        widgets = {"application_kind": (self.written, None), "applied_at": (self.applied_at, self.applied_note),
                   "received_on": (self.applied_at, self.applied_note), "facts": (self.facts, self.facts_note),
                   "infringement_known_on": (self.known_on, self.known_note),
                   "employment_ended_on": (self.ended_on, self.ended_note),
                   "employment_ongoing": (self.ongoing, None), "collective": (self.several, None)}
        widget, note = widgets.get(head, (None, None))
        if widget is None:
            return None
        if message and note is not None:
            note.show_note(Note(level, message))
            widget.setAccessibleDescription(message)
        return self._focuser(widget)

    def _focuser(self, widget: QWidget) -> Callable[[], None]:
        def focus() -> None:
            self.scroll.ensureWidgetVisible(widget)
            widget.setFocus()

        return focus

    def _clear_marks(self) -> None:
        """Forget the marks of the last save attempt; the inline checks speak again."""
        self.applicant.clear_marks()
        self.respondent.clear_marks()
        self.facts_note.show_note(Note())
        for refresh in self._date_checks:
            refresh()
        self.claims.clear_marks()
        self.workers.recheck()
