"""The case view against a real workspace: header state and clocks, actions gated by role with the
reason as tooltip, the whole lifecycle driven through the real dialogs (each step changes the
database), the history tab, ID numbers masked for a mediator and revealed (and logged) for the chair."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt", reason="install the dev extra (pip install -e '.[dev]') for GUI tests")

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from mediator.services import cases, lifecycle  # noqa: E402
from mediator.services.case_view import show_case  # noqa: E402
from mediator.services.intake import parse_case  # noqa: E402
from mediator.store.models import AuditEvent, Case, CaseMediator, Extension  # noqa: E402
from tests.conftest import case_data  # noqa: E402
from ui.case_view.view import CaseView  # noqa: E402
from ui.context import AppContext  # noqa: E402


def register(office) -> str:
    return cases.register_case(office.ws, office.chair, parse_case(case_data())).case_no


def open_view(qtbot, office, actor, case_no: str) -> CaseView:
    view = CaseView(AppContext(office.ws, actor), case_no)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.view is not None, timeout=5000)
    return view


def db_case(office, case_no: str) -> Case:
    with office.ws.read() as s:
        return s.scalar(select(Case).where(Case.case_no == case_no))


def click_action(qtbot, view: CaseView, key: str):
    button = view.header.buttons[key]
    assert button.isVisible() and button.isEnabled(), button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert view.dialog is not None and view.dialog.isVisible()
    return view.dialog


def tick(qtbot, box) -> None:
    """Click a check box on its indicator, as a user does."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def save(qtbot, view: CaseView, dialog) -> None:
    """Press the dialog's OK button and wait until the write is done and the view reloaded."""
    closed = []
    dialog.finished.connect(closed.append)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert closed == [1], dialog.problems.text()


def test_header_shows_state_and_every_clock_with_its_rule(qtbot, office):
    case_no = register(office)
    view = open_view(qtbot, office, office.chair, case_no)
    titles = []
    view.title_changed.connect(titles.append)
    assert view.header.case_no.text() == case_no
    assert view.header.state.text() == "Registered"
    clocks = view.view["clocks"]
    assert [c["clock"] for c in clocks] == ["acceptance", "limitation"]
    for clock in clocks:
        label = view.header.findChild(type(view.header.state), f"clock_{clock['clock']}")
        assert label is not None and clock["due"] in label.text()
        assert label.toolTip() == clock["rule"]
    assert "(provisional)" in view.header.findChild(type(view.header.state), "clock_limitation").text()
    assert view.case_id == view.view["id"]
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.reload()
    assert titles == [case_no]


def test_a_mediator_sees_accept_disabled_with_the_reason_the_chair_enabled(qtbot, office):
    case_no = register(office)
    as_mediator = open_view(qtbot, office, office.wang, case_no)
    accept = as_mediator.header.buttons["accept"]
    assert not accept.isEnabled()
    assert "may not" in accept.toolTip() and "chair" in accept.toolTip()
    assert not as_mediator.header.buttons["extend"].isVisible()  # not possible in this state at all
    as_chair = open_view(qtbot, office, office.chair, case_no)
    assert as_chair.header.buttons["accept"].isEnabled() and as_chair.header.buttons["accept"].toolTip() == ""


def test_the_lifecycle_through_the_real_dialogs(qtbot, office):
    case_no = register(office)
    view = open_view(qtbot, office, office.chair, case_no)

    dialog = click_action(qtbot, view, "accept")
    qtbot.keyClicks(dialog.note, "papers complete")
    save(qtbot, view, dialog)
    assert db_case(office, case_no).status == "accepted"
    assert view.header.state.text() == "Accepted"

    dialog = click_action(qtbot, view, "assign")
    qtbot.waitUntil(lambda: dialog.mediators.count() == 3, timeout=5000)
    dialog.set_chosen(["wang", "chen"])
    dialog.lead.setCurrentIndex(dialog.lead.findData("wang"))
    save(qtbot, view, dialog)
    with office.ws.read() as s:
        assert s.scalar(select(func.count()).select_from(CaseMediator)) == 2
    assert db_case(office, case_no).lead_mediator_id == office.wang.user_id
    assert "王调解 (lead)" in view.header.mediators.text()

    dialog = click_action(qtbot, view, "hearing")
    qtbot.waitUntil(lambda: dialog.mediators.count() == 3, timeout=5000)
    qtbot.keyClicks(dialog.place, "Room 1")
    tick(qtbot, dialog.rights)
    qtbot.keyClicks(dialog.record, "Both sides stated their views.")
    save(qtbot, view, dialog)
    assert db_case(office, case_no).status == "in_mediation"
    assert view.tab_widgets["hearings"].table.rowCount() == 1

    due_before = db_case(office, case_no).mediation_due_on
    dialog = click_action(qtbot, view, "extend")
    dialog.days.setValue(10)
    tick(qtbot, dialog.applicant.given)
    tick(qtbot, dialog.respondent.given)
    qtbot.keyClicks(dialog.respondent.how, "written consent of the director")
    save(qtbot, view, dialog)
    with office.ws.read() as s:
        ext = s.scalar(select(Extension))
    assert ext.days == 10 and ext.respondent_consent == "written consent of the director" and ext.applicant_consent
    assert db_case(office, case_no).mediation_due_on > due_before

    dialog = click_action(qtbot, view, "terminate")
    dialog.reason_code.setCurrentIndex(dialog.reason_code.findData("no_agreement"))
    qtbot.keyClicks(dialog.reason, "The amounts are too far apart")
    save(qtbot, view, dialog)
    case = db_case(office, case_no)
    assert (case.status, case.end_reason_code) == ("failed", "no_agreement")
    assert view.header.buttons["reopen"].isVisible() and not view.header.buttons["terminate"].isVisible()

    dialog = click_action(qtbot, view, "reopen")
    qtbot.keyClicks(dialog.reason, "New evidence from the applicant")
    save(qtbot, view, dialog)
    assert db_case(office, case_no).status == "in_mediation"


def test_withdraw_from_the_header(qtbot, office):
    case_no = register(office)
    view = open_view(qtbot, office, office.clerk, case_no)
    dialog = click_action(qtbot, view, "withdraw")
    dialog.reason.setPlainText("申请人已与单位自行和解")
    save(qtbot, view, dialog)
    case = db_case(office, case_no)
    assert (case.status, case.end_reason) == ("withdrawn", "申请人已与单位自行和解")
    assert not view.header.buttons["reopen"].isEnabled()  # a clerk may not reopen, and is told why
    assert "chair" in view.header.buttons["reopen"].toolTip()


def test_the_history_tab_tells_what_happened(qtbot, office):
    case_no = register(office)
    lifecycle.accept(office.ws, office.chair, case_no, note="材料齐全")
    view = open_view(qtbot, office, office.chair, case_no)
    view.show_tab("history")
    history = view.tab_widgets["history"]
    assert view.current_tab() == "history"
    assert history.actions()[:2] == ["Register", "Accept"]
    table = history.table
    assert "registered as" in table.item(0, 3).text()
    assert "status registered → accepted" in table.item(1, 3).text() and table.item(1, 4).text() == "材料齐全"
    with qtbot.waitSignal(view.loaded, timeout=5000):  # a write elsewhere reaches the open view
        view.ctx.write(lifecycle.assign, office.ws, office.chair, case_no, ["wang"], case_id=view.case_id)
    assert history.actions()[-1] == "Assign"


def test_id_numbers_masked_for_a_mediator_revealed_and_logged_for_the_chair(qtbot, office):
    case_no = register(office)
    as_mediator = open_view(qtbot, office, office.wang, case_no)
    parties = as_mediator.tab_widgets["parties"]
    assert parties.table.item(0, 2).text() == "110105********002X"
    assert parties.reveal.isHidden()

    as_chair = open_view(qtbot, office, office.chair, case_no)
    parties = as_chair.tab_widgets["parties"]
    assert parties.table.item(0, 2).text() == "110105********002X"
    assert not parties.reveal.isHidden()
    with qtbot.waitSignal(as_chair.loaded, timeout=5000):
        qtbot.mouseClick(parties.reveal, Qt.MouseButton.LeftButton)
    assert parties.table.item(0, 2).text() == "11010519491231002X"
    assert not parties.reveal.isEnabled() and "logged" in parties.id_note.text()
    with office.ws.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "view_ids")) == 1
    qtbot.wait(300)  # the write's change notice must not mask the numbers again
    assert parties.table.item(0, 2).text() == "11010519491231002X"
    history = as_chair.tab_widgets["history"]
    assert history.actions()[-1] == "View ids" and "full ID numbers shown" in history.table.item(history.table.rowCount() - 1, 3).text()


def test_settle_switches_to_the_agreement_tab_and_tabs_open_by_key(qtbot, office):
    case_no = register(office)
    lifecycle.accept(office.ws, office.chair, case_no)
    lifecycle.assign(office.ws, office.chair, case_no, ["wang"])
    view = open_view(qtbot, office, office.wang, case_no)
    qtbot.mouseClick(view.header.buttons["settle"], Qt.MouseButton.LeftButton)
    assert view.current_tab() == "agreement" and view.dialog is None
    for key in ("parties", "claims", "hearings", "performance", "documents", "history"):
        view.show_tab(key)
        assert view.current_tab() == key
    qtbot.waitUntil(lambda: "application" in [i.kind for i in view.tab_widgets["documents"].items], timeout=5000)
    claims = view.tab_widgets["claims"]
    assert claims.table.item(0, 3).text() == "¥12,300.00" and claims.table.item(0, 4).text() == "人民币壹万贰仟叁佰元整"
    assert "人民币壹万贰仟叁佰元整" in claims.total.text()


def test_an_unknown_case_says_so(qtbot, office):
    view = CaseView(AppContext(office.ws, office.chair), "旧城劳调〔2026〕第99号")
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: "cannot be shown" in view.message.text(), timeout=5000)
    assert view.view is None and view.run_action("accept") is None
    assert show_case  # the view reads through the core's show_case
