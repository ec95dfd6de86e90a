"""The agreement tab: entering an agreement with a live completeness check, an incomplete save that
keeps the editor and writes nothing, a complete save that settles the case, and the read-only view."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("pytestqt", reason="install the dev extra (pip install -e '.[dev]') for GUI tests")

from PySide6.QtCore import QDate, Qt, QUrl  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from mediator.services import cases, hearings, lifecycle  # noqa: E402
from mediator.services.case_view import show_case  # noqa: E402
from mediator.services.fields import SHANGHAI  # noqa: E402
from mediator.services.intake import parse_case  # noqa: E402
from mediator.store.models import Agreement, AgreementTerm, Case  # noqa: E402
from tests.conftest import TODAY, case_data  # noqa: E402
from ui.case_view.agreement_tab import AgreementTab  # noqa: E402
from ui.context import AppContext  # noqa: E402

HEARING_AT = dt.datetime(2026, 11, 21, 9, 30, tzinfo=SHANGHAI)


def case_in_mediation(office) -> str:
    case = cases.register_case(office.ws, office.chair, parse_case(case_data(), today=TODAY))
    lifecycle.accept(office.ws, office.chair, case.case_no, on=dt.date(2026, 11, 20))
    lifecycle.assign(office.ws, office.chair, case.case_no, ["wang"])
    hearings.record_hearing(office.ws, office.wang, case.case_no, starts_at=HEARING_AT, place="Office",
                            record_text="双方陈述意见")
    return str(case.id)


def open_tab(qtbot, office, actor, case_id) -> AgreementTab:
    """The tab as the case view uses it: loaded from show_case and reloaded after every write."""
    ctx = AppContext(office.ws, actor)
    tab = AgreementTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1200, 800)

    def reload(_changed: str = "") -> None:
        tab.load(show_case(office.ws, actor, case_id))

    ctx.cases_changed.connect(reload)
    reload()
    tab.show()
    with qtbot.waitActive(tab):
        tab.activateWindow()
    return tab


def problems(editor) -> list[str]:
    return editor.problem_lines


# QTest types ASCII only, so typed text is English; the core does not mind.
def fill_term(qtbot, terms, row, *, description, amount, due, method, place) -> None:
    qtbot.keyClicks(terms.cell(row, "description"), description)
    qtbot.keyClicks(terms.cell(row, "amount").edit, amount)
    terms.cell(row, "due_on").setDate(QDate.fromString(due, "yyyy-MM-dd"))
    combo = terms.cell(row, "method")
    combo.setCurrentIndex(combo.findData(method))
    if place:
        qtbot.keyClicks(terms.cell(row, "place"), place)


def db(office, query):
    with office.ws.read() as s:
        return s.scalar(query)


def test_entering_an_agreement_with_the_live_check_then_saving_it(qtbot, office):
    case_id = case_in_mediation(office)
    tab = open_tab(qtbot, office, office.wang, case_id)
    assert tab.showing() == "editor"
    editor = tab.editor
    assert editor.copies_spin.value() == 3  # one per party plus one for the file
    start = problems(editor)
    assert any(line.startswith("The dispute:") for line in start)

    qtbot.keyClicks(editor.summary_edit, "Wages for Aug-Oct 2026 unpaid.")
    assert len(problems(editor)) == len(start) - 1
    assert not any(line.startswith("The dispute:") for line in problems(editor))
    qtbot.keyClicks(editor.claims_edit, "Pay the 12300 yuan owed.")
    qtbot.keyClicks(editor.position_edit, "Admits the debt; will pay in two parts.")
    qtbot.keyClicks(editor.waived_edit, "Applicant gives up other claims.")
    assert len(problems(editor)) == len(start) - 4

    terms = editor.terms
    fill_term(qtbot, terms, 0, description="Wages, first part", amount="6000", due="2026-12-10",
              method="bank_transfer", place="Jiucheng")
    assert terms.cell(0, "amount").capital.text() == "人民币陆仟元整"
    qtbot.mouseClick(terms.add_button, Qt.MouseButton.LeftButton)
    assert terms.row_count() == 2
    assert any(line.startswith("Term 2: Due date:") for line in problems(editor))
    fill_term(qtbot, terms, 1, description="Wages, second part", amount="6300.5", due="2027-01-10",
              method="cash", place="")
    assert terms.cell(1, "amount").capital.text() == "人民币陆仟叁佰元伍角"
    assert problems(editor) == ["Term 2: Place: is required in a settlement agreement"]

    # an incomplete save: the core refuses, the editor stays with the problem, nothing is written
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.status_label.text().startswith("Not saved"), timeout=5000)
    assert tab.showing() == "editor"
    assert problems(editor) == ["Term 2: Place: is required in a settlement agreement"]
    assert terms.cell(1, "place").hasFocus()
    assert db(office, select(func.count()).select_from(Agreement)) == 0
    assert db(office, select(Case.status).where(Case.id == case_id_uuid(case_id))) == "in_mediation"

    qtbot.keyClicks(terms.cell(1, "place"), "Mediation room")
    assert problems(editor) == [] and editor.status_label.text().startswith("Complete")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.showing() == "agreement", timeout=5000)
    assert db(office, select(Case.status).where(Case.id == case_id_uuid(case_id))) == "settled"
    assert db(office, select(Agreement.agreed_total_fen)) == 1230050
    assert db(office, select(func.count()).select_from(AgreementTerm)) == 2
    shown = tab.display
    assert shown.table.rowCount() == 2
    assert shown.table.item(1, 5).text() == "人民币陆仟叁佰元伍角"
    assert shown.table.item(1, 4).text() == "¥6,300.50"
    assert "人民币壹万贰仟叁佰元伍角" in shown.total_label.text()
    assert "open until" in shown.review_label.text()


def case_id_uuid(case_id: str):
    import uuid

    return uuid.UUID(case_id)


def test_a_bad_amount_is_flagged_as_typed_and_ctrl_s_saves(qtbot, office):
    case_id = case_in_mediation(office)
    tab = open_tab(qtbot, office, office.wang, case_id)
    editor = tab.editor
    amount = editor.terms.cell(0, "amount")
    qtbot.keyClicks(amount.edit, "12,30")
    assert "not an amount" in amount.capital.text() and "not an amount" in amount.edit.accessibleDescription()
    assert any(line.startswith("Term 1: Amount") for line in problems(editor))
    amount.edit.clear()
    qtbot.keyClicks(amount.edit, "12300")
    # a touched field that is emptied again says so next to itself; a problem's link leads to its field
    qtbot.keyClicks(editor.summary_edit, "x")
    qtbot.keyClick(editor.summary_edit, Qt.Key.Key_Backspace)
    message = editor.messages["dispute_summary"]
    assert message.isVisible() and "required" in message.text()
    assert "required" in editor.summary_edit.accessibleDescription()
    editor.waived_edit.setFocus()
    editor.problem_list.anchorClicked.emit(QUrl(f"#{editor.problem_paths.index('dispute_summary')}"))
    assert editor.summary_edit.hasFocus()
    for edit, text in ((editor.summary_edit, "wages"), (editor.claims_edit, "pay"), (editor.position_edit, "agrees"),
                       (editor.waived_edit, "none")):
        qtbot.keyClicks(edit, text)
    fill_term(qtbot, editor.terms, 0, description="Wages in one sum", amount="", due="2026-12-01",
              method="cash", place="Office")
    assert problems(editor) == []
    editor.summary_edit.setFocus()
    qtbot.keyClick(editor.summary_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.showing() == "agreement", timeout=5000)
    assert db(office, select(Agreement.agreed_total_fen)) == 1230000


def test_who_may_not_settle_sees_why(qtbot, office):
    case_id = case_in_mediation(office)
    tab = open_tab(qtbot, office, office.clerk, case_id)
    assert tab.showing() == "notice"
    assert "clerk may not" in tab.notice.text()
    registered = cases.register_case(office.ws, office.chair, parse_case(case_data(
        applicants=[{**case_data()["applicants"][0], "name": "李四", "id_number": "440524188001010014"}]), today=TODAY))
    tab2 = open_tab(qtbot, office, office.wang, str(registered.id))
    assert tab2.showing() == "notice" and "registered" in tab2.notice.text()
