"""The application shell: one instance per database, the global error handler and its log, the
per-PC preferences, and the light/dark palette."""

from __future__ import annotations

import logging

import pytest

pytest.importorskip("pytestqt", reason="install the dev extra (pip install -e '.[dev]') for GUI tests")

from PySide6.QtGui import QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ui import crash, single_instance, theme  # noqa: E402
from ui.prefs import Prefs  # noqa: E402


def test_second_start_on_the_same_database_asks_the_first_to_come_forward(qtbot, tmp_path):
    server = single_instance.InstanceServer(tmp_path / "office")
    try:
        with qtbot.waitSignal(server.raise_requested, timeout=5000):
            assert single_instance.ask_running_instance(tmp_path / "office") is True
    finally:
        server.close()


def test_another_database_is_not_taken_for_a_running_instance(qtbot, tmp_path):
    server = single_instance.InstanceServer(tmp_path / "office")
    try:
        assert single_instance.ask_running_instance(tmp_path / "elsewhere") is False
    finally:
        server.close()


def test_a_stale_socket_of_a_crashed_instance_is_taken_over(qtbot, tmp_path):
    first = single_instance.InstanceServer(tmp_path / "office")
    first.close()  # what remains after a crash is at most the socket file
    second = single_instance.InstanceServer(tmp_path / "office")
    try:
        assert second.server.isListening()
        with qtbot.waitSignal(second.raise_requested, timeout=5000):
            assert single_instance.ask_running_instance(tmp_path / "office")
    finally:
        second.close()


def test_unexpected_error_is_logged_and_shown_with_a_copyable_report(qtbot, tmp_path):
    log_file = crash.setup_logging(tmp_path)
    try:
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError as exc:
            crash.report(exc)
        dialog = crash._dialog
        assert dialog is not None and dialog.isVisible()
        assert "boom in a slot" in dialog.details.toPlainText()
        assert "Traceback" in dialog.details.toPlainText()
        for handler in logging.getLogger().handlers:
            handler.flush()
        assert "boom in a slot" in log_file.read_text(encoding="utf-8")
        dialog.reject()
        assert crash._dialog is None
    finally:
        for handler in list(logging.getLogger().handlers):
            if getattr(handler, "baseFilename", "") == str(log_file):
                logging.getLogger().removeHandler(handler)
                handler.close()


def test_preferences_round_trip(tmp_path):
    prefs = Prefs(tmp_path / "desk.ini")
    assert prefs.language is None and prefs.scheme == "system" and prefs.last_data_dir is None
    prefs.language, prefs.scheme, prefs.last_data_dir, prefs.last_login = "en", "dark", tmp_path, "wang"
    again = Prefs(tmp_path / "desk.ini")
    assert (again.language, again.scheme, again.last_data_dir, again.last_login) == ("en", "dark", tmp_path, "wang")


def test_dark_and_light_schemes_change_the_palette(qtbot):
    app = QApplication.instance()
    try:
        theme.apply(app, "dark")
        assert app.palette().color(QPalette.ColorRole.Window).lightness() < 80
        assert theme.deadline_colour("overdue").lightness() > 120  # readable on dark
        theme.apply(app, "light")
        assert app.palette().color(QPalette.ColorRole.Window).lightness() > 180
    finally:
        theme.apply(app, "light")
