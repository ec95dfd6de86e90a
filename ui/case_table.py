"""The case list as a Qt table model over case ids (the calibre/qutebrowser pattern).

The model knows every matching id in list order, which the core's ``case_ids`` computes with the
filter, search and sort done in SQL. Row contents are fetched only for the blocks a view actually
shows (``rows_by_id``), cached by block, and dropped when a new id list arrives. Given a ``submit``
function, blocks load on a reader thread (the row stays blank for the few milliseconds until
``dataChanged``), and the neighbouring block is fetched before the view reaches it, so the GUI
thread never waits for the disk; without one they load synchronously. Each block's load time is
kept (``block_timings``). Sorting a column asks the owner
for a new id list (``sort_requested``); the model never sorts in Python. The next-deadline column
says its state in words ("3 days overdue") as well as in colour (``deadline_state``), so colour
is never the only signal.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
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
from PySide6.QtGui import QBrush, QColor

from mediator.domain.money import format_figures
from mediator.domain.states import REGISTERED
from mediator.i18n import code_name
from mediator.services.fields import beijing_today

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
RowLoader = Callable[[list[uuid.UUID]], dict[uuid.UUID, dict[str, Any]]]
# submit(job, done, failed): run job() off the GUI thread, then done(result) or failed(error) on it.
Submit = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]], None]

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
DEADLINE_STATE_ROLE = Qt.ItemDataRole.UserRole + 2  # "overdue", "due_today", "due_soon", "pending" or None
SOON_DAYS = 7  # as the Today list's horizon
SLOW_BLOCK_MS = 30
BLOCK_ROWS = 100  # rows fetched at a time: a screenful and more, in a few milliseconds
MAX_BLOCKS = 50  # blocks of rows kept (5,000 rows)
PREFETCH_ROWS = 40  # a view this close to a block's edge has the next block fetched already
# (foreground, background): dark text on a pale ground, readable in light and dark schemes alike.
DEADLINE_COLOURS = {
    "overdue": ("#842029", "#f8d7da"),
    "due_today": ("#842029", "#f8d7da"),
    "due_soon": ("#664d03", "#fff3cd"),
}


class CaseTableModel(QAbstractTableModel):
    sort_requested = Signal(str, bool)  # (core sort key, descending)

    def __init__(self, load_rows: RowLoader, block: int = BLOCK_ROWS, parent: Any = None,
                 today: Callable[[], dt.date] = beijing_today, submit: Submit | None = None):
        super().__init__(parent)
        self._load_rows = load_rows
        self._submit = submit
        self._pending: set[int] = set()  # blocks being fetched for the current id list
        self._generation = 0  # bumped with every new id list, so a late block is dropped
        self._block = block
        self._today = today
        # Ids are kept as 16-byte strings: a list of 100,000 UUID objects would be scanned by every
        # full garbage collection (and cost ~20 MB); bytes are neither.
        self._ids: list[bytes] = []
        self._blocks: dict[int, dict[bytes, dict[str, Any]]] = {}
        self.block_timings: list[float] = []  # milliseconds per block load, newest last (at most 100)

    def set_ids(self, ids: list[uuid.UUID] | list[bytes]) -> None:
        self.beginResetModel()
        self._ids = compact(ids)
        self._blocks.clear()
        self._pending.clear()
        self._generation += 1
        self.endResetModel()

    def extend_ids(self, ids: list[uuid.UUID] | list[bytes]) -> None:
        """Replace the list by ``ids``: rows are appended without a reset (keeping the view's
        scroll position and the loaded blocks) when ``ids`` begins with the current list."""
        ids = compact(ids)
        count = len(self._ids)
        if len(ids) < count or ids[:count] != self._ids:
            self.set_ids(ids)
            return
        if len(ids) > count:
            self.beginInsertRows(QModelIndex(), count, len(ids) - 1)
            self._ids = ids
            self.endInsertRows()

    @property
    def fetching(self) -> bool:
        """Whether some block is being fetched in the background."""
        return bool(self._pending)

    def loaded_blocks(self) -> list[int]:
        return sorted(self._blocks)

    def case_id(self, row: int) -> uuid.UUID:
        return uuid.UUID(bytes=self._ids[row])

    def ids(self) -> list[uuid.UUID]:
        return [uuid.UUID(bytes=b) for b in self._ids]

    def position(self, case_id: uuid.UUID | None) -> int | None:
        """The row of ``case_id`` in the current list, or None."""
        if case_id is None:
            return None
        try:
            return self._ids.index(case_id.bytes)
        except ValueError:
            return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CaseTableModel", HEADERS[COLUMNS[section]])
        return None

    def row(self, row: int) -> dict[str, Any]:
        """The row's values, or ``{}`` while its block is being fetched in the background."""
        number = row // self._block
        block = self._blocks.pop(number, None)
        if block is not None:
            self._blocks[number] = block  # most recently used last
            if self._submit is not None:
                offset = row - number * self._block
                if offset >= self._block - PREFETCH_ROWS:
                    self._fetch(number + 1)
                elif offset < PREFETCH_ROWS and number:
                    self._fetch(number - 1)
            return block.get(self._ids[row], {})
        if self._submit is not None:
            self._fetch(number)
            return {}
        ids = self._block_ids(number)
        started = time.perf_counter()
        self._store(number, self._load_rows(ids), (time.perf_counter() - started) * 1000)
        return self._blocks[number].get(self._ids[row], {})

    def _block_ids(self, number: int) -> list[uuid.UUID]:
        return [uuid.UUID(bytes=b) for b in self._ids[number * self._block:(number + 1) * self._block]]

    def _store(self, number: int, rows: dict[uuid.UUID, dict[str, Any]], elapsed: float) -> None:
        self._blocks[number] = {k.bytes: v for k, v in rows.items()}
        while len(self._blocks) > MAX_BLOCKS:  # scrolling the whole list keeps memory flat
            del self._blocks[next(iter(self._blocks))]
        self.block_timings = [*self.block_timings[-99:], elapsed]
        if elapsed > SLOW_BLOCK_MS:
            log.info("case list block %d (%d rows) loaded in %.0f ms", number, len(rows), elapsed)

    def _fetch(self, number: int) -> None:
        """Fetch block ``number`` on a reader thread unless it is loaded, pending or out of range."""
        if number in self._blocks or number in self._pending or number * self._block >= len(self._ids):
            return
        self._pending.add(number)
        ids, generation, load = self._block_ids(number), self._generation, self._load_rows

        def job() -> tuple[dict[uuid.UUID, dict[str, Any]], float]:
            started = time.perf_counter()
            rows = load(ids)
            return rows, (time.perf_counter() - started) * 1000

        def done(result: tuple[dict[uuid.UUID, dict[str, Any]], float]) -> None:
            if generation != self._generation:
                return  # fetched for an id list that has since been replaced
            self._pending.discard(number)
            self._store(number, *result)
            first = number * self._block
            last = min(len(self._ids), first + self._block) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

        def failed(_error: BaseException) -> None:
            pass  # the block stays pending (blank) until a new id list: no retry storm on a bad disk

        self._submit(job, done, failed)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == CASE_ID_ROLE:
            return uuid.UUID(bytes=self._ids[index.row()])
        column = COLUMNS[index.column()]
        if column == "next_due":
            return self._deadline_data(self.row(index.row()), role)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "claimed_fen":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.row(index.row())
        shown = row.get("_shown")
        if shown is None:  # the row's texts, made once: a repaint asks for each cell several times
            shown = row["_shown"] = {c: _display(c, row.get(c)) for c in COLUMNS if c != "next_due"} if row else {}
        return shown.get(column, "")

    def _deadline_data(self, row: dict[str, Any], role: int) -> Any:
        due = row.get("next_due")
        state = deadline_state(due, self._today()) if due is not None and not row.get("closed") else None
        if role == DEADLINE_STATE_ROLE:
            return state
        if state is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{due.isoformat()} · {deadline_text(due, self._today())}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return _clock_tip(row.get("status"), due) + " · " + deadline_text(due, self._today())
        colours = DEADLINE_COLOURS.get(state)
        if colours and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(colours[0]))
        if colours and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(colours[1]))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(COLUMNS[column])
        if key is not None:
            self.sort_requested.emit(key, order == Qt.SortOrder.DescendingOrder)


def deadline_state(due: dt.date, today: dt.date) -> str:
    """``overdue``, ``due_today``, ``due_soon`` (within ``SOON_DAYS``) or ``pending``."""
    left = (due - today).days
    return "overdue" if left < 0 else "due_today" if left == 0 else "due_soon" if left <= SOON_DAYS else "pending"


def deadline_text(due: dt.date, today: dt.date) -> str:
    """The deadline's state in words, so that colour is never the only signal."""
    left = (due - today).days
    if left < -1:
        return QCoreApplication.translate("CaseTableModel", "{n} days overdue").format(n=-left)
    if left == -1:
        return QCoreApplication.translate("CaseTableModel", "1 day overdue")
    if left == 0:
        return QCoreApplication.translate("CaseTableModel", "due today")
    if left == 1:
        return QCoreApplication.translate("CaseTableModel", "due tomorrow")
    if left <= SOON_DAYS:
        return QCoreApplication.translate("CaseTableModel", "due in {n} days").format(n=left)
    return QCoreApplication.translate("CaseTableModel", "ok")


def _clock_tip(status: str | None, due: dt.date) -> str:
    if status == REGISTERED:
        text = QCoreApplication.translate("CaseTableModel", "Acceptance decision due {date}")
    else:
        text = QCoreApplication.translate("CaseTableModel", "Mediation period ends {date}")
    return text.format(date=due.isoformat())


def _display(column: str, value: Any) -> str:
    if value is None:
        return ""
    if column == "status":
        return code_name("status", value)
    if column == "claimed_fen":
        return format_figures(value)
    return str(value)


def compact(ids: list[uuid.UUID] | list[bytes]) -> list[bytes]:
    """Ids as 16-byte strings (what the model keeps); ``find_ids`` already returns them so."""
    return [i.bytes for i in ids] if ids and isinstance(ids[0], uuid.UUID) else list(ids)
