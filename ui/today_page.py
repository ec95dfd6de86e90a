"""The Today screen (待办): every deadline due or overdue within the chosen number of days, grouped
by clock (acceptance decisions, mediation periods, agreement payments, review and confirmation
windows, limitation warnings). Each row says how late or how soon in words and in colour, marks
dates that rest on an unconfirmed holiday calendar as provisional, and opens its case at the tab
where the work is done with one click or Enter. Also home of ``OpenableTree``, the grouped list
both this screen and the hearings calendar use."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mediator.services import schedule
from mediator.services.fields import beijing_today
from ui import theme
from ui.context import AppContext

OPEN_ROLE = Qt.ItemDataRole.UserRole + 1  # (case id or number, tab key) of a row that opens a case

FILL_CHUNK = 100  # due items added per event-loop turn
GROUPS = (
    (("acceptance",), QT_TRANSLATE_NOOP("TodayPage", "Acceptance decisions")),
    (("mediation",), QT_TRANSLATE_NOOP("TodayPage", "Mediation periods")),
    (("performance",), QT_TRANSLATE_NOOP("TodayPage", "Agreement payments")),
    (("review", "confirmation"), QT_TRANSLATE_NOOP("TodayPage", "Review and confirmation windows")),
    (("limitation",), QT_TRANSLATE_NOOP("TodayPage", "Limitation warnings")),
)
WHAT = {
    "acceptance": QT_TRANSLATE_NOOP("TodayPage", "Decide whether to accept the application"),
    "mediation": QT_TRANSLATE_NOOP("TodayPage", "Mediation period ends"),
    "review": QT_TRANSLATE_NOOP("TodayPage", "Last day to apply for arbitral review"),
    "confirmation": QT_TRANSLATE_NOOP("TodayPage", "Last day to apply for judicial confirmation"),
    "limitation": QT_TRANSLATE_NOOP("TodayPage", "Limitation period for arbitration ends"),
}
TABS = {"acceptance": "parties", "mediation": "hearings", "performance": "performance",
        "review": "agreement", "confirmation": "agreement", "limitation": "claims"}
WITHIN_DAYS = (0, 3, 7, 14, 30)
COLUMNS = (QT_TRANSLATE_NOOP("TodayPage", "Case number"), QT_TRANSLATE_NOOP("TodayPage", "Parties"),
           QT_TRANSLATE_NOOP("TodayPage", "What is due"), QT_TRANSLATE_NOOP("TodayPage", "Due date"),
           QT_TRANSLATE_NOOP("TodayPage", "State"))


class OpenableTree(QTreeWidget):
    """A grouped list whose rows (items carrying ``OPEN_ROLE``) open with one click or Enter;
    group headers only fold. A double click opens once, not twice."""

    open_requested = Signal(str, str)  # (case id or number, tab key)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QTreeWidget.SelectionBehavior.SelectRows)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.header().setStretchLastSection(True)
        self.itemClicked.connect(lambda item, _column: self._open(item))
        self._last: tuple[Any, float] = (None, 0.0)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None and item.data(0, OPEN_ROLE):
            self._open(item, debounce=False)
            return
        super().keyPressEvent(event)

    def _open(self, item: QTreeWidgetItem, debounce: bool = True) -> None:
        target = item.data(0, OPEN_ROLE)
        if not target:
            return
        now = time.monotonic()
        if debounce and self._last[0] == target and now - self._last[1] < QApplication.doubleClickInterval() / 1000:
            return
        self._last = (target, now)
        self.open_requested.emit(*target)

    def fit_columns(self, padding: int = 20) -> None:
        """Each column as wide as its widest row (group headers span and do not count), plus air."""
        for column in range(self.columnCount() - 1):
            self.resizeColumnToContents(column)
            self.setColumnWidth(column, self.columnWidth(column) + padding)

    def add_group(self, title: str) -> QTreeWidgetItem:
        """A bold header row spanning all columns, expanded."""
        header = QTreeWidgetItem([title])
        header.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = QFont(self.font())
        font.setBold(True)
        header.setFont(0, font)
        self.addTopLevelItem(header)
        header.setFirstColumnSpanned(True)
        header.setExpanded(True)
        return header


def state_text(days_left: int) -> str:
    """"Overdue by 3 days", "Due today", "Due in 2 days", in words."""
    if days_left < -1:
        return QCoreApplication.translate("TodayPage", "Overdue by {n} days").format(n=-days_left)
    if days_left == -1:
        return QCoreApplication.translate("TodayPage", "Overdue by 1 day")
    if days_left == 0:
        return QCoreApplication.translate("TodayPage", "Due today")
    if days_left == 1:
        return QCoreApplication.translate("TodayPage", "Due tomorrow")
    return QCoreApplication.translate("TodayPage", "Due in {n} days").format(n=days_left)


def what_text(item: dict[str, Any]) -> str:
    if item["clock"] == "performance":
        if item.get("term"):
            return QCoreApplication.translate("TodayPage", "Payment under term {n} of the agreement").format(n=item["term"])
        return QCoreApplication.translate("TodayPage", "Agreement payment")
    return QCoreApplication.translate("TodayPage", WHAT.get(item["clock"], item["clock"]))


def parties_text(item: dict[str, Any]) -> str:
    if item.get("applicant") and item.get("respondent"):
        text = QCoreApplication.translate("TodayPage", "{applicant} v. {respondent}")
        return text.format(applicant=item["applicant"], respondent=item["respondent"])
    return item.get("applicant") or item.get("respondent") or ""


class TodayPage(QWidget):
    """The due list grouped by clock; ``refresh()`` reloads it (also on ``ctx.cases_changed``).
    ``today`` fixes the date the list is computed for (tests); by default it is Beijing's today."""

    loaded = Signal()  # a load finished and the list shows its result

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._today = today
        self._generation = 0
        self.items: list[dict[str, Any]] = []

        self.within = QComboBox()
        for days in WITHIN_DAYS:
            self.within.addItem(self.tr("Overdue and due today") if days == 0 else self.tr("Within {n} days").format(n=days), days)
        self.within.setCurrentIndex(WITHIN_DAYS.index(7))
        self.within.setAccessibleName(self.tr("Show deadlines due within"))
        within_label = QLabel(self.tr("&Show:"))
        within_label.setBuddy(self.within)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the due list"))
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Summary of deadlines"))
        self.summary.setWordWrap(True)

        self.tree = OpenableTree()
        self.tree.setHeaderLabels([self.tr(c) for c in COLUMNS])
        self.tree.setAccessibleName(self.tr("Deadlines due or overdue, grouped by kind"))
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)
        self.footnote = QLabel(self.tr("Dates marked “provisional” were counted without the official holiday "
                                       "calendar for their year, which is not yet confirmed; they may move when it is."))
        self.footnote.setWordWrap(True)
        self.footnote.hide()

        bar = QHBoxLayout()
        bar.addWidget(within_label)
        bar.addWidget(self.within)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.footnote)
        self.setTabOrder(self.within, self.refresh_button)
        self.setTabOrder(self.refresh_button, self.tree)

        self.within.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        self.tree.open_requested.connect(self.ctx.open_case.emit)
        self.ctx.cases_changed.connect(lambda _case_id: self.refresh())
        self.refresh()

    def within_days(self) -> int:
        return int(self.within.currentData())

    def set_within(self, days: int) -> None:
        self.within.setCurrentIndex(WITHIN_DAYS.index(days))

    def refresh(self) -> None:
        """Reload the due list in the background; a newer load supersedes an older one."""
        self._generation += 1
        generation, today, within = self._generation, self._today or beijing_today(), self.within_days()
        if not self.summary.text():
            self.summary.setText(self.tr("Loading…"))
        self.ctx.read(schedule.due_items, self.ctx.ws, today=today, within=within, parent=self, name="due_items",
                      on_ok=lambda items: self._show(generation, today, within, items))

    def _show(self, generation: int, today: dt.date, within: int, items: list[dict[str, Any]]) -> None:
        if generation != self._generation:
            return
        self.items = items
        self.tree.clear()
        work: list[tuple[QTreeWidgetItem, dict[str, Any]]] = []
        for clocks, title in GROUPS:
            rows = [i for i in items if i["clock"] in clocks]
            if rows:
                group = self.tree.add_group(self.tr("{title} ({n})").format(title=self.tr(title), n=len(rows)))
                group.setData(0, Qt.ItemDataRole.UserRole, clocks[0])
                work += [(group, i) for i in rows]
        self._summarise(today, within, items)
        self._fill(generation, today, work, first=True)

    def _fill(self, generation: int, today: dt.date, work: list, first: bool = False) -> None:
        """Add rows a chunk per event-loop turn: a thousand due items never freeze the window."""
        if generation != self._generation:
            return
        chunk, rest = work[:FILL_CHUNK], work[FILL_CHUNK:]
        for group, item in chunk:
            group.addChild(self._row(item, today))
        if first:
            self.tree.fit_columns()  # from the first rows: measuring a thousand costs a frame
        if rest:
            QTimer.singleShot(0, lambda: self._fill(generation, today, rest))
        else:
            self.loaded.emit()

    def _row(self, item: dict[str, Any], today: dt.date) -> QTreeWidgetItem:
        due = dt.date.fromisoformat(item["due"])
        days_left = (due - today).days
        due_text = item["due"]
        tip = item["rule"]
        if item["provisional"]:
            due_text += "  " + self.tr("(provisional)")
            tip += "\n" + self.tr("Provisional: the official holiday calendar for {year} is not confirmed yet, "
                                  "so this date may still move.").format(year=due.year)
        row = QTreeWidgetItem([item["case_no"], parties_text(item), what_text(item), due_text, state_text(days_left)])
        row.setData(0, OPEN_ROLE, (item.get("case_id") or item["case_no"], TABS.get(item["clock"], "")))
        colour = theme.deadline_colour(item["state"] if days_left >= 0 else "overdue")
        if colour is not None:
            row.setForeground(4, colour)
        if days_left < 0:
            font = QFont(self.tree.font())
            font.setBold(True)
            row.setFont(4, font)
        if item["provisional"]:
            font = QFont(self.tree.font())
            font.setItalic(True)
            row.setFont(3, font)
        for column in range(len(COLUMNS)):
            row.setToolTip(column, tip)
        return row

    def _summarise(self, today: dt.date, within: int, items: list[dict[str, Any]]) -> None:
        overdue = sum(1 for i in items if i["due"] < today.isoformat())
        due_today = sum(1 for i in items if i["due"] == today.isoformat())
        later = len(items) - overdue - due_today
        text = self.tr("Today is {today}: {overdue} overdue, {due_today} due today, {later} coming up.")
        self.summary.setText(text.format(today=today.isoformat(), overdue=overdue, due_today=due_today, later=later))
        if items:
            self.stack.setCurrentWidget(self.tree)
        else:
            self.empty.setText(self.tr("Nothing is due or overdue today.") if within == 0 else
                               self.tr("Nothing is due or overdue within the next {n} days.").format(n=within))
            self.stack.setCurrentWidget(self.empty)
        self.footnote.setVisible(any(i["provisional"] for i in items))
