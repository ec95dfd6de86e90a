"""送达回证: the proof that a document (the subject: "acceptance", "rejection", "agreement" or
"termination") reached each person it is addressed to. One table per recipient with the document
served, the recipient, the address, room for the signature and date of receipt, a proxy's receipt
with the reason, a refusal note with the witness, and the server's signature. The dates written
on it start the clocks that run from service."""

from __future__ import annotations

from sqlalchemy import func, select

from mediator.documents.builders.common import Source
from mediator.documents.builders.parts import refuse
from mediator.documents.kinds import KINDS
from mediator.documents.model import Document, Para, Table
from mediator.i18n import t
from mediator.store.models import Agreement, Party

TO_APPLICANTS = ("acceptance", "rejection")  # notices to the applicant; the others go to every party
DATE_LINE = "                年    月    日"
WIDTHS = (46.0, 110.0)


def recipients(src: Source, served: str) -> list[Party]:
    return list(src.applicants) + ([src.respondent] if src.respondent and served not in TO_APPLICANTS else [])


def build(src: Source) -> Document:
    from mediator.documents.available import SERVED, ready

    served = src.subject or ""
    if served not in SERVED:
        raise refuse(src, "service_proof", t("“{kind}” is not a document that is served; choose one of {kinds}",
                                             kind=served, kinds=", ".join(SERVED)))
    has_agreement = src.session.scalar(select(func.count()).select_from(Agreement).where(
        Agreement.case_id == src.case.id, Agreement.deleted_at.is_(None))) > 0
    title = KINDS[served].title
    if not ready(src.case, served, has_agreement):
        raise refuse(src, "service_proof", t("the case has no {title} to serve yet", title=title))
    people = recipients(src, served)
    doc = src.document("service_proof", served_title=title, served_no=src.case.case_no,
                       recipient="、".join(p.name for p in people))
    blocks: list[Para | Table] = []
    for i, person in enumerate(people):
        if i:
            blocks.append(Para("", indent=False))
        blocks.append(service_table(title, src.case.case_no, person))
    doc.blocks["service_table"] = blocks
    return doc


def service_table(title: str, case_no: str, person: Party) -> Table:
    role = "被申请人" if person.role == "respondent" else "申请人"
    rows = (
        ("送达文书", f"{title}（{case_no}）"),
        ("受送达人", f"{person.name}（{role}）"),
        ("送达地址", person.address or ""),
        ("送达方式", "□直接送达　□邮寄送达　□留置送达　□其他："),
        ("受送达人签名（盖章或捺印）", f"\n\n{DATE_LINE}    时"),
        ("代收人签名及代收理由", f"代收人：\n与受送达人关系：\n代收理由：\n{DATE_LINE}"),
        ("拒收事由及见证人", f"拒收事由：\n\n见证人（签名）：\n{DATE_LINE}"),
        ("送达人（签名）", f"\n{DATE_LINE}"),
        ("备注", ""),
    )
    return Table(rows, widths_mm=WIDTHS)
