"""The Today screen: deadlines grouped by clock with counts, late and soon in words, provisional
dates marked, the period selector, the empty state, and rows that open their case at the right tab."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("pytestqt", reason="install the dev extra (pip install -e '.[dev]') for GUI tests")

from PySide6.QtCore import Qt  # noqa: E402

from mediator.services import agreements, cases, hearings, lifecycle  # noqa: E402
from mediator.services.fields import SHANGHAI  # noqa: E402
from mediator.services.intake import parse_case  # noqa: E402
from tests.conftest import TODAY, agreement_data, case_data  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.today_page import OPEN_ROLE, TodayPage  # noqa: E402


def register(office, name: str, applied: str = "2026-11-20T09:30:00"):
    applicant = {**case_data()["applicants"][0], "name": name}
    data = case_data(applicants=[applicant], applied_at=applied, acknowledge_warnings=True)
    return cases.register_case(office.ws, office.chair, parse_case(data, today=TODAY))


def busy_office(office) -> dict[str, str]:
    """Two applications awaiting a decision (one late), one mediation past its period, one agreement
    with a term unpaid since yesterday. Returns the case numbers by role."""
    waiting = register(office, "张三")
    late = register(office, "李四", applied="2026-11-10T09:00:00")
    mediating = register(office, "王五", applied="2026-11-05T09:00:00")
    lifecycle.accept(office.ws, office.chair, mediating.case_no, on=dt.date(2026, 11, 6))
    settled = register(office, "赵六")
    lifecycle.accept(office.ws, office.chair, settled.case_no, on=dt.date(2026, 11, 20))
    lifecycle.assign(office.ws, office.chair, settled.case_no, ["wang"])
    hearings.record_hearing(office.ws, office.wang, settled.case_no, place="调解室", record_text="双方陈述",
                            starts_at=dt.datetime(2026, 11, 21, 9, 30, tzinfo=SHANGHAI))
    terms = agreement_data()["terms"]
    terms[0]["due_on"] = "2026-11-22"
    agreements.settle(office.ws, office.wang, settled.case_no, agreement_data(terms=terms))
    return {"waiting": waiting.case_no, "late": late.case_no, "mediating": mediating.case_no,
            "settled": settled.case_no, "settled_id": str(settled.id), "waiting_id": str(waiting.id)}


def make_page(qtbot, office, today=TODAY) -> TodayPage:
    page = TodayPage(AppContext(office.ws, office.chair), today=today)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.summary.text().startswith("Today is"), timeout=10000)
    page.resize(1000, 500)
    page.show()
    return page


def groups(page: TodayPage) -> list[str]:
    tree = page.tree
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def rows(page: TodayPage, group: int) -> list[list[str]]:
    header = page.tree.topLevelItem(group)
    return [[header.child(r).text(c) for c in range(5)] for r in range(header.childCount())]


def row_of(page: TodayPage, case_no: str):
    for g in range(page.tree.topLevelItemCount()):
        header = page.tree.topLevelItem(g)
        for r in range(header.childCount()):
            if header.child(r).text(0) == case_no:
                return header.child(r)
    raise AssertionError(f"{case_no} not listed")


def test_items_are_grouped_by_clock_in_order_with_counts_and_states_in_words(qtbot, office):
    numbers = busy_office(office)
    page = make_page(qtbot, office)
    assert groups(page) == ["Acceptance decisions (2)", "Mediation periods (1)", "Agreement payments (1)"]
    acceptance = rows(page, 0)
    assert [r[0] for r in acceptance] == [numbers["late"], numbers["waiting"]]
    assert acceptance[0][1] == "李四 v. 旧城制衣厂"
    assert acceptance[0][3:] == ["2026-11-13", "Overdue by 10 days"]
    assert acceptance[1][3:] == ["2026-11-25", "Due in 2 days"]
    assert rows(page, 1)[0][0] == numbers["mediating"] and rows(page, 1)[0][4] == "Overdue by 3 days"
    payment = rows(page, 2)[0]
    assert payment[0] == numbers["settled"] and "term 1" in payment[2] and payment[4] == "Overdue by 1 day"
    late = row_of(page, numbers["late"])
    assert late.foreground(4).color() != row_of(page, numbers["waiting"]).foreground(4).color()
    assert "Today is 2026-11-23: 3 overdue, 0 due today, 1 coming up" in page.summary.text()
    assert not page.footnote.isVisible()
    page.grab().save("/tmp/shot-today.png")


def test_a_longer_period_adds_the_review_window_and_a_refresh_follows_writes(qtbot, office):
    numbers = busy_office(office)
    page = make_page(qtbot, office)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.set_within(14)
    assert groups(page)[-1] == "Review and confirmation windows (1)"
    assert rows(page, 3)[0][2] == "Last day to apply for arbitral review"
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.ctx.write(lifecycle.accept, office.ws, office.chair, numbers["late"], on=dt.date(2026, 11, 13), parent=page)
    assert groups(page)[0] == "Acceptance decisions (1)"


def test_provisional_dates_are_marked_with_the_year_whose_calendar_is_unconfirmed(qtbot, office):
    numbers = busy_office(office)
    page = make_page(qtbot, office, today=dt.date(2027, 10, 1))
    assert groups(page)[-1].startswith("Limitation warnings")
    limitation = page.tree.topLevelItem(page.tree.topLevelItemCount() - 1).child(0)
    assert "(provisional)" in limitation.text(3) and limitation.font(3).italic()
    assert "2027" in limitation.toolTip(3) and "not confirmed" in limitation.toolTip(3)
    assert "(provisional)" not in row_of(page, numbers["late"]).text(3)
    assert page.footnote.isVisible() and "provisional" in page.footnote.text()
    page.grab().save("/tmp/shot-today-provisional.png")


def test_clicking_a_payment_opens_the_case_at_performance_and_enter_opens_an_application(qtbot, office):
    numbers = busy_office(office)
    page = make_page(qtbot, office)
    payment = row_of(page, numbers["settled"])
    assert payment.data(0, OPEN_ROLE)[1] in ("agreement", "performance")
    where = page.tree.visualItemRect(payment).center()
    with qtbot.waitSignal(page.ctx.open_case, timeout=2000) as opened:
        qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert opened.args == [numbers["settled_id"], "performance"]
    page.tree.setFocus()
    page.tree.setCurrentItem(row_of(page, numbers["waiting"]))
    with qtbot.waitSignal(page.ctx.open_case, timeout=2000) as opened:
        qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert opened.args == [numbers["waiting_id"], "parties"]


def test_clicking_a_group_header_opens_nothing(qtbot, office):
    busy_office(office)
    page = make_page(qtbot, office)
    seen = []
    page.ctx.open_case.connect(lambda *args: seen.append(args))
    header = page.tree.topLevelItem(0)
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=page.tree.visualItemRect(header).center())
    assert seen == []


def test_nothing_due_shows_an_empty_state(qtbot, office):
    page = make_page(qtbot, office)
    assert page.stack.currentWidget() is page.empty
    assert page.empty.text() == "Nothing is due or overdue within the next 7 days."
