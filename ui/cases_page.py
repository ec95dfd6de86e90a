"""The Cases screen (案件): search-as-you-type, the filter bar, saved views and the case table.

Every query runs in the background through ``ctx.read``: the core's ``mediator.caselist`` does
filtering, search and sorting in SQL on a plain ``sqlite3`` connection (no ORM needed, so the first
page paints while the services are still loading) and the table (``CaseTableModel``) fetches rows per block as they are
shown. Search waits ``DEBOUNCE_MS`` after the last keystroke; each query carries a generation
number and a result older than the newest query is dropped, so a slow search never overwrites a
newer one. Saved views (``mediator.services.saved_views``) hold the filter, search and sort.
Double-click or Enter on a row asks the main window to open the case (``ctx.open_case``). Several
selected rows can have a document printed each ("Print documents…", also on the context menu).
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mediator import caselist
from mediator.domain.states import STATES
from mediator.i18n import code_name, t
from ui.case_filters import ANY, FilterBar, SaveViewDialog, picked
from ui.case_table import COLUMNS, SORT_KEYS, CaseTableModel, deadline_text
from ui.context import AppContext
from ui.errors import show_error
from ui.permissions import gate, why_not

DEBOUNCE_MS = 250
WHOLE_LIST_DELAY_MS = 400
FIRST_PAGE = 200  # ids asked for first, so the first screen paints before the whole list is known
DEFAULT_SORT = ("received_on", True)


def column_samples() -> dict[str, str]:
    """A typical widest value per column, to size the columns in the user's language."""
    return {"case_no": "旧城劳调〔2026〕第00000号", "applicant": t("{name} and {n} others", name="欧阳小明", n=36),
            "respondent": "旧城镇某某制衣有限公司", "status": max((code_name("status", s) for s in STATES), key=len),
            "received_on": "2026-11-23", "next_due": "2026-11-23 · " + deadline_text(dt.date(2026, 11, 23), dt.date(2026, 12, 5)),
            "mediator": "王调解员", "claimed_fen": "¥1,234,567.00", "id_number": "110105********002X"}


def find_ids(ctx: AppContext, spec: dict[str, Any], limit: int | None = None) -> list[bytes]:
    """The ids matching a view spec, in its order, as the table model keeps them (16-byte
    strings), read on the calling reader thread's plain connection (no ORM needed)."""
    f = spec.get("filter") or {}
    dates = {k: dt.date.fromisoformat(f[k]) if f.get(k) else None for k in ("received_from", "received_to")}
    case_filter = caselist.CaseFilter(status=f.get("status"), cause=f.get("cause"), mediator=f.get("mediator"),
                                     collective=f.get("collective"), search=spec.get("search") or None, **dates)
    sort, descending = spec.get("sort") or DEFAULT_SORT[0], spec.get("descending", DEFAULT_SORT[1])
    return caselist.case_ids(ctx.list_connection(), case_filter, sort=sort, descending=bool(descending), limit=limit)


def confirm(parent: QWidget, question: str) -> bool:
    """Ask a yes/no question (tests replace this, and only this, to answer it)."""
    answer = QMessageBox.question(parent, QCoreApplication.translate("CasesPage", "Delete view"), question)
    return answer == QMessageBox.StandardButton.Yes


log = logging.getLogger(__name__)

class CasesPage(QWidget):
    results_shown = Signal(int)  # the table holds a new result (first page or whole list)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self._keep_position = False
        self._sort = DEFAULT_SORT
        self._views: list[dict[str, Any]] = []
        self.running = False  # a query is in flight

        self.search = QLineEdit(accessibleName=self.tr("Search cases"), clearButtonEnabled=True)
        self.search.setPlaceholderText(self.tr("Search by name, ID number, case number or words of the facts"))
        self.search.installEventFilter(self)
        self.count_label = QLabel(accessibleName=self.tr("Number of matching cases"))
        self.views = QComboBox(accessibleName=self.tr("Saved views"))
        self.views.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.save_view_button = QPushButton(self.tr("Sa&ve view…"), accessibleName=self.tr("Save view"))
        self.delete_view_button = QPushButton(self.tr("&Delete view"), accessibleName=self.tr("Delete view"))
        self.print_button = QPushButton(self.tr("&Print documents…"), accessibleName=self.tr("Print documents"))
        self.filters = FilterBar()
        self.model = CaseTableModel(lambda ids: caselist.rows_by_id(ctx.list_connection(), ids), parent=self,
                                    submit=self._submit_rows)
        self.table = QTableView(accessibleName=self.tr("Cases"))
        self._set_up_table()

        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        views_label = QLabel(self.tr("Vie&w:"))
        views_label.setBuddy(self.views)
        top = QHBoxLayout()
        for widget in (search_label, self.search, self.count_label):
            top.addWidget(widget)
        top.setStretch(1, 1)
        top.addSpacing(24)
        for widget in (views_label, self.views, self.save_view_button, self.delete_view_button):
            top.addWidget(widget)
        top.addSpacing(24)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        for first, second in ((self.search, self.filters.status), (self.filters.clear_button, self.table),
                              (self.table, self.views), (self.views, self.save_view_button),
                              (self.save_view_button, self.delete_view_button)):
            QWidget.setTabOrder(first, second)

        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self._run_query)
        self.search.textEdited.connect(self._debounce.start)
        self.search.returnPressed.connect(self._run_query)
        self.filters.changed.connect(self._run_query)
        self.model.sort_requested.connect(self._sort_requested)
        self.table.activated.connect(self._open)
        self.views.activated.connect(self._view_picked)
        self.save_view_button.clicked.connect(self.ask_to_save_view)
        self.delete_view_button.clicked.connect(self.delete_current_view)
        self.print_button.clicked.connect(self.print_documents)
        self.table.selectionModel().selectionChanged.connect(self._gate_print)
        self.model.modelReset.connect(self._gate_print)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self._gate_print()
        ctx.cases_changed.connect(lambda _case_id: self.refresh())

        self._show_count(None)
        self._run_query()
        ctx.when_ready(self._load_choices)  # these read through the services, which may be loading

    def _load_choices(self) -> None:
        from mediator.services import queries, saved_views

        self.ctx.read(lambda: queries.filter_choices(self.ctx.ws), on_ok=self.filters.set_choices, parent=self,
                      name="filter choices")
        self.ctx.read(lambda: saved_views.list_views(self.ctx.ws, self.ctx.actor), on_ok=self._show_views, parent=self,
                      name="saved views")

    # --- public -------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def refresh(self) -> None:
        """Run the current query again, keeping the selected case and the scroll position."""
        self._run_query(keep_position=True)

    def spec(self) -> dict[str, Any]:
        """The current filter, search and sort, as a saved view holds them."""
        return {"filter": self.filters.values(), "search": self.search.text().strip(),
                "sort": self._sort[0], "descending": self._sort[1]}

    def apply_spec(self, spec: dict[str, Any]) -> None:
        self.filters.set_values(spec.get("filter") or {})
        self.search.setText(str(spec.get("search") or ""))
        sort = spec.get("sort") if spec.get("sort") in SORT_KEYS.values() else DEFAULT_SORT[0]
        self._sort = (sort, bool(spec.get("descending", DEFAULT_SORT[1])))
        self._show_sort()
        self._run_query()

    # --- querying -------------------------------------------------------------------------------
    def _run_query(self, keep_position: bool = False) -> None:
        self._debounce.stop()
        self._generation += 1
        generation = self._generation
        self._keep_position = keep_position
        self.running = True
        self._sync_view_combo()
        spec = self.spec()
        if keep_position:  # a refresh: one query, so the position can be restored in one go
            self._query(generation, spec, None)
        else:  # the first page at once, then every id (100,000 take about half a second)
            self._query(generation, spec, FIRST_PAGE)

    def _query(self, generation: int, spec: dict[str, Any], limit: int | None) -> None:
        self.ctx.read(find_ids, self.ctx, spec, limit, parent=self, name="case list",
                      on_ok=lambda ids: self._deliver(generation, ids, spec, limit),
                      on_error=lambda exc: self._failed(generation, exc))

    def _deliver(self, generation: int, ids: list[bytes], spec: dict[str, Any] | None = None,
                 limit: int | None = None) -> None:
        if generation != self._generation:
            return  # a newer query has been started; its result is the one to show
        if limit is not None:
            self.model.set_ids(ids)
            self.results_shown.emit(len(ids))
            if len(ids) < limit:
                self.running = False
                self._show_count(len(ids))
            else:
                self.count_label.setText(self.tr("{n}+ cases, counting…").format(n=len(ids)))
                # The whole list waits until typing pauses: a search typed on top of it stays quick.
                QTimer.singleShot(WHOLE_LIST_DELAY_MS, lambda: generation == self._generation
                                  and self._query(generation, spec or self.spec(), None))
            return
        if not self._keep_position:
            self.running = False
            self.model.extend_ids(ids)
            self._show_count(len(ids))
            self.results_shown.emit(len(ids))
            return
        self.running = False
        top = self.model.case_id(self.table.rowAt(0)) if self._keep_position and self.table.rowAt(0) >= 0 else None
        current = self.table.currentIndex()
        selected = self.model.case_id(current.row()) if self._keep_position and current.isValid() else None
        self.model.set_ids(ids)
        self._show_count(len(ids))
        self._restore(top, selected)
        self.results_shown.emit(len(ids))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.running = False
            show_error(self, exc)

    def _restore(self, top: uuid.UUID | None, selected: uuid.UUID | None) -> None:
        row = self.model.position(selected)
        if row is not None:
            self.table.selectRow(row)
        row = self.model.position(top)
        if row is not None:
            self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)

    def _show_count(self, n: int | None) -> None:
        self.count_label.setText(self.tr("{n} cases").format(n=n) if n is not None else self.tr("Searching…"))

    def _sort_requested(self, key: str, descending: bool) -> None:
        self._sort = (key, descending)
        self._run_query()

    def _show_sort(self) -> None:
        """Put the header's sort arrow on the sorted column without asking for another sort."""
        column = next(c for c, k in SORT_KEYS.items() if k == self._sort[0])
        order = Qt.SortOrder.DescendingOrder if self._sort[1] else Qt.SortOrder.AscendingOrder
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(COLUMNS.index(column), order)
        header.blockSignals(False)
        header.viewport().update()

    def _sort_indicator_changed(self, section: int, _order: Qt.SortOrder) -> None:
        if COLUMNS[section] not in SORT_KEYS:  # not sortable in SQL: keep showing the real order
            self._show_sort()

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.ctx.open_case.emit(str(self.model.case_id(index.row())), "")

    def _submit_rows(self, job, done, failed) -> None:  # noqa: ANN001 - see case_table.Submit
        def report(error: BaseException) -> None:
            # Said in the list itself, not in a dialog: a repaint may ask for several blocks at once.
            failed(error)
            log.warning("case list rows could not be read: %s", error)
            self.count_label.setText(self.tr("Rows could not be read: {reason}").format(reason=error))

        self.ctx.read(job, on_ok=done, on_error=report, name="case rows", parent=self)

    def _set_up_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # several, for batch printing
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        metrics, header, samples = table.fontMetrics(), table.horizontalHeader(), column_samples()
        for i, column in enumerate(COLUMNS):
            title = str(self.model.headerData(i, Qt.Orientation.Horizontal))
            header.resizeSection(i, max(metrics.horizontalAdvance(samples[column]),
                                        metrics.horizontalAdvance(title) + 24) + 16)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        self._show_sort()
        table.setSortingEnabled(True)  # before sort_requested is connected: no query for the initial arrow
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Down and self.model.rowCount():
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)
            return True
        return False

    # --- printing several cases' documents -----------------------------------------------------
    def selected_case_ids(self) -> list[str]:
        return [str(self.model.case_id(i.row())) for i in self.table.selectionModel().selectedRows()]

    def _gate_print(self) -> None:
        reason = why_not(self.ctx.actor, "print") or (
            None if self.table.selectionModel().hasSelection() else self.tr("Select one or more cases first"))
        gate(self.print_button, reason, self.tr("Print one document for each selected case"))

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self.table)
        action = menu.addAction(self.print_button.text(), self.print_documents)
        action.setEnabled(self.print_button.isEnabled())
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def print_documents(self) -> QDialog | None:
        """Open the batch printing dialog for the selected cases (non-blocking)."""
        ids = self.selected_case_ids()
        if not ids or why_not(self.ctx.actor, "print"):
            return None
        from ui.documents.batch_print import BatchPrintDialog

        dialog = BatchPrintDialog(self.ctx, ids, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- saved views ----------------------------------------------------------------------------
    def _show_views(self, views: list[dict[str, Any]]) -> None:
        self._views = views
        self.views.blockSignals(True)
        self.views.clear()
        self.views.addItem(self.tr("(current filters)"), ANY)
        for view in views:
            self.views.addItem(view["name"], view["name"])
        self.views.blockSignals(False)
        self._sync_view_combo()

    def _sync_view_combo(self) -> None:
        """Show the saved view the screen matches now, or "(current filters)"."""
        spec = self.spec()
        match = next((v["name"] for v in self._views if _same(v["spec"], spec)), None)
        self.views.blockSignals(True)
        self.views.setCurrentIndex(max(self.views.findData(match), 0) if match else 0)
        self.views.blockSignals(False)
        self.delete_view_button.setEnabled(match is not None)
        self.delete_view_button.setToolTip("" if match else self.tr("Pick a saved view to delete it"))

    def _view_picked(self, index: int) -> None:
        name = self.views.itemData(index) if 0 <= index < self.views.count() else None
        view = next((v for v in self._views if v["name"] == name), None)
        if view is not None:
            self.apply_spec(view["spec"])

    def ask_to_save_view(self) -> SaveViewDialog:
        """Open the name dialog (non-blocking); saving happens when it is accepted."""
        current = picked(self.views)
        dialog = SaveViewDialog([v["name"] for v in self._views], current or "", self)
        dialog.name_chosen.connect(self.save_view)
        dialog.open()
        return dialog

    def save_view(self, name: str) -> None:
        from mediator.services import saved_views

        self.ctx.write(saved_views.save_view, self.ctx.ws, self.ctx.actor, name, self.spec(),
                       on_ok=self._show_views, parent=self, name="save view", notify=False)

    def delete_current_view(self) -> None:
        name = picked(self.views)
        if name and confirm(self, self.tr("Delete the saved view “{name}”?").format(name=name)):
            from mediator.services import saved_views

            self.ctx.write(saved_views.delete_view, self.ctx.ws, self.ctx.actor, name,
                           on_ok=self._show_views, parent=self, name="delete view", notify=False)


def _same(saved: dict[str, Any], current: dict[str, Any]) -> bool:
    """Whether a saved spec describes the current screen (missing filter keys mean "any")."""
    saved_filter = {k: v for k, v in (saved.get("filter") or {}).items() if v is not None}
    current_filter = {k: v for k, v in current["filter"].items() if v is not None}
    return (saved_filter == current_filter and (saved.get("search") or "") == current["search"]
            and saved.get("sort", DEFAULT_SORT[0]) == current["sort"]
            and bool(saved.get("descending", DEFAULT_SORT[1])) == current["descending"])
