"""The table of agreed terms (协议条款) in the agreement editor: one row per term with payer, payee,
what is owed, the amount (its capital numerals shown live), due date, method, place and dispute
cause."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from mediator.domain.agreement_rules import METHODS
from mediator.errors import Problem
from mediator.i18n import code_name
from ui.case_view.money_date_edits import AmountCell, OptionalDateEdit
from ui.mnemonic import without_mnemonic

# (key, header): the table's columns in order
COLUMNS = (
    ("payer", QT_TRANSLATE_NOOP("TermsEditor", "Payer")),
    ("payee", QT_TRANSLATE_NOOP("TermsEditor", "Payee")),
    ("description", QT_TRANSLATE_NOOP("TermsEditor", "What is agreed")),
    ("amount", QT_TRANSLATE_NOOP("TermsEditor", "Amount (yuan)")),
    ("due_on", QT_TRANSLATE_NOOP("TermsEditor", "Due date")),
    ("method", QT_TRANSLATE_NOOP("TermsEditor", "Method")),
    ("place", QT_TRANSLATE_NOOP("TermsEditor", "Place")),
    ("cause", QT_TRANSLATE_NOOP("TermsEditor", "Dispute cause")),
)
COLUMN = {key: i for i, (key, _) in enumerate(COLUMNS)}
WIDTHS = {"payer": 105, "payee": 95, "description": 160, "amount": 170, "due_on": 105, "method": 110,
          "place": 100, "cause": 120}
VISIBLE_ROWS = 5  # the table grows with its terms up to this many rows, then scrolls


def column_name(key: str) -> str:
    """A term column's header in the user's language (also used to name problems)."""
    return QCoreApplication.translate("TermsEditor", dict(COLUMNS)[key])


class TermsEditor(QWidget):
    """The editable terms; ``changed`` fires on every edit so the completeness check can rerun."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._parties: list[tuple[str, str]] = []
        self._causes: list[tuple[str, str]] = []
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([column_name(key) for key, _ in COLUMNS])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setAccessibleName(self.tr("Agreed terms"))
        self.table.verticalHeader().setDefaultSectionSize(50)
        for key, width in WIDTHS.items():
            self.table.setColumnWidth(COLUMN[key], width)
        self.table.horizontalHeader().setSectionResizeMode(COLUMN["description"], QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("&Add term"), self)
        self.add_button.setAccessibleName(self.tr("Add a term"))
        self.remove_button = QPushButton(self.tr("&Remove term"), self)
        self._current = -1
        QApplication.instance().focusChanged.connect(self._focus_moved)
        self.add_button.clicked.connect(self.add_term)
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._update_buttons()

    def set_choices(self, parties: list[tuple[str, str, str]], causes: list[tuple[str, str]]) -> None:
        """Parties as (ref, name, role in words) such as ("applicant:0", "张三", "Applicant"); causes
        as (code, name)."""
        self._parties, self._causes = parties, causes

    def clear(self) -> None:
        self.table.setRowCount(0)
        self._fit_height()
        self._update_buttons()
        self.changed.emit()

    def row_count(self) -> int:
        return self.table.rowCount()

    def add_term(self) -> int:
        """Append an empty term (the respondent paying the only applicant, when there is one)."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        payer, payee = self._party_combo(), self._party_combo()
        applicants = [p[0] for p in self._parties if p[0].startswith("applicant:")]
        if len(applicants) == 1:
            payer.setCurrentIndex(payer.findData("respondent"))
            payee.setCurrentIndex(payee.findData(applicants[0]))
        method = QComboBox()
        method.addItem(self.tr("— choose —"), None)
        for code in METHODS:
            method.addItem(code_name("method", code), code)
        cause = QComboBox()
        cause.addItem(self.tr("— none —"), None)
        for code, name in self._causes:
            cause.addItem(f"{code} {name}", code)
        if len(self._causes) == 1:
            cause.setCurrentIndex(1)
        amount = AmountCell()
        cells = {"payer": payer, "payee": payee, "description": QLineEdit(), "amount": amount,
                 "due_on": OptionalDateEdit(), "method": method, "place": QLineEdit(), "cause": cause}
        for key, widget in cells.items():
            self.table.setCellWidget(row, COLUMN[key], widget)
            if isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self._edited)
            elif isinstance(widget, QLineEdit):
                widget.textChanged.connect(self._edited)
        amount.edit.textChanged.connect(self._edited)
        cells["due_on"].dateChanged.connect(self._edited)
        self._renumber()
        self._fit_height()
        self._update_buttons()
        self.changed.emit()
        return row

    def _fit_height(self) -> None:
        rows = min(max(self.row_count(), 1), VISIBLE_ROWS)
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height() + rows * 50
                                  + self.table.horizontalScrollBar().sizeHint().height() + 4)

    def _party_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("— choose —"), None)
        for i, (ref, name, role) in enumerate(self._parties, start=1):
            combo.addItem(name, ref)
            combo.setItemData(i, self.tr("{role} {name}").format(role=role, name=name), Qt.ItemDataRole.ToolTipRole)
            combo.setItemData(i, self.tr("{role} {name}").format(role=role, name=name), Qt.ItemDataRole.AccessibleTextRole)
        return combo

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        for row in range(self.row_count()):
            if any(w is new or w.isAncestorOf(new) for w in self._row_widgets(row)) if new else False:
                self._current = row
                self._update_buttons()
                return

    def _row_widgets(self, row: int) -> list[QWidget]:
        return [self.table.cellWidget(row, col) for col in range(len(COLUMNS))]

    def current_row(self) -> int:
        """The term last edited (the last term when none was)."""
        return self._current if 0 <= self._current < self.row_count() else self.row_count() - 1

    def remove_current(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.table.removeRow(row)
            self._current = -1
            self._renumber()
            self._fit_height()
            self._update_buttons()
            self.changed.emit()

    def _update_buttons(self) -> None:
        row = self.current_row()
        self.remove_button.setEnabled(row >= 0)
        self.remove_button.setText(self.tr("&Remove term {n}").format(n=row + 1) if row >= 0 else self.tr("&Remove term"))
        self.remove_button.setAccessibleName(without_mnemonic(self.remove_button.text()))

    def _edited(self, *_args: Any) -> None:
        self.changed.emit()

    def _renumber(self) -> None:
        """Name every cell after its row ("Term 2: Payee") and keep Tab moving along the rows."""
        previous: QWidget = self.table
        for row in range(self.table.rowCount()):
            for key, _ in COLUMNS:
                widget = self.table.cellWidget(row, COLUMN[key])
                name = self.tr("Term {n}: {column}").format(n=row + 1, column=column_name(key))
                widget.setAccessibleName(name)
                if isinstance(widget, AmountCell):
                    widget = widget.edit
                    widget.setAccessibleName(name)
                QWidget.setTabOrder(previous, widget)
                previous = widget
        QWidget.setTabOrder(previous, self.add_button)
        QWidget.setTabOrder(self.add_button, self.remove_button)

    def cell(self, row: int, key: str) -> QWidget:
        return self.table.cellWidget(row, COLUMN[key])

    def widget_for(self, path: str) -> QWidget | None:
        """The widget behind a problem path such as ``terms[1].place`` (or the table for ``terms``)."""
        if not path.startswith("terms"):
            return None
        if path == "terms" or "[" not in path:
            return self.add_button if self.row_count() == 0 else self.table
        index, _, key = path[len("terms["):].partition("].")
        if not index.isdigit() or int(index) >= self.row_count():
            return self.table
        widget = self.cell(int(index), key if key in COLUMN else "description")
        return widget.edit if isinstance(widget, AmountCell) else widget

    def _choice(self, row: int, key: str) -> str | None:
        combo: QComboBox = self.cell(row, key)
        return combo.currentData()

    def values(self) -> list[dict[str, Any]]:
        """The terms in the shape ``agreements.settle`` reads (amounts as typed, dates as ISO text)."""
        rows = []
        for row in range(self.row_count()):
            due = self.cell(row, "due_on").value()
            rows.append({
                "payer": self._choice(row, "payer"), "payee": self._choice(row, "payee"),
                "description": self.cell(row, "description").text().strip(),
                "amount": self.cell(row, "amount").edit.text().strip() or None,
                "due_on": due.isoformat() if due else None, "method": self._choice(row, "method"),
                "place": self.cell(row, "place").text().strip(), "cause": self._choice(row, "cause"),
            })
        return rows

    def checked_terms(self) -> tuple[list[dict[str, Any]], list[Problem]]:
        """The terms as ``agreement_problems`` takes them (amounts in fen) and the amounts that do
        not read as amounts."""
        terms, problems = [], []
        for row, value in enumerate(self.values()):
            fen, problem = self.cell(row, "amount").fen()
            if problem is not None:
                problems.append(Problem(f"terms[{row}].amount", problem.message))
            terms.append({**value, "amount_fen": fen})
        return terms, problems
