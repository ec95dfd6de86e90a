"""The Sync page after a restore: a central store put back to an older copy is reported in plain
words with "Re-base now"; pressing it re-bases (every record the store lacked is sent again), says
so, and hides the button. SQLite central store; the engine's cases are in tests/sync/test_rebase.py."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

pytest.importorskip("pytestqt", reason="install the dev extra (pip install -e '.[dev]') for GUI tests")

from sqlalchemy import select  # noqa: E402

from mediator.sync import admin  # noqa: E402
from mediator.sync.connect import central_engine  # noqa: E402
from tests.ui.test_sync_page import WAIT, press_sync, register  # noqa: E402


def copy_file(source: str, target: str) -> None:
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)


def test_a_restored_central_store_is_reported_and_rebased_with_one_button(qtbot, window, office, central_url,
                                                                          tmp_path):
    page = window.show_area("sync")
    press_sync(qtbot, page, central_url)
    assert page.result.text().startswith("Sync finished.") and page.rebase_button.isHidden()
    store = central_url.removeprefix("sqlite:///")
    copy_file(store, str(tmp_path / "older.db"))
    case = register(office)
    press_sync(qtbot, page)
    copy_file(str(tmp_path / "older.db"), store)  # the store is put back to the older copy

    press_sync(qtbot, page)
    assert "restored from an older dump" in page.result.text() and "Re-base now" in page.result.text()
    assert not page.rebase_button.isHidden()

    page.rebase_button.click()
    qtbot.waitUntil(lambda: not page.runner.running and page.sync_button.isEnabled(), timeout=WAIT)
    assert page.result.text().startswith("The central store had been restored from an older copy")
    assert page.rebase_button.isHidden()
    engine = central_engine(central_url)
    try:
        cases = admin.metadata_for(engine).tables["cases"]
        with engine.connect() as conn:
            assert conn.scalar(select(cases.c.case_no).where(cases.c.id == case.id)) == case.case_no
    finally:
        engine.dispose()
