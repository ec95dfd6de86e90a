"""The intake form, driven through its real widgets against a real office database: a single and
a collective application registered, inline checks, problems shown at their fields with nothing
written, live capital numerals, drafts autosaved and restored, duplicate confirmation, employer
autocompletion and spreadsheet paste."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt", reason="install the dev extra (pip install -e '.[dev]') for GUI tests")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from mediator.services import drafts  # noqa: E402
from mediator.services.cases import register_case  # noqa: E402
from mediator.services.intake import parse_case  # noqa: E402
from mediator.services.queries import count_cases  # noqa: E402
from mediator.store.models import Case, Claim, Party  # noqa: E402
from tests.conftest import case_data  # noqa: E402
from tests.ui.driving import type_text as type_into  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.intake import drafting  # noqa: E402
from ui.intake.form import IntakeForm  # noqa: E402
from ui.intake.paste import read_workers  # noqa: E402

WAIT = 10000
IDS = ["11010519491231002X", "440524188001010014"]


def make_form(qtbot, office, draft_id=None):
    ctx = AppContext(office.ws, office.wang)
    form = IntakeForm(ctx, draft_id=draft_id)
    qtbot.addWidget(form)
    form.resize(1000, 900)
    form.show()
    qtbot.waitExposed(form)
    qtbot.waitUntil(lambda: form.claims.rows[0].cause.count() > 1, timeout=WAIT)
    return form


def fill_common(qtbot, form, *, respondent="旧城制衣厂", amount="12300"):
    r = form.respondent.edits
    type_into(qtbot, r["name"], respondent)
    type_into(qtbot, r["credit_code"], "91350100M000100Y43")
    type_into(qtbot, r["address"], "旧城镇工业园8号")
    type_into(qtbot, r["legal_rep"], "赵大为")
    type_into(qtbot, r["phone"], "13900139000")
    row = form.claims.rows[0]
    row.cause.setFocus()
    row.cause.setCurrentIndex(row.cause.findData("0801"))
    type_into(qtbot, row.description, "支付拖欠的2026年8月至10月工资")
    type_into(qtbot, row.amount, amount)
    type_into(qtbot, form.facts, "被申请人拖欠2026年8月至10月工资共计12300元。")
    type_into(qtbot, form.known_on, "2026-10-31")


def fill_single(qtbot, form, id_number=IDS[0], name="张三"):
    a = form.applicant.edits
    type_into(qtbot, a["name"], name)
    type_into(qtbot, a["id_number"], id_number)
    type_into(qtbot, a["phone"], "13800138000")
    type_into(qtbot, a["address"], "旧城镇幸福路1号")
    type_into(qtbot, a["job"], "车工")


def saved_case(qtbot, form, press_ctrl_s=False):
    with qtbot.waitSignal(form.saved, timeout=WAIT) as blocker:
        if press_ctrl_s:
            form.facts.setFocus()
            qtbot.keyClick(form.facts, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        else:
            qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    case_id, case_no = blocker.args
    return case_id, case_no


def stored(office, case_id):
    """The registered case, its parties and claims, read straight from the database."""
    import uuid

    from sqlalchemy import select

    with office.ws.read() as s:
        case = s.get(Case, uuid.UUID(case_id))
        parties = s.scalars(select(Party).where(Party.case_id == case.id).order_by(Party.role, Party.position)).all()
        claims = s.scalars(select(Claim).where(Claim.case_id == case.id).order_by(Claim.seq)).all()
    return case, parties, claims


def wait_idle(qtbot, form):
    qtbot.waitUntil(lambda: not form._saving and form.save_button.isEnabled(), timeout=WAIT)


def test_single_application_typed_in_is_registered(qtbot, office):
    form = make_form(qtbot, office)
    fill_single(qtbot, form)
    assert "female" in form.applicant.notes["id_number"].text()
    assert "1949-12-31" in form.applicant.notes["id_number"].text()
    fill_common(qtbot, form)
    assert form.title() == "张三 / 旧城制衣厂"
    case_id, case_no = saved_case(qtbot, form, press_ctrl_s=True)
    case, parties, claims = stored(office, case_id)
    assert case.case_no == case_no and count_cases(office.ws) == 1
    assert case.application_kind == "written" and not case.is_collective and case.claimed_total_fen == 1230000
    assert case.infringement_known_on.isoformat() == "2026-10-31" and "12300元" in case.facts
    applicant, respondent = [p for p in parties if p.role == "applicant"], [p for p in parties if p.role == "respondent"]
    assert [(a.name, a.id_number, a.sex, a.phone, a.job, a.employer_name) for a in applicant] == [
        ("张三", "11010519491231002X", "female", "13800138000", "车工", "旧城制衣厂")]
    assert [(r.name, r.credit_code, r.legal_rep) for r in respondent] == [("旧城制衣厂", "91350100M000100Y43", "赵大为")]
    assert [(c.cause_code, c.description, c.amount_fen) for c in claims] == [("0801", "支付拖欠的2026年8月至10月工资", 1230000)]
    assert not form.is_dirty()


def test_collective_application_pasted_from_excel(qtbot, office):
    form = make_form(qtbot, office)
    qtbot.mouseClick(form.several, Qt.MouseButton.LeftButton)
    assert form.workers.isVisible()
    lines = ["姓名\t身份证号码\t电话\t住址\t岗位\t代表"]
    for i in range(12):
        id_number = IDS[i % 2] if i < 2 else ""
        lines.append(f"工人{i + 1}\t{id_number}\t138001380{i:02d}\t旧城镇{i + 1}号\t车工\t{'是' if i < 3 else ''}")
    QApplication.clipboard().setText("\n".join(lines) + "\n")
    grid = form.workers.grid
    grid.setFocus()
    grid.setCurrentCell(0, 0)
    qtbot.keyClick(grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(form.workers.workers()) == 12
    assert "12 workers, 3 representatives" in form.workers.summary.text()
    fill_common(qtbot, form)
    case_id, _ = saved_case(qtbot, form)
    case, parties, _ = stored(office, case_id)
    assert case.is_collective and case.worker_count == 12
    workers = [p for p in parties if p.role == "applicant"]
    assert [w.name for w in workers] == [f"工人{i}" for i in range(1, 13)]
    assert [w.name for w in workers if w.is_representative] == ["工人1", "工人2", "工人3"]
    assert workers[1].id_number == IDS[1] and workers[11].phone == "13800138011"


def test_bad_paste_is_reported_with_row_numbers_and_pastes_nothing(qtbot, office):
    form = make_form(qtbot, office)
    form.several.setChecked(True)
    QApplication.clipboard().setText("王一\t\t13800138000\t地址\t车工\n王二\t\t13800138001\n")
    form.workers.grid.setCurrentCell(0, 0)
    qtbot.keyClick(form.workers.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert "Row 2" in form.workers.paste_note.text() and form.workers.workers() == []
    assert read_workers("a\tb\tc\td\te\tf\tg").problems  # more columns than the table has


def test_bad_id_shows_inline_and_save_lists_and_focuses_it_writing_nothing(qtbot, office):
    form = make_form(qtbot, office)
    fill_single(qtbot, form, id_number="1101051949123")
    note = form.applicant.notes["id_number"]
    assert note.isVisible() and "18 characters" in note.text()
    assert "18 characters" in form.applicant.edits["id_number"].accessibleDescription()
    fill_common(qtbot, form)
    before = count_cases(office.ws)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.problems.isVisible(), timeout=WAIT)
    wait_idle(qtbot, form)
    assert any(line.startswith("Applicant, ID number: ") for line in form.problems.lines())
    assert QApplication.focusWidget() is form.applicant.edits["id_number"]
    assert count_cases(office.ws) == before
    assert not form.problems.confirm_button.isVisible()


def test_bad_worker_cell_is_focused_in_the_table(qtbot, office):
    form = make_form(qtbot, office)
    form.several.setChecked(True)
    form.workers.set_workers([{"name": "甲", "phone": "13800138000"}, {"name": "乙", "id_number": "123", "phone": "13800138001"}])
    assert form.workers.grid.item(1, 1).toolTip()
    fill_common(qtbot, form)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.problems.isVisible(), timeout=WAIT)
    assert form.workers.grid.currentRow() == 1 and form.workers.grid.currentColumn() == 1
    assert count_cases(office.ws) == 0


def test_capital_numerals_follow_the_amount_as_typed(qtbot, office):
    form = make_form(qtbot, office)
    row = form.claims.rows[0]
    type_into(qtbot, row.amount, "1409.5")
    assert row.capital.text() == "人民币壹仟肆佰零玖元伍角"
    qtbot.keyClick(row.amount, Qt.Key.Key_Backspace)
    qtbot.keyClick(row.amount, Qt.Key.Key_Backspace)
    assert row.capital.text() == "人民币壹仟肆佰零玖元整"
    type_into(qtbot, row.amount, "0")
    assert row.capital.text() == "人民币壹万肆仟零玖拾元整"
    second = form.claims.add_claim()
    type_into(qtbot, second.amount, "100")
    assert "人民币壹万肆仟壹佰玖拾元整（¥14,190.00）" in form.claims.total.text()
    row.amount.clear()
    type_into(qtbot, row.amount, "12.345")
    assert "two decimal" in row.capital.text()


def test_autosave_writes_a_draft_that_a_new_form_restores(qtbot, office, monkeypatch):
    monkeypatch.setattr(drafting, "AUTOSAVE_DELAY_MS", 50)
    form = make_form(qtbot, office)
    fill_single(qtbot, form)
    fill_common(qtbot, form, amount="6007.14")
    form.oral.setChecked(True)
    assert form.oral_note.isVisible()
    qtbot.waitUntil(lambda: form.draft_id is not None and not form.keeper.pending, timeout=WAIT)
    listed = drafts.list_drafts(office.ws, office.wang)
    assert [d["id"] for d in listed] == [form.draft_id] and listed[0]["title"] == "张三 / 旧城制衣厂"
    draft_id = form.draft_id
    form.close()

    again = make_form(qtbot, office, draft_id=draft_id)
    qtbot.waitUntil(lambda: again.applicant.edits["name"].text() == "张三", timeout=WAIT)
    assert again.applicant.edits["id_number"].text() == IDS[0]
    assert again.respondent.edits["credit_code"].text() == "91350100M000100Y43"
    assert again.claims.rows[0].cause.currentData() == "0801"
    assert again.claims.rows[0].capital.text() == "人民币陆仟零柒元壹角肆分"
    assert again.oral.isChecked() and again.known_on.text() == "2026-10-31"
    saved_case(qtbot, again)
    assert drafts.list_drafts(office.ws, office.wang) == []


def test_duplicate_needs_explicit_confirmation(qtbot, office):
    register_case(office.ws, office.wang, parse_case(case_data()))
    form = make_form(qtbot, office)
    fill_single(qtbot, form)
    fill_common(qtbot, form)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.problems.isVisible(), timeout=WAIT)
    wait_idle(qtbot, form)
    assert any(line.startswith("Possible duplicate: same applicant") for line in form.problems.lines())
    assert form.problems.confirm_button.isVisible() and count_cases(office.ws) == 1
    with qtbot.waitSignal(form.saved, timeout=WAIT) as blocker:
        qtbot.mouseClick(form.problems.confirm_button, Qt.MouseButton.LeftButton)
    case, _, _ = stored(office, blocker.args[0])
    assert any("same applicant and employer" in w for w in case.acknowledged_warnings)
    assert count_cases(office.ws) == 2


def test_credit_code_warning_is_confirmed_then_recorded(qtbot, office):
    form = make_form(qtbot, office)
    fill_single(qtbot, form)
    fill_common(qtbot, form)
    form.respondent.edits["credit_code"].setText("91350100M000100Y44")
    assert "should be" in form.respondent.notes["credit_code"].text()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.problems.confirm_button.isVisible(), timeout=WAIT)
    type_into(qtbot, form.facts, "。")  # a change withdraws the confirmation offer
    assert not form.problems.confirm_button.isVisible()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.problems.confirm_button.isVisible(), timeout=WAIT)
    with qtbot.waitSignal(form.saved, timeout=WAIT):
        qtbot.mouseClick(form.problems.confirm_button, Qt.MouseButton.LeftButton)


def test_employer_autocomplete_offers_an_earlier_respondent(qtbot, office):
    register_case(office.ws, office.wang, parse_case(case_data()))
    form = make_form(qtbot, office)
    name = form.respondent.edits["name"]
    type_into(qtbot, name, "制衣")
    qtbot.waitUntil(lambda: "旧城制衣厂" in form.respondent.completer_model.stringList(), timeout=WAIT)
    popup = form.respondent.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=WAIT)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert name.text() == "旧城制衣厂"
    assert form.respondent.edits["credit_code"].text() == "91350100M000100Y43"
    assert form.respondent.edits["legal_rep"].text() == "赵大为"


def test_tab_follows_the_visual_order_and_the_title_follows_the_names(qtbot, office):
    form = make_form(qtbot, office)
    form.activateWindow()
    with qtbot.waitSignal(form.title_changed, timeout=WAIT) as blocker:
        type_into(qtbot, form.applicant.edits["name"], "李")
    assert blocker.args == ["李"]
    form.written.setFocus()
    seen = []
    for _ in range(40):
        seen.append(QApplication.focusWidget())
        if seen[-1] is form.save_button:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    wanted = [form.written, form.applied_at, form.applicant.edits["name"], form.applicant.edits["id_number"],
              form.applicant.edits["job"], form.respondent.edits["name"], form.respondent.edits["phone"],
              form.claims.rows[0].cause, form.claims.rows[0].amount, form.facts, form.known_on, form.ended_on,
              form.save_button]
    positions = [seen.index(w) for w in wanted]
    assert positions == sorted(positions)


def test_discarding_deletes_the_draft(qtbot, office, monkeypatch):
    monkeypatch.setattr(drafting, "AUTOSAVE_DELAY_MS", 50)
    form = make_form(qtbot, office)
    assert not form.is_dirty()
    type_into(qtbot, form.facts, "x")
    assert form.is_dirty()
    qtbot.waitUntil(lambda: len(drafts.list_drafts(office.ws, office.wang)) == 1, timeout=WAIT)
    form.discard_draft()
    qtbot.waitUntil(lambda: drafts.list_drafts(office.ws, office.wang) == [], timeout=WAIT)
    assert not form.is_dirty() and form.draft_id is None
