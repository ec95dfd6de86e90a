"""The Sync page's conflict inbox and per-case list against a real SQLite central store: two
computers of one office edit the same case offline; on the one whose edit lost, the inbox shows
both values of the differing field side by side, the case list says the case is in conflict,
resolving updates both lists, and double-clicking opens the case. In Chinese, nothing on the page
with a conflict shown is left in English."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt", reason="install the dev extra (pip install -e '.[dev]') for GUI tests")

from PySide6.QtWidgets import QApplication  # noqa: E402

from mediator.services import users  # noqa: E402
from mediator.store.models import Case  # noqa: E402
from mediator.sync import admin, node  # noqa: E402
from mediator.sync.connect import central_engine  # noqa: E402
from mediator.sync.engine import sync  # noqa: E402
from tests.conftest import PASSWORD, unavailable  # noqa: E402
from tests.sync.conftest import register  # noqa: E402
from tests.ui.visible_text import untranslated, visible_texts  # noqa: E402
from ui import translations  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.prefs import Prefs  # noqa: E402

WAIT = 20_000
QM = Path(__file__).parents[2] / "resources" / "translations" / "mediator_zh_CN.qm"


def _edit(ws, case_id, facts):
    with ws.unit(None) as uow:
        uow.session.get(Case, case_id).facts = facts


@pytest.fixture
def conflict(office, tmp_path):
    """Node B (a copy of the office's node A) lost an edit of one case to A: (B, the case)."""
    engine = central_engine(f"sqlite:///{tmp_path}/central.db")
    admin.init_central(engine)
    admin.add_office(engine, "JC01", "旧城镇")
    b = node.copy_node(office.ws.data_dir, tmp_path / "node-b", "second")
    case = register(office.ws, office.chair)
    sync(office.ws, engine)
    sync(b, engine)
    _edit(office.ws, case.id, "甲电脑上的事实")
    _edit(b, case.id, "乙电脑上的事实")
    sync(office.ws, engine)
    assert sync(b, engine).conflicts == 1
    engine.dispose()
    yield b, case
    b.close()


def open_sync_page(qtbot, b, tmp_path):
    win = MainWindow(AppContext(b, users.sign_in(b, "chair", PASSWORD)), Prefs(tmp_path / "desk.ini"), "旧城镇")
    qtbot.addWidget(win)
    win.case_tabs.settle_before_quit = lambda: True
    page = win.show_area("sync")
    qtbot.waitUntil(lambda: len(page.inbox.entries) == 1 and len(page.cases.cases) == 1, timeout=WAIT)
    return win, page


def compare_rows(page) -> list[list[str]]:
    table = page.inbox.compare
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_the_inbox_shows_both_values_and_resolving_updates_the_lists(qtbot, conflict, tmp_path):
    b, case = conflict
    win, page = open_sync_page(qtbot, b, tmp_path)
    inbox = page.inbox
    assert inbox.list.item(0, 0).text() == case.case_no and inbox.list.item(0, 1).text() == f"case {case.case_no}"
    assert inbox.list.item(0, 2).text() == "facts"  # the differing fields, named
    assert inbox.intro.isVisibleTo(page) and not inbox.empty.isVisibleTo(page)
    rows = compare_rows(page)
    assert rows[0] == ["facts", "different", "甲电脑上的事实", "乙电脑上的事实"]  # differing fields first
    assert ["case no", "same", case.case_no, case.case_no] in rows
    assert inbox.compare.item(0, 1).font().bold() and not inbox.compare.item(1, 1).font().bold()
    assert page.cases.table.item(0, 0).text() == case.case_no
    assert "conflicting records" in page.cases.table.item(0, 1).text()

    with qtbot.waitSignal(win.ctx.open_case, timeout=WAIT) as opened:
        inbox.list.cellDoubleClicked.emit(0, 0)
    assert opened.args == [str(case.id), ""]

    inbox.keep_mine.click()
    qtbot.waitUntil(lambda: inbox.entries == [], timeout=WAIT)
    assert inbox.empty.isVisibleTo(page) and not inbox.splitter.isVisibleTo(page)
    assert "sent to the central store at the next sync" in inbox.message.text() and inbox.message.isVisibleTo(page)
    with b.read() as s:
        assert s.get(Case, case.id).facts == "乙电脑上的事实"
    qtbot.waitUntil(lambda: page.cases.cases and "waiting to be sent" in page.cases.cases[0]["state"], timeout=WAIT)
    assert page.cases.table.item(0, 1).text() == "2 changes waiting to be sent"  # the case and its history entry
    with qtbot.waitSignal(win.ctx.open_case, timeout=WAIT) as opened:
        page.cases.table.cellDoubleClicked.emit(0, 1)
    assert opened.args == [str(case.id), ""]
    win.close()


def test_the_page_with_a_conflict_is_all_chinese(qtbot, conflict, tmp_path):
    if not QM.exists():
        unavailable("run 'make translations' (make test does) to build the .qm catalogs")
    app = QApplication.instance()
    translations.install(app, "zh")
    try:
        b, case = conflict
        win, page = open_sync_page(qtbot, b, tmp_path)
        rows = compare_rows(page)
        assert rows[0] == ["事实与理由", "不同", "甲电脑上的事实", "乙电脑上的事实"]
        assert page.inbox.list.item(0, 1).text() == f"案件{case.case_no}"
        assert page.inbox.list.item(0, 2).text() == "事实与理由"
        problems = untranslated(visible_texts(page))
        assert problems == [], "\n".join(problems)
        win.close()
    finally:
        translations.install(app, "en")
