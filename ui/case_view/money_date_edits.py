"""Input widgets for money and dates shared by the agreement editor and the payment dialogs: an
amount with its capital numerals (人民币大写) shown live, a date that may be "not set", and a date
that may not lie in the future. Dates show as YYYY-MM-DD."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QDateEdit, QLabel, QLineEdit, QVBoxLayout, QWidget

from mediator.domain.money import parse_amount, to_capital
from mediator.errors import Problem, ValidationError
from mediator.services.fields import beijing_today

UNSET = QDate(1999, 12, 31)
ERROR_STYLE = "color: #b00020;"


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class OptionalDateEdit(QDateEdit):
    """A YYYY-MM-DD date edit with a calendar that starts out "not set"."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setCalendarPopup(True)
        self.setMinimumDate(UNSET)
        self.setSpecialValueText(QCoreApplication.translate("MoneyDateEdits", "not set"))
        self.setDate(UNSET)

    def value(self) -> dt.date | None:
        """The chosen date, or None while not set."""
        return None if self.date() == UNSET else self.date().toPython()

    def set_value(self, day: dt.date | None) -> None:
        if day is None:
            self.setDate(UNSET)
        else:
            self.setDate(to_qdate(day))
        if self.calendarWidget() is not None and day is None:
            self.calendarWidget().setSelectedDate(QDate.currentDate())


class PastDateEdit(QDateEdit):
    """A YYYY-MM-DD date edit with a calendar, today by default and never later than today."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setCalendarPopup(True)
        self.setMinimumDate(QDate(2000, 1, 1))
        self.reset_to_today()

    def reset_to_today(self) -> None:
        today = to_qdate(beijing_today())
        self.setMaximumDate(today)
        self.setDate(today)

    def value(self) -> dt.date:
        return self.date().toPython()


class AmountCell(QWidget):
    """An amount as typed, with its capital numerals (or why it does not read) underneath."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(QCoreApplication.translate("MoneyDateEdits", "e.g. 6000 or 1409.50"))
        self.capital = QLabel()
        self.capital.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.capital.setStyleSheet("font-size: 8pt;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        layout.addWidget(self.edit)
        layout.addWidget(self.capital)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._show_capital)

    def fen(self) -> tuple[int | None, Problem | None]:
        """The amount in fen (None when empty) or the problem reading it."""
        text = self.edit.text().strip()
        if not text:
            return None, None
        try:
            return parse_amount(text, "amount"), None
        except ValidationError as err:
            return None, err.problems[0]

    def _show_capital(self) -> None:
        fen, problem = self.fen()
        if problem is not None:
            self.capital.setText(problem.message)
            self.capital.setStyleSheet("font-size: 8pt; color: #b00020;")
        else:
            self.capital.setText(to_capital(fen) if fen else "")
            self.capital.setStyleSheet("font-size: 8pt;")
        self.capital.setToolTip(self.capital.text())
        self.edit.setAccessibleDescription(self.capital.text())
