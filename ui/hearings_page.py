"""The hearings calendar (调解日程): hearings of one day or one week (Monday to Sunday) with a date
navigator, listed by day with time, case number, place, mediators and parties. Double bookings (a
mediator or a room in two hearings whose times overlap; a hearing without an end time counts as
``schedule.DEFAULT_HEARING_LENGTH``) are named in a summary at the top and marked, in words and in
colour, on both rows. A row opens its case at the hearings tab with one click or Enter."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mediator.i18n import code_name
from mediator.services import schedule
from mediator.services.fields import beijing_today
from ui import theme
from ui.context import AppContext
from ui.today_page import OPEN_ROLE, OpenableTree

COLUMNS = (QT_TRANSLATE_NOOP("HearingsPage", "Time"), QT_TRANSLATE_NOOP("HearingsPage", "Case number"),
           QT_TRANSLATE_NOOP("HearingsPage", "Place"), QT_TRANSLATE_NOOP("HearingsPage", "Mediators"),
           QT_TRANSLATE_NOOP("HearingsPage", "Parties"), QT_TRANSLATE_NOOP("HearingsPage", "Status"))
STATUS_COLUMN = 5
SUMMARY_LINES = 6


def week_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """Monday and Sunday of the week holding ``day``."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


class HearingsPage(QWidget):
    """Hearings by day or by week; ``refresh()`` reloads (also on ``ctx.cases_changed``).
    ``today`` fixes the date "Today" goes to (tests); by default it is Beijing's today."""

    loaded = Signal()  # a load finished and the list shows its result

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._today = today
        self.anchor = self.today()
        self._generation = 0
        self.hearings: list[dict[str, Any]] = []
        self.conflicts: list[schedule.Conflict] = []

        self.day_button = QPushButton(self.tr("&Day"))
        self.week_button = QPushButton(self.tr("&Week"))
        self.mode = QButtonGroup(self)
        for button, name in ((self.day_button, self.tr("Show one day")), (self.week_button, self.tr("Show one week"))):
            button.setCheckable(True)
            button.setAccessibleName(name)
            self.mode.addButton(button)
        self.week_button.setChecked(True)
        self.previous_button = QPushButton(self.tr("◀ &Previous"))
        self.previous_button.setAccessibleName(self.tr("Previous period"))
        self.today_button = QPushButton(self.tr("&Today"))
        self.today_button.setAccessibleName(self.tr("Go to today"))
        self.next_button = QPushButton(self.tr("&Next ▶"))
        self.next_button.setAccessibleName(self.tr("Next period"))
        self.period = QLabel()
        self.period.setAccessibleName(self.tr("Period shown"))
        font = self.period.font()
        font.setBold(True)
        self.period.setFont(font)
        self.conflict_summary = QLabel()
        self.conflict_summary.setAccessibleName(self.tr("Conflicts"))
        self.conflict_summary.setWordWrap(True)
        self.conflict_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.conflict_summary.hide()

        self.tree = OpenableTree()
        self.tree.setHeaderLabels([self.tr(c) for c in COLUMNS])
        self.tree.setAccessibleName(self.tr("Hearings by day"))
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)

        bar = QHBoxLayout()
        for widget in (self.day_button, self.week_button, self.previous_button, self.today_button, self.next_button):
            bar.addWidget(widget)
        bar.addSpacing(12)
        bar.addWidget(self.period)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.conflict_summary)
        layout.addWidget(self.stack, 1)
        order = (self.day_button, self.week_button, self.previous_button, self.today_button, self.next_button, self.tree)
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)

        self.mode.buttonClicked.connect(lambda _button: self.refresh())
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_today)
        self.tree.open_requested.connect(lambda case, _tab: self.ctx.open_case.emit(case, "hearings"))
        self.ctx.cases_changed.connect(lambda _case_id: self.refresh())
        self.refresh()

    def today(self) -> dt.date:
        return self._today or beijing_today()

    def is_week(self) -> bool:
        return self.week_button.isChecked()

    def set_week(self, week: bool) -> None:
        (self.week_button if week else self.day_button).setChecked(True)
        self.refresh()

    def period_shown(self) -> tuple[dt.date, dt.date]:
        return week_of(self.anchor) if self.is_week() else (self.anchor, self.anchor)

    def step(self, direction: int) -> None:
        """Move one day or one week back (-1) or forward (+1)."""
        self.anchor += dt.timedelta(days=(7 if self.is_week() else 1) * direction)
        self.refresh()

    def go_today(self) -> None:
        self.anchor = self.today()
        self.refresh()

    def show_date(self, day: dt.date) -> None:
        self.anchor = day
        self.refresh()

    def refresh(self) -> None:
        """Reload the period shown in the background; a newer load supersedes an older one."""
        self._generation += 1
        generation = self._generation
        start, end = self.period_shown()
        if start == end:
            self.period.setText(f"{self._day_name(start)} {start.isoformat()}")
        else:
            self.period.setText(self.tr("Week of {start} – {end}").format(start=start.isoformat(), end=end.isoformat()))
        self.ctx.read(schedule.hearings_between, self.ctx.ws, start, end, parent=self, name="hearings_between",
                      on_ok=lambda found: self._show(generation, start, end, found))

    def _show(self, generation: int, start: dt.date, end: dt.date, hearings: list[dict[str, Any]]) -> None:
        if generation != self._generation:
            return
        self.hearings = hearings
        self.conflicts = schedule.find_conflicts(hearings)
        by_id = {h["id"]: h for h in hearings}
        clashes: dict[str, dict[str, list[str]]] = {}  # hearing id → the other hearing's id → what both need
        for c in self.conflicts:
            clashes.setdefault(c.first, {}).setdefault(c.second, []).append(c.resource)
            clashes.setdefault(c.second, {}).setdefault(c.first, []).append(c.resource)
        notes = {hid: [self._row_note(by_id[other], needs) for other, needs in others.items()]
                 for hid, others in clashes.items()}
        self.tree.clear()
        day = start
        while day <= end:
            todays = [h for h in hearings if h["starts_at"].date() == day]
            if todays or start != end:
                self._add_day(day, todays, notes)
            day += dt.timedelta(days=1)
        self.tree.fit_columns()
        self._summarise(by_id)
        if hearings:
            self.stack.setCurrentWidget(self.tree)
        else:
            self.empty.setText(self.tr("No hearings on this day.") if start == end else self.tr("No hearings this week."))
            self.stack.setCurrentWidget(self.empty)
        self.loaded.emit()

    def _day_name(self, day: dt.date) -> str:
        return QLocale().toString(QDate(day.year, day.month, day.day), "dddd")

    def _add_day(self, day: dt.date, hearings: list[dict[str, Any]], notes: dict[str, list[str]]) -> None:
        if not hearings:
            count = self.tr("no hearings")
        elif len(hearings) == 1:
            count = self.tr("1 hearing")
        else:
            count = self.tr("{n} hearings").format(n=len(hearings))
        title = self.tr("{weekday} {date} ({count})").format(weekday=self._day_name(day), date=day.isoformat(), count=count)
        if day == self.today():
            title += "  · " + self.tr("today")
        group = self.tree.add_group(title)
        if not hearings:
            group.setForeground(0, self.palette().placeholderText())
        group.addChildren([self._row(h, notes.get(h["id"], [])) for h in hearings])
        group.setExpanded(True)

    def _row(self, h: dict[str, Any], notes: list[str]) -> QTreeWidgetItem:
        starts = h["starts_at"].strftime("%H:%M")
        if h["ends_at"] is not None:
            time_text = f"{starts}–{h['ends_at'].strftime('%H:%M')}"
            time_tip = ""
        else:
            time_text = f"{starts}–({schedule.effective_end(h).strftime('%H:%M')})"
            time_tip = self.tr("No end time recorded; counted as {hours} hours when checking for conflicts.").format(
                hours=int(schedule.DEFAULT_HEARING_LENGTH.total_seconds() // 3600))
        mediators = self.tr(", ").join(m["name"] for m in h["mediators"] if m["name"])
        parties = self.tr("{applicant} v. {respondent}").format(applicant=h["applicant"], respondent=h["respondent"])
        status = code_name("outcome", h["outcome"])
        if notes:
            status = self.tr("Conflict: {what}").format(what="; ".join(notes))
        row = QTreeWidgetItem([time_text, h["case_no"], h["place"], mediators, parties, status])
        row.setData(0, OPEN_ROLE, (h["case_id"], "hearings"))
        if time_tip:
            row.setToolTip(0, time_tip)
        if notes:
            colour = theme.deadline_colour("overdue")
            for column in range(len(COLUMNS)):
                row.setForeground(column, colour)
                row.setToolTip(column, "\n".join(notes) if column else "\n".join(filter(None, (time_tip, *notes))))
            font = row.font(STATUS_COLUMN)
            font.setBold(True)
            row.setFont(STATUS_COLUMN, font)
        return row

    def _row_note(self, other: dict[str, Any], needs: list[str]) -> str:
        """"王调解, 调解室 (also for 旧城劳调〔2026〕第2号 at 10:00)"."""
        text = self.tr("{what} (also for {case_no} at {time})")
        return text.format(case_no=other["case_no"], time=other["starts_at"].strftime("%H:%M"), what=self.tr(", ").join(needs))

    def _summarise(self, by_id: dict[str, dict[str, Any]]) -> None:
        if not self.conflicts:
            self.conflict_summary.hide()
            return
        n = len(self.conflicts)
        lines = [self.tr("⚠ 1 conflict in this period:") if n == 1 else self.tr("⚠ {n} conflicts in this period:").format(n=n)]
        for c in self.conflicts[:SUMMARY_LINES]:
            a, b = by_id[c.first], by_id[c.second]
            values = {"a": a["case_no"], "a_time": a["starts_at"].strftime("%Y-%m-%d %H:%M"),
                      "b": b["case_no"], "b_time": b["starts_at"].strftime("%Y-%m-%d %H:%M")}
            if c.kind == "mediator":
                text = self.tr("{name} is booked into two overlapping hearings: {a} at {a_time} and {b} at {b_time}")
                lines.append("• " + text.format(name=c.resource, **values))
            else:
                text = self.tr("{place} is booked twice at overlapping times: {a} at {a_time} and {b} at {b_time}")
                lines.append("• " + text.format(place=c.resource, **values))
        if n > SUMMARY_LINES:
            lines.append(self.tr("… and {n} more, marked in the list below.").format(n=n - SUMMARY_LINES))
        self.conflict_summary.setText("\n".join(lines))
        colour = theme.deadline_colour("overdue")
        self.conflict_summary.setStyleSheet(f"QLabel {{ color: {colour.name()}; border: 1px solid {colour.name()}; "
                                            "border-radius: 4px; padding: 6px; }")
        self.conflict_summary.show()
