"""The Qt binding itself: PySide6 6.12.0 dropped a reference to ``None`` on every call of a method
returning nothing, so a long session aborted with "deallocating None". Guard any upgrade."""

from __future__ import annotations

import sys

import pytest

pytest.importorskip("pytestqt", reason="install the dev extra (pip install -e '.[dev]') for GUI tests")

from PySide6.QtWidgets import QLabel  # noqa: E402


def test_calls_returning_nothing_keep_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    assert sys.getrefcount(None) >= before - 50
