"""The single applicant's particulars on the intake form: name, ID number (its sex and birth date
shown as soon as the number checks out), ethnicity, mobile, landline, address and job, each
checked as the user types. Also ``checked_row``, the field-plus-message layout the form reuses."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ui.intake.validation import ERROR, FieldNote, Note, citizen_id_note, landline_note, mobile_note, watch
from ui.mnemonic import without_mnemonic


def checked_row(edit: QWidget, note: FieldNote) -> QWidget:
    """The field with its message label right under it, as one form-layout field."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(edit)
    layout.addWidget(note)
    return box


def add_row(form: QFormLayout, text: str, edit: QWidget, note: FieldNote | None = None) -> QLabel:
    """A labelled row whose label is the field's buddy (Alt+letter focuses it); the label's text
    (without the mnemonic ampersand) is the field's accessible name."""
    label = QLabel(text)
    label.setBuddy(edit)
    edit.setAccessibleName(without_mnemonic(text))
    form.addRow(label, checked_row(edit, note) if note is not None else edit)
    return label


class MarkedFields:
    """Shared by the applicant and respondent panels: ``edits``, ``notes`` and ``_refresh`` (the
    inline check of a field, by name) kept per field, in the order of ``FIELDS``."""

    FIELDS: tuple[str, ...] = ()
    edits: dict[str, QLineEdit]
    notes: dict[str, FieldNote]
    _refresh: dict[str, Callable[[], None]]

    def clear_marks(self) -> None:
        """Drop the save problems shown; fields with an inline check show its result again."""
        for name, edit in self.edits.items():
            if name in self._refresh:
                self._refresh[name]()
            else:
                self.notes[name].show_note(Note())
                edit.setAccessibleDescription("")

    def edit_order(self) -> list[QWidget]:
        return [self.edits[name] for name in self.FIELDS]


class ApplicantPanel(MarkedFields, QWidget):
    """One worker's particulars; ``data()`` gives the dict ``parse_case`` reads for an applicant."""

    changed = Signal()
    FIELDS = ("name", "id_number", "ethnicity", "phone", "landline", "address", "job")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.edits: dict[str, QLineEdit] = {name: QLineEdit() for name in self.FIELDS}
        self.notes: dict[str, FieldNote] = {name: FieldNote() for name in self.FIELDS}
        self._refresh: dict[str, Callable[[], None]] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        labels = {
            "name": self.tr("&Name"), "id_number": self.tr("&ID number"), "ethnicity": self.tr("Et&hnicity"),
            "phone": self.tr("&Mobile"), "landline": self.tr("&Landline"), "address": self.tr("Add&ress"),
            "job": self.tr("&Job"),
        }
        checks = {"id_number": citizen_id_note, "phone": mobile_note, "landline": landline_note}
        self.edits["id_number"].setPlaceholderText(self.tr("18 characters; sex and birth date are read from it"))
        self.edits["landline"].setPlaceholderText(self.tr("with area code, e.g. 0591-87654321"))
        self.edits["ethnicity"].setPlaceholderText(self.tr("e.g. Han"))
        self.edits["id_number"].setMaxLength(40)
        for name in self.FIELDS:
            edit = self.edits[name]
            add_row(form, labels[name], edit, self.notes[name])
            if name in checks:
                self._refresh[name] = watch(edit, self.notes[name], checks[name])
            edit.textChanged.connect(self.changed)

    def data(self) -> dict[str, str]:
        return {name: edit.text().strip() for name, edit in self.edits.items() if edit.text().strip()}

    def set_data(self, data: dict) -> None:
        for name, edit in self.edits.items():
            edit.setText(str(data.get(name) or ""))

    def is_empty(self) -> bool:
        return not self.data()

    def widget_for(self, field: str) -> QWidget:
        """The field a problem path names (sex and birth date come from the ID number)."""
        field = {"sex": "id_number", "birth_date": "id_number", "id_type": "id_number"}.get(field, field)
        return self.edits.get(field, self.edits["phone" if field == "" else "name"])

    def show_problem(self, field: str, message: str, level: str = ERROR) -> None:
        widget = self.widget_for(field)
        for name, edit in self.edits.items():
            if edit is widget:
                self.notes[name].show_note(Note(level, message))
                edit.setAccessibleDescription(message)

