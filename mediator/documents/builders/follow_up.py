"""回访记录: one follow-up visit after settlement (the subject is the visit's id): the agreement it
follows up (its number and the day it took effect), when and by whom, how the agreement is being
performed, the parties' satisfaction, new risks seen, and signature lines."""

from __future__ import annotations

from sqlalchemy import select

from mediator.documents.builders.common import Source, cn_date
from mediator.documents.builders.parts import DATE_BLANK, load_subject
from mediator.documents.model import Document, Para
from mediator.i18n import t
from mediator.store.models import Agreement, FollowUpVisit


def load_visit(src: Source) -> FollowUpVisit:
    return load_subject(src, FollowUpVisit, "follow_up",
                        t("there is no follow-up visit {visit} in this case", visit=src.subject))


def build(src: Source) -> Document:
    visit = load_visit(src)
    agreement = src.session.scalar(select(Agreement).where(Agreement.case_id == src.case.id,
                                                           Agreement.deleted_at.is_(None)))
    agreement_no = f"调解协议书（{src.case.case_no}）"
    if agreement is not None:
        agreement_no += f"，{cn_date(agreement.effective_on)}生效"
    visitor = src.user_name(visit.visitor_id)
    doc = src.document(
        "follow_up",
        agreement_no=agreement_no,
        visited_on=cn_date(visit.visited_on),
        visitor=visitor,
        performance_status=visit.performance_status.strip(),
        satisfaction=(visit.satisfaction or "").strip() or "未记录",
        new_risks=(visit.new_risks or "").strip() or "未记录",
        note=(visit.note or "").strip(),
    )
    doc.blocks["visit_signatures"] = [
        Para("", indent=False),
        Para(f"回访人（签名）：{visitor}________________", align="left", indent=False),
        Para("被回访人（签名或捺印）：________________", align="left", indent=False),
        Para(DATE_BLANK, align="right", indent=False),
    ]
    return doc
