"""The Cases screen driven through its widgets: search as you type (debounced, in the background,
stale results dropped), every filter and header sort asking SQL, saved views round-tripping, ID
numbers masked in the list, the deadline column in words as well as colour, and opening a case."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

pytest.importorskip("pytestqt", reason="install the dev extra (pip install -e '.[dev]') for GUI tests")

from PySide6.QtCore import QDate, QEvent, QPoint, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialogButtonBox  # noqa: E402

from mediator import caselist  # noqa: E402
from mediator.services import cases, queries, saved_views  # noqa: E402
from mediator.services.demo import generate_demo  # noqa: E402
from mediator.services.intake import parse_case  # noqa: E402
from mediator.services.queries import CaseFilter, case_ids, count_cases, filter_choices  # noqa: E402
from tests.conftest import TODAY, case_data  # noqa: E402
from ui import cases_page, operations  # noqa: E402
from ui.case_filters import picked  # noqa: E402
from ui.case_table import COLUMNS, DEADLINE_STATE_ROLE  # noqa: E402
from ui.cases_page import CasesPage  # noqa: E402
from ui.context import AppContext  # noqa: E402

WAIT = 10_000


def register(office, name, id_number, **changes):
    applicant = {**case_data()["applicants"][0], "name": name, "id_number": id_number}
    data = case_data(applicants=[applicant], acknowledge_warnings=True, **changes)
    return cases.register_case(office.ws, office.chair, parse_case(data, today=changes.get("today", TODAY)))


@pytest.fixture
def three_cases(office):
    register(office, "张三", "11010519491231002X")
    register(office, "李四", "110105194912310021")
    register(office, "欧阳小明", "440524188001010014")
    return office


def open_page(qtbot, office, actor=None):
    page = CasesPage(AppContext(office.ws, actor or office.chair))
    qtbot.addWidget(page)
    page.resize(1300, 600)
    qtbot.waitUntil(lambda: idle(page) and page.filters.cause.count() > 1, timeout=WAIT)
    return page


def type_text(widget, text):
    """Type ``text`` key by key (QTest's keyClicks cannot send Chinese characters)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def idle(page):
    return not page.running and not operations.pending()


def shown_count(page):
    return int(page.count_label.text().split()[0])


def column(qtbot, page, name, role=Qt.ItemDataRole.DisplayRole):
    """The column's values, once the blocks of every row have arrived from the reader thread."""
    col = COLUMNS.index(name)
    for r in range(page.model.rowCount()):
        page.model.row(r)  # asks for the row's block, as a repaint would
    qtbot.waitUntil(lambda: not page.model.fetching, timeout=WAIT)
    return [page.model.data(page.model.index(r, col), role) for r in range(page.model.rowCount())]


def test_typing_a_search_filters_the_table_after_a_pause(qtbot, three_cases, monkeypatch):
    page = open_page(qtbot, three_cases)
    assert page.model.rowCount() == 3 and page.count_label.text() == "3 cases"
    calls = []
    real = caselist.case_ids
    monkeypatch.setattr(caselist, "case_ids", lambda conn, f, **kw: calls.append(f.search) or real(conn, f, **kw))
    type_text(page.search, "李四")
    assert calls == []  # nothing runs while typing
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and idle(page), timeout=WAIT)
    assert calls == ["李四"]  # one query for the whole word, not one per keystroke
    assert column(qtbot, page, "applicant") == ["李四"] and page.count_label.text() == "1 cases"
    page.search.clear()
    qtbot.keyClicks(page.search, "nobody-by-this-name")
    qtbot.waitUntil(lambda: page.count_label.text() == "0 cases", timeout=WAIT)


def test_a_slow_older_search_does_not_overwrite_a_newer_one(qtbot, three_cases, monkeypatch):
    page = open_page(qtbot, three_cases)
    release, real = threading.Event(), caselist.case_ids

    def case_ids(conn, f, **kw):
        if f.search == "张三":
            release.wait(WAIT / 1000)
        return real(conn, f, **kw)

    monkeypatch.setattr(caselist, "case_ids", case_ids)
    page.search.setText("张三")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # the slow query starts
    page.search.setText("李四")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # a newer one, answered first
    qtbot.waitUntil(lambda: column(qtbot, page, "applicant") == ["李四"], timeout=WAIT)
    release.set()
    qtbot.waitUntil(lambda: not operations.pending(), timeout=WAIT)  # the stale result has arrived
    assert column(qtbot, page, "applicant") == ["李四"] and page.count_label.text() == "1 cases"


@pytest.fixture
def demo(office):
    generate_demo(office.ws, cases=80, seed=1, actor=office.chair)
    return office


def test_each_filter_changes_the_count_as_sql_says(qtbot, demo):
    page = open_page(qtbot, demo)
    total = count_cases(demo.ws)
    assert shown_count(page) == total == page.model.rowCount()
    busiest = max(filter_choices(demo.ws)["mediators"], key=lambda m: count_cases(demo.ws, CaseFilter(mediator=m["login"])))
    middle = dt.date.fromisoformat(queries.list_cases(demo.ws, demo.chair, limit=total)[total // 2]["received_on"])
    bar = page.filters
    steps = [
        (lambda: bar.status.setCurrentIndex(bar.status.findData("open")), CaseFilter(status="open")),
        (lambda: bar.status.setCurrentIndex(bar.status.findData("performed")), CaseFilter(status="performed")),
        (lambda: bar.cause.setCurrentIndex(bar.cause.findData("08")), CaseFilter(status="performed", cause="08")),
        (lambda: bar.set_values({}, notify=True), CaseFilter()),
        (lambda: bar.mediator.setCurrentIndex(bar.mediator.findData(busiest["login"])), CaseFilter(mediator=busiest["login"])),
        (lambda: bar.set_values({}, notify=True), CaseFilter()),
        (lambda: bar.received_from.setDate(QDate(middle)), CaseFilter(received_from=middle)),
        (lambda: bar.received_from.set_value(None), CaseFilter()),
        (lambda: bar.received_to.setDate(QDate(middle)), CaseFilter(received_to=middle)),
        (lambda: bar.received_to.set_value(None), CaseFilter()),
        (lambda: bar.collective.setChecked(True), CaseFilter(collective=True)),
    ]
    for change, expected in steps:
        change()
        want = count_cases(demo.ws, expected)
        qtbot.waitUntil(lambda want=want: idle(page) and shown_count(page) == want == page.model.rowCount(), timeout=WAIT)
        if expected != CaseFilter():
            assert 0 < want < total, expected  # the filter really narrowed the list


def test_sorting_by_a_header_asks_sql(qtbot, demo, monkeypatch):
    page = open_page(qtbot, demo)
    page.show()
    sorts, real = [], caselist.case_ids

    def spy(conn, f, **kw):  # the page's queries run on reader threads; this test's own checks do not count
        if threading.current_thread() is not threading.main_thread():
            sorts.append((kw["sort"], kw["descending"]))
        return real(conn, f, **kw)

    monkeypatch.setattr(caselist, "case_ids", spy)
    header = page.table.horizontalHeader()

    def click_header(name):
        pos = QPoint(header.sectionViewportPosition(COLUMNS.index(name)) + 10, header.height() // 2)
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)

    click_header("case_no")
    qtbot.waitUntil(lambda: bool(sorts) and idle(page), timeout=WAIT)
    assert sorts[-1][0] == "case_no" and page.spec()["sort"] == "case_no"
    assert page.model.ids() == case_ids(demo.ws, sort="case_no", descending=sorts[-1][1])
    click_header("case_no")  # again: the other direction
    qtbot.waitUntil(lambda: len(sorts) == 2 and idle(page), timeout=WAIT)
    assert sorts[1] == ("case_no", not sorts[0][1])
    assert page.model.ids() == case_ids(demo.ws, sort="case_no", descending=sorts[1][1])
    # A column SQL cannot sort keeps the arrow where the order really is, and runs no query.
    click_header("applicant")
    assert header.sortIndicatorSection() == COLUMNS.index("case_no") and len(sorts) == 2


def test_a_saved_view_round_trips(qtbot, demo, monkeypatch):
    page = open_page(qtbot, demo, demo.wang)
    bar = page.filters
    bar.status.setCurrentIndex(bar.status.findData("performed"))
    bar.cause.setCurrentIndex(bar.cause.findData("08"))
    type_text(page.search, "有限公司")
    qtbot.waitUntil(lambda: idle(page) and page.spec()["search"] == "有限公司", timeout=WAIT)
    saved_spec = page.spec()
    dialog = page.ask_to_save_view()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    qtbot.keyClicks(dialog.name, "  My open wage cases ")
    assert save.isEnabled()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.views.findData("My open wage cases") > 0, timeout=WAIT)
    assert saved_views.list_views(demo.ws, demo.wang) == [{"name": "My open wage cases", "spec": saved_spec}]
    assert picked(page.views) == "My open wage cases"

    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(page.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.search, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: idle(page) and shown_count(page) == count_cases(demo.ws), timeout=WAIT)
    assert picked(page.views) is None and picked(bar.status) is None

    page.views.setFocus()
    qtbot.keyClick(page.views, Qt.Key.Key_Down)  # pick the view with the keyboard
    qtbot.waitUntil(lambda: idle(page) and page.spec() == saved_spec, timeout=WAIT)
    assert picked(bar.cause) == "08" and page.search.text() == "有限公司"
    assert shown_count(page) == count_cases(demo.ws, CaseFilter(status="performed", cause="08", search="有限公司"))

    monkeypatch.setattr(cases_page, "confirm", lambda parent, question: True)
    qtbot.mouseClick(page.delete_view_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.views.count() == 1, timeout=WAIT)
    assert saved_views.list_views(demo.ws, demo.wang) == []


def test_id_numbers_are_masked_in_the_list_for_every_role(qtbot, three_cases):
    # domain.md: masked in lists by default; a full view is an audited act of the case view.
    for actor in (three_cases.wang, three_cases.chair):
        ids = column(qtbot, open_page(qtbot, three_cases, actor), "id_number")
        assert len(ids) == 3 and all("********" in i for i in ids)
        assert "11010519491231002X" not in ids


def test_the_deadline_column_says_overdue_in_words_not_only_colour(qtbot, three_cases):
    register(three_cases, "王五", "110105194912310048", applied_at="2026-09-01T09:00:00", today=dt.date(2026, 9, 2))
    page = open_page(qtbot, three_cases)
    texts = column(qtbot, page, "next_due")
    states = column(qtbot, page, "next_due", DEADLINE_STATE_ROLE)
    overdue = [text for text, state in zip(texts, states, strict=True) if state == "overdue"]
    assert len(overdue) == 1 and overdue[0].endswith("days overdue") and overdue[0].startswith("2026-09-")
    row = states.index("overdue")
    index = page.model.index(row, COLUMNS.index("next_due"))
    assert page.model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    assert page.model.data(index, Qt.ItemDataRole.ForegroundRole) is not None
    assert "Acceptance decision due" in page.model.data(index, Qt.ItemDataRole.ToolTipRole)


def test_enter_or_double_click_opens_the_case(qtbot, three_cases):
    page = open_page(qtbot, three_cases)
    page.show()
    qtbot.waitExposed(page)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(1, 0))
    with qtbot.waitSignal(page.ctx.open_case, timeout=WAIT) as blocker:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert blocker.args == [str(page.model.case_id(1)), ""]
    rect = page.table.visualRect(page.model.index(2, 1))
    with qtbot.waitSignal(page.ctx.open_case, timeout=WAIT) as blocker:
        # a real double click: the first click, then QTest's press-as-double-click
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [str(page.model.case_id(2)), ""]


def test_refresh_after_a_change_keeps_the_selected_case_and_scroll(qtbot, office):
    generate_demo(office.ws, cases=300, seed=1, actor=office.chair)
    page = open_page(qtbot, office)
    page.show()
    qtbot.waitExposed(page)
    page.table.selectRow(150)
    page.table.scrollTo(page.model.index(140, 0), page.table.ScrollHint.PositionAtTop)
    top, selected = page.model.case_id(page.table.rowAt(0)), page.model.case_id(150)
    register(office, "赵六", "110105194912310056")
    page.ctx.cases_changed.emit("")
    qtbot.waitUntil(lambda: idle(page) and page.model.rowCount() == 301, timeout=WAIT)
    assert page.model.case_id(page.table.currentIndex().row()) == selected
    assert page.model.case_id(page.table.rowAt(0)) == top
    qtbot.waitUntil(lambda: bool(page.model.block_timings) and not page.model.fetching, timeout=WAIT)
    assert max(page.model.block_timings) < 500  # a block of rows is one cheap query (on a reader thread)


def test_focus_search_selects_the_search_text(qtbot, three_cases):
    page = open_page(qtbot, three_cases)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.search.setText("张")
    page.table.setFocus()
    page.focus_search()
    qtbot.waitUntil(lambda: page.search.hasFocus(), timeout=WAIT)
    assert page.search.selectedText() == "张"



def test_the_first_page_paints_before_the_whole_list_arrives(qtbot, office, monkeypatch):
    generate_demo(office.ws, cases=30, seed=2)
    monkeypatch.setattr(cases_page, "FIRST_PAGE", 8)
    sizes = []
    page = CasesPage(AppContext(office.ws, office.chair))
    qtbot.addWidget(page)
    page.model.modelReset.connect(lambda: sizes.append(page.model.rowCount()))
    page.model.rowsInserted.connect(lambda *_a: sizes.append(page.model.rowCount()))
    qtbot.waitUntil(lambda: idle(page) and page.model.rowCount() == 30, timeout=WAIT)
    assert sizes[0] == 8 and sizes[-1] == 30
    assert page.model.ids() == case_ids(office.ws)
    assert "30" in page.count_label.text()
