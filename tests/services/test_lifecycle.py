"""Every case transition through the services: who may do it, from which state, what it records."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from mediator.errors import PermissionDenied, TransitionError, ValidationError
from mediator.services import agreements, cases, hearings, lifecycle, recusal
from mediator.services.fields import SHANGHAI
from mediator.services.intake import parse_case
from mediator.store.models import AuditEvent, Case, CaseMediator, Extension, JournalEntry, MediatorLink
from tests.conftest import TODAY, agreement_data, case_data

HEARING_AT = dt.datetime(2026, 11, 21, 9, 30, tzinfo=SHANGHAI)


def register(office, **changes):
    return cases.register_case(office.ws, office.chair, parse_case(case_data(**changes), today=TODAY))


def counts(office) -> tuple[int, int, int]:
    with office.ws.read() as s:
        return (s.scalar(select(func.count()).select_from(Case)), s.scalar(select(func.count()).select_from(AuditEvent)),
                s.scalar(select(func.count()).select_from(JournalEntry)))


def status(office, case_no: str) -> str:
    with office.ws.read() as s:
        return s.scalar(select(Case.status).where(Case.case_no == case_no))


def to_mediation(office, **changes) -> str:
    case = register(office, **changes)
    lifecycle.accept(office.ws, office.chair, case.case_no, on=dt.date(2026, 11, 20))
    lifecycle.assign(office.ws, office.chair, case.case_no, ["wang"])
    hearings.record_hearing(office.ws, office.wang, case.case_no, starts_at=HEARING_AT, place="调解室", record_text="双方陈述意见")
    return case.case_no


def test_case_numbers_are_per_year_without_gaps_even_after_a_failed_registration(office):
    first = register(office)
    with pytest.raises(ValidationError, match="unknown dispute cause"):
        register(office, claims=[{"cause": "nope", "description": "x", "amount": "1"}], applicants=[
            {**case_data()["applicants"][0], "name": "李四", "id_number": "440524188001010014"}])
    second = register(office, applicants=[{**case_data()["applicants"][0], "name": "王五", "id_number": "440524188001010014"}],
                      acknowledge_warnings=True)
    assert (first.case_no, second.case_no) == ("旧城劳调〔2026〕第1号", "旧城劳调〔2026〕第2号")
    older = register(office, applied_at="2025-12-30T10:00:00", received_on="2025-12-30",
                     applicants=[{**case_data()["applicants"][0], "name": "赵六", "id_number": "440524188001010014"}],
                     acknowledge_warnings=True)
    assert older.case_no == "旧城劳调〔2025〕第1号"


def test_registration_records_the_application_time_and_acceptance_deadline(office):
    case = register(office)
    assert case.status == "registered"
    assert case.applied_at == dt.datetime(2026, 11, 20, 1, 30, tzinfo=dt.UTC)
    assert case.received_on == dt.date(2026, 11, 20)
    assert case.acceptance_due_on == dt.date(2026, 11, 25)  # Fri → Mon, Tue, Wed
    assert case.mediation_due_on is None


def test_only_the_chair_accepts_and_a_refusal_writes_nothing(office):
    case = register(office)
    before = counts(office)
    with pytest.raises(PermissionDenied):
        lifecycle.accept(office.ws, office.wang, case.case_no)
    with pytest.raises(PermissionDenied):
        lifecycle.accept(office.ws, office.clerk, case.case_no)
    assert counts(office) == before
    lifecycle.accept(office.ws, office.chair, case.case_no, on=dt.date(2026, 11, 20))
    with office.ws.read() as s:
        accepted = s.scalar(select(Case).where(Case.case_no == case.case_no))
    assert accepted.status == "accepted" and accepted.acceptance_due_on is None
    assert accepted.mediation_due_on == dt.date(2026, 12, 7)  # 15 days from 11-20 = Sat 12-05 → Mon 12-07
    with pytest.raises(TransitionError, match="accepted"):
        lifecycle.accept(office.ws, office.chair, case.case_no)


def test_whole_case_to_performance_then_close_and_reopen(office):
    case_no = to_mediation(office)
    assert status(office, case_no) == "in_mediation"
    with pytest.raises(PermissionDenied, match="not assigned"):
        agreements.settle(office.ws, office.chen, case_no, agreement_data())
    agreement = agreements.settle(office.ws, office.wang, case_no, agreement_data())
    assert agreement.effective_on == dt.date(2026, 11, 22)
    assert agreement.review_due_on == dt.date(2026, 12, 7)  # 15 days → Mon 12-07
    assert agreement.confirmation_due_on == dt.date(2026, 12, 22)
    assert status(office, case_no) == "settled"
    with pytest.raises(ValidationError, match="outstanding"):
        agreements.record_payment(office.ws, office.clerk, case_no, term_seq=1, amount_fen=600001)
    agreements.record_payment(office.ws, office.clerk, case_no, term_seq=1, amount_fen=600000, paid_on=dt.date(2026, 11, 23))
    assert status(office, case_no) == "settled"
    agreements.record_payment(office.ws, office.clerk, case_no, term_seq=2, amount_fen=630000, paid_on=dt.date(2026, 11, 23))
    assert status(office, case_no) == "performed"
    agreements.follow_up(office.ws, office.wang, case_no, performance_status="已全部履行", satisfaction="满意")
    with pytest.raises(PermissionDenied):
        lifecycle.close(office.ws, office.wang, case_no, note="结案")
    lifecycle.close(office.ws, office.chair, case_no, note="协议已履行完毕，结案归档")
    with pytest.raises(TransitionError, match="closed"):
        agreements.follow_up(office.ws, office.wang, case_no, performance_status="x")
    with pytest.raises(PermissionDenied):
        lifecycle.reopen(office.ws, office.wang, case_no, reason="x")
    with pytest.raises(ValidationError, match="reason"):
        lifecycle.reopen(office.ws, office.chair, case_no, reason=" ")
    lifecycle.reopen(office.ws, office.chair, case_no, reason="被申请人银行转账被退回")
    with office.ws.read() as s:
        reopened = s.scalar(select(Case).where(Case.case_no == case_no))
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "reopen"))
    assert reopened.status == "settled" and reopened.closed_on is None
    assert event.reason == "被申请人银行转账被退回" and event.user_name == "李主任"
    assert event.changes["status"] == ["performed", "settled"]


def test_reject_needs_reasons_and_ends_the_case(office):
    case = register(office)
    with pytest.raises(ValidationError, match="reason"):
        lifecycle.reject(office.ws, office.chair, case.case_no, reason="")
    lifecycle.reject(office.ws, office.chair, case.case_no, reason="不属于劳动争议，请向人民法院起诉")
    assert status(office, case.case_no) == "rejected"
    with pytest.raises(TransitionError):
        lifecycle.accept(office.ws, office.chair, case.case_no)
    lifecycle.reopen(office.ws, office.chair, case.case_no, reason="补充材料后重新审查")
    assert status(office, case.case_no) == "registered"


def test_terminate_for_expiry_only_after_the_period(office):
    case_no = to_mediation(office)
    with pytest.raises(ValidationError, match="has not expired"):
        lifecycle.terminate(office.ws, office.wang, case_no, reason_code="period_expired", reason="期满", on=dt.date(2026, 11, 23))
    with pytest.raises(ValidationError, match="reason_code"):
        lifecycle.terminate(office.ws, office.wang, case_no, reason_code="bored", reason="x")
    lifecycle.terminate(office.ws, office.wang, case_no, reason_code="no_agreement", reason="双方差距过大")
    with office.ws.read() as s:
        case = s.scalar(select(Case).where(Case.case_no == case_no))
    assert case.status == "failed" and case.end_reason_code == "no_agreement"
    assert case.mediation_due_on is None and case.limitation_due_on is not None
    lifecycle.reopen(office.ws, office.chair, case_no, reason="双方同意继续调解")
    assert status(office, case_no) == "in_mediation"


def test_withdraw_and_reopen_returns_to_where_it_was(office):
    case = register(office)
    lifecycle.accept(office.ws, office.chair, case.case_no, on=dt.date(2026, 11, 20))
    lifecycle.withdraw(office.ws, office.clerk, case.case_no, reason="申请人撤回申请")
    assert status(office, case.case_no) == "withdrawn"
    with pytest.raises(TransitionError):
        lifecycle.withdraw(office.ws, office.clerk, case.case_no, reason="again")
    lifecycle.reopen(office.ws, office.chair, case.case_no, reason="误操作")
    assert status(office, case.case_no) == "accepted"


def test_extension_needs_both_consents_and_is_limited(office):
    case_no = to_mediation(office)
    with pytest.raises(ValidationError) as err:
        lifecycle.extend(office.ws, office.wang, case_no, days=10, applicant_consent="", respondent_consent=" ")
    assert {p.field for p in err.value.problems} == {"applicant_consent", "respondent_consent"}
    with pytest.raises(ValidationError, match="between 1 and 15"):
        lifecycle.extend(office.ws, office.wang, case_no, days=16, applicant_consent="同意", respondent_consent="同意")
    lifecycle.extend(office.ws, office.wang, case_no, days=10, applicant_consent="当庭口头同意，记入笔录",
                     respondent_consent="书面同意，附卷")
    with office.ws.read() as s:
        assert s.scalar(select(Case.mediation_due_on).where(Case.case_no == case_no)) == dt.date(2026, 12, 15)
        assert s.scalar(select(func.count()).select_from(Extension)) == 1
    with pytest.raises(ValidationError, match="1 extension"):
        lifecycle.extend(office.ws, office.wang, case_no, days=5, applicant_consent="同意", respondent_consent="同意")


def test_assigning_a_linked_mediator_needs_acknowledgement(office):
    case = register(office)
    with office.ws.unit(office.chair) as uow:
        uow.session.add(MediatorLink(office_id=office.ws.office_id, user_id=office.chen.user_id,
                                     counterpart_name="旧城制衣厂", relation="曾任该厂会计"))
    with pytest.raises(ValidationError, match="曾任该厂会计"):
        lifecycle.assign(office.ws, office.chair, case.case_no, ["chen"])
    warnings = lifecycle.assign(office.ws, office.chair, case.case_no, ["chen", "wang"], lead="wang", acknowledge_warnings=True)
    assert warnings == ["陈调解: 旧城制衣厂: 曾任该厂会计"]
    with office.ws.read() as s:
        rows = s.scalars(select(CaseMediator).order_by(CaseMediator.is_lead)).all()
    assert [(r.is_lead, r.link_warning) for r in rows] == [(False, "旧城制衣厂: 曾任该厂会计"), (True, None)]


def test_recusal_granted_ends_the_assignment(office):
    case_no = to_mediation(office)
    request = recusal.request_recusal(office.ws, office.clerk, case_no, mediator="wang", requested_by="张三", reason="调解员系被申请人亲属")
    with pytest.raises(PermissionDenied):
        recusal.decide_recusal(office.ws, office.wang, request.id, decision="refused", reason="x")
    recusal.decide_recusal(office.ws, office.chair, request.id, decision="granted", reason="情况属实")
    with pytest.raises(PermissionDenied, match="not assigned"):
        hearings.record_hearing(office.ws, office.wang, case_no, starts_at=HEARING_AT, place="调解室")


def test_an_incomplete_agreement_is_refused_listing_everything_missing(office):
    case_no = to_mediation(office)
    before = counts(office)
    bad = agreement_data(waived_rights="", copies=2, terms=[{"payer": "respondent", "payee": "applicant:0", "amount": "100"}])
    with pytest.raises(ValidationError) as err:
        agreements.settle(office.ws, office.wang, case_no, bad)
    fields = {p.field for p in err.value.problems}
    assert {"waived_rights", "copies", "terms[0].due_on", "terms[0].method", "terms[0].place", "terms[0].description"} <= fields
    assert counts(office) == before and status(office, case_no) == "in_mediation"


def test_non_performance_opens_arbitration_and_payment_order(office):
    case_no = to_mediation(office)
    terms = agreement_data()["terms"]
    terms[0]["due_on"] = "2026-11-22"
    agreements.settle(office.ws, office.wang, case_no, agreement_data(terms=terms))
    routes = agreements.mark_not_performed(office.ws, office.wang, case_no, note="到期未支付")
    assert any("arbitration" in r for r in routes) and any("payment order" in r and "1" in r for r in routes)
    assert status(office, case_no) == "not_performed"
    agreements.record_enforcement(office.ws, office.chair, case_no, route="payment_order")


def test_review_and_confirmation_windows_are_enforced(office):
    case_no = to_mediation(office, applied_at="2026-10-09T10:00:00")
    signed = {"applicant": "2026-10-20", "respondent": "2026-10-20", "mediator": "2026-10-20", "seal": "2026-10-20"}
    agreements.settle(office.ws, office.wang, case_no, agreement_data(signed=signed))
    with pytest.raises(ValidationError, match="arbitral review closed on 2026-11-04"):
        agreements.record_enforcement(office.ws, office.chair, case_no, route="arbitral_review")
    agreements.record_enforcement(office.ws, office.chair, case_no, route="judicial_confirmation", on=dt.date(2026, 11, 19))
    with pytest.raises(ValidationError, match="only one route"):
        agreements.record_enforcement(office.ws, office.chair, case_no, route="arbitral_review", on=dt.date(2026, 11, 1))


def test_duplicate_applications_need_acknowledgement(office):
    first = register(office)
    with pytest.raises(ValidationError, match=first.case_no):
        register(office)
    second = register(office, acknowledge_warnings=["duplicate"])
    assert any(first.case_no in w for w in second.acknowledged_warnings)


def test_identity_warnings_block_until_acknowledged(office):
    bad_id = [{**case_data()["applicants"][0], "id_number": "110105194912310021"}]
    with pytest.raises(ValidationError) as err:
        register(office, applicants=bad_id)
    assert "applicants[0].id_number" in {p.field for p in err.value.problems}
    case = register(office, applicants=bad_id, acknowledge_warnings=["applicants[0].id_number"])
    assert case.acknowledged_warnings and "applicants[0].id_number" in case.acknowledged_warnings[0]


def test_collective_case_needs_representatives(office):
    workers = [{**case_data()["applicants"][0], "name": f"工人{i:02d}", "id_number": None, "is_representative": i < 3}
               for i in range(12)]
    case = register(office, applicants=workers)
    assert case.is_collective and case.worker_count == 12
    no_reps = [{**w, "is_representative": False} for w in workers]
    with pytest.raises(ValidationError, match="representatives"):
        register(office, applicants=no_reps)


def test_every_change_is_journaled_with_a_rising_sequence_and_version(office):
    case = register(office)
    lifecycle.accept(office.ws, office.chair, case.case_no, on=dt.date(2026, 11, 20))
    with office.ws.read() as s:
        row = s.scalar(select(Case).where(Case.id == case.id))
        entries = s.scalars(select(JournalEntry).where(JournalEntry.row_id == case.id).order_by(JournalEntry.seq)).all()
        all_seqs = s.scalars(select(JournalEntry.seq).order_by(JournalEntry.seq)).all()
    assert row.row_version == 2 and [e.row_version for e in entries][-1] == 2
    assert row.local_seq == entries[-1].seq
    assert all_seqs == list(range(1, len(all_seqs) + 1))
    assert row.updated_by == "chair"
