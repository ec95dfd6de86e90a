"""The case list as a Qt table model over case ids (the calibre/qutebrowser pattern).

The model knows every matching id in list order, which the core's ``case_ids`` computes with the
filter, search and sort done in SQL. Row contents are fetched only for the blocks a view actually
shows (``rows_by_id``), cached by block, and dropped when a new id list arrives. Sorting a column
asks the owner for a new id list (``sort_requested``); the model never sorts in Python.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from mediator.domain.money import format_figures
from mediator.i18n import code_name

Index = QModelIndex | QPersistentModelIndex
RowLoader = Callable[[list[uuid.UUID]], dict[uuid.UUID, dict[str, Any]]]

COLUMNS = ("case_no", "applicant", "respondent", "status", "received_on", "next_due", "mediator", "claimed_fen", "id_number")
HEADERS = {
    "case_no": QT_TRANSLATE_NOOP("CaseTableModel", "Case number"),
    "applicant": QT_TRANSLATE_NOOP("CaseTableModel", "Applicant"),
    "respondent": QT_TRANSLATE_NOOP("CaseTableModel", "Respondent"),
    "status": QT_TRANSLATE_NOOP("CaseTableModel", "Status"),
    "received_on": QT_TRANSLATE_NOOP("CaseTableModel", "Received"),
    "next_due": QT_TRANSLATE_NOOP("CaseTableModel", "Next deadline"),
    "mediator": QT_TRANSLATE_NOOP("CaseTableModel", "Mediator"),
    "claimed_fen": QT_TRANSLATE_NOOP("CaseTableModel", "Amount claimed"),
    "id_number": QT_TRANSLATE_NOOP("CaseTableModel", "ID number"),
}
SORT_KEYS = {"case_no": "case_no", "status": "status", "received_on": "received_on", "claimed_fen": "claimed"}
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CaseTableModel(QAbstractTableModel):
    sort_requested = Signal(str, bool)  # (core sort key, descending)

    def __init__(self, load_rows: RowLoader, block: int = 200, parent: Any = None):
        super().__init__(parent)
        self._load_rows = load_rows
        self._block = block
        self._ids: list[uuid.UUID] = []
        self._blocks: dict[int, dict[uuid.UUID, dict[str, Any]]] = {}

    def set_ids(self, ids: list[uuid.UUID]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._blocks.clear()
        self.endResetModel()

    def loaded_blocks(self) -> list[int]:
        return sorted(self._blocks)

    def case_id(self, row: int) -> uuid.UUID:
        return self._ids[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CaseTableModel", HEADERS[COLUMNS[section]])
        return None

    def row(self, row: int) -> dict[str, Any]:
        number = row // self._block
        block = self._blocks.get(number)
        if block is None:
            ids = self._ids[number * self._block:(number + 1) * self._block]
            block = self._blocks[number] = self._load_rows(ids)
        return block.get(self._ids[row], {})

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == CASE_ID_ROLE:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        value = self.row(index.row()).get(COLUMNS[index.column()])
        return _display(COLUMNS[index.column()], value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(COLUMNS[column])
        if key is not None:
            self.sort_requested.emit(key, order == Qt.SortOrder.DescendingOrder)


def _display(column: str, value: Any) -> str:
    if value is None:
        return ""
    if column == "status":
        return code_name("status", value)
    if column == "claimed_fen":
        return format_figures(value)
    return str(value)
