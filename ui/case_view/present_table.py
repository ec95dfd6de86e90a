"""The people present at a hearing as editable name/role rows, pre-filled from the case's parties
(the user removes whoever did not come and adds witnesses or invited people)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mediator.i18n import code_name
from ui.case_view.dialogs import data_of

ROLES = ("applicant", "respondent", "agent", "representative", "witness", "invited")


class PresentTable(QWidget):
    """Rows of (name, role); ``people()`` gives them as the core's ``present`` list."""

    itemChanged = Signal()  # any row added, removed or edited  # noqa: N815 (matches the Qt name the dialog watches)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(110)
        self.table.setAccessibleName(self.tr("People present"))
        self.table.itemChanged.connect(lambda _item: self.itemChanged.emit())
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add person"), self)
        self.remove_button = QPushButton(self.tr("Remove selected"), self)
        self.add_button.clicked.connect(lambda: self.add_row("", "witness", edit=True))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def setFocus(self) -> None:  # noqa: N802 (Qt name)
        self.table.setFocus()

    def fill_from_parties(self, parties: list[dict[str, Any]]) -> None:
        collective = sum(1 for p in parties if p["role"] == "applicant") > 3
        for p in parties:
            if p["role"] == "applicant" and collective and not p.get("is_representative"):
                continue
            name = (p.get("legal_rep") or p["name"]) if p["role"] == "respondent" else p["name"]
            role = "representative" if p.get("is_representative") else p["role"]
            self.add_row(name, role)

    def add_row(self, name: str, role: str, *, edit: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        combo = QComboBox(self.table)
        combo.setAccessibleName(self.tr("Role"))
        for code in ROLES:
            combo.addItem(code_name("party", code), code)
        combo.setCurrentIndex(max(combo.findData(role), 0))
        combo.currentIndexChanged.connect(lambda _i: self.itemChanged.emit())
        self.table.setCellWidget(row, 1, combo)
        self.itemChanged.emit()
        if edit:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(self.table.item(row, 0))

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)
        self.itemChanged.emit()

    def _name(self, row: int) -> str:
        item = self.table.item(row, 0)
        return item.text().strip() if item else ""

    def missing_names(self) -> list[int]:
        """1-based numbers of rows without a name."""
        return [row + 1 for row in range(self.table.rowCount()) if not self._name(row)]

    def people(self) -> list[dict[str, str]]:
        rows = []
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 1)
            rows.append({"name": self._name(row), "role": data_of(combo) if isinstance(combo, QComboBox) else ""})
        return rows
