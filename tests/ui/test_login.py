"""The sign-in dialog against a real office: it lists the active users with their roles, signs in
with the right password, and says so under the field (and stays open) with a wrong one."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt", reason="install the dev extra (pip install -e '.[dev]') for GUI tests")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QDialog  # noqa: E402

from mediator.services import accounts, setup  # noqa: E402
from mediator.services.context import Workspace  # noqa: E402
from tests.conftest import PASSWORD  # noqa: E402
from ui.login import LoginDialog  # noqa: E402


def open_dialog(qtbot, ws, **kwargs):
    dialog = LoginDialog(ws, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.user.count() > 0, timeout=5000)
    return dialog


def choose(dialog, login):
    dialog.user.setCurrentIndex(dialog.user.findData(login))


def test_lists_the_office_and_its_users_with_roles(qtbot, office):
    dialog = open_dialog(qtbot, office.ws)
    assert dialog.office.text() == "旧城镇劳动争议调解委员会"
    captions = [dialog.user.itemText(i) for i in range(dialog.user.count())]
    assert captions == ["李主任 (chair)", "王调解 (mediator)", "陈调解 (mediator)", "刘书记 (clerk)"]
    assert dialog.user.currentIndex() == -1 and not dialog.sign_in_button.isEnabled()


def test_the_last_login_is_preselected(qtbot, office):
    dialog = open_dialog(qtbot, office.ws, last_login="chen")
    assert dialog.user.currentData() == "chen" and dialog.sign_in_button.isEnabled()


def test_right_password_signs_in_with_enter(qtbot, office):
    dialog = open_dialog(qtbot, office.ws)
    choose(dialog, "wang")
    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.login == "wang" and dialog.actor.role == "mediator"


def test_wrong_password_is_said_under_the_field_and_the_dialog_stays(qtbot, office):
    dialog = open_dialog(qtbot, office.ws, last_login="chair")
    qtbot.keyClicks(dialog.password, "not-the-password")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problem.isVisible(), timeout=10000)
    assert "Wrong password" in dialog.problem.text()
    assert dialog.password.accessibleDescription() == dialog.problem.text()
    assert dialog.password.selectedText() == "not-the-password" and dialog.password.isEnabled()
    assert dialog.isVisible() and dialog.actor is None
    qtbot.keyClick(dialog.password, Qt.Key.Key_X)  # typing again clears the message
    assert not dialog.problem.isVisible()


def test_a_single_user_is_preselected_and_escape_cancels(qtbot, tmp_path):
    ws = Workspace.open(tmp_path)
    try:
        setup.init_office(ws, office_code="D1", office_name="单人调解委员会", chair_name="唯一主任", password=PASSWORD)
        assert len(accounts.list_active_users(ws)) == 1
        dialog = open_dialog(qtbot, ws)
        assert dialog.user.currentData() == "chair" and dialog.sign_in_button.isEnabled()
        with qtbot.waitSignal(dialog.rejected, timeout=2000):
            qtbot.keyClick(dialog.password, Qt.Key.Key_Escape)
        assert dialog.actor is None
    finally:
        ws.close()
