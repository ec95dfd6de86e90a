"""Print, as Markdown, the placeholders each document kind's template may and must use, generated
from ``mediator.documents.kinds.KINDS`` (the contract between builders and templates), for the
section "Placeholders of each document" of ``docs/templates.md``:

    .venv/bin/python scripts/template_docs.py > /tmp/placeholders.md

Paste the output over that section whenever a kind gains or loses a placeholder.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mediator.documents.kinds import COMMON_FIELDS, KINDS, KindSpec  # noqa: E402

PER = {None: "每案一份", "hearing": "每次调解一份（`--subject` 为调解会编号）",
       "visit": "每次回访一份（`--subject` 为回访编号）", "document": "每份被送达的文书一份（`--subject` 为被送达文书的种类）"}

# What a placeholder holds, where the name alone may not say it (blank: see the name).
MEANING = {
    "office_name": "调解组织名称", "title": "文书标题", "case_no": "案号", "print_date": "打印日期（中文日期）",
    "applicant_names": "申请人姓名（以顿号分隔；超过5人时列前5人并写“等N人”）", "respondent_name": "被申请人名称",
    "cause": "争议事项（案由）", "facts": "事实和理由", "applied_at": "申请时间", "application_kind": "申请方式（书面/口头）",
    "received_by": "接待人", "claimed_total": "请求金额合计（大写并附小写）", "received_on": "收到申请日期",
    "accepted_on": "受理日期", "decided_on": "决定日期", "mediators": "调解员", "period_days": "调解期限（天）",
    "period_start": "调解期限起算日", "mediation_due_on": "调解期限届满日", "next_steps": "当事人下一步可以做什么",
    "reason": "理由（不予受理或终止的原因）", "starts_at": "开始时间", "ends_at": "结束时间", "place": "地点",
    "matter": "事由", "recorder": "记录人", "present": "到场人员", "invited": "邀请参加人员",
    "rights_statement": "已告知权利义务的说明", "applicant_statement": "申请人陈述", "respondent_statement": "被申请人陈述",
    "record": "调解过程记录", "record_note": "口头申请的记录说明（书面申请时为空）", "outcome": "结果", "routes": "调解结果后可选的途径",
    "dispute_summary": "争议事项", "applicant_claims": "申请人请求", "respondent_position": "被申请人意见",
    "waived_rights": "明确放弃的权利", "copies_text": "份数说明（一式几份、各执一份）",
    "consequence": "不履行的后果（仲裁；符合条件的可申请支付令）", "total_amount": "协议金额合计（大写并附小写）",
    "sign_date": "落款日期", "ended_on": "终止日期", "arbitration": "可申请仲裁的告知", "limitation": "仲裁时效提醒",
    "served_title": "被送达文书名称", "served_no": "被送达文书文号", "recipient": "受送达人", "address": "送达地址",
    "server": "送达人", "agreement_no": "调解协议书编号（案号）", "visited_on": "回访日期", "visitor": "回访人",
    "performance_status": "履行情况", "satisfaction": "满意程度", "new_risks": "新的风险", "note": "备注",
    "closed_on": "结案日期", "retention": "保管期限", "volume_note": "卷宗说明",
    "#applicants": "申请人基本情况（每人一段）", "#respondent": "被申请人基本情况", "#agents": "委托代理人",
    "#claims": "请求事项（编号）", "#applicant_signatures": "申请人签名栏", "#seal": "调解组织印章和日期",
    "#hearing_signatures": "当事人、调解员、记录人签名栏", "#parties": "当事人基本情况（人数多时另附名单）",
    "#terms": "协议条款（编号；每条写明付款方、收款方、金额大小写、期限、方式、地点）",
    "#signatures": "各方当事人签名（盖章、捺印）、调解员签名、调解组织印章",
    "#service_table": "送达回证表格（受送达人签收、代收、拒收及见证人、送达人）",
    "#visit_signatures": "回访人和被回访人签名栏", "#cover_table": "卷宗封面表格", "#index_table": "卷内目录表格",
}


def rows(kind: KindSpec) -> list[tuple[str, bool, str]]:
    names = sorted(kind.fields - COMMON_FIELDS) + sorted(f"#{b}" for b in kind.blocks)
    names = sorted(COMMON_FIELDS, key=lambda n: (n != "case_no", n)) + names
    return [(name, name in kind.required, MEANING.get(name, "")) for name in names]


def markdown() -> str:
    lines = []
    for kind in KINDS.values():
        lines += [f"### `{kind.kind}` {kind.title}（{kind.english}）", "",
                  f"文件名 `{kind.template_file}`；{PER.get(kind.per, kind.per or '')}。", "",
                  "| 占位符 | 必须 | 内容 |", "|---|---|---|"]
        for name, required, meaning in rows(kind):
            shown = f"{{{{{name}}}}}"
            lines.append(f"| `{shown}` | {'必须' if required else ''} | {meaning} |")
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.stdout.reconfigure(encoding="utf-8")
    print(markdown(), end="")
