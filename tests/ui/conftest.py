"""Fixtures shared by the desktop client's tests: the office, whose workspace closes only after the
test's background work has reported back; a SQLite central store with the test office registered;
and the main window whose sync runner has read its state."""

from __future__ import annotations

import pytest

from mediator.sync import admin
from mediator.sync.connect import central_engine

WAIT = 20_000


@pytest.fixture
def office(office, qtbot):
    """The shared office (``tests/conftest.py``); before its workspace closes, every background
    operation the test started has delivered, so none of them meets a closed database (a read a
    refresh started just before the test ended would otherwise fail into the next test)."""
    yield office
    from ui import operations

    qtbot.waitUntil(lambda: not operations.pending(), timeout=WAIT)


@pytest.fixture
def central_url(tmp_path):
    url = f"sqlite:///{tmp_path}/central.db"
    engine = central_engine(url)
    admin.init_central(engine)
    admin.add_office(engine, "JC01", "旧城镇")
    engine.dispose()
    return url


@pytest.fixture
def window(qtbot, office, tmp_path):
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.prefs import Prefs

    win = MainWindow(AppContext(office.ws, office.chair), Prefs(tmp_path / "desk.ini"), "旧城镇")
    qtbot.addWidget(win)
    win.case_tabs.settle_before_quit = lambda: True
    qtbot.waitUntil(lambda: win.sync_runner.state is not None, timeout=WAIT)
    return win

