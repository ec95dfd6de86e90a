"""The worker list of an application by several workers (collective when 10 or more): a table of
name, ID number, phone, address, job and a representative tick box. Rows are added and removed
with buttons, or pasted from a spreadsheet with Ctrl+V anywhere in the table (see ``paste``).
ID numbers and phones are checked as they are entered: a bad cell turns red (amber for a
warning) and its message shows under the table when the cell is current."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mediator.domain.validators import check_mobile
from mediator.services.intake import COLLECTIVE_MIN_WORKERS
from ui.intake.paste import WORKER_FIELDS, is_table_text, read_workers
from ui.intake.validation import COLOURS, ERROR, OK, WARNING, FieldNote, Note, citizen_id_note, phone_note
from ui.mnemonic import without_mnemonic

COLUMN = {name: i for i, name in enumerate(WORKER_FIELDS)}
REP = COLUMN["is_representative"]
TINTS = {ERROR: "#fde7e7", WARNING: "#fff4d6"}
NOTE_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under the empty context


class WorkerGrid(QTableWidget):
    """The table itself; Ctrl+V (outside a cell editor) asks the owner to paste."""

    paste_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class WorkerTable(QWidget):
    """``workers()`` gives the applicants' dicts in row order, skipping empty rows."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, rows: int = 3):
        super().__init__(parent)
        headers = [self.tr("Name"), self.tr("ID number"), self.tr("Phone"), self.tr("Address"), self.tr("Job"),
                   self.tr("Representative")]
        self.grid = WorkerGrid(0, len(WORKER_FIELDS))
        self.grid.setHorizontalHeaderLabels(headers)
        self.grid.setAccessibleName(self.tr("Workers"))
        self.grid.setAccessibleDescription(self.tr("Paste rows copied from Excel with Ctrl+V; tick the elected representatives"))
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.grid.setTabKeyNavigation(False)  # Tab leaves the table, following the form's order
        header = self.grid.horizontalHeader()
        for col, mode in enumerate([QHeaderView.ResizeMode.Interactive] * 3 + [QHeaderView.ResizeMode.Stretch]
                                   + [QHeaderView.ResizeMode.Interactive] * 2):
            header.setSectionResizeMode(col, mode)
        for col, width in ((0, 90), (1, 170), (2, 120), (4, 80), (5, 100)):
            self.grid.setColumnWidth(col, width)
        self.grid.setMinimumHeight(300)
        self.add_button = QPushButton(self.tr("&Add worker"))
        self.remove_button = QPushButton(self.tr("Remo&ve selected"))
        self.paste_button = QPushButton(self.tr("&Paste from Excel"))
        for button in (self.add_button, self.remove_button, self.paste_button):
            button.setAccessibleName(without_mnemonic(button.text()))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.cell_note = FieldNote()
        self.paste_note = FieldNote()
        self.paste_note.setAccessibleName(self.tr("Paste problems"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.paste_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.grid)
        layout.addWidget(self.paste_note)
        layout.addWidget(self.cell_note)
        layout.addWidget(self.summary)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected)
        self.paste_button.clicked.connect(self.paste)
        self.grid.paste_requested.connect(self.paste)
        self.grid.itemChanged.connect(self._item_changed)
        self.grid.currentCellChanged.connect(lambda row, col, _r, _c: self._show_cell_note(row, col))
        self._loading = False
        for _ in range(rows):
            self.add_row(edit=False)
        self._update_summary()

    # rows --------------------------------------------------------------------------------
    def add_row(self, edit: bool = True) -> int:
        row = self.grid.rowCount()
        self._loading = True
        self.grid.insertRow(row)
        for col in range(len(WORKER_FIELDS)):
            item = QTableWidgetItem()
            if col == REP:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("representative"))
            self.grid.setItem(row, col, item)
        self._loading = False
        if edit is True:
            self.grid.setCurrentCell(row, 0)
            self.grid.editItem(self.grid.item(row, 0))
            self.changed.emit()
        return row

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.grid.selectedIndexes()} | {self.grid.currentRow()} - {-1}, reverse=True)
        for row in rows:
            self.grid.removeRow(row)
        if rows:
            self._update_summary()
            self.changed.emit()

    def _row_values(self, row: int) -> dict[str, object]:
        values: dict[str, object] = {}
        for name, col in COLUMN.items():
            item = self.grid.item(row, col)
            if col == REP:
                values[name] = item is not None and item.checkState() == Qt.CheckState.Checked
            elif item is not None and item.text().strip():
                values[name] = item.text().strip()
        return values

    def _filled_rows(self) -> list[int]:
        return [r for r in range(self.grid.rowCount()) if any(v for k, v in self._row_values(r).items() if k != "is_representative")]

    def workers(self) -> list[dict[str, object]]:
        """The workers as ``parse_case`` reads them; a landline in the phone column goes to ``landline``."""
        result = []
        for row in self._filled_rows():
            worker = self._row_values(row)
            phone = str(worker.get("phone", ""))
            if phone and check_mobile(phone).errors and not phone_note(phone).blocking:
                worker["landline"] = worker.pop("phone")
            result.append(worker)
        return result

    def set_workers(self, workers: list[dict], start_row: int = 0, start_column: int = 0) -> None:
        """Write ``workers`` from ``start_row`` down, adding rows as needed; columns a worker
        does not name keep their contents."""
        self._loading = True
        for offset, worker in enumerate(workers):
            row = start_row + offset
            while row >= self.grid.rowCount():
                self.add_row(edit=False)
                self._loading = True
            for name, value in worker.items():
                if name == "landline" and not worker.get("phone"):
                    name = "phone"
                col = COLUMN.get(name)
                if col is None or col < start_column:
                    continue
                item = self.grid.item(row, col)
                if col == REP:
                    item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
                else:
                    item.setText(str(value or ""))
                    self._check_item(item)
        self._loading = False
        self._update_summary()

    def clear(self) -> None:
        self.grid.setRowCount(0)

    # paste -------------------------------------------------------------------------------
    def paste(self) -> None:
        text = QGuiApplication.clipboard().text()
        row, col = max(self.grid.currentRow(), 0), max(self.grid.currentColumn(), 0)
        if not is_table_text(text):
            item = self.grid.item(row, col) if self.grid.rowCount() else None
            if item is not None and col != REP and text.strip():
                item.setText(text.strip())
            return
        pasted = read_workers(text, 0 if self.grid.currentColumn() < 0 else col)
        if pasted.problems:
            self.paste_note.show_note(Note(ERROR, tr("Nothing was pasted:") + " " + "; ".join(pasted.problems)))
            return
        if self.grid.currentRow() < 0:
            filled = self._filled_rows()
            row = filled[-1] + 1 if filled else 0
        self.set_workers(pasted.workers, row, 0 if pasted.had_headings else col)
        self.paste_note.show_note(Note(OK, tr("{n} workers pasted").format(n=len(pasted.workers))))
        self.changed.emit()

    # checks ------------------------------------------------------------------------------
    def _check_item(self, item: QTableWidgetItem) -> None:
        checks = {COLUMN["id_number"]: citizen_id_note, COLUMN["phone"]: phone_note}
        check = checks.get(item.column())
        note = check(item.text()) if check else Note()
        self._mark(item, note)

    def recheck(self) -> None:
        """Re-run the cell checks, dropping the marks of the last save attempt."""
        self._loading = True
        for row in range(self.grid.rowCount()):
            for col in range(REP):
                if self.grid.item(row, col) is not None:
                    self._check_item(self.grid.item(row, col))
        self._loading = False
        self._update_summary()

    def _mark(self, item: QTableWidgetItem, note: Note) -> None:
        tint = TINTS.get(note.level)
        item.setBackground(QBrush(QColor(tint)) if tint else QBrush())
        item.setToolTip(note.text)
        item.setData(NOTE_ROLE, note)
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, note.text)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        self._loading = True
        if item.column() != REP:
            self._check_item(item)
        self._loading = False
        self._show_cell_note(item.row(), item.column())
        self._update_summary()
        self.changed.emit()

    def _show_cell_note(self, row: int, col: int) -> None:
        item = self.grid.item(row, col) if row >= 0 and col >= 0 else None
        note = item.data(NOTE_ROLE) if item is not None else None
        if isinstance(note, Note) and note.text:
            header = self.grid.horizontalHeaderItem(col).text()
            self.cell_note.show_note(Note(note.level, tr("Row {row}, {column}: {message}").format(
                row=row + 1, column=header, message=note.text)))
        else:
            self.cell_note.show_note(Note())

    def show_problem(self, index: int, field: str, message: str, level: str = ERROR) -> QTableWidgetItem:
        """Mark the cell of applicant ``index`` that a save problem names; returns it."""
        rows = self._filled_rows()
        row = rows[index] if 0 <= index < len(rows) else max(self.grid.rowCount() - 1, 0)
        field = {"sex": "id_number", "birth_date": "id_number", "id_type": "id_number", "landline": "phone",
                 "": "phone"}.get(field, field)
        item = self.grid.item(row, COLUMN.get(field, 0))
        if message:
            self._mark(item, Note(level, message))
        return item

    def focus_item(self, item: QTableWidgetItem) -> None:
        self.grid.setFocus()
        self.grid.setCurrentItem(item)
        self.grid.scrollToItem(item)
        self._show_cell_note(item.row(), item.column())

    def _update_summary(self) -> None:
        workers = self._filled_rows()
        reps = sum(1 for r in workers if self._row_values(r)["is_representative"])
        n = len(workers)
        text = tr("{n} workers, {reps} representatives").format(n=n, reps=reps)
        level = OK
        if n >= COLLECTIVE_MIN_WORKERS:
            text += " — " + tr("a collective dispute (10 or more workers): tick the 3 to 5 elected representatives")
            level = ERROR if reps == 0 else OK if 3 <= reps <= 5 else WARNING
        elif n:
            text += " — " + tr("fewer than 10 workers: registered as co-applicants, not a collective dispute")
        self.summary.setText(text)
        self.summary.setStyleSheet(f"color: {COLOURS[level]};" if level != OK else "")
        self.summary.setAccessibleName(text)
