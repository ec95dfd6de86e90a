"""Every document kind printed from a case at the stage it belongs to and read back with
python-docx: each required part present with the case's values; collective cases list every
worker; awkward text renders literally; ``printable`` offers the right kinds at each stage."""

from __future__ import annotations

import datetime as dt
import io

import docx
import pytest

from mediator.documents.available import printable
from mediator.documents.kinds import KINDS
from mediator.documents.printing import builtin_template_path, check_template, print_document
from mediator.documents.signed import attach_file
from mediator.documents.template import read_template
from mediator.errors import InputError
from mediator.services import agreements, hearings, lifecycle
from mediator.services.fields import SHANGHAI
from tests.conftest import VALID_CASE
from tests.documents.conftest import heard, register
from tests.documents.test_agreement_document import text_of

HELD_AT = dt.datetime(2026, 11, 22, 14, 0, tzinfo=SHANGHAI)
COMMON = ("{{", "{%")


def printed_text(office, case_no: str, kind: str, subject: str | None = None, actor=None) -> str:  # noqa: ANN001
    data = print_document(office.ws, actor or office.wang, case_no, kind, subject=subject).data
    text = text_of(data)
    for marker in COMMON:
        assert marker not in text, f"{kind}: unfilled template marker {marker}"
    return text


def assert_all(text: str, expected: tuple[str, ...]) -> None:
    missing = [e for e in expected if e not in text]
    assert missing == []


def accepted(office, **changes) -> str:  # noqa: ANN001
    case_no = register(office, **changes)
    lifecycle.accept(office.ws, office.chair, case_no, on=dt.date(2026, 11, 20))
    lifecycle.assign(office.ws, office.chair, case_no, ["wang"])
    return case_no


def held(office, case_no: str, outcome: str = "no_agreement") -> str:  # noqa: ANN001
    hearing = hearings.record_hearing(
        office.ws, office.wang, case_no, starts_at=HELD_AT, ends_at=HELD_AT + dt.timedelta(hours=1, minutes=30),
        place="第二调解室", recorder="clerk", invited="镇司法所李明",
        present=[{"name": "张三", "role": "applicant"}, {"name": "赵大为", "role": "respondent"}],
        applicant_statement="要求支付全部欠薪12300元。", respondent_statement="资金困难，只能先付一半。",
        record_text="调解员分别听取双方意见并释明法律规定。", outcome=outcome)
    return str(hearing.id)


def terminated(office) -> str:  # noqa: ANN001
    case_no = heard(office)
    lifecycle.terminate(office.ws, office.wang, case_no, reason_code="no_agreement", reason="双方对支付金额分歧较大",
                        on=dt.date(2026, 11, 23))
    return case_no


def kinds_of(office, case_no: str) -> list[tuple[str, str | None]]:  # noqa: ANN001
    return [(p.kind, p.subject if p.kind == "service_proof" else None) for p in printable(office.ws, case_no)]


# --- each kind at its stage ---------------------------------------------------------------------

def test_written_application_has_every_particular_claim_and_signature(office):
    case_no = register(office)
    text = printed_text(office, case_no, "application")
    assert_all(text, (
        "调解申请书", case_no, "申请人：张三，女，汉族，1949年12月31日出生，身份证号码：11010519491231002X",
        "住址：旧城镇幸福路1号", "工作单位：旧城制衣厂", "岗位：车工", "联系电话：13800138000",
        "被申请人：旧城制衣厂，统一社会信用代码：91350100M000100Y43，住所：旧城镇工业园8号。",
        "厂长：赵大为，联系电话：13900139000。", "请求事项",
        "一、支付拖欠的2026年8月至10月工资（金额：人民币壹万贰仟叁佰元整（¥12,300.00））。",
        "事实和理由", VALID_CASE["facts"], "申请时间：2026年11月20日 9时30分",
        "申请人（签名或捺印）：张三", "2026年11月20日"))
    assert "口头申请笔录" not in text


def test_oral_application_is_a_record_saying_who_recorded_it_and_when(office):
    case_no = register(office, application_kind="oral")
    text = printed_text(office, case_no, "application")
    assert_all(text, ("口头申请笔录", "申请人于2026年11月20日 9时30分到旧城镇劳动争议调解委员会口头申请调解，由李主任当场记录",
                      "记录人（签名）：李主任", "申请人（签名或捺印）：张三", "口头申请笔录 " + case_no))
    assert "调解申请书" not in text


def test_acceptance_states_the_period_its_end_and_the_mediator(office):
    case_no = accepted(office)
    text = printed_text(office, case_no, "acceptance")
    assert_all(text, ("受理通知书", case_no, "张三：", "与旧城制衣厂因拖欠工资", "于2026年11月20日收到调解申请",
                      "决定于2026年11月20日予以受理", "调解期限为15日，自收到调解申请之日（2026年11月20日）起计算，至2026年12月7日届满",
                      "本案由调解员王调解主持调解", "劳动人事争议仲裁委员会申请仲裁",
                      "旧城镇劳动争议调解委员会（盖章）"))


def test_acceptance_before_a_mediator_is_assigned_says_one_will_be_named(office):
    case_no = register(office)
    lifecycle.accept(office.ws, office.chair, case_no, on=dt.date(2026, 11, 20))
    text = printed_text(office, case_no, "acceptance")
    assert "调解员确定后，本委员会将另行通知" in text and "主持调解" not in text


def test_rejection_gives_the_reason_and_the_way_to_arbitration(office):
    case_no = register(office)
    lifecycle.reject(office.ws, office.chair, case_no, reason="该争议已由仲裁委员会受理", on=dt.date(2026, 11, 21))
    text = printed_text(office, case_no, "rejection")
    assert_all(text, ("不予受理通知书", case_no, "张三：", "于2026年11月20日收到调解申请", "决定不予受理",
                      "不予受理的理由：该争议已由仲裁委员会受理。", "直接向有管辖权的劳动人事争议仲裁委员会申请仲裁",
                      "仲裁时效期间至2027年11月22日届满", "旧城镇劳动争议调解委员会（盖章）", "2026年11月21日"))


def test_hearing_record_has_every_part_and_signature_line(office):
    case_no = accepted(office)
    subject = held(office, case_no)
    text = printed_text(office, case_no, "hearing_record", subject)
    assert_all(text, ("调解笔录", case_no, "时间：2026年11月22日 14时00分", "结束时间：2026年11月22日 15时30分",
                      "地点：第二调解室", "事由：申请人张三与被申请人旧城制衣厂因拖欠工资发生的劳动争议",
                      "调解员：王调解", "记录人：刘书记", "到场当事人及代理人：申请人张三；被申请人赵大为",
                      "邀请参加调解人员：镇司法所李明", "有权申请调解员回避", "要求支付全部欠薪12300元。",
                      "资金困难，只能先付一半。", "调解员分别听取双方意见并释明法律规定。", "未达成协议。",
                      "劳动人事争议仲裁委员会申请仲裁", "申请人（签名或捺印）：张三", "被申请人（签名或捺印）：赵大为",
                      "调解员（签名）：王调解", "记录人（签名）：刘书记"))


def test_a_scheduled_hearing_has_no_record_to_print(office):
    case_no = accepted(office)
    hearing = hearings.record_hearing(office.ws, office.wang, case_no, starts_at=HELD_AT, place="调解室",
                                      outcome="scheduled")
    assert not [p for p in printable(office.ws, case_no) if p.kind == "hearing_record"]
    with pytest.raises(InputError, match="has not been held"):
        print_document(office.ws, office.wang, case_no, "hearing_record", subject=str(hearing.id))


def test_termination_states_dates_reason_arbitration_and_limitation(office):
    case_no = terminated(office)
    text = printed_text(office, case_no, "termination")
    assert_all(text, ("调解终止书", case_no, "申请人：张三", "被申请人：旧城制衣厂", "因拖欠工资发生劳动争议",
                      "于2026年11月20日收到调解申请，于2026年11月20日受理", "于2026年11月23日终止调解",
                      "终止调解的原因：双方无法达成一致。具体情况：双方对支付金额分歧较大。",
                      "可以依法向有管辖权的劳动人事争议仲裁委员会申请仲裁", "仲裁时效期间至2027年11月22日届满",
                      "旧城镇劳动争议调解委员会（盖章）", "2026年11月23日"))


def test_termination_of_an_open_case_is_refused(office):
    case_no = accepted(office)
    with pytest.raises(InputError, match="has not been terminated"):
        print_document(office.ws, office.wang, case_no, "termination")


def test_proof_of_service_has_a_table_per_recipient_with_every_box(office, settled):
    text = printed_text(office, settled, "service_proof", "agreement")
    assert_all(text, ("送达回证", settled, "送达文书：调解协议书（" + settled + "）", "受送达人：张三、旧城制衣厂",
                      "张三（申请人）", "旧城制衣厂（被申请人）", "旧城镇幸福路1号", "旧城镇工业园8号",
                      "受送达人签名（盖章或捺印）", "代收人签名及代收理由", "代收理由", "拒收事由及见证人",
                      "见证人（签名）", "送达人（签名）"))
    tables = docx.Document(io.BytesIO(print_document(office.ws, office.wang, settled, "service_proof",
                                                     subject="agreement").data)).tables
    assert len(tables) == 2  # one per recipient


def test_proof_of_service_for_a_notice_goes_to_the_applicant_only(office):
    case_no = accepted(office)
    text = printed_text(office, case_no, "service_proof", "acceptance")
    assert "受理通知书（" + case_no + "）" in text and "旧城制衣厂（被申请人）" not in text
    with pytest.raises(InputError, match="no 调解协议书 to serve"):
        print_document(office.ws, office.wang, case_no, "service_proof", subject="agreement")


def test_follow_up_has_agreement_number_performance_satisfaction_and_risks(office, settled):
    visit = agreements.follow_up(office.ws, office.wang, settled, performance_status="第一期6000元已按期支付",
                                 visited_on=dt.date(2026, 11, 23), satisfaction="满意", new_risks="企业订单减少，第二期可能延迟")
    text = printed_text(office, settled, "follow_up", str(visit.id))
    assert_all(text, ("回访记录", "协议编号：调解协议书（" + settled + "），2026年11月22日生效", "回访日期：2026年11月23日",
                      "回访人：王调解", "第一期6000元已按期支付", "满意", "企业订单减少，第二期可能延迟",
                      "回访人（签名）：王调解", "被回访人（签名或捺印）"))


def test_cover_lists_the_file_particulars(office):
    case_no = terminated(office)
    lifecycle.close(office.ws, office.chair, case_no, note="调解不成，已告知申请仲裁", on=dt.date(2026, 11, 23))
    text = printed_text(office, case_no, "cover")
    assert_all(text, ("旧城镇劳动争议调解委员会", "劳动争议调解案件卷宗", case_no, "拖欠工资", "张三", "旧城制衣厂",
                      "书面申请", "2026年11月20日", "调解终止（双方无法达成一致）", "2026年11月23日", "王调解",
                      "保管期限", "本卷共"))


def test_index_lists_the_printed_documents_in_file_order_with_a_page_column(office, settled, tmp_path):
    for kind in ("agreement", "application", "acceptance"):
        print_document(office.ws, office.wang, settled, kind)
    print_document(office.ws, office.wang, settled, "agreement")  # a reprint is listed once
    scan = tmp_path / "签字协议.pdf"
    scan.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    attach_file(office.ws, office.clerk, settled, scan)
    d = docx.Document(io.BytesIO(print_document(office.ws, office.wang, settled, "index").data))
    rows = [[c.text for c in row.cells] for row in d.tables[0].rows]
    assert rows[0] == ["序号", "文书材料名称", "日期", "页号", "备注"]
    assert [r[1] for r in rows[1:4]] == ["调解申请书", "受理通知书", "调解协议书"]
    assert [r[2] for r in rows[1:4]] == ["2026年11月20日", "2026年11月20日", "2026年11月22日"]
    assert rows[4][:2] == ["4", "签字的调解协议书（签字协议.pdf）"] and rows[4][2].startswith("2026年")
    assert [r[0] for r in rows[1:]] == [str(i) for i in range(1, 8)] and all(r[3] == "" for r in rows[1:])
    assert all(r[1] == "" for r in rows[5:])  # blank rows for the clerk


# --- collective cases and awkward text ----------------------------------------------------------

def workers(n: int) -> list[dict]:
    return [{"name": f"工人{i + 1:02d}", "address": f"旧城镇{i + 1}号", "job": "车工", "employer": "旧城制衣厂",
             "is_representative": i < 3} for i in range(n)]


@pytest.mark.parametrize("kind", ["application", "termination"])
def test_a_collective_case_lists_every_worker_in_an_annex(office, kind):
    case_no = register(office, applicants=workers(12))
    if kind == "termination":
        lifecycle.accept(office.ws, office.chair, case_no, on=dt.date(2026, 11, 20))
        lifecycle.assign(office.ws, office.chair, case_no, ["wang"])
        lifecycle.terminate(office.ws, office.wang, case_no, reason_code="other_party_refused", reason="被申请人拒绝调解")
    d = docx.Document(io.BytesIO(print_document(office.ws, office.wang, case_no, kind).data))
    body = "\n".join(p.text for p in d.paragraphs)
    assert "申请人：工人01等12名劳动者（名单及身份信息见附件）" in body and "附件：申请人名单" in body
    for rep in ("工人01", "工人02", "工人03"):
        assert f"申请人代表：{rep}" in body
    annex = d.tables[-1]
    names = [row.cells[1].text for row in annex.rows[1:]]
    assert names == [f"工人{i + 1:02d}" for i in range(12)]


def test_a_collective_proof_of_service_has_a_table_for_every_worker(office):
    case_no = accepted(office, applicants=workers(12))
    tables = docx.Document(io.BytesIO(print_document(office.ws, office.wang, case_no, "service_proof",
                                                     subject="acceptance").data)).tables
    assert len(tables) == 12
    assert [t.rows[1].cells[1].text for t in tables] == [f"工人{i + 1:02d}（申请人）" for i in range(12)]


AWKWARD_NAME = "<李&\"四'>😀𠀀䶮"
LONG_FACTS = ("申请人<主张>&“被申请人”拖欠工资𠀀䶮😀。" * 150)[:3000]


def test_awkward_names_and_long_facts_render_literally(office):
    applicant = {**VALID_CASE["applicants"][0], "name": AWKWARD_NAME}
    case_no = register(office, applicants=[applicant], facts=LONG_FACTS,
                       respondent={**VALID_CASE["respondent"], "name": "A&B <公司>"})
    lifecycle.accept(office.ws, office.chair, case_no, on=dt.date(2026, 11, 20))
    lifecycle.assign(office.ws, office.chair, case_no, ["wang"])
    lifecycle.terminate(office.ws, office.wang, case_no, reason_code="other", reason="被申请人称“资金<紧张>&无力支付”")
    application = printed_text(office, case_no, "application")
    assert len(LONG_FACTS) == 3000 and LONG_FACTS in application
    assert f"申请人：{AWKWARD_NAME}，" in application and "被申请人：A&B <公司>" in application
    for kind in ("acceptance", "termination", "cover"):
        text = printed_text(office, case_no, kind)
        assert AWKWARD_NAME in text and "A&B <公司>" in text, kind
    assert "具体情况：被申请人称“资金<紧张>&无力支付”。" in printed_text(office, case_no, "termination")
    proof = printed_text(office, case_no, "service_proof", "termination")
    assert f"{AWKWARD_NAME}（申请人）" in proof


# --- what can be printed at each stage ----------------------------------------------------------

def test_printable_kinds_follow_the_case(office, settled):
    registered = register(office, applicants=[{**VALID_CASE["applicants"][0], "name": "李四",
                                               "id_number": "440524188001010014"}],
                        acknowledge_warnings=True)
    assert kinds_of(office, registered) == [("application", None), ("cover", None), ("index", None)]

    accepted_no = accepted(office, applicants=[{**VALID_CASE["applicants"][0], "name": "王五",
                                                "id_number": "440524188001010014"}],
                        acknowledge_warnings=True)
    hearings.record_hearing(office.ws, office.wang, accepted_no, starts_at=HELD_AT, place="调解室", outcome="scheduled")
    assert kinds_of(office, accepted_no) == [("application", None), ("acceptance", None),
                                             ("service_proof", "acceptance"), ("cover", None), ("index", None)]

    rejected = register(office, applicants=[{**VALID_CASE["applicants"][0], "name": "赵六",
                                             "id_number": "440524188001010014"}],
                        acknowledge_warnings=True)
    lifecycle.reject(office.ws, office.chair, rejected, reason="不属于劳动争议")
    assert kinds_of(office, rejected) == [("application", None), ("rejection", None),
                                          ("service_proof", "rejection"), ("cover", None), ("index", None)]

    agreements.follow_up(office.ws, office.wang, settled, performance_status="按期履行", visited_on=dt.date(2026, 11, 23))
    assert kinds_of(office, settled) == [
        ("application", None), ("acceptance", None), ("hearing_record", None), ("agreement", None),
        ("service_proof", "acceptance"), ("service_proof", "agreement"), ("follow_up", None),
        ("cover", None), ("index", None)]

    failed = terminated(office)
    assert kinds_of(office, failed) == [
        ("application", None), ("acceptance", None), ("hearing_record", None), ("termination", None),
        ("service_proof", "acceptance"), ("service_proof", "termination"), ("cover", None), ("index", None)]


def test_every_printable_entry_prints(office, settled):
    agreements.follow_up(office.ws, office.wang, settled, performance_status="按期履行", visited_on=dt.date(2026, 11, 23))
    for entry in printable(office.ws, settled):
        printed = print_document(office.ws, office.wang, settled, entry.kind, subject=entry.subject)
        assert printed.data and printed.print_no == 1
    # after settlement the stored mediation deadline is gone; a reprinted notice still states it
    assert "至2026年12月7日届满" in printed_text(office, settled, "acceptance")


def test_printed_counts_are_per_subject(office, settled):
    print_document(office.ws, office.wang, settled, "service_proof", subject="agreement")
    counts = {(p.kind, p.subject): p.printed for p in printable(office.ws, settled)}
    assert counts[("service_proof", "agreement")] == 1 and counts[("service_proof", "acceptance")] == 0


# --- built-in templates -------------------------------------------------------------------------

@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_built_in_template_passes_the_checks(kind):
    template = read_template(builtin_template_path(kind), "builtin")
    assert check_template(template, KINDS[kind]) == []
