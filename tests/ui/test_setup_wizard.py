"""The first-run set-up wizard, driven through its real widgets against an empty data directory:
it creates the office, chair and mediators; invalid fields keep Next disabled and say why; the
sample path creates a demo office with real generated cases."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt", reason="install the dev extra (pip install -e '.[dev]') for GUI tests")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QInputMethodEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QWizard  # noqa: E402

from mediator.errors import Problem, ValidationError  # noqa: E402
from mediator.i18n import label  # noqa: E402
from mediator.services import accounts, queries, users  # noqa: E402
from mediator.services.context import Workspace  # noqa: E402
from mediator.services.fields import beijing_today  # noqa: E402
from ui import setup_wizard  # noqa: E402
from ui.setup_wizard import SetupWizard  # noqa: E402

NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton


@pytest.fixture
def ws(tmp_path):
    workspace = Workspace.open(tmp_path / "data")
    yield workspace
    workspace.close()


@pytest.fixture
def wizard(qtbot, ws):
    w = SetupWizard(ws)
    qtbot.addWidget(w)
    w.show()
    return w


def type_into(qtbot, edit, text):
    """Replace the field's text as a user would: ASCII by keys, Chinese as an input method commits it."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(edit, event)
    assert edit.text() == text


def click(qtbot, wizard, which):
    button = wizard.button(which)
    assert button.isEnabled(), wizard.currentPage().findChild(object, "reason").text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill_office(qtbot, wizard):
    page = wizard.office_page
    type_into(qtbot, page.name, "新村镇劳动争议调解委员会")
    type_into(qtbot, page.short_name, "新村")
    type_into(qtbot, page.code, "XC01")


def fill_chair(qtbot, wizard, password="chairpw1"):
    page = wizard.chair_page
    type_into(qtbot, page.name, "周主任")
    type_into(qtbot, page.login, "zhou")
    type_into(qtbot, page.password, password)
    type_into(qtbot, page.confirm, password)


def add_mediator(qtbot, wizard, name, login, password):
    page = wizard.mediators_page
    type_into(qtbot, page.name, name)
    type_into(qtbot, page.login, login)
    type_into(qtbot, page.password, password)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)


def test_wizard_creates_the_office_the_chair_and_two_mediators(qtbot, wizard, ws):
    click(qtbot, wizard, NEXT)
    assert wizard.currentPage() is wizard.office_page
    fill_office(qtbot, wizard)
    assert wizard.office_page.preview.text().endswith(f"新村劳调〔{beijing_today().year}〕第12号")
    click(qtbot, wizard, NEXT)
    fill_chair(qtbot, wizard)
    click(qtbot, wizard, NEXT)
    add_mediator(qtbot, wizard, "李调解", "li", "medpw11")
    add_mediator(qtbot, wizard, "何调解", "he", "medpw22")
    assert wizard.mediators_page.table.rowCount() == 2
    click(qtbot, wizard, NEXT)
    assert wizard.currentPage() is wizard.summary_page
    assert "新村镇劳动争议调解委员会" in wizard.summary_page.details.text()
    with qtbot.waitSignal(wizard.accepted, timeout=20000):
        click(qtbot, wizard, FINISH)
    assert wizard.actor is not None and wizard.actor.login == "zhou" and wizard.actor.role == "chair"
    assert wizard.sample is False
    assert accounts.office_name(ws) == "新村镇劳动争议调解委员会"
    assert users.sign_in(ws, "li", "medpw11").role == "mediator"
    assert users.sign_in(ws, "he", "medpw22").name == "何调解"


def test_invalid_code_keeps_next_disabled_and_says_why(qtbot, wizard):
    click(qtbot, wizard, NEXT)
    fill_office(qtbot, wizard)
    page = wizard.office_page
    assert wizard.button(NEXT).isEnabled()
    type_into(qtbot, page.code, "")
    assert not wizard.button(NEXT).isEnabled()
    message = page.findChild(object, "code_problem")
    assert message.isVisible() and "is required" in message.text()
    assert "is required" in page.reason.text() and page.code.accessibleDescription() == message.text()
    type_into(qtbot, page.code, "X" * 33)
    assert not wizard.button(NEXT).isEnabled() and "at most 32" in message.text()
    type_into(qtbot, page.code, "XC01")
    assert wizard.button(NEXT).isEnabled() and not message.isVisible()


def test_invalid_case_number_format_hides_the_preview_and_blocks_next(qtbot, wizard):
    click(qtbot, wizard, NEXT)
    fill_office(qtbot, wizard)
    page = wizard.office_page
    type_into(qtbot, page.format, "{office}第{seq}号")
    assert not wizard.button(NEXT).isEnabled()
    assert "{year}" in page.findChild(object, "format_problem").text()
    assert not page.preview.isVisible()
    type_into(qtbot, page.format, "{office}〔{year}〕{seq:03d}号")
    assert wizard.button(NEXT).isEnabled() and page.preview.text().endswith("012号")


def test_short_or_mismatched_chair_password_keeps_next_disabled(qtbot, wizard):
    click(qtbot, wizard, NEXT)
    fill_office(qtbot, wizard)
    click(qtbot, wizard, NEXT)
    page = wizard.chair_page
    fill_chair(qtbot, wizard, password="abc")
    assert not wizard.button(NEXT).isEnabled()
    assert "at least 6" in page.findChild(object, "password_problem").text()
    type_into(qtbot, page.password, "longenough")
    assert not wizard.button(NEXT).isEnabled()
    assert page.findChild(object, "confirm_problem").isVisible()
    type_into(qtbot, page.confirm, "longenough")
    assert wizard.button(NEXT).isEnabled()


def test_a_mediator_typed_but_not_added_or_reusing_a_login_blocks_next(qtbot, wizard):
    click(qtbot, wizard, NEXT)
    fill_office(qtbot, wizard)
    click(qtbot, wizard, NEXT)
    fill_chair(qtbot, wizard)
    click(qtbot, wizard, NEXT)
    page = wizard.mediators_page
    assert wizard.button(NEXT).isEnabled()  # no mediators is fine
    add_mediator(qtbot, wizard, "李调解", "zhou", "medpw11")
    assert page.table.rowCount() == 0 and "already exists" in page.findChild(object, "login_problem").text()
    assert not wizard.button(NEXT).isEnabled()
    type_into(qtbot, page.login, "li")
    assert not wizard.button(NEXT).isEnabled() and "Add mediator" in page.reason.text()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == 1 and wizard.button(NEXT).isEnabled()


def test_problems_found_on_finish_are_shown_next_to_their_fields(qtbot, wizard, ws, monkeypatch):
    click(qtbot, wizard, NEXT)
    fill_office(qtbot, wizard)
    click(qtbot, wizard, NEXT)
    fill_chair(qtbot, wizard)
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, NEXT)
    real = accounts.set_up_office

    def refuse_code(ws, **kwargs):  # a rule only the core knows, checked when set-up runs
        if kwargs["office_code"] == "XC01":
            raise ValidationError([Problem(label("office.code"), "is used by another office")])
        return real(ws, **kwargs)

    monkeypatch.setattr(accounts, "set_up_office", refuse_code)
    with qtbot.waitSignal(wizard.currentIdChanged, timeout=20000):
        click(qtbot, wizard, FINISH)
    page = wizard.office_page
    assert wizard.currentPage() is page and wizard.result() == 0 and wizard.isVisible()
    assert page.findChild(object, "code_problem").text() == "is used by another office"
    assert not wizard.button(NEXT).isEnabled() and page.code.hasFocus()
    assert not ws.initialized and wizard.actor is None
    type_into(qtbot, page.code, "XC02")
    assert wizard.button(NEXT).isEnabled()
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, NEXT)
    with qtbot.waitSignal(wizard.accepted, timeout=20000):
        click(qtbot, wizard, FINISH)
    assert users.sign_in(ws, "zhou", "chairpw1").role == "chair"


def test_sample_data_creates_a_demo_office_with_generated_cases(qtbot, wizard, ws, monkeypatch):
    monkeypatch.setattr(SetupWizard, "SAMPLE_CASES", 12)
    wizard.welcome.sample.click()
    assert setup_wizard.SAMPLE_PASSWORD in " ".join(
        label.text() for label in wizard.welcome.findChildren(type(wizard.summary_page.status)))
    with qtbot.waitSignal(wizard.sample_page.completeChanged, timeout=60000):
        click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: wizard.button(FINISH).isEnabled(), timeout=60000)
    assert "12 cases" in wizard.sample_page.status.text()
    with qtbot.waitSignal(wizard.accepted, timeout=5000):
        click(qtbot, wizard, FINISH)
    assert wizard.sample is True and wizard.actor.role == "chair"
    assert users.sign_in(ws, "chair", setup_wizard.SAMPLE_PASSWORD).login == "chair"
    assert queries.count_cases(ws, queries.CaseFilter()) == 12


def test_stopping_the_sample_keeps_the_office_and_signs_in(qtbot, wizard, ws, monkeypatch):
    monkeypatch.setattr(SetupWizard, "SAMPLE_CASES", 200)
    wizard.welcome.sample.click()
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    page = wizard.sample_page
    assert not page.stop.isEnabled() and not wizard.button(FINISH).isEnabled()
    qtbot.waitUntil(lambda: page.stop.isEnabled(), timeout=20000)  # the office exists; demo cases are being made
    qtbot.mouseClick(page.stop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.button(FINISH).isEnabled(), timeout=60000)
    assert page.status.text().startswith("Stopped")
    with qtbot.waitSignal(wizard.accepted, timeout=5000):
        click(qtbot, wizard, FINISH)
    assert wizard.sample and wizard.actor.login == "chair" and ws.initialized
