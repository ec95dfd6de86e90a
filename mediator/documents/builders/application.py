"""调解申请书, or 口头申请笔录 for an oral application: every applicant's particulars (every worker of a
collective case, in an annex when the list is long), the respondent employer, agents, the facts and
reasons, the numbered claims, the time of application and the signature lines; an oral record also
states who recorded it and when, and the recorder signs."""

from __future__ import annotations

from mediator.documents.builders.common import Source, cn_date, cn_datetime
from mediator.documents.builders.parts import (
    DATE_BLANK,
    applicant_signature_lines,
    claim_paragraphs,
    parties_split,
)
from mediator.documents.model import Document, Para
from mediator.domain.money import format_both
from mediator.services.fields import SHANGHAI

ORAL_TITLE = "口头申请笔录"


def build(src: Source) -> Document:
    case = src.case
    oral = case.application_kind == "oral"
    recorder = src.user_name(case.registered_by)
    applied = cn_datetime(case.applied_at)
    record_note = ""
    if oral:
        record_note = (f"申请人于{applied}到{src.office.name}口头申请调解，由{recorder or '本委员会工作人员'}当场记录。"
                       "以上笔录已向申请人宣读（或交申请人阅看），申请人确认与其陈述一致。")
    doc = src.document(
        "application",
        facts=case.facts.strip(),
        applied_at=applied,
        application_kind="口头申请" if oral else "书面申请",
        received_by=recorder,
        claimed_total=format_both(case.claimed_total_fen) if case.claimed_total_fen else "",
        record_note=record_note,
    )
    if oral:
        doc.title = doc.fields["title"] = ORAL_TITLE
    applicants, respondent, agents, annex = parties_split(src, sign_column=True)
    doc.blocks["applicants"] = applicants
    doc.blocks["respondent"] = respondent
    doc.blocks["agents"] = agents
    doc.blocks["claims"] = claim_paragraphs(src)
    doc.blocks["applicant_signatures"] = signatures(src, oral, recorder)
    doc.annex = annex
    return doc


def signatures(src: Source, oral: bool, recorder: str) -> list[Para]:
    out = [Para("", indent=False)] + applicant_signature_lines(src)
    if oral:
        out.append(Para(f"记录人（签名）：{recorder}________________", align="left", indent=False))
    day = src.case.applied_at.astimezone(SHANGHAI).date() if src.case.applied_at else None
    out.append(Para(cn_date(day) if day else DATE_BLANK, align="right", indent=False))
    return out
