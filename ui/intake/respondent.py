"""The respondent employer on the intake form: name (completed from the employers of earlier
cases, looked up in the background as the user types; picking one fills in its credit code,
address, legal representative and phone), credit code (a failing check character is only a
warning: some early codes were issued that way), address, legal representative and title, phone
(mobile or landline)."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QFormLayout, QLineEdit, QWidget

from mediator.services import lookups
from ui.context import AppContext
from ui.intake.applicant import MarkedFields, add_row
from ui.intake.validation import ERROR, FieldNote, Note, credit_code_note, phone_note, watch

LOOKUP_DELAY_MS = 250


class RespondentPanel(MarkedFields, QWidget):
    """``data()`` gives the respondent dict ``parse_case`` reads."""

    changed = Signal()
    employer_picked = Signal(dict)
    FIELDS = ("name", "credit_code", "address", "legal_rep", "legal_rep_title", "phone")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.edits = {name: QLineEdit() for name in self.FIELDS}
        self.notes = {name: FieldNote() for name in self.FIELDS}
        labels = {
            "name": self.tr("Em&ployer"), "credit_code": self.tr("Credit &code"), "address": self.tr("Employer a&ddress"),
            "legal_rep": self.tr("Le&gal representative"), "legal_rep_title": self.tr("Their &title"),
            "phone": self.tr("Employer p&hone"),
        }
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for name in self.FIELDS:
            add_row(form, labels[name], self.edits[name], self.notes[name])
            self.edits[name].textChanged.connect(self.changed)
        self.edits["name"].setPlaceholderText(self.tr("Type to choose from employers of earlier cases"))
        self.edits["credit_code"].setPlaceholderText(self.tr("Unified social credit code, 18 characters"))
        self.edits["legal_rep_title"].setPlaceholderText(self.tr("e.g. Director"))
        self._refresh = {"credit_code": watch(self.edits["credit_code"], self.notes["credit_code"], credit_code_note),
                         "phone": watch(self.edits["phone"], self.notes["phone"], phone_note)}

        self.found: dict[str, dict] = {}
        self.completer_model = QStringListModel(self)
        self.completer = QCompleter(self.completer_model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setMaxVisibleItems(12)
        self.edits["name"].setCompleter(self.completer)
        self.completer.activated[str].connect(self.pick)
        self._timer = QTimer(self, singleShot=True, interval=LOOKUP_DELAY_MS)
        self._timer.timeout.connect(self._look_up)
        self.edits["name"].textEdited.connect(lambda _t: self._timer.start())
        self._pending = ""

    def _look_up(self) -> None:
        prefix = self.edits["name"].text().strip()
        if not prefix or prefix in self.found:
            return
        self._pending = prefix
        self.ctx.read(lookups.employers, self.ctx.ws, prefix, limit=20, on_ok=lambda rows: self._offer(prefix, rows),
                      on_error=lambda _exc: None, parent=self)

    def _offer(self, prefix: str, rows: list[dict]) -> None:
        if prefix != self._pending:
            return  # the user typed on; a newer look-up answers
        self.found = {row["name"]: row for row in rows}
        self.completer_model.setStringList(list(self.found))
        edit = self.edits["name"]
        if rows and edit.hasFocus():
            self.completer.setCompletionPrefix(edit.text())
            self.completer.complete()

    def pick(self, name: str) -> None:
        """Fill the employer's details from the earlier case named ``name``."""
        row = self.found.get(name)
        if row is None:
            return
        for field in self.FIELDS:
            if row.get(field):
                self.edits[field].setText(str(row[field]))
        self.employer_picked.emit(row)

    def data(self) -> dict[str, str]:
        return {name: edit.text().strip() for name, edit in self.edits.items() if edit.text().strip()}

    def set_data(self, data: dict) -> None:
        for name, edit in self.edits.items():
            edit.setText(str(data.get(name) or ""))

    def widget_for(self, field: str) -> QWidget:
        return self.edits.get(field, self.edits["name"])

    def show_problem(self, field: str, message: str, level: str = ERROR) -> None:
        name = field if field in self.edits else "name"
        self.notes[name].show_note(Note(level, message))
        self.edits[name].setAccessibleDescription(message)

