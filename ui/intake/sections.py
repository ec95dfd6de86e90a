"""Two plain sections of the intake form: the application itself (written or oral, and its
time in Beijing time, as Art. 12 requires for an oral application) and the facts with the dates
the limitation and deadline rules need (when the worker learnt of the infringement, when
employment ended or that it continues)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from mediator.services.fields import SHANGHAI
from ui.intake.applicant import add_row
from ui.intake.validation import ERROR, FieldNote, Note, date_note, watch
from ui.mnemonic import without_mnemonic


def beijing_now() -> QDateTime:
    """Now on the Beijing wall clock, whatever the PC's time zone, to the minute."""
    now = dt.datetime.now(SHANGHAI)
    return QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute))


class ApplicationSection(QGroupBox):
    """Written or oral (an oral application shows what the mediator must record), and when."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Application"), parent)
        self.written = QRadioButton(self.tr("&Written"))
        self.oral = QRadioButton(self.tr("&Oral"))
        self.written.setChecked(True)
        self.kind_group = QButtonGroup(self)
        kinds = QWidget()
        row = QHBoxLayout(kinds)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.written, self.oral):
            self.kind_group.addButton(button)
            button.setAccessibleName(self.tr("Application kind: {kind}").format(kind=without_mnemonic(button.text())))
            row.addWidget(button)
        row.addStretch(1)
        self.oral_note = QLabel(self.tr(
            "Oral application (Art. 12): the mediator records on the spot the applicant's particulars, the matter "
            "in dispute, the reasons and the time of application; the applicant signs the printed record."))
        self.oral_note.setWordWrap(True)
        self.oral_note.setStyleSheet("color: #1d4f91;")
        self.oral_note.hide()
        self.applied_at = QDateTimeEdit(beijing_now())
        self.applied_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.applied_at.setCalendarPopup(True)
        self.applied_at.setMaximumWidth(200)
        self.note = FieldNote()
        form = QFormLayout(self)
        form.addRow(self.tr("Kind"), kinds)
        form.addRow(self.oral_note)
        add_row(form, self.tr("Application &time (Beijing)"), self.applied_at, self.note)
        self.oral.toggled.connect(self.oral_note.setVisible)
        self.applied_at.dateTimeChanged.connect(self._check_time)

    def _check_time(self) -> None:
        future = self.applied_at.dateTime() > beijing_now().addSecs(60)
        self.note.show_note(Note(ERROR, self.tr("The application time lies in the future")) if future else Note())
        self.applied_at.setAccessibleDescription(self.note.note.text)


class FactsSection(QGroupBox):
    """The facts and reasons, and the dates typed as YYYY-MM-DD (checked as typed)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Facts and dates"), parent)
        self.facts = QPlainTextEdit()
        self.facts.setTabChangesFocus(True)
        self.facts.setMinimumHeight(110)
        self.facts.setPlaceholderText(self.tr("What happened, when, and why the worker claims"))
        self.facts_note = FieldNote()
        self.known_on, self.known_note = QLineEdit(), FieldNote()
        self.ended_on, self.ended_note = QLineEdit(), FieldNote()
        self.ongoing = QCheckBox(self.tr("Still &employed"))
        self.ongoing.setAccessibleName(self.tr("Employment still ongoing"))
        for edit in (self.known_on, self.ended_on):
            edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
            edit.setMaximumWidth(160)
        form = QFormLayout(self)
        add_row(form, self.tr("&Facts and reasons"), self.facts, self.facts_note)
        add_row(form, self.tr("Infringement &known on"), self.known_on, self.known_note)
        ended = QWidget()
        row = QHBoxLayout(ended)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.ended_on)
        row.addWidget(self.ongoing)
        row.addStretch(1)
        label = add_row(form, self.tr("Employment e&nded on"), ended, self.ended_note)
        label.setBuddy(self.ended_on)
        self.ended_on.setAccessibleName(self.tr("Employment ended on"))
        self.date_checks = [watch(self.known_on, self.known_note, date_note),
                            watch(self.ended_on, self.ended_note, date_note)]
        self.ongoing.toggled.connect(lambda on: self.ended_on.setEnabled(not on))
