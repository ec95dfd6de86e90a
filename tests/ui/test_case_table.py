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
