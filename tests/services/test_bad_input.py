"""Malformed input and wrong-state requests are refused with the field or the state named, never
with a crash, and nothing is written."""

from __future__ import annotations

import pytest

from mediator.errors import TransitionError, ValidationError
from mediator.services import agreements, cases, recusal
from mediator.services.intake import parse_case
from tests.conftest import TODAY, agreement_data, case_data
from tests.services.test_lifecycle import counts, to_mediation


def fields_of(err: pytest.ExceptionInfo) -> set[str]:
    return {p.field for p in err.value.problems}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"claims": [{"cause": "0801", "description": "工资", "amount": True}]}, "claims[0].amount"),
        ({"claims": [{"cause": "0801", "description": "工资", "amount": {"yuan": 5}}]}, "claims[0].amount"),
        ({"claims": [{"cause": "0801", "description": "工资", "amount": "12.345"}]}, "claims[0].amount"),
        ({"applied_at": "2026-02-30T09:00"}, "applied_at"),
        ({"agents": [{"name": "律师", "represents": 1}]}, "agents[0].represents"),
        ({"applicants": "张三"}, "applicants"),
        ({"respondent": None}, "respondent"),
    ],
)
def test_malformed_case_fields_are_named(changes, field):
    with pytest.raises(ValidationError) as err:
        parse_case(case_data(**changes), today=TODAY)
    assert field in fields_of(err)


def test_non_text_acknowledgements_are_ignored_not_crashed_on():
    data = case_data(acknowledge_warnings=[{}, 3])
    assert parse_case(data, today=TODAY).acknowledged == []


def test_sex_contradicting_the_id_number_is_a_warning():
    applicant = {**case_data()["applicants"][0], "sex": "male"}  # 11010519491231002X encodes female
    with pytest.raises(ValidationError) as err:
        parse_case(case_data(applicants=[applicant]), today=TODAY)
    assert "applicants[0].sex" in fields_of(err)


def test_wrong_state_requests_name_the_state(office):
    case = cases.register_case(office.ws, office.chair, parse_case(case_data(), today=TODAY))
    before = counts(office)
    with pytest.raises(TransitionError, match="registered"):
        agreements.record_payment(office.ws, office.clerk, case.case_no, term_seq=1, amount_fen=100)
    with pytest.raises(TransitionError, match="registered"):
        agreements.record_enforcement(office.ws, office.chair, case.case_no, route="payment_order")
    with pytest.raises(TransitionError, match="registered"):
        agreements.mark_not_performed(office.ws, office.chair, case.case_no, note="x")
    assert counts(office) == before


def test_non_text_agreement_fields_are_named(office):
    case_no = to_mediation(office)
    with pytest.raises(ValidationError) as err:
        agreements.settle(office.ws, office.wang, case_no, agreement_data(dispute_summary=5, copies="three"))
    assert {"dispute_summary", "copies"} <= fields_of(err)


def test_a_recusal_request_is_decided_once(office):
    case_no = to_mediation(office)
    req = recusal.request_recusal(office.ws, office.clerk, case_no, mediator="wang", requested_by="张三", reason="亲属")
    recusal.decide_recusal(office.ws, office.chair, req.id, decision="granted", reason="属实")
    with pytest.raises(TransitionError, match="already decided"):
        recusal.decide_recusal(office.ws, office.chair, req.id, decision="refused", reason="改变主意")
