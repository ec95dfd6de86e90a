"""Whole cases through the main window, as the office works them: a single application typed in
(Ctrl+N … Ctrl+S) and taken through acceptance, assignment, a hearing, the agreement and every
payment to "performed"; a collective application pasted from a spreadsheet; a rejection and a
failed mediation, each reopened by the chair; and an unregistered application kept as a draft
when its tab closes, restored after a restart. Every step is checked in the database."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("pytestqt", reason="install the dev extra (pip install -e '.[dev]') for GUI tests")

from PySide6.QtCore import QDate, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialogButtonBox  # noqa: E402

from mediator.services import cases, drafts, lifecycle  # noqa: E402
from mediator.services.fields import beijing_today  # noqa: E402
from mediator.services.intake import parse_case  # noqa: E402
from tests.conftest import case_data  # noqa: E402
from tests.ui.driving import (  # noqa: E402
    WAIT,
    case_view,
    choose,
    citizen_id,
    click,
    click_case_tab,
    confirm,
    header_dialog,
    note_background_work,
    open_window,
    press,
    settle_down,
    stored,
    tick,
    toggle_with_space,
    type_text,
)
from ui import case_tabs  # noqa: E402
from ui.case_view.view import CaseView  # noqa: E402
from ui.intake.form import IntakeForm  # noqa: E402
from ui.intake.parties import REP  # noqa: E402

FACTS = "申请人于2026年3月入职被申请人处任车工，被申请人拖欠2026年8月至10月工资共计12300元。"


@pytest.fixture(autouse=True)
def _background_work_done(qtbot, office, monkeypatch):
    """Let every background read and write deliver before the workspace closes. A window closed
    at the end of a failed test may still hold an unregistered application: its question box is
    answered "discard" rather than left waiting for a click (a test that expects the question
    answers it itself)."""
    monkeypatch.setattr(case_tabs, "ask_unsaved", lambda parent, count: case_tabs.DISCARD)
    note_background_work()
    yield
    settle_down(qtbot)


def new_application(qtbot, window) -> IntakeForm:
    """Ctrl+N in the main window: a new intake form in the current tab, its causes loaded."""
    press(qtbot, window, Qt.Key.Key_N)
    form = window.case_tabs.currentWidget()
    assert isinstance(form, IntakeForm) and window.stack.currentWidget() is window.case_tabs
    qtbot.waitUntil(lambda: form.claims.rows[0].cause.count() > 1, timeout=WAIT)
    return form


def type_applicant(qtbot, form) -> None:
    a = form.applicant.edits
    type_text(qtbot, a["name"], "张三")
    type_text(qtbot, a["id_number"], "11010519491231002X")
    type_text(qtbot, a["phone"], "13800138000")
    type_text(qtbot, a["address"], "旧城镇幸福路1号")
    type_text(qtbot, a["job"], "车工")


def type_respondent_and_claim(qtbot, form) -> None:
    r = form.respondent.edits
    type_text(qtbot, r["name"], "旧城制衣厂")
    type_text(qtbot, r["credit_code"], "91350100M000100Y43")
    type_text(qtbot, r["address"], "旧城镇工业园8号")
    type_text(qtbot, r["legal_rep"], "赵大为")
    type_text(qtbot, r["phone"], "13900139000")
    row = form.claims.rows[0]
    choose(row.cause, "0801")
    type_text(qtbot, row.description, "支付拖欠的2026年8月至10月工资")
    type_text(qtbot, row.amount, "12300")
    type_text(qtbot, form.facts, FACTS)
    type_text(qtbot, form.known_on, "2026-10-31")


def register_with_ctrl_s(qtbot, window, form) -> CaseView:
    """Ctrl+S from inside the form registers it; its tab gives way to the new case's view."""
    form.facts.setFocus()
    press(qtbot, window, Qt.Key.Key_S)
    view = case_view(qtbot, window)
    assert form not in window.case_tabs.intake_forms()
    assert not any(isinstance(window.case_tabs.widget(i), IntakeForm) for i in range(window.case_tabs.count()))
    qtbot.waitUntil(lambda: window.case_tabs.tabText(window.case_tabs.currentIndex()) == view.view["case_no"],
                    timeout=WAIT)
    return view


def open_from_list(qtbot, window, search: str) -> CaseView:
    """Ctrl+F, type a name, Enter; Down into the list and Enter opens the case found."""
    press(qtbot, window, Qt.Key.Key_F)
    page = window.case_tabs.list_page
    assert window.case_tabs.currentWidget() is page and page.search.hasFocus()
    type_text(qtbot, page.search, search)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.running and page.model.rowCount() == 1, timeout=WAIT)
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.table.hasFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    return case_view(qtbot, window)


def fill_term(qtbot, terms, row, *, what, amount, due, method, place) -> None:
    type_text(qtbot, terms.cell(row, "description"), what)
    type_text(qtbot, terms.cell(row, "amount").edit, amount)
    terms.cell(row, "due_on").setDate(QDate(due.year, due.month, due.day))
    choose(terms.cell(row, "method"), method)
    type_text(qtbot, terms.cell(row, "place"), place)


def pay(qtbot, view, tab, term_seq: int, amount: str | None = None) -> None:
    """Record payment… on the performance tab: pick the term, keep or type the amount, OK."""
    click(qtbot, tab.pay_button)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    index = next(i for i in range(dialog.term_combo.count()) if dialog.term_combo.itemData(i)["seq"] == term_seq)
    dialog.term_combo.setCurrentIndex(index)
    if amount is not None:
        dialog.amount.edit.selectAll()
        type_text(qtbot, dialog.amount.edit, amount)
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert not dialog.isVisible(), dialog.problems.text()


def test_a_single_case_from_intake_to_performed(qtbot, office, tmp_path):
    window = open_window(qtbot, office, office.chair, tmp_path)
    today = beijing_today()

    form = new_application(qtbot, window)
    type_applicant(qtbot, form)
    assert "female" in form.applicant.notes["id_number"].text()  # read from the ID number as typed
    type_respondent_and_claim(qtbot, form)
    assert window.case_tabs.tabText(window.case_tabs.currentIndex()) == "张三 / 旧城制衣厂"
    view = register_with_ctrl_s(qtbot, window, form)
    case = stored(office, view.case_id)
    assert case["status"] == "registered" and case["case_no"] == view.view["case_no"]
    assert case["application_kind"] == "written" and not case["collective"] and case["facts"] == FACTS
    assert [(p["role"], p["name"], p["sex"]) for p in case["parties"]] == [
        ("applicant", "张三", "female"), ("respondent", "旧城制衣厂", None)]
    assert case["parties"][1]["credit_code"] == "91350100M000100Y43"
    assert [(c["cause"], c["amount"]["fen"]) for c in case["claims"]] == [("0801", 1230000)]
    assert view.header.state.text() == "Registered"

    dialog = header_dialog(qtbot, view, "accept")
    type_text(qtbot, dialog.note, "材料齐全")
    confirm(qtbot, view, dialog)
    case = stored(office, view.case_id)
    assert (case["status"], case["accepted_on"]) == ("accepted", today.isoformat())
    assert view.header.state.text() == "Accepted" and not view.header.buttons["accept"].isVisible()

    dialog = header_dialog(qtbot, view, "assign")
    qtbot.waitUntil(lambda: dialog.mediators.count() == 3, timeout=WAIT)
    row = next(i for i in range(dialog.mediators.count())
               if dialog.mediators.item(i).data(Qt.ItemDataRole.UserRole) == "wang")
    toggle_with_space(qtbot, dialog.mediators, dialog.mediators.model().index(row, 0))
    assert dialog.chosen() == ["wang"] and dialog.lead.currentData() == "wang"
    confirm(qtbot, view, dialog)
    case = stored(office, view.case_id)
    assert [(m["login"], m["lead"]) for m in case["mediators"]] == [("wang", True)]
    assert case["lead_mediator"] == "wang" and "王调解 (lead)" in view.header.mediators.text()

    dialog = header_dialog(qtbot, view, "hearing")
    qtbot.waitUntil(lambda: dialog.mediators.count() == 3, timeout=WAIT)
    assert dialog.chosen_mediators() == ["wang"]  # the assigned mediator, ticked already
    type_text(qtbot, dialog.place, "旧城镇调解室")
    tick(qtbot, dialog.rights)
    type_text(qtbot, dialog.applicant_statement, "要求支付拖欠工资")
    type_text(qtbot, dialog.respondent_statement, "承认欠薪，愿意分期支付")
    type_text(qtbot, dialog.record, "双方陈述意见，同意分两期支付。")
    confirm(qtbot, view, dialog)
    case = stored(office, view.case_id)
    assert case["status"] == "in_mediation"
    assert [(h["place"], h["rights_explained"], h["record"]) for h in case["hearings"]] == [
        ("旧城镇调解室", True, "双方陈述意见，同意分两期支付。")]
    assert view.tab_widgets["hearings"].table.rowCount() == 1

    click(qtbot, view.header.buttons["settle"])
    agreement = view.tab_widgets["agreement"]
    assert view.current_tab() == "agreement" and agreement.showing() == "editor"
    editor = agreement.editor
    type_text(qtbot, editor.summary_edit, "被申请人拖欠申请人2026年8月至10月工资。")
    type_text(qtbot, editor.claims_edit, "支付拖欠工资12300元。")
    type_text(qtbot, editor.position_edit, "承认欠薪，愿意分期支付。")
    type_text(qtbot, editor.waived_edit, "申请人放弃其他请求。")
    first_due, second_due = today + dt.timedelta(days=20), today + dt.timedelta(days=50)
    fill_term(qtbot, editor.terms, 0, what="支付工资第一期", amount="6000", due=first_due,
              method="bank_transfer", place="旧城镇")
    click(qtbot, editor.terms.add_button)
    assert editor.terms.row_count() == 2
    fill_term(qtbot, editor.terms, 1, what="支付工资第二期", amount="6300", due=second_due,
              method="cash", place="旧城镇调解室")
    assert editor.problem_lines == [] and editor.status_label.text().startswith("Complete")
    press(qtbot, window, Qt.Key.Key_S)  # the keyboard focus is in the agreement editor
    qtbot.waitUntil(lambda: agreement.showing() == "agreement", timeout=WAIT)
    case = stored(office, view.case_id)
    assert case["status"] == "settled" and case["agreement"]["total"]["fen"] == 1230000
    assert [(x["seq"], x["description"], x["amount"]["fen"], x["due_on"], x["method"], x["payee"])
            for x in case["agreement"]["terms"]] == [
        (1, "支付工资第一期", 600000, first_due.isoformat(), "bank_transfer", "applicant:0"),
        (2, "支付工资第二期", 630000, second_due.isoformat(), "cash", "applicant:0")]
    qtbot.waitUntil(lambda: view.header.state.text() == "Settled", timeout=WAIT)

    performance = click_case_tab(qtbot, view, "performance")
    assert performance.terms.rowCount() == 2 and performance.pay_button.isEnabled()
    pay(qtbot, view, performance, 1, "2000")
    case = stored(office, view.case_id)
    assert case["status"] == "settled" and case["agreement"]["terms"][0]["paid"]["fen"] == 200000
    assert performance.terms.item(0, 5).text() == "¥4,000.00"
    pay(qtbot, view, performance, 1)  # the rest of the first term, as the dialog offers it
    case = stored(office, view.case_id)
    assert case["status"] == "settled" and case["agreement"]["terms"][0]["performed_on"] == today.isoformat()
    pay(qtbot, view, performance, 2)  # the last term: the case is performed
    case = stored(office, view.case_id)
    assert case["status"] == "performed"
    assert [len(x["payments"]) for x in case["agreement"]["terms"]] == [2, 1]
    assert all(x["performed_on"] == today.isoformat() for x in case["agreement"]["terms"])
    assert view.header.state.text() == "Performed"
    assert not performance.pay_button.isEnabled() and performance.pay_button.toolTip()
    assert "performed" in performance.summary.text()


def test_a_collective_application_pasted_from_a_spreadsheet(qtbot, office, tmp_path):
    window = open_window(qtbot, office, office.chair, tmp_path)
    form = new_application(qtbot, window)
    click(qtbot, form.several)
    assert form.workers.isVisible() and not form.applicant.isVisible()
    workers = [(f"工人{i + 1}", citizen_id(i + 1), f"138001380{i:02d}", f"旧城镇{i + 1}号", "车工") for i in range(12)]
    QApplication.clipboard().setText("\n".join("\t".join(w) for w in workers) + "\n")
    grid = form.workers.grid
    grid.setFocus()
    grid.setCurrentCell(0, 0)
    qtbot.keyClick(grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(form.workers.workers()) == 12 and "12 workers pasted" in form.workers.paste_note.text()
    assert "12 workers, 0 representatives" in form.workers.summary.text()
    for row in (0, 4, 7):  # tick the elected representatives with the space bar
        toggle_with_space(qtbot, grid, grid.model().index(row, REP))
    assert "12 workers, 3 representatives" in form.workers.summary.text()
    type_respondent_and_claim(qtbot, form)
    view = register_with_ctrl_s(qtbot, window, form)

    case = stored(office, view.case_id)
    applicants = [p for p in case["parties"] if p["role"] == "applicant"]
    assert case["collective"] and case["worker_count"] == 12 and len(applicants) == 12
    assert [p["name"] for p in applicants] == [w[0] for w in workers]
    assert [p["name"] for p in applicants if p["is_representative"]] == ["工人1", "工人5", "工人8"]
    assert applicants[11]["phone"] == "13800138011" and applicants[11]["job"] == "车工"
    assert view.header.collective.isVisible() and "12 workers" in view.header.collective.text()


def register_case(office, **changes) -> str:
    return cases.register_case(office.ws, office.chair, parse_case(case_data(**changes))).case_no


def test_the_chair_rejects_and_then_reopens(qtbot, office, tmp_path):
    case_no = register_case(office)
    window = open_window(qtbot, office, office.chair, tmp_path)
    view = open_from_list(qtbot, window, "张三")
    assert view.view["case_no"] == case_no

    dialog = header_dialog(qtbot, view, "reject")
    click(qtbot, dialog.ok_button)  # no reason yet: nothing is written
    assert dialog.isVisible() and dialog.message("reason")
    assert stored(office, case_no)["status"] == "registered"
    type_text(qtbot, dialog.reason, "不属于劳动争议，告知申请人向人民法院起诉。")
    confirm(qtbot, view, dialog)
    case = stored(office, case_no)
    assert (case["status"], case["rejection_reason"]) == ("rejected", "不属于劳动争议，告知申请人向人民法院起诉。")
    assert view.header.state.text() == "Rejected"
    assert not view.header.buttons["accept"].isVisible() and view.header.buttons["reopen"].isVisible()

    dialog = header_dialog(qtbot, view, "reopen")
    type_text(qtbot, dialog.reason, "申请人补充了劳动合同")
    confirm(qtbot, view, dialog)
    case = stored(office, case_no)
    assert case["status"] == "registered" and case["history"][-1]["reason"] == "申请人补充了劳动合同"
    assert view.header.state.text() == "Registered" and view.header.buttons["accept"].isEnabled()


def test_a_failed_mediation_is_reopened_by_the_chair(qtbot, office, tmp_path):
    case_no = register_case(office)
    lifecycle.accept(office.ws, office.chair, case_no)
    lifecycle.assign(office.ws, office.chair, case_no, ["wang"])

    mediator_window = open_window(qtbot, office, office.wang, tmp_path, "wang.ini")
    view = open_from_list(qtbot, mediator_window, "旧城制衣厂")
    dialog = header_dialog(qtbot, view, "terminate")
    type_text(qtbot, dialog.reason, "双方差距过大，无法达成协议")
    click(qtbot, dialog.ok_button)  # no reason type chosen: refused inline
    assert dialog.isVisible() and dialog.message("reason_code")
    assert stored(office, case_no)["status"] == "accepted"
    choose(dialog.reason_code, "no_agreement")
    confirm(qtbot, view, dialog)
    case = stored(office, case_no)
    assert (case["status"], case["end_reason_code"], case["end_reason"]) == (
        "failed", "no_agreement", "双方差距过大，无法达成协议")
    assert case["ended_on"] == beijing_today().isoformat()
    reopen = view.header.buttons["reopen"]
    assert reopen.isVisible() and not reopen.isEnabled() and "chair" in reopen.toolTip()  # and says why
    mediator_window.close()

    window = open_window(qtbot, office, office.chair, tmp_path)
    view = open_from_list(qtbot, window, "张三")
    assert view.header.state.text() == "Failed"
    dialog = header_dialog(qtbot, view, "reopen")
    type_text(qtbot, dialog.reason, "被申请人愿意重新协商")
    confirm(qtbot, view, dialog)
    case = stored(office, case_no)
    assert case["status"] == "in_mediation" and case["end_reason_code"] is None and case["ended_on"] is None
    assert view.header.state.text() == "In mediation" and view.header.buttons["terminate"].isVisible()


def test_closing_an_unregistered_application_keeps_it_as_a_draft(qtbot, office, tmp_path, monkeypatch):
    asked: list[int] = []
    monkeypatch.setattr(case_tabs, "ask_unsaved", lambda parent, count: asked.append(count) or case_tabs.KEEP)
    window = open_window(qtbot, office, office.chair, tmp_path)
    form = new_application(qtbot, window)
    type_applicant(qtbot, form)
    type_text(qtbot, form.respondent.edits["name"], "旧城制衣厂")
    choose(form.claims.rows[0].cause, "0801")
    type_text(qtbot, form.claims.rows[0].amount, "12300")
    type_text(qtbot, form.facts, FACTS)  # typed just now: not autosaved yet
    assert form.is_dirty()

    press(qtbot, window, Qt.Key.Key_W)
    assert asked == [1]  # the question was asked, for this one application
    assert window.case_tabs.count() == 1 and window.case_tabs.currentWidget() is window.case_tabs.list_page
    qtbot.waitUntil(lambda: len(drafts.list_drafts(office.ws, office.chair)) == 1, timeout=WAIT)
    settle_down(qtbot)
    [draft] = drafts.list_drafts(office.ws, office.chair)
    assert draft["title"] == "张三 / 旧城制衣厂"
    assert drafts.load_draft(office.ws, office.chair, draft["id"])["facts"] == FACTS  # flushed, not lost
    window.close()
    assert asked == [1]  # nothing left unsaved: quitting asks nothing

    restarted = open_window(qtbot, office, office.chair, tmp_path)
    again = restarted.new_case(draft["id"])
    assert restarted.case_tabs.currentWidget() is again
    qtbot.waitUntil(lambda: again.isEnabled() and again.applicant.edits["name"].text() == "张三", timeout=WAIT)
    assert again.applicant.edits["id_number"].text() == "11010519491231002X"
    assert again.applicant.edits["job"].text() == "车工"
    assert again.respondent.edits["name"].text() == "旧城制衣厂"
    assert again.claims.rows[0].amount.text() == "12300"
    qtbot.waitUntil(lambda: again.claims.rows[0].cause.currentData() == "0801", timeout=WAIT)  # once causes are read
    assert again.facts.toPlainText() == FACTS
    qtbot.waitUntil(lambda: restarted.case_tabs.tabText(restarted.case_tabs.currentIndex()) == "张三 / 旧城制衣厂",
                    timeout=WAIT)
