"""The Sync page and the status bar's sync part against a real SQLite central store: the address
is remembered without a password, "Sync now" reports what was sent, the status bar shows the time
and no pending change afterwards, a write makes one pending again, a bad address gives a plain
message naming it without its password, and background syncs run only with a known store."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt", reason="install the dev extra (pip install -e '.[dev]') for GUI tests")

from mediator.services import cases  # noqa: E402
from mediator.services.fields import SHANGHAI  # noqa: E402
from mediator.services.intake import parse_case  # noqa: E402
from mediator.sync.status import sync_status  # noqa: E402
from tests.conftest import TODAY, case_data  # noqa: E402

WAIT = 20_000


def register(office):
    return cases.register_case(office.ws, office.chair, parse_case(case_data(acknowledge_warnings=True), today=TODAY))


def press_sync(qtbot, page, url: str = "") -> None:
    if url:
        page.url_edit.setText(url)
    runner = page.runner
    page.sync_button.click()
    qtbot.waitUntil(lambda: not runner.running, timeout=WAIT)
    qtbot.waitUntil(lambda: page.sync_button.isEnabled(), timeout=WAIT)


def test_sync_now_reports_what_was_sent_and_the_status_bar_follows(qtbot, window, office, central_url):
    assert window.sync_label.text() == "Sync: not set up"
    register(office)
    page = window.show_area("sync")
    assert page.last_sync.text() == "never"
    press_sync(qtbot, page, central_url)
    assert "Sync finished" in page.result.text(), page.result.text()
    status = sync_status(office.ws)
    assert status["pending"] == 0 and status["central_url"] == central_url
    sent = status["last_result"]["pushed"]
    assert sent > 0
    assert f"Records sent: {sent}." in page.result.text()
    assert "Conflicts: 0" in page.result.text() and "Rejected records: 0" in page.result.text()
    when = status["last_sync_at"].astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")
    qtbot.waitUntil(lambda: "0 changes to send" in window.sync_label.text(), timeout=WAIT)
    assert when in window.sync_label.text()
    assert page.last_sync.text() == when and page.pending.text() == "0"
    assert "0 conflicts and 0 rejected records" in page.problems.text()
    assert "left on this computer" in page.numbers.text()  # a synced node numbers from reserved blocks

    # A save (through the app's write path) makes one change pending; the status bar says so.
    errors = []
    window.ctx.write(register, office, on_error=errors.append)
    qtbot.waitUntil(lambda: errors or "0 changes to send" not in window.sync_label.text(), timeout=WAIT)
    assert errors == []
    assert sync_status(office.ws)["pending"] > 0
    assert f"{sync_status(office.ws)['pending']} changes to send" in window.sync_label.text()

    # The next sync (here the background one) uses the remembered address and sends them.
    page.url_edit.clear()
    assert window.sync_runner.background_sync()
    qtbot.waitUntil(lambda: not window.sync_runner.running, timeout=WAIT)
    qtbot.waitUntil(lambda: "0 changes to send" in window.sync_label.text(), timeout=WAIT)
    assert sync_status(office.ws)["pending"] == 0
    window.close()


def test_a_bad_address_is_named_without_its_password(qtbot, window, office):
    page = window.show_area("sync")
    url = "postgresql://office_jc01:s3cret-pw@127.0.0.1:1/mediator"
    press_sync(qtbot, page, url)
    text = page.result.text()
    assert "s3cret-pw" not in text and "s3cret-pw" not in window.sync_label.toolTip()
    assert "postgresql://office_jc01@127.0.0.1:1/mediator" in text
    assert text.startswith("Sync did not happen: cannot reach the central store"), text
    assert "last attempt failed" in window.sync_label.text()
    assert window.sync_label.text().startswith("Sync: never synced, ")
    assert page.url_edit.text() == "postgresql://office_jc01@127.0.0.1:1/mediator"  # the typed password is gone
    assert sync_status(office.ws)["central_url"] is None  # an address that never worked is not remembered

    press_sync(qtbot, page, "mysql://office:s3cret-pw@host/db")
    assert "must start with postgresql:// or sqlite:///" in page.result.text()
    assert "s3cret-pw" not in page.result.text() and "s3cret-pw" not in page.url_edit.text()
    window.close()


def test_no_background_sync_without_a_central_store(qtbot, window):
    assert window.sync_runner.timer.isActive()
    assert window.sync_runner.timer.interval() == 15 * 60_000
    assert not window.sync_runner.background_sync()
    assert not window.sync_runner.running
    window.close()
