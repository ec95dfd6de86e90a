"""The performance tab: payments through the dialog until the case is performed, overdue terms said
in words, non-performance with the payment-order (支付令) advice, enforcement and follow-up visits."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

pytest.importorskip("pytestqt", reason="install the dev extra (pip install -e '.[dev]') for GUI tests")

from PySide6.QtCore import Qt  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from mediator.services import agreements, cases, hearings, lifecycle  # noqa: E402
from mediator.services.case_view import show_case  # noqa: E402
from mediator.services.fields import SHANGHAI  # noqa: E402
from mediator.services.intake import parse_case  # noqa: E402
from mediator.store.models import Agreement, Case, FollowUpVisit, Payment  # noqa: E402
from tests.conftest import AGREEMENT, TODAY, agreement_data, case_data  # noqa: E402
from ui.case_view.performance_tab import OVERDUE_FG, PerformanceTab  # noqa: E402
from ui.context import AppContext  # noqa: E402

HEARING_AT = dt.datetime(2026, 11, 21, 9, 30, tzinfo=SHANGHAI)
STATE = 6  # the terms table's State column


def settled_case(office, **changes) -> str:
    case = cases.register_case(office.ws, office.chair, parse_case(case_data(), today=TODAY))
    lifecycle.accept(office.ws, office.chair, case.case_no, on=dt.date(2026, 11, 20))
    lifecycle.assign(office.ws, office.chair, case.case_no, ["wang"])
    hearings.record_hearing(office.ws, office.wang, case.case_no, starts_at=HEARING_AT, place="调解室",
                            record_text="双方陈述意见")
    agreements.settle(office.ws, office.wang, case.case_no, agreement_data(**changes))
    return str(case.id)


def open_tab(qtbot, office, actor, case_id, today=None) -> PerformanceTab:
    """The tab as the case view uses it: loaded from show_case and reloaded after every write."""
    ctx = AppContext(office.ws, actor)
    tab = PerformanceTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1100, 800)

    def reload(_changed: str = "") -> None:
        tab.load(show_case(office.ws, actor, case_id), today=today)

    ctx.cases_changed.connect(reload)
    reload()
    tab.show()
    return tab


def status(office, case_id: str) -> str:
    with office.ws.read() as s:
        return s.scalar(select(Case.status).where(Case.id == uuid.UUID(case_id)))


def count(office, model) -> int:
    with office.ws.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def pay(qtbot, tab, term_index: int, amount: str | None = None) -> None:
    dialog = tab.open_payment_dialog()
    dialog.term_combo.setCurrentIndex(term_index)
    if amount is not None:
        dialog.amount.edit.clear()
        qtbot.keyClicks(dialog.amount.edit, amount)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)


def test_payments_through_the_dialog_until_the_case_is_performed(qtbot, office):
    case_id = settled_case(office)
    tab = open_tab(qtbot, office, office.clerk, case_id)
    assert tab.terms.rowCount() == 2 and tab.pay_button.isEnabled()
    assert tab.terms.item(0, 5).text() == "¥6,000.00"

    dialog = tab.open_payment_dialog()
    assert dialog.amount.edit.text() == "6000.00" and dialog.amount.capital.text() == "人民币陆仟元整"
    dialog.amount.edit.clear()
    qtbot.keyClicks(dialog.amount.edit, "7000")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problems.isVisible(), timeout=5000)
    assert "at most" in dialog.problems.text() and dialog.isVisible()
    assert count(office, Payment) == 0
    dialog.reject()

    pay(qtbot, tab, 0, "2000")
    qtbot.waitUntil(lambda: tab.terms.item(0, 5).text() == "¥4,000.00", timeout=5000)
    assert tab.terms.item(0, 4).text() == "¥2,000.00" and tab.payments.rowCount() == 1
    pay(qtbot, tab, 0)  # the rest of term 1, as offered
    qtbot.waitUntil(lambda: tab.terms.item(0, STATE).text().startswith("Performed on"), timeout=5000)
    assert status(office, case_id) == "settled"
    pay(qtbot, tab, 0)  # term 2 is now the only open term
    qtbot.waitUntil(lambda: status(office, case_id) == "performed", timeout=5000)
    qtbot.waitUntil(lambda: "performed" in tab.summary.text(), timeout=5000)
    assert count(office, Payment) == 3
    assert not tab.pay_button.isEnabled() and tab.pay_button.toolTip()


def test_an_overdue_term_is_said_in_words_not_only_colour(qtbot, office):
    case_id = settled_case(office)
    tab = open_tab(qtbot, office, office.wang, case_id, today=dt.date(2026, 12, 15))
    state = tab.terms.item(0, STATE)
    assert state.text() == "OVERDUE by 5 day(s)"
    assert state.foreground().color() == OVERDUE_FG
    assert tab.terms.item(1, STATE).text() == "Not yet due"
    assert "1 term(s) overdue" in tab.summary.text()
    assert tab.not_performed_button.isEnabled()
    tab.load(show_case(office.ws, office.wang, case_id), today=dt.date(2026, 12, 1))
    assert not tab.not_performed_button.isEnabled() and tab.not_performed_button.toolTip() == "No term is overdue yet."


def test_not_performed_shows_the_payment_order_route(qtbot, office):
    terms = [dict(AGREEMENT["terms"][0], due_on="2026-11-22"), AGREEMENT["terms"][1]]
    case_id = settled_case(office, terms=terms)
    tab = open_tab(qtbot, office, office.wang, case_id)
    assert tab.payment_order_notice.isVisible() and "支付令" in tab.payment_order_notice.text()
    assert tab.terms.item(0, STATE).text().startswith("OVERDUE")
    dialog = tab.open_not_performed_dialog()
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problems.isVisible(), timeout=5000)  # the note is required
    assert status(office, case_id) == "settled"
    qtbot.keyClicks(dialog.note, "Employer did not pay the first part")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: status(office, case_id) == "not_performed", timeout=5000)
    qtbot.waitUntil(lambda: tab.advice_label.isVisible(), timeout=5000)
    advice = tab.advice_label.text()
    assert "payment order (支付令)" in advice and "arbitration" in advice and "Judicial confirmation" in advice

    dialog = tab.open_enforcement_dialog()
    dialog.route.setCurrentIndex(dialog.route.findData("payment_order"))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.route_label.isVisible(), timeout=5000)
    assert "payment order" in tab.route_label.text()
    with office.ws.read() as s:
        assert s.scalar(select(Agreement.enforcement_route)) == "payment_order"


def test_follow_up_visits_are_recorded_and_listed(qtbot, office):
    case_id = settled_case(office)
    tab = open_tab(qtbot, office, office.wang, case_id)
    assert tab.visits.rowCount() == 0
    dialog = tab.open_follow_up_dialog()
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problems.isVisible(), timeout=5000)
    assert dialog.problems.text().startswith("Performance:") and count(office, FollowUpVisit) == 0
    dialog.status.setCurrentIndex(1)
    qtbot.keyClicks(dialog.risks, "none seen")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.visits.rowCount() == 1, timeout=5000)
    assert tab.visits.item(0, 2).text() == "Partly performed" and tab.visits.item(0, 4).text() == "none seen"


def test_actions_are_gated_by_role(qtbot, office):
    terms = [dict(AGREEMENT["terms"][0], due_on="2026-11-22"), AGREEMENT["terms"][1]]
    case_id = settled_case(office, terms=terms)
    tab = open_tab(qtbot, office, office.clerk, case_id)
    assert tab.pay_button.isEnabled() and tab.follow_up_button.isEnabled()
    assert not tab.not_performed_button.isEnabled() and "clerk" in tab.not_performed_button.toolTip()
    assert not tab.enforce_button.isEnabled()
