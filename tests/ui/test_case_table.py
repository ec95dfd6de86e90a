"""The case table model: every matching id from SQL, rows fetched per block only when shown,
IDs masked by role, statuses named in the user's language, sorting asked of SQL."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt", reason="install the dev extra (pip install -e '.[dev]') for GUI tests")

from PySide6.QtCore import Qt  # noqa: E402

from mediator.i18n import set_language  # noqa: E402
from mediator.services.demo import generate_demo  # noqa: E402
from mediator.services.queries import CaseFilter, case_ids, count_cases, list_cases, rows_by_id  # noqa: E402
from ui.case_table import CASE_ID_ROLE, COLUMNS, CaseTableModel  # noqa: E402


@pytest.fixture
def demo_office(office):
    generate_demo(office.ws, cases=60, seed=3)
    return office


def make_model(office, actor, block=10):
    calls = []

    def load(ids):
        calls.append(len(ids))
        return rows_by_id(office.ws, actor, ids)

    model = CaseTableModel(load, block=block)
    model.set_ids(case_ids(office.ws))
    return model, calls


def test_rows_match_the_case_list_and_load_only_the_blocks_shown(qtbot, demo_office):
    model, calls = make_model(demo_office, demo_office.chair)
    assert model.rowCount() == count_cases(demo_office.ws) == 60
    assert calls == []
    first_page = list_cases(demo_office.ws, demo_office.chair, limit=60)
    col = COLUMNS.index("case_no")
    assert model.data(model.index(0, col)) == first_page[0]["case_no"]
    assert model.loaded_blocks() == [0] and calls == [10]
    assert model.data(model.index(35, col)) == first_page[35]["case_no"]
    assert model.data(model.index(36, col)) == first_page[36]["case_no"]
    assert model.loaded_blocks() == [0, 3] and calls == [10, 10]
    assert model.data(model.index(35, 0), CASE_ID_ROLE) == first_page[35]["id"]


def test_id_numbers_masked_for_a_mediator(qtbot, demo_office):
    model, _ = make_model(demo_office, demo_office.wang)
    col = COLUMNS.index("id_number")
    shown = [model.data(model.index(r, col)) for r in range(model.rowCount())]
    assert all("********" in s for s in shown if s)


def test_statuses_are_named_in_the_users_language(qtbot, demo_office):
    model, _ = make_model(demo_office, demo_office.chair)
    col = COLUMNS.index("status")
    set_language("zh")
    names = {model.data(model.index(r, col)) for r in range(model.rowCount())}
    assert "已登记" in names or "调解中" in names
    assert not any(n.isascii() for n in names)


def test_sorting_asks_sql_for_a_new_order(qtbot, demo_office):
    model, _ = make_model(demo_office, demo_office.chair)
    with qtbot.waitSignal(model.sort_requested) as blocker:
        model.sort(COLUMNS.index("case_no"), Qt.SortOrder.AscendingOrder)
    key, descending = blocker.args
    model.set_ids(case_ids(demo_office.ws, CaseFilter(), sort=key, descending=descending))
    assert model.loaded_blocks() == []
    col = COLUMNS.index("case_no")
    assert model.data(model.index(0, col)) == list_cases(demo_office.ws, demo_office.chair, sort="case_no", descending=False)[0]["case_no"]


def test_the_deadline_column_gives_the_state_in_words_and_colour(qtbot, demo_office):
    import datetime as dt

    from ui.case_table import DEADLINE_STATE_ROLE, deadline_text

    today = dt.date(2026, 11, 23)
    assert [deadline_text(today + dt.timedelta(days=d), today) for d in (-3, -1, 0, 1, 5, 30)] == [
        "3 days overdue", "1 day overdue", "due today", "due tomorrow", "due in 5 days", "ok"]
    model, _ = make_model(demo_office, demo_office.chair)
    col = COLUMNS.index("next_due")
    rows = [model.row(r) for r in range(model.rowCount())]
    due = next(r for r in range(model.rowCount()) if rows[r].get("next_due") and not rows[r]["closed"])
    for days, state, coloured in ((-2, "overdue", True), (0, "due_today", True), (3, "due_soon", True), (20, "pending", False)):
        model._today = lambda days=days: rows[due]["next_due"] - dt.timedelta(days=days)
        index = model.index(due, col)
        assert model.data(index, DEADLINE_STATE_ROLE) == state
        assert model.data(index).startswith(rows[due]["next_due"].isoformat() + " · ")
        assert (model.data(index, Qt.ItemDataRole.BackgroundRole) is not None) == coloured
    done = next(r for r in range(model.rowCount()) if not rows[r].get("next_due"))
    assert model.data(model.index(done, col)) is None and model.data(model.index(done, col), DEADLINE_STATE_ROLE) is None


def test_scrolling_far_keeps_only_the_recent_blocks(qtbot, demo_office, monkeypatch):
    from ui import case_table

    monkeypatch.setattr(case_table, "MAX_BLOCKS", 3)
    model, calls = make_model(demo_office, demo_office.chair, block=10)
    for row in range(0, 60, 10):
        model.data(model.index(row, 0))
    assert model.loaded_blocks() == [3, 4, 5]
    model.data(model.index(0, 0))  # block 0 again: loaded again, the least recently used one goes
    assert model.loaded_blocks() == [0, 4, 5]
    assert len(calls) == 7


def test_a_longer_list_with_the_same_start_is_appended_without_a_reset(qtbot, demo_office):
    model, _calls = make_model(demo_office, demo_office.chair, block=10)
    every = model.ids()
    model.set_ids(every[:20])
    model.data(model.index(0, 0))
    resets, inserts = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsInserted.connect(lambda _p, first, last: inserts.append((first, last)))
    model.extend_ids(every)
    assert (resets, inserts) == ([], [(20, 59)])
    assert model.loaded_blocks() == [0]  # the rows already loaded stay
    model.extend_ids(list(reversed(every)))  # a different order is a new list
    assert resets == [1]


def test_with_a_reader_thread_rows_arrive_later_and_the_next_block_is_fetched_ahead(qtbot, demo_office):
    """The page's model never reads the database on the GUI thread: a row shows blank until its
    block arrives (``dataChanged``), and a row near a block's end has the next block fetched."""
    from ui.context import AppContext

    ctx = AppContext(demo_office.ws, demo_office.chair)
    threads = []

    def load(ids):
        import threading

        threads.append(threading.current_thread() is threading.main_thread())
        return rows_by_id(demo_office.ws, demo_office.chair, ids)

    def submit(job, done, failed):
        ctx.read(job, on_ok=done, on_error=failed, name="rows")

    model = CaseTableModel(load, block=10, submit=submit)
    model.set_ids(case_ids(demo_office.ws))
    first_page = list_cases(demo_office.ws, demo_office.chair, limit=60)
    col = COLUMNS.index("case_no")
    assert model.data(model.index(3, col)) == "" and model.fetching
    with qtbot.waitSignal(model.dataChanged, timeout=10_000) as changed:
        pass
    assert changed.args[0].row() == 0 and changed.args[1].row() == 9
    assert model.data(model.index(3, col)) == first_page[3]["case_no"]
    assert model.loaded_blocks() == [0]
    model.data(model.index(8, col))  # near the end of block 0 (prefetch distance 40 > block 10)
    qtbot.waitUntil(lambda: not model.fetching and 1 in model.loaded_blocks(), timeout=10_000)
    assert model.data(model.index(12, col)) == first_page[12]["case_no"]
    assert threads and not any(threads)  # every load ran on a reader thread
    model.set_ids(list(reversed(case_ids(demo_office.ws))))  # a late block for the old list is dropped
    assert model.loaded_blocks() == [] and not model.fetching
