"""The case list's filter widgets: the filter bar (state, dispute cause, mediator, received-date
range, "collective only") and the dialog that names a saved view. They own only widgets and
values: ``FilterBar.values()`` gives the filter as a plain dict (the keys of the core's
``CaseFilter`` except ``search``, dates as ISO text, unset as None), ``set_values()`` puts a saved
one back, and ``changed`` fires once per user change; ``SaveViewDialog`` checks the name as it is
typed with the core's own rule (``saved_views.clean_name``) and emits ``name_chosen``."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from mediator.domain.states import STATES
from mediator.errors import ValidationError
from mediator.i18n import code_name
from mediator.services.fields import beijing_today
from mediator.services.saved_views import clean_name

FILTER_KEYS = ("status", "cause", "mediator", "received_from", "received_to", "collective")
ANY_DATE = QDate(2000, 1, 1)
# The data of an "all …" item: never None, since PySide6 6.12.0 drops a reference to None each
# time it hands back empty item data (currentData/itemData), which in time aborts Python 3.11.
ANY = ""


def picked(combo: QComboBox) -> str | None:
    """The data of the combo's current item, None for an "all …" item (or an empty combo)."""
    return (combo.currentData() or None) if combo.currentIndex() >= 0 else None


class OptionalDateEdit(QDateEdit):
    """A date edit whose lowest value means "any date" (shown as such); stepping or opening the
    calendar from "any" starts at today, and Delete puts it back to "any"."""

    def __init__(self, any_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(ANY_DATE)
        self.setSpecialValueText(any_text)
        self.setDate(ANY_DATE)
        self.calendarWidget().installEventFilter(self)

    def value(self) -> dt.date | None:
        return None if self.date() == ANY_DATE else self.date().toPython()

    def set_value(self, value: dt.date | None) -> None:
        self.setDate(QDate(value) if value else ANY_DATE)

    def _today(self) -> QDate:
        return QDate(beijing_today())

    def stepBy(self, steps: int) -> None:  # noqa: N802
        if self.value() is None:
            self.setDate(self._today())
        else:
            super().stepBy(steps)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Delete:
            self.set_value(None)
        else:
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show and self.value() is None:
            today = self._today()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return False


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._loading = False
        self.status = QComboBox(accessibleName=self.tr("State"))
        self.status.addItem(self.tr("All states"), ANY)
        self.status.addItem(self.tr("Open cases"), "open")
        self.status.setItemData(1, self.tr("Registered, accepted or in mediation"), Qt.ItemDataRole.ToolTipRole)
        for state in STATES:
            self.status.addItem(code_name("status", state), state)
        self.cause = QComboBox(accessibleName=self.tr("Dispute cause"))
        self.mediator = QComboBox(accessibleName=self.tr("Mediator"))
        self.cause.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.cause.setMinimumContentsLength(14)
        any_text = self.tr("any")
        self.received_from = OptionalDateEdit(any_text)
        self.received_from.setAccessibleName(self.tr("Received from"))
        self.received_to = OptionalDateEdit(any_text)
        self.received_to.setAccessibleName(self.tr("Received to"))
        for edit in (self.received_from, self.received_to):
            edit.setToolTip(self.tr("Delete sets the date back to any"))
        self.set_choices({"causes": [], "mediators": []})
        self.collective = QCheckBox(self.tr("&Collective only"), accessibleName=self.tr("Collective cases only"))
        self.clear_button = QPushButton(self.tr("C&lear filters"), accessibleName=self.tr("Clear filters"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for text, widget in ((self.tr("S&tate:"), self.status), (self.tr("C&ause:"), self.cause),
                             (self.tr("&Mediator:"), self.mediator), (self.tr("&Received from:"), self.received_from),
                             (self.tr("t&o"), self.received_to)):
            label = QLabel(text)
            label.setBuddy(widget)
            layout.addWidget(label)
            layout.addWidget(widget)
        layout.addWidget(self.collective)
        layout.addStretch(1)
        layout.addWidget(self.clear_button)

        for combo in (self.status, self.cause, self.mediator):
            combo.currentIndexChanged.connect(self._emit)
        for edit in (self.received_from, self.received_to):
            edit.dateChanged.connect(self._emit)
        self.collective.toggled.connect(self._emit)
        self.clear_button.clicked.connect(lambda: self.set_values({}, notify=True))

    def set_choices(self, choices: dict[str, list[dict[str, Any]]]) -> None:
        """Fill the cause and mediator lists (from the core's ``filter_choices``), keeping the picks."""
        keep = {"cause": picked(self.cause), "mediator": picked(self.mediator)}
        self._loading = True
        try:
            self.cause.clear()
            self.cause.addItem(self.tr("All causes"), ANY)
            for cause in choices.get("causes", []):
                indent = "    " if cause.get("parent") else ""
                self.cause.addItem(f"{indent}{cause['code']} {cause['name']}", cause["code"])
            self.mediator.clear()
            self.mediator.addItem(self.tr("All mediators"), ANY)
            for person in choices.get("mediators", []):
                self.mediator.addItem(person["name"], person["login"])
            self._select(self.cause, keep["cause"])
            self._select(self.mediator, keep["mediator"])
        finally:
            self._loading = False

    def values(self) -> dict[str, Any]:
        start, end = self.received_from.value(), self.received_to.value()
        return {
            "status": picked(self.status), "cause": picked(self.cause), "mediator": picked(self.mediator),
            "received_from": start.isoformat() if start else None, "received_to": end.isoformat() if end else None,
            "collective": True if self.collective.isChecked() else None,
        }

    def set_values(self, values: dict[str, Any], notify: bool = False) -> None:
        """Show ``values`` (missing keys mean "any"); a code no longer offered falls back to "all"."""
        self._loading = True
        try:
            self._select(self.status, values.get("status"))
            self._select(self.cause, values.get("cause"))
            self._select(self.mediator, values.get("mediator"))
            self.received_from.set_value(_date(values.get("received_from")))
            self.received_to.set_value(_date(values.get("received_to")))
            self.collective.setChecked(bool(values.get("collective")))
        finally:
            self._loading = False
        if notify:
            self.changed.emit()

    @staticmethod
    def _select(combo: QComboBox, data: Any) -> None:
        index = combo.findData(data) if data else 0
        combo.setCurrentIndex(max(index, 0))

    def _emit(self) -> None:
        if not self._loading:
            self.changed.emit()


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


class SaveViewDialog(QDialog):
    """Asks for a view's name; OK stays disabled while the name is unusable, and saving over an
    existing view says so before it happens."""

    name_chosen = Signal(str)

    def __init__(self, existing: list[str], suggested: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save view"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 32)
        self._existing = set(existing)
        self.name = QLineEdit(suggested, accessibleName=self.tr("View name"))
        self.message = QLabel(accessibleName=self.tr("Problem with the view name"))
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout(self)
        label = QLabel(self.tr("&Name:"))
        label.setBuddy(self.name)
        form.addRow(label, self.name)
        form.addRow("", self.message)
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._check)
        self._check()
        if not suggested:
            self.message.clear()  # say "required" only once the user has typed something

    def _check(self) -> None:
        try:
            name = clean_name(self.name.text())
        except ValidationError as err:
            problem, ok = err.problems[0].message, False
        else:
            ok = True
            problem = self.tr("Replaces the saved view “{name}”.").format(name=name) if name in self._existing else ""
        self.message.setText(problem)
        self.message.setStyleSheet("" if ok else "color: #b02a37;")
        self.name.setAccessibleDescription(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)

    def accept(self) -> None:
        try:
            name = clean_name(self.name.text())
        except ValidationError:
            return
        super().accept()
        self.name_chosen.emit(name)
