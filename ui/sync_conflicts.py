"""The Sync page's conflict inbox: records that this computer and another one changed at the same
time, listed by case and record; the selected one is shown side by side (field in the user's
language, the central store's value, this computer's value, differing fields marked in words and
in colour) with the two ways to resolve it. Data from ``mediator.sync.inbox_views.open_conflicts``
and resolution by ``mediator.sync.inbox_resolve.resolve``, both through ``ctx.read``/``ctx.write``.
Double-clicking a conflict opens its case."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from mediator.sync.inbox_resolve import resolve
from mediator.sync.inbox_views import open_conflicts
from ui import theme
from ui.case_view.parties_tab import fill, read_only_table
from ui.context import AppContext

CENTRAL_COLUMN, MINE_COLUMN = 2, 3  # of the comparison: field, same?, central store, this computer


class ConflictInbox(QGroupBox):
    """``refresh()`` reads the open conflicts; ``resolved(case_id)`` after a resolution was saved."""

    resolved = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[dict[str, Any]] = []
        self.setTitle(self.tr("Conflicts to resolve"))
        self.empty = QLabel(self.tr("No conflicts: nothing changed on this computer was also changed elsewhere."))
        self.empty.setWordWrap(True)
        self.intro = QLabel(self.tr(
            "These records were changed on this computer and on another one before either was synced. Nothing "
            "was lost: choose which version to keep. Double-click a conflict to open its case."))
        self.intro.setWordWrap(True)
        self.list = read_only_table([self.tr("Case number"), self.tr("Record"), self.tr("Differing fields")], self,
                                    self.tr("Conflicts"))
        self.list.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.list.itemSelectionChanged.connect(self._show_selected)
        self.list.cellDoubleClicked.connect(self._open_case)
        self.compare = read_only_table([self.tr("Field"), self.tr("Same?"), self.tr("Central store"),
                                        self.tr("This computer")], self, self.tr("The two versions"))
        self.compare.setWordWrap(True)
        header = self.compare.horizontalHeader()
        header.setStretchLastSection(False)
        for column in (CENTRAL_COLUMN, MINE_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.keep_central = QPushButton(self.tr("Keep the central store's version"))
        self.keep_central.setToolTip(self.tr("This computer takes the version the central store has."))
        self.keep_central.clicked.connect(lambda: self._resolve("central"))
        self.keep_mine = QPushButton(self.tr("Keep this computer's version"))
        self.keep_mine.setToolTip(self.tr("This computer's version is sent at the next sync and replaces the "
                                          "central store's everywhere."))
        self.keep_mine.clicked.connect(lambda: self._resolve("mine"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for widget in (self.keep_central, self.keep_mine):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.compare, 1)
        right_layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([420, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.intro)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message)  # outside the splitter: still seen once the last conflict is gone
        self._show([])

    # -- reading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self.ctx.read(open_conflicts, self.ctx.ws, on_ok=self._show, on_error=self._read_failed, parent=self,
                      name="sync_conflicts")

    def _read_failed(self, exc: BaseException) -> None:
        self.empty.setText(self.tr("The conflicts cannot be read: {reason}").format(reason=str(exc)))
        self.empty.show()

    def _show(self, entries: list[dict[str, Any]]) -> None:
        selected = self._selected_id()
        self.entries = entries
        has = bool(entries)
        self.empty.setVisible(not has)
        self.intro.setVisible(has)
        self.splitter.setVisible(has)
        fill(self.list, [[e["case_no"] or self.tr("(not tied to a case)"), e["what"], e["differing_names"]]
                         for e in entries])
        row = next((i for i, e in enumerate(entries) if e["id"] == selected), 0)
        if has:
            self.list.selectRow(row)
        self._show_selected()

    def _selected_id(self) -> int | None:
        entry = self.selected()
        return entry["id"] if entry else None

    def selected(self) -> dict[str, Any] | None:
        rows = self.list.selectionModel().selectedRows() if self.list.selectionModel() else []
        if not rows or rows[0].row() >= len(self.entries):
            return None
        return self.entries[rows[0].row()]

    def _show_selected(self) -> None:
        entry = self.selected()
        fields = entry["fields"] if entry else []
        fill(self.compare, [[f["label"], self.tr("different") if f["differs"] else self.tr("same"), f["central"],
                             f["mine"]] for f in fields])
        colour = theme.deadline_colour("due_soon")
        for r, f in enumerate(fields):
            if not f["differs"]:
                continue
            for c in range(self.compare.columnCount()):
                item = self.compare.item(r, c)
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
                if colour is not None:
                    item.setForeground(QBrush(colour))
        self.compare.resizeRowsToContents()
        self.keep_central.setEnabled(entry is not None)
        self.keep_mine.setEnabled(entry is not None)

    # -- acting ------------------------------------------------------------------------------
    def _resolve(self, choice: str) -> None:
        entry = self.selected()
        if entry is None:
            return
        self.keep_central.setEnabled(False)
        self.keep_mine.setEnabled(False)
        self.message.setText("")
        self.ctx.write(resolve, self.ctx.ws, self.ctx.actor, entry["id"], choice, case_id=entry["case_id"],
                       on_ok=self._resolved, on_error=self._failed, parent=self, name="sync_resolve")

    def _resolved(self, result: dict[str, Any]) -> None:
        self.message.setText(self.tr("Saved. The choice is sent to the central store at the next sync."))
        self.resolved.emit(result.get("case_id", ""))
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(str(exc))
        self._show_selected()

    def _open_case(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.entries) and self.entries[row]["case_id"]:
            self.ctx.open_case.emit(self.entries[row]["case_id"], "")
