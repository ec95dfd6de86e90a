"""The hearings calendar: a day or a whole week of hearings, the navigator, double bookings named
at the top and marked on both rows, and rows that open their case at the hearings tab."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("pytestqt", reason="install the dev extra (pip install -e '.[dev]') for GUI tests")

from PySide6.QtCore import Qt  # noqa: E402

from mediator.services import hearings  # noqa: E402
from tests.conftest import TODAY  # noqa: E402
from tests.services.test_schedule import accepted, at  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.hearings_page import HearingsPage  # noqa: E402


def schedule(office, case_no: str, starts: dt.datetime, ends: dt.datetime | None = None, place: str = "调解室",
             mediators: list[str] | None = None) -> None:
    hearings.record_hearing(office.ws, office.wang, case_no, starts_at=starts, ends_at=ends, place=place,
                            mediators=mediators, outcome="scheduled")


@pytest.fixture
def two_cases(office) -> tuple[str, str]:
    return accepted(office, "张三", "11010519491231002X"), accepted(office, "李四", "440524188001010014")


def make_page(qtbot, office) -> HearingsPage:
    page = HearingsPage(AppContext(office.ws, office.chair), today=TODAY)
    qtbot.addWidget(page)
    page.resize(1100, 480)
    page.show()
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() > 0 or page.stack.currentWidget() is page.empty, timeout=10000)
    return page


def listed(page: HearingsPage) -> list[tuple[str, str, str]]:
    """(day header, time, case number) of every hearing row."""
    found = []
    for g in range(page.tree.topLevelItemCount()):
        header = page.tree.topLevelItem(g)
        found += [(header.text(0), header.child(r).text(0), header.child(r).text(1)) for r in range(header.childCount())]
    return found


def row_of(page: HearingsPage, case_no: str):
    for g in range(page.tree.topLevelItemCount()):
        header = page.tree.topLevelItem(g)
        for r in range(header.childCount()):
            if header.child(r).text(1) == case_no:
                return header.child(r)
    raise AssertionError(f"{case_no} not listed")


def test_a_mediator_in_two_overlapping_hearings_is_a_conflict_on_both_rows_and_at_the_top(qtbot, office, two_cases):
    first, second = two_cases
    schedule(office, first, at(24, 9), at(24, 11), place="一室")
    schedule(office, second, at(24, 10), place="二室")  # no end time: counted as two hours
    page = make_page(qtbot, office)
    assert page.conflict_summary.isVisible()
    assert "1 conflict" in page.conflict_summary.text() and "王调解" in page.conflict_summary.text()
    assert first in page.conflict_summary.text() and second in page.conflict_summary.text()
    for case_no, other in ((first, second), (second, first)):
        row = row_of(page, case_no)
        assert row.text(5).startswith("Conflict:") and f"王调解 (also for {other} at " in row.text(5)
        assert row.foreground(5).color().red() > 150 and row.font(5).bold()
    assert row_of(page, second).text(0) == "10:00–(12:00)"
    assert "2 hours" in row_of(page, second).toolTip(0)
    page.grab().save("/tmp/shot-hearings-conflict.png")


def test_back_to_back_hearings_and_different_rooms_and_mediators_are_not_conflicts(qtbot, office, two_cases):
    first, second = two_cases
    schedule(office, first, at(24, 9), at(24, 10), place="一室")
    schedule(office, second, at(24, 10), at(24, 11), place="一室")
    schedule(office, second, at(25, 9), at(25, 11), place="二室", mediators=["chen"])
    schedule(office, first, at(25, 9), at(25, 11), place="一室", mediators=["wang"])
    page = make_page(qtbot, office)
    assert len(listed(page)) == 4
    assert not page.conflict_summary.isVisible()
    assert {row_of(page, first).text(5), row_of(page, second).text(5)} == {"scheduled"}


def test_the_same_room_at_overlapping_times_is_a_conflict(qtbot, office, two_cases):
    first, second = two_cases
    schedule(office, first, at(26, 14), at(26, 16), place="调解室", mediators=["wang"])
    schedule(office, second, at(26, 15), at(26, 17), place="调解室", mediators=["chen"])
    page = make_page(qtbot, office)
    assert "调解室 is booked twice" in page.conflict_summary.text()
    assert row_of(page, first).text(5).startswith("Conflict:") and row_of(page, second).text(5).startswith("Conflict:")


def test_the_week_view_lists_the_whole_week_and_the_navigator_moves_by_day_or_week(qtbot, office, two_cases):
    first, second = two_cases
    schedule(office, first, at(23, 9), at(23, 10))  # Monday
    schedule(office, second, at(29, 15), at(29, 16))  # Sunday
    schedule(office, second, at(30, 9), at(30, 10))  # next Monday
    page = make_page(qtbot, office)
    assert page.is_week() and page.tree.topLevelItemCount() == 7
    monday, sunday = page.tree.topLevelItem(0).text(0), page.tree.topLevelItem(6).text(0)
    assert listed(page) == [(monday, "09:00–10:00", first), (sunday, "15:00–16:00", second)]
    assert "2026-11-23 (1 hearing)" in monday and "2026-11-29 (1 hearing)" in sunday
    assert "no hearings" in page.tree.topLevelItem(1).text(0)
    assert "Week of 2026-11-23 – 2026-11-29" in page.period.text()
    page.grab().save("/tmp/shot-hearings-week.png")
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert [case for _day, _time, case in listed(page)] == [second] and "2026-11-30" in page.period.text()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(page.day_button, Qt.MouseButton.LeftButton)
    assert [case for _day, _time, case in listed(page)] == [first] and page.tree.topLevelItemCount() == 1
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert listed(page) == [] and page.stack.currentWidget() is page.empty
    assert "2026-11-24" in page.period.text()


def test_clicking_a_hearing_opens_its_case_at_the_hearings_tab(qtbot, office, two_cases):
    first, _second = two_cases
    schedule(office, first, at(24, 9), at(24, 10))
    page = make_page(qtbot, office)
    row = row_of(page, first)
    case_id = row.data(0, Qt.ItemDataRole.UserRole + 1)[0]
    with qtbot.waitSignal(page.ctx.open_case, timeout=2000) as opened:
        qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=page.tree.visualItemRect(row).center())
    assert opened.args == [case_id, "hearings"] and case_id


def test_a_new_hearing_written_elsewhere_appears_after_cases_changed(qtbot, office, two_cases):
    first, _second = two_cases
    page = make_page(qtbot, office)
    assert listed(page) == []
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.ctx.write(hearings.record_hearing, office.ws, office.wang, first, starts_at=at(27, 9), place="调解室",
                       outcome="scheduled", parent=page)
    assert [case for _day, _time, case in listed(page)] == [first]
