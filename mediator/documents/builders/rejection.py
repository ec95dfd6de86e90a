"""不予受理通知书: tells the applicant that the office does not accept the application, for which
dispute and why, and what the applicant may do instead (apply for arbitration directly), with the
limitation reminder; sealed and dated on the day of the decision."""

from __future__ import annotations

from mediator.documents.builders.common import Source, cn_date, seal_block
from mediator.documents.builders.parts import limitation_text, refuse
from mediator.documents.model import Document
from mediator.i18n import t


def build(src: Source) -> Document:
    case = src.case
    if case.status != "rejected" or not case.rejection_reason:
        raise refuse(src, "rejection", t("the application has not been refused"))
    doc = src.document(
        "rejection",
        received_on=cn_date(case.received_on),
        decided_on=cn_date(case.decided_on),
        reason=case.rejection_reason.strip().rstrip("。") + "。",
        next_steps=("申请人可以就该劳动争议依法直接向有管辖权的劳动人事争议仲裁委员会申请仲裁，"
                    "也可以向其他依法设立的劳动争议调解组织申请调解。"),
        limitation=limitation_text(src),
    )
    doc.blocks["seal"] = seal_block(src, case.decided_on)
    return doc
