"""受理通知书: tells the applicant that the office accepts the application, for which dispute, the
mediation period with the day it ends, who mediates, and what to do next; sealed and dated on the
day of acceptance."""

from __future__ import annotations

from mediator.documents.builders.common import Source, cn_date, seal_block
from mediator.documents.builders.parts import (
    ARBITRATION,
    mediation_due,
    mediator_names,
    period_start,
    refuse,
)
from mediator.documents.model import Document
from mediator.i18n import t


def build(src: Source) -> Document:
    case = src.case
    if case.accepted_on is None:
        raise refuse(src, "acceptance", t("the application has not been accepted"))
    due = mediation_due(src)
    doc = src.document(
        "acceptance",
        received_on=cn_date(case.received_on),
        accepted_on=cn_date(case.accepted_on),
        mediators=mediator_names(src),
        period_days=str(case.period_days),
        period_start=period_start(src),
        mediation_due_on=cn_date(due),
        next_steps=("请按本委员会通知的时间、地点参加调解，携带本人身份证明及与争议有关的证据材料；"
                    "委托他人参加调解的，应当提交授权委托书。调解期限届满未达成调解协议的，或者调解期间"
                    "当事人一方不愿继续调解的，" + ARBITRATION),
    )
    doc.blocks["seal"] = seal_block(src, case.accepted_on)
    return doc
