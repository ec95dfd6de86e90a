"""调解终止书: the paper a worker takes to the arbitration commission. It names the parties (every
worker of a collective case, in an annex when long) and the dispute, states when the application
was received and accepted and when mediation ended, why in words, that the parties may apply for
arbitration, and until when the limitation period runs."""

from __future__ import annotations

from mediator.documents.builders.common import Source, cn_date, party_paragraphs, seal_block, zh_label
from mediator.documents.builders.parts import ARBITRATION, LONG_LIST, limitation_text, refuse
from mediator.documents.model import Document
from mediator.i18n import t


def reason_text(code: str | None, detail: str | None) -> str:
    """``调解期限届满未达成协议。具体情况：…。``: the reason's name, then the recorded particulars."""
    name = zh_label("termination", code)
    detail = (detail or "").strip().rstrip("。")
    if detail and detail != name:
        return f"{name}。具体情况：{detail}。"
    return f"{name}。"


def build(src: Source) -> Document:
    case = src.case
    if case.ended_on is None or case.end_reason_code is None:
        raise refuse(src, "termination", t("mediation of the case has not been terminated"))
    if case.accepted_on is None:
        raise refuse(src, "termination", t("the application was never accepted, so there was no mediation to end"))
    doc = src.document(
        "termination",
        received_on=cn_date(case.received_on),
        accepted_on=cn_date(case.accepted_on),
        ended_on=cn_date(case.ended_on),
        reason=reason_text(case.end_reason_code, case.end_reason),
        arbitration=ARBITRATION + "当事人申请仲裁时，可以持本终止书向仲裁委员会说明调解情况。",
        limitation=limitation_text(src),
    )
    body, annex = party_paragraphs(src, LONG_LIST)
    doc.blocks["parties"] = body
    doc.blocks["seal"] = seal_block(src, case.ended_on)
    doc.annex = annex
    return doc
