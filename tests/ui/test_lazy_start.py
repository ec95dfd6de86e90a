"""Start-up over a lazily opened workspace: on a database at the current schema the main window
paints its case list from plain reads before the services (and SQLAlchemy) are loaded, then fills
what needs them (filter choices, saved views, the sync status) once they are; a new or older
database is opened in full before anything shows."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt", reason="install the dev extra (pip install -e '.[dev]') for GUI tests")

from PySide6.QtCore import Qt  # noqa: E402

from mediator.services import cases  # noqa: E402
from mediator.services.context import Workspace  # noqa: E402
from mediator.services.intake import parse_case  # noqa: E402
from mediator.store import reader  # noqa: E402
from tests.conftest import PASSWORD, TODAY, case_data  # noqa: E402
from ui.app import open_workspace  # noqa: E402
from ui.context import AppContext, LazyWorkspace  # noqa: E402
from ui.login import LoginDialog  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.prefs import Prefs  # noqa: E402

WAIT = 10_000


def test_the_case_list_paints_before_the_workspace_loads_and_the_rest_follows(qtbot, office, tmp_path):
    for name in ("张三", "李四"):
        applicant = {**case_data()["applicants"][0], "name": name}
        cases.register_case(office.ws, office.chair,
                            parse_case(case_data(applicants=[applicant], acknowledge_warnings=True), today=TODAY))
    lazy = open_workspace(office.ws.data_dir)
    assert isinstance(lazy, LazyWorkspace) and lazy.ready.office_name == "旧城镇劳动争议调解委员会"
    ctx = AppContext(lazy, office.chair)
    window = MainWindow(ctx, Prefs(tmp_path / "desk.ini"), lazy.ready.office_name)
    qtbot.addWidget(window)
    page = window.case_tabs.list_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=WAIT)
    page.model.row(0)  # asks for the block, as a repaint would
    qtbot.waitUntil(lambda: 0 in page.model.loaded_blocks(), timeout=WAIT)
    applicants = sorted(page.model.row(r)["applicant"] for r in range(2))
    assert applicants == ["张三", "李四"]
    # Nothing has asked for the services yet: the list came from plain reads.
    assert not lazy.loaded and not ctx.ready
    assert window.sync_runner is None and page.filters.mediator.count() <= 1
    ctx.load()
    qtbot.waitUntil(lambda: window.sync_runner is not None and page.filters.mediator.count() > 1, timeout=WAIT)
    assert lazy.loaded and ctx.ws.office_id == office.ws.office_id
    ctx.close_connections()
    lazy.close()


def test_a_new_or_older_database_is_opened_in_full_first(tmp_path, office):
    fresh = open_workspace(tmp_path / "new")
    try:
        assert isinstance(fresh, Workspace) and not fresh.initialized  # the wizard follows
    finally:
        fresh.close()
    assert reader.probe(office.ws.data_dir) is not None


def test_the_login_lists_users_at_once_and_loads_the_workspace_behind_it(qtbot, office):
    lazy = open_workspace(office.ws.data_dir)
    dialog = LoginDialog(lazy, last_login="wang")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.user.count() == 0  # shown at once; the list follows from a plain read
    qtbot.waitUntil(lambda: dialog.user.count() == 4, timeout=WAIT)
    assert dialog.user.currentData() == "wang" and dialog.office.text() == "旧城镇劳动争议调解委员会"
    qtbot.waitUntil(lambda: lazy.loaded, timeout=WAIT)  # the services load while the password is typed
    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor == office.wang
    lazy.close()
