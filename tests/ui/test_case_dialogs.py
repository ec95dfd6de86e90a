"""The case-action dialogs on their own: inline problems before anything is written, the core's
problems shown next to their fields with the dialog kept open, link warnings needing the chair's
confirmation, Esc cancelling, and scheduling a hearing."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("pytestqt", reason="install the dev extra (pip install -e '.[dev]') for GUI tests")

from PySide6.QtCore import QDateTime, QPoint, Qt  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from mediator.services import cases, lifecycle  # noqa: E402
from mediator.services.case_view import show_case  # noqa: E402
from mediator.services.intake import parse_case  # noqa: E402
from mediator.store.models import AuditEvent, Case, CaseMediator, Extension, Hearing, MediatorLink  # noqa: E402
from tests.conftest import case_data  # noqa: E402
from ui.case_view.decision_dialogs import CloseDialog, RejectDialog, WithdrawDialog  # noqa: E402
from ui.case_view.hearing_dialog import HearingDialog  # noqa: E402
from ui.case_view.people_dialogs import AssignDialog  # noqa: E402
from ui.case_view.period_dialogs import ExtendDialog, TerminateDialog  # noqa: E402
from ui.context import AppContext  # noqa: E402


def register(office) -> str:
    return cases.register_case(office.ws, office.chair, parse_case(case_data())).case_no


def make(qtbot, office, actor, cls, case_no, **kw):
    dialog = cls(AppContext(office.ws, actor), show_case(office.ws, actor, case_no), **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    results: list[int] = []
    dialog.finished.connect(results.append)
    return dialog, results


def audit_count(office) -> int:
    with office.ws.read() as s:
        return s.scalar(select(func.count()).select_from(AuditEvent))


def status(office, case_no) -> str:
    with office.ws.read() as s:
        return s.scalar(select(Case.status).where(Case.case_no == case_no))


def ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def tick(qtbot, box) -> None:
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_reject_without_reasons_stays_open_shows_the_problem_and_writes_nothing(qtbot, office):
    case_no = register(office)
    before = audit_count(office)
    dialog, results = make(qtbot, office, office.chair, RejectDialog, case_no)
    assert dialog.message("reason") == ""  # nothing shouted before the user did anything
    ok(qtbot, dialog)
    qtbot.wait(200)
    assert dialog.isVisible() and results == []
    assert dialog.message("reason") and dialog.reason.hasFocus()
    assert dialog.reason.accessibleDescription() == dialog.message("reason")
    assert audit_count(office) == before and status(office, case_no) == "registered"
    qtbot.keyClicks(dialog.reason, "Not a labour dispute")
    assert dialog.message("reason") == ""  # cleared as the user types
    with qtbot.waitSignal(dialog.succeeded, timeout=5000):
        ok(qtbot, dialog)
    assert results == [1] and status(office, case_no) == "rejected"


def test_a_core_problem_appears_next_to_its_field_and_the_dialog_stays_open(qtbot, office):
    case_no = register(office)
    lifecycle.accept(office.ws, office.chair, case_no)
    lifecycle.assign(office.ws, office.chair, case_no, ["wang"])
    dialog, results = make(qtbot, office, office.wang, ExtendDialog, case_no)
    ok(qtbot, dialog)
    assert "consent" in dialog.message("applicant_consent") and "consent" in dialog.message("respondent_consent")
    tick(qtbot, dialog.applicant.given)
    tick(qtbot, dialog.respondent.given)
    assert dialog.message("applicant_consent") == ""
    dialog.days.setValue(40)  # more than the office allows: only the core knows
    ok(qtbot, dialog)
    qtbot.waitUntil(lambda: "between 1 and 15" in dialog.message("days"), timeout=5000)
    assert dialog.isVisible() and results == [] and dialog.ok_button.isEnabled()
    with office.ws.read() as s:
        assert s.scalar(select(func.count()).select_from(Extension)) == 0
    dialog.days.setValue(5)
    assert dialog.message("days") == ""  # the core's message goes once the user changes the field
    with qtbot.waitSignal(dialog.succeeded, timeout=5000):
        ok(qtbot, dialog)
    with office.ws.read() as s:
        assert s.scalar(select(Extension.days)) == 5


def test_assigning_a_linked_mediator_shows_the_warning_and_needs_confirmation(qtbot, office):
    case_no = register(office)
    with office.ws.unit(office.chair) as uow:
        uow.session.add(MediatorLink(office_id=office.ws.office_id, user_id=office.chen.user_id,
                                     counterpart_name="旧城制衣厂", relation="曾任该厂会计"))
    dialog, results = make(qtbot, office, office.chair, AssignDialog, case_no)
    qtbot.waitUntil(lambda: dialog.mediators.count() == 3, timeout=5000)
    assert not dialog.confirm.isVisible()
    dialog.set_chosen(["chen"])
    ok(qtbot, dialog)
    qtbot.waitUntil(lambda: "曾任该厂会计" in dialog.message("mediators"), timeout=5000)
    assert dialog.confirm.isVisible() and dialog.message("acknowledge_warnings") and results == []
    with office.ws.read() as s:
        assert s.scalar(select(func.count()).select_from(CaseMediator)) == 0
    tick(qtbot, dialog.confirm)
    with qtbot.waitSignal(dialog.succeeded, timeout=5000):
        ok(qtbot, dialog)
    with office.ws.read() as s:
        assert s.scalar(select(CaseMediator.link_warning)) == "旧城制衣厂: 曾任该厂会计"


def test_escape_cancels_without_writing(qtbot, office):
    case_no = register(office)
    before = audit_count(office)
    dialog, results = make(qtbot, office, office.clerk, WithdrawDialog, case_no)
    qtbot.keyClicks(dialog.reason, "changed my mind")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert results == [0] and not dialog.isVisible()
    assert audit_count(office) == before and status(office, case_no) == "registered"


def test_terminate_needs_a_reason_type_and_withdrawn_cases_can_be_closed(qtbot, office):
    case_no = register(office)
    lifecycle.accept(office.ws, office.chair, case_no)
    lifecycle.assign(office.ws, office.chair, case_no, ["wang"])
    dialog, results = make(qtbot, office, office.wang, TerminateDialog, case_no)
    qtbot.keyClicks(dialog.reason, "respondent refuses")
    ok(qtbot, dialog)
    assert dialog.message("reason_code") and results == [] and status(office, case_no) == "accepted"
    dialog.reason_code.setCurrentIndex(dialog.reason_code.findData("other_party_refused"))
    with qtbot.waitSignal(dialog.succeeded, timeout=5000):
        ok(qtbot, dialog)
    assert status(office, case_no) == "failed"
    dialog, _ = make(qtbot, office, office.chair, CloseDialog, case_no)
    qtbot.keyClicks(dialog.reason, "termination notice served")
    with qtbot.waitSignal(dialog.succeeded, timeout=5000):
        ok(qtbot, dialog)
    assert show_case(office.ws, office.chair, case_no)["closed"]


def test_scheduling_a_hearing_and_refusing_to_record_one_in_the_future(qtbot, office):
    case_no = register(office)
    lifecycle.accept(office.ws, office.chair, case_no)
    lifecycle.assign(office.ws, office.chair, case_no, ["wang"])
    record, results = make(qtbot, office, office.wang, HearingDialog, case_no)
    qtbot.waitUntil(lambda: record.mediators.count() == 3, timeout=5000)
    record.starts.setDateTime(QDateTime.currentDateTime().addDays(2))
    qtbot.keyClicks(record.place, "Room 1")
    ok(qtbot, record)
    assert "schedule" in record.message("starts_at") and "rights" in record.message("rights_explained")
    assert results == []
    schedule, results = make(qtbot, office, office.wang, HearingDialog, case_no, schedule=True)
    qtbot.waitUntil(lambda: schedule.mediators.count() == 3, timeout=5000)
    assert not hasattr(schedule, "rights")
    qtbot.keyClicks(schedule.place, "Room 2")
    with qtbot.waitSignal(schedule.succeeded, timeout=5000):
        ok(qtbot, schedule)
    with office.ws.read() as s:
        hearing = s.scalar(select(Hearing))
    assert hearing.outcome == "scheduled" and hearing.place == "Room 2"
    assert hearing.starts_at.date() > dt.date.today() - dt.timedelta(days=1)
    assert status(office, case_no) == "in_mediation"
