"""卷宗封面: the cover of the case file (一案一卷): number, dispute, parties, dates received,
accepted and closed, how the case ended, the mediators, and the retention period and page count
left for the clerk to fill in when the file is bound."""

from __future__ import annotations

from mediator.documents.builders.common import Source, cn_date, zh_label
from mediator.documents.builders.parts import mediator_names
from mediator.documents.model import Document, Table
from mediator.domain.states import OPEN_STATES

WIDTHS = (40.0, 116.0)


def outcome(src: Source) -> str:
    """How the case ended, in words; empty while it is open."""
    case = src.case
    if case.status in OPEN_STATES:
        return ""
    text = zh_label("status", case.status)
    if case.status == "failed" and case.end_reason_code:
        text += f"（{zh_label('termination', case.end_reason_code)}）"
    return text


def build(src: Source) -> Document:
    case = src.case
    names = "、".join(p.name for p in src.applicants)
    accepted = cn_date(case.accepted_on) if case.accepted_on else (
        f"不予受理（{cn_date(case.decided_on)}）" if case.status == "rejected" else "")
    doc = src.document(
        "cover",
        received_on=cn_date(case.received_on),
        closed_on=cn_date(case.closed_on),
        outcome=outcome(src),
        mediators=mediator_names(src),
        retention="",
        volume_note="本卷共      件      页",
    )
    f = doc.fields
    rows = (
        ("案　　由", f["cause"]),
        ("申 请 人", names if len(src.applicants) <= 30 else f"{f['applicant_names']}（名单见卷内材料）"),
        ("被申请人", f["respondent_name"]),
        ("申请方式", "口头申请" if case.application_kind == "oral" else "书面申请"),
        ("收案日期", f["received_on"]),
        ("受理日期", accepted),
        ("处理结果", f["outcome"]),
        ("结案日期", f["closed_on"]),
        ("调 解 员", f["mediators"]),
        ("保管期限", f["retention"]),
        ("卷内页数", f["volume_note"]),
    )
    doc.blocks["cover_table"] = [Table(rows, widths_mm=WIDTHS)]
    return doc
