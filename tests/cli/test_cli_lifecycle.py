"""Whole cases driven through the real command line: accept, assign, hearing, settle, pay, close
and reopen; reject and withdraw; extend, recusal, terminate, reopen, settle, non-performance,
enforcement and follow-up. Role and state violations exit 2 and change nothing."""

from __future__ import annotations

import datetime as dt

from cli_helpers import EXAMPLES, count, example, ok, refused, write_json

from mediator.services.fields import beijing_today


def test_a_case_from_application_to_performance_closing_and_reopening(office):
    case_no = office.new_case()
    assert "accepted" in ok(office("case", "accept", case_no, "--note", "材料齐全")).out
    ok(office("case", "assign", case_no, "wang"))
    today = beijing_today()
    out = ok(office.as_staff("wang", "hearing", "add", case_no, "--at", f"{today} 09:30", "--place", "旧城镇调解室",
                             "--present", "陈建华:applicant", "--present", "郑丽萍:agent", "--record", "双方陈述意见")).out
    assert "in mediation" in out
    out = ok(office("case", "settle", case_no, "--file", str(EXAMPLES / "agreement.json"))).out
    assert "人民币贰万壹仟零伍拾元伍角（¥21,050.50）" in out

    view = office.show(case_no)
    assert view["status"] == "settled"
    clocks = [(c["clock"], c["term"], c["due"]) for c in view["clocks"]]
    assert clocks == [("performance", 1, "2026-12-10"), ("performance", 2, "2027-01-10"), ("review", None, "2026-12-08"),
                      ("confirmation", None, "2026-12-23"), ("limitation", None, "2027-11-23")]
    terms = view["agreement"]["terms"]
    assert [x["amount"]["capital"] for x in terms] == ["人民币壹万元整", "人民币壹万壹仟零伍拾元伍角"]
    assert all(x["payment_order_eligible"] for x in terms)

    assert "10,000.00 of 10,000.00" in ok(office("case", "pay", case_no, "--term", "1", "--receipt", "转账001")).out
    out = ok(office.as_staff("liu", "case", "pay", case_no, "--term", "2", "--amount", "11050.50", "--method", "cash")).out
    assert out.endswith(": performed\n")
    assert "(closed)" in ok(office("case", "close", case_no, "--note", "协议已履行完毕")).out

    events = count(office.dir, "audit_events")
    refused(office.as_staff("wang", "case", "reopen", case_no, "--reason", "x"), "reopen")
    assert count(office.dir, "audit_events") == events
    out = ok(office("--lang", "zh", "case", "reopen", case_no, "--reason", "申请人反映第二期款项有误")).out
    assert out == f"{case_no}：已达成协议\n"


def test_reject_and_withdraw_and_wrong_state(office):
    first = office.new_case()
    assert "rejected" in ok(office("case", "reject", first, "--reason", "不属于劳动争议")).out
    refused(office("case", "accept", first), "cannot")
    second = office.new_case(acknowledge_warnings=True)
    assert "withdrawn" in ok(office.as_staff("liu", "case", "withdraw", second, "--reason", "已与单位自行和解")).out


def test_extension_recusal_termination_and_an_agreement_not_performed(office):
    case_no = office.new_case()
    ok(office("case", "accept", case_no))
    out = ok(office("case", "extend", case_no, "--days", "10", "--applicant-consent", "申请人2026-11-24口头同意",
                    "--respondent-consent", "被申请人书面同意")).out
    assert "2026-12-14" in out  # 15 + 10 days after receipt on 2026-11-18 (a Monday)
    out = ok(office.as_staff("liu", "case", "recuse", case_no, "--mediator", "wang", "--by", "福州闽江服饰有限公司",
                             "--reason", "调解员曾在被申请人处任职")).out
    request_id = out.split()[2] if out.startswith("Recusal request ") else ""
    assert "refused" in ok(office("case", "recusal-decide", request_id, "--decision", "refused",
                                  "--reason", "经核实无利害关系")).out
    assert "failed" in ok(office("case", "terminate", case_no, "--reason-code", "no_agreement",
                                 "--reason", "双方分歧较大")).out
    assert "in mediation" in ok(office("case", "reopen", case_no, "--reason", "双方同意继续调解")).out

    yesterday = (beijing_today() - dt.timedelta(days=1)).isoformat()
    agreement = example("agreement.json")
    agreement["terms"] = agreement["terms"][:1]
    agreement["terms"][0]["due_on"] = yesterday
    agreement["signed"] = {k: yesterday for k in agreement["signed"]}
    ok(office("case", "settle", case_no, "--file", str(write_json(office.tmp / "agreement.json", agreement))))
    out = ok(office("case", "not-performed", case_no, "--note", "第一期工资逾期未付")).out
    assert "not performed" in out and "payment order" in out
    assert "payment order" in ok(office("case", "enforce", case_no, "--route", "payment_order")).out
    ok(office.as_staff("liu", "case", "follow-up", case_no, "--status", "未履行", "--risks", "单位经营困难"))
    view = office.show(case_no)
    assert view["status"] == "not_performed"
    assert view["agreement"]["enforcement_route"] == "payment_order"
    assert [r["decision"] for r in view["recusals"]] == ["refused"]
    assert view["extensions"][0]["days"] == 10
    assert [h["action"] for h in view["history"]][-3:] == ["not_performed", "enforcement", "follow_up"]
