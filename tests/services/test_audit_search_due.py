"""The audit chain detects tampering; search finds cases by short names, IDs and phrases; the due
list shows each clock with its rule."""

from __future__ import annotations

import datetime as dt
import sqlite3

from sqlalchemy import select

from mediator.services import agreements, cases, lifecycle
from mediator.services.audit import verify_chains
from mediator.services.intake import parse_case
from mediator.services.queries import CaseFilter, count_cases, due_list, list_cases
from mediator.store.models import AuditEvent
from tests.conftest import TODAY, agreement_data, case_data
from tests.services.test_lifecycle import to_mediation


def register(office, **changes):
    return cases.register_case(office.ws, office.chair, parse_case(case_data(**changes), today=TODAY))


def problems(office):
    with office.ws.read() as s:
        return verify_chains(s)


def raw(office) -> sqlite3.Connection:
    return sqlite3.connect(office.ws.store.path)


def test_an_untouched_chain_verifies(office):
    to_mediation(office)
    assert problems(office) == []


def test_changing_an_event_is_detected(office):
    to_mediation(office)
    with raw(office) as db:
        db.execute("UPDATE audit_events SET reason = 'nothing happened' WHERE action = 'accept'")
    found = problems(office)
    assert len(found) == 1 and "changed" in found[0].message


def test_deleting_or_relinking_an_event_is_detected(office):
    to_mediation(office)
    with office.ws.read() as s:
        seq = s.scalar(select(AuditEvent.node_seq).where(AuditEvent.action == "accept"))
    with raw(office) as db:
        db.execute("DELETE FROM audit_events WHERE node_seq = ?", (seq,))
    messages = " ".join(p.message for p in problems(office))
    assert "missing" in messages and "does not link" in messages


def test_search_by_two_character_name_id_number_and_phrase(office):
    register(office)
    register(office, applicants=[{**case_data()["applicants"][0], "name": "欧阳小明", "id_number": "440524188001010014"}],
             facts="申请人在工地受伤，被申请人拒绝支付工伤医疗费。", acknowledge_warnings=True)
    chair = office.chair
    assert [r["applicant"] for r in list_cases(office.ws, chair, CaseFilter(search="小明"))] == ["欧阳小明"]
    assert [r["applicant"] for r in list_cases(office.ws, chair, CaseFilter(search="欧"))] == ["欧阳小明"]
    assert [r["applicant"] for r in list_cases(office.ws, chair, CaseFilter(search="张三"))] == ["张三"]
    assert [r["applicant"] for r in list_cases(office.ws, chair, CaseFilter(search="440524188001010014"))] == ["欧阳小明"]
    assert [r["applicant"] for r in list_cases(office.ws, chair, CaseFilter(search="工伤医疗"))] == ["欧阳小明"]
    assert len(list_cases(office.ws, chair, CaseFilter(search="旧城制衣厂"))) == 2
    assert list_cases(office.ws, chair, CaseFilter(search='"); DROP TABLE cases; --')) == []
    assert count_cases(office.ws, CaseFilter(search="被申请人")) == 2


def test_list_masks_id_numbers_and_filters_in_sql(office):
    first = register(office)
    register(office, applicants=[{**case_data()["applicants"][0], "name": "李四", "id_number": "440524188001010014"}],
             acknowledge_warnings=True)
    lifecycle.accept(office.ws, office.chair, first.case_no, on=dt.date(2026, 11, 20))
    rows = list_cases(office.ws, office.wang)
    assert {r["id_number"] for r in rows} == {"110105********002X", "440524********0014"}
    assert [r["applicant"] for r in list_cases(office.ws, office.wang, CaseFilter(status="accepted"))] == ["张三"]
    assert [r["applicant"] for r in list_cases(office.ws, office.wang, CaseFilter(status="registered"))] == ["李四"]
    assert count_cases(office.ws, CaseFilter(status="open")) == 2
    assert [r["case_no"] for r in list_cases(office.ws, office.wang, sort="case_no", descending=False)] == [
        "旧城劳调〔2026〕第1号", "旧城劳调〔2026〕第2号"]


def test_due_list_groups_every_clock_with_its_rule(office):
    register(office)
    case_no = to_mediation(office, applicants=[{**case_data()["applicants"][0], "name": "李四", "id_number": "440524188001010014"}],
                           acknowledge_warnings=True)
    terms = agreement_data()["terms"]
    terms[0]["due_on"] = "2026-11-22"
    agreements.settle(office.ws, office.wang, case_no, agreement_data(terms=terms))
    items = due_list(office.ws, today=TODAY, within=14)
    by_clock = {(i["clock"], i["term"]): i for i in items}
    assert by_clock[("acceptance", None)]["due"] == "2026-11-25"
    assert by_clock[("acceptance", None)]["state"] == "due_soon"
    assert by_clock[("performance", 1)]["state"] == "overdue"
    assert by_clock[("review", None)]["due"] == "2026-12-07"
    assert all(i["rule"] for i in items)
    assert [i["due"] for i in items] == sorted(i["due"] for i in items)


def test_provisional_deadlines_in_a_year_without_official_schedule(office):
    case = register(office)
    assert case.limitation_due_on.year == 2027
    assert case.deadlines_provisional is True
    items = [i for i in due_list(office.ws, today=dt.date(2027, 10, 1), within=7) if i["clock"] == "limitation"]
    assert items and items[0]["provisional"] is True and "2027" in items[0]["rule"]


def test_recorded_non_performance_moves_the_case_from_term_reminders_to_limitation(office):
    from mediator.services import agreements as ag

    case_no = to_mediation(office)
    terms = agreement_data()["terms"]
    terms[0]["due_on"] = "2026-11-22"
    ag.settle(office.ws, office.wang, case_no, agreement_data(terms=terms))
    assert [i["clock"] for i in due_list(office.ws, today=TODAY) if i["case_no"] == case_no].count("performance") == 1
    ag.mark_not_performed(office.ws, office.wang, case_no, note="到期未付")
    clocks = [i["clock"] for i in due_list(office.ws, today=dt.date(2027, 10, 1), within=7) if i["case_no"] == case_no]
    assert "performance" not in clocks and "limitation" in clocks
