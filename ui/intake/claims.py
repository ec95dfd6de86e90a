"""The claims (请求事项) of an application: one row per claim with its dispute cause (from the
cause list in force), what is asked, and the amount if money is asked. The amount's capital
numerals (人民币大写) appear beside it as the user types, and the total below the table."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from mediator.domain.money import format_both
from ui.intake.validation import COLOURS, ERROR, amount_fen, amount_note

INVALID_STYLE = "border: 1px solid #b3261e;"


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under the empty context


@dataclass
class ClaimRow:
    cause: QComboBox
    description: QLineEdit
    amount: QLineEdit
    capital: QLabel
    remove: QPushButton
    wanted_cause: str = ""


class ClaimsTable(QWidget):
    """``claims()`` gives the claim dicts ``parse_case`` reads; ``total_fen()`` their sum."""

    changed = Signal()
    COLUMNS = ("cause", "description", "amount", "capital", "remove")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.causes: list[dict] = []
        self.rows: list[ClaimRow] = []
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr("Dispute cause"), self.tr("What is claimed"),
                                              self.tr("Amount (yuan)"), self.tr("In capital numerals"), ""])
        self.table.setAccessibleName(self.tr("Claims"))
        self.table.setTabKeyNavigation(False)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields in the rows take the focus
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 210), (2, 110), (3, 230), (4, 36)):
            self.table.setColumnWidth(col, width)
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.add_button = QPushButton(self.tr("Add &claim"))
        self.add_button.setAccessibleName(self.tr("Add claim"))
        self.total = QLabel()
        self.total.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        bottom.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(bottom)
        self.add_button.clicked.connect(lambda: self.add_claim(focus=True))
        self.add_claim()

    def add_claim(self, focus: bool = False) -> ClaimRow:
        index = len(self.rows)
        self.table.insertRow(index)
        row = ClaimRow(QComboBox(), QLineEdit(), QLineEdit(), QLabel(), QPushButton("✕"))
        row.amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.amount.setPlaceholderText("0.00")
        row.capital.setIndent(4)
        row.remove.setFlat(True)
        for col, widget in enumerate((row.cause, row.description, row.amount, row.capital, row.remove)):
            self.table.setCellWidget(index, col, widget)
        self.rows.append(row)
        self._fill_causes(row)
        row.cause.currentIndexChanged.connect(lambda _i: self._edited())
        row.description.textChanged.connect(lambda _t: self._edited())
        row.amount.textChanged.connect(lambda _t, r=row: self._amount_changed(r))
        row.remove.clicked.connect(lambda _c=False, r=row: self.remove_claim(r))
        self._name_rows()
        self._update_total()
        if focus:
            row.cause.setFocus()
            self.changed.emit()
        return row

    def remove_claim(self, row: ClaimRow) -> None:
        index = self.rows.index(row)
        self.rows.pop(index)
        self.table.removeRow(index)
        if not self.rows:
            self.add_claim()
        self._name_rows()
        self._update_total()
        self.changed.emit()

    def _fit_height(self) -> None:
        """As tall as its rows: the form scrolls, not the table."""
        rows = sum(self.table.rowHeight(i) for i in range(self.table.rowCount()))
        self.table.setFixedHeight(self.table.horizontalHeader().height() + rows + 2 * self.table.frameWidth() + 2)

    def _name_rows(self) -> None:
        self._fit_height()
        for i, row in enumerate(self.rows, 1):
            row.cause.setAccessibleName(self.tr("Claim {n}: dispute cause").format(n=i))
            row.description.setAccessibleName(self.tr("Claim {n}: what is claimed").format(n=i))
            row.amount.setAccessibleName(self.tr("Claim {n}: amount in yuan").format(n=i))
            row.capital.setAccessibleName(self.tr("Claim {n}: amount in capital numerals").format(n=i))
            row.remove.setAccessibleName(self.tr("Remove claim {n}").format(n=i))
            row.remove.setToolTip(row.remove.accessibleName())

    # causes ------------------------------------------------------------------------------
    def set_causes(self, causes: list[dict]) -> None:
        """The cause list arrived (it is read in the background); keep each row's choice."""
        self.causes = causes
        for row in self.rows:
            row.wanted_cause = row.wanted_cause or (row.cause.currentData() or "")
            self._fill_causes(row)

    def _fill_causes(self, row: ClaimRow) -> None:
        row.cause.blockSignals(True)
        row.cause.clear()
        row.cause.addItem(self.tr("— choose —"), "")
        for cause in self.causes:
            indent = "    " if cause.get("parent") else ""
            row.cause.addItem(f"{indent}{cause['name']}", cause["code"])
            row.cause.setItemData(row.cause.count() - 1, cause["code"], Qt.ItemDataRole.ToolTipRole)
        if row.wanted_cause and self.causes:
            found = row.cause.findData(row.wanted_cause)
            if found < 0:  # a draft naming a cause since withdrawn: shown, and the save will say so
                row.cause.addItem(self.tr("{code} (not in the cause list)").format(code=row.wanted_cause), row.wanted_cause)
                found = row.cause.count() - 1
            row.cause.setCurrentIndex(found)
            row.wanted_cause = ""
        row.cause.blockSignals(False)

    # values ------------------------------------------------------------------------------
    def _edited(self) -> None:
        self.changed.emit()

    def _amount_changed(self, row: ClaimRow) -> None:
        note = amount_note(row.amount.text())
        row.capital.setText(note.text)
        row.capital.setStyleSheet(f"color: {COLOURS[ERROR]};" if note.blocking else "")
        row.amount.setStyleSheet(INVALID_STYLE if note.blocking else "")
        row.amount.setAccessibleDescription(note.text)
        row.amount.setToolTip(note.text)
        self._update_total()
        self.changed.emit()

    def total_fen(self) -> int:
        return sum(amount_fen(r.amount.text()) or 0 for r in self.rows)

    def _update_total(self) -> None:
        text = self.tr("Total claimed: {amount}").format(amount=format_both(self.total_fen()))
        self.total.setText(text)
        self.total.setAccessibleName(text)

    def _cause_code(self, row: ClaimRow) -> str:
        return row.cause.currentData() or row.wanted_cause or ""

    def _filled(self) -> list[ClaimRow]:
        return [r for r in self.rows if self._cause_code(r) or r.description.text().strip() or r.amount.text().strip()]

    def claims(self) -> list[dict[str, str]]:
        result = []
        for row in self._filled():
            claim = {"cause": self._cause_code(row), "description": row.description.text().strip()}
            if row.amount.text().strip():
                claim["amount"] = row.amount.text().strip()
            result.append({k: v for k, v in claim.items() if v})
        return result

    def set_claims(self, claims: list[dict]) -> None:
        while len(self.rows) < max(len(claims), 1):
            self.add_claim()
        while len(self.rows) > max(len(claims), 1):
            self.table.removeRow(len(self.rows) - 1)
            self.rows.pop()
        for row, claim in zip(self.rows, claims or [{}], strict=False):
            row.wanted_cause = str(claim.get("cause") or "")
            self._fill_causes(row)
            row.description.setText(str(claim.get("description") or ""))
            row.amount.setText(str(claim.get("amount") or ""))
        self._name_rows()
        self._update_total()

    # problems ----------------------------------------------------------------------------
    def widget_for(self, index: int, field: str) -> QWidget:
        filled = self._filled()
        row = filled[index] if 0 <= index < len(filled) else self.rows[0]
        return {"cause": row.cause, "amount": row.amount}.get(field, row.description)

    def show_problem(self, index: int, field: str, message: str) -> QWidget:
        widget = self.widget_for(index, field)
        widget.setStyleSheet(INVALID_STYLE)
        widget.setToolTip(message)
        widget.setAccessibleDescription(message)
        return widget

    def clear_marks(self) -> None:
        for row in self.rows:
            for widget in (row.cause, row.description):
                widget.setStyleSheet("")
                widget.setToolTip("")
                widget.setAccessibleDescription("")

    def edit_order(self) -> list[QWidget]:
        return [w for r in self.rows for w in (r.cause, r.description, r.amount, r.remove)]
