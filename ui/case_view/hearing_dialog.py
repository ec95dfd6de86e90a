"""The hearing dialog (调解会 / 调解笔录): recording a hearing that took place — time, place,
mediators, recorder, the people present, that rights and duties were explained, each side's
statements, the record and the outcome — or scheduling one (time, place, mediators only)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTimeEdit,
    QWidget,
)

from mediator.i18n import code_name
from mediator.services.fields import SHANGHAI
from mediator.services.hearings import record_hearing
from mediator.services.staff import list_staff
from ui.case_view.dialogs import ActionDialog, data_of, text_of
from ui.case_view.people_dialogs import active_mediators
from ui.case_view.present_table import PresentTable
from ui.context import AppContext

RECORD_OUTCOMES = ("continued", "agreement", "no_agreement")


def text_box(parent: QWidget, height: int) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


class HearingDialog(ActionDialog):
    """Record (``schedule=False``) or schedule (``schedule=True``) a hearing of the case."""

    def __init__(self, ctx: AppContext, view: dict[str, Any], parent: QWidget | None = None, *, schedule: bool = False):
        super().__init__(ctx, view, parent)
        self.schedule = schedule
        self.setMinimumWidth(600)
        title = self.tr("Schedule a hearing of {case_no}") if schedule else self.tr("Record a hearing of {case_no}")
        self.setWindowTitle(title.format(case_no=view["case_no"]))
        now = dt.datetime.now(SHANGHAI)
        start = (now + dt.timedelta(days=1)).replace(hour=9, minute=30) if schedule else now.replace(minute=0)
        self.starts = QDateTimeEdit(self)
        self.starts.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.starts.setCalendarPopup(True)
        self.starts.setDateTime(QDateTime(QDate(start.year, start.month, start.day), QTime(start.hour, start.minute)))
        self.add_field("starts_at", self.tr("&Starts"), self.starts)
        self.ends = QTimeEdit(self)
        self.ends.setDisplayFormat("HH:mm")
        self.ends.setTime(QTime(start.hour + 1, start.minute) if start.hour < 23 else QTime(23, 59))  # after the start
        self.has_end = QCheckBox(self.tr("Ended at"), self)
        self.has_end.setChecked(not schedule)
        self.has_end.setAccessibleName(self.tr("The end time is known"))
        end_row = QWidget(self)
        row = QHBoxLayout(end_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.has_end)
        row.addWidget(self.ends, 1)
        self.add_field("ends_at", self.tr("&End"), end_row)
        self.has_end.toggled.connect(self.ends.setEnabled)
        self.has_end.toggled.connect(lambda _on: self._changed("ends_at"))
        self.ends.timeChanged.connect(lambda _t: self._changed("ends_at"))
        self.ends.setEnabled(not schedule)
        self.place = self.add_field("place", self.tr("&Place"), QLineEdit(self))
        self.mediators = QListWidget(self)
        self.mediators.setMaximumHeight(80)
        self.add_field("mediators", self.tr("&Mediators"), self.mediators)
        self.recorder = QComboBox(self)
        self.recorder.addItem(self.tr("(none)"), "")  # never None: see dialogs.data_of
        self.add_field("recorder", self.tr("Re&corder"), self.recorder)
        if not schedule:
            self._add_record_fields()
        self.ok_button.setText(self.tr("Schedule") if schedule else self.tr("Save record"))
        ctx.read(list_staff, ctx.ws, ctx.actor, ("chair", "mediator", "clerk"), on_ok=self._staff_loaded, parent=self)
        self.place.setFocus()

    def _add_record_fields(self) -> None:
        self.present = PresentTable(self)
        self.present.fill_from_parties(self.view.get("parties", []))
        self.add_field("present", self.tr("People &present"), self.present)
        self.invited = self.add_field("invited", self.tr("&Invited participants"), QLineEdit(self))
        self.rights = QCheckBox(self.tr("The parties were told their rights and duties"), self)
        self.add_field("rights_explained", self.tr("&Rights"), self.rights)
        self.applicant_statement = text_box(self, 60)
        self.add_field("applicant_statement", self.tr("&Applicant's statement"), self.applicant_statement)
        self.respondent_statement = text_box(self, 60)
        self.add_field("respondent_statement", self.tr("Res&pondent's statement"), self.respondent_statement)
        self.record = text_box(self, 100)
        self.add_field("record_text", self.tr("Recor&d"), self.record)
        self.outcome = QComboBox(self)
        for code in RECORD_OUTCOMES:
            self.outcome.addItem(code_name("outcome", code), code)
        self.add_field("outcome", self.tr("&Outcome"), self.outcome)

    def _staff_loaded(self, staff: list[dict[str, Any]]) -> None:
        assigned = {m["login"] for m in active_mediators(self.view)}
        self.mediators.blockSignals(True)
        for person in staff:
            if person["role"] in ("chair", "mediator"):
                item = QListWidgetItem(f"{person['name']} ({person['role_name']})", self.mediators)
                item.setData(Qt.ItemDataRole.UserRole, person["login"])
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if person["login"] in assigned else Qt.CheckState.Unchecked)
            self.recorder.addItem(f"{person['name']} ({person['role_name']})", person["login"])
        self.mediators.blockSignals(False)
        index = self.recorder.findData(self.ctx.actor.login)
        if index >= 0 and not self.schedule:
            self.recorder.setCurrentIndex(index)

    def chosen_mediators(self) -> list[str]:
        items = (self.mediators.item(i) for i in range(self.mediators.count()))
        return [it.data(Qt.ItemDataRole.UserRole) for it in items if it.checkState() == Qt.CheckState.Checked]

    def starts_at(self) -> dt.datetime:
        d, t = self.starts.date(), self.starts.time()
        return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=SHANGHAI)

    def ends_at(self) -> dt.datetime | None:
        if not self.has_end.isChecked():
            return None
        t = self.ends.time()
        return self.starts_at().replace(hour=t.hour(), minute=t.minute())

    def check(self) -> dict[str, str]:
        problems = {}
        if not text_of(self.place):
            problems["place"] = self.tr("Say where the hearing is held.")
        end = self.ends_at()
        if end is not None and end <= self.starts_at():
            problems["ends_at"] = self.tr("The end must be after the start.")
        if self.mediators.count() and not self.chosen_mediators():
            problems["mediators"] = self.tr("Tick the mediators who hold the hearing.")
        if self.schedule:
            return problems
        if self.starts_at() > dt.datetime.now(SHANGHAI) + dt.timedelta(minutes=5):
            problems["starts_at"] = self.tr("This lies in the future: schedule the hearing instead of recording it.")
        if not self.rights.isChecked():
            problems["rights_explained"] = self.tr("At a hearing the parties must be told their rights and duties.")
        missing = self.present.missing_names()
        if missing:
            problems["present"] = self.tr("Row {rows}: give the person's name.").format(rows=", ".join(map(str, missing)))
        return problems

    def call(self) -> tuple[Callable[..., Any], dict[str, Any]]:
        recorder = data_of(self.recorder) or None
        kwargs: dict[str, Any] = {"starts_at": self.starts_at(), "ends_at": self.ends_at(), "place": text_of(self.place),
                                  "mediators": self.chosen_mediators() or None, "recorder": recorder}
        if self.schedule:
            kwargs.update(outcome="scheduled", rights_explained=False)
        else:
            kwargs.update(present=self.present.people(), invited=text_of(self.invited) or None,
                          rights_explained=self.rights.isChecked(),
                          applicant_statement=text_of(self.applicant_statement) or None,
                          respondent_statement=text_of(self.respondent_statement) or None,
                          record_text=text_of(self.record) or None, outcome=data_of(self.outcome))
        return record_hearing, kwargs
