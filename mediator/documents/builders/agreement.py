"""调解协议书: the settlement agreement, from the recorded agreement or from a draft to be signed.
Every term states payer, payee, amount in figures and capitals, due date, method and place; the
waived rights are stated expressly; the consequence of non-performance names arbitration and, where
the law allows it, the payment order (支付令); one copy per party plus one for the file."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from mediator.documents.builders.common import (
    Source,
    cn_date,
    cn_ordinal,
    party_paragraphs,
    zh_label,
)
from mediator.documents.model import Document, Para
from mediator.domain.agreement_rules import agreement_problems
from mediator.domain.money import format_both
from mediator.errors import Problem, ValidationError
from mediator.i18n import t
from mediator.store.models import Agreement, AgreementTerm, DisputeCause, Party

PARTY_COLUMNS = ("name", "sex", "id_number", "address", "employer_name", "job", "credit_code", "legal_rep")


def recorded(src: Source) -> dict[str, Any] | None:
    """The recorded agreement in the shape a draft has (``agreements.settle``'s input)."""
    s = src.session
    a = s.scalar(select(Agreement).where(Agreement.case_id == src.case.id, Agreement.deleted_at.is_(None)))
    if a is None:
        return None
    refs = {p.id: ("respondent" if p.role == "respondent" else f"applicant:{p.position}") for p in src.parties}
    terms = [
        {"payer": refs.get(x.payer_party_id), "payee": refs.get(x.payee_party_id), "description": x.description,
         "amount_fen": x.amount_fen, "due_on": x.due_on, "method": x.method, "place": x.place, "cause": x.cause_code,
         "payment_order_eligible": x.payment_order_eligible}
        for x in s.scalars(select(AgreementTerm).where(AgreementTerm.agreement_id == a.id,
                                                       AgreementTerm.deleted_at.is_(None)).order_by(AgreementTerm.seq))
    ]
    return {"dispute_summary": a.dispute_summary, "applicant_claims": a.applicant_claims,
            "respondent_position": a.respondent_position, "waived_rights": a.waived_rights, "copies": a.copies,
            "terms": terms, "sealed_on": a.sealed_on}


def _party_name(ref: str | None, src: Source) -> str:
    if ref == "respondent":
        return src.respondent.name if src.respondent else ""
    if ref and ref.startswith("applicant:") and ref[10:].isdigit():
        found = [p for p in src.applicants if p.position == int(ref[10:])]
        if found:
            return found[0].name
        if int(ref[10:]) < len(src.applicants):
            return src.applicants[int(ref[10:])].name
    return ""


def term_text(i: int, term: dict[str, Any], src: Source) -> str:
    """One numbered term: what is owed, then payer, payee, amount (figures and capitals), due date,
    method and place each named, so a free-text description never blurs who owes what."""
    payer, payee = _party_name(term.get("payer"), src), _party_name(term.get("payee"), src)
    what = str(term.get("description") or "").strip().rstrip("。；;.")
    text = f"{cn_ordinal(i)}、{what}。付款（履行）方：{payer}；收款（接受）方：{payee}；"
    if term.get("amount_fen"):
        text += f"金额：{format_both(term['amount_fen'])}；"
    text += (f"履行期限：{cn_date(term.get('due_on'))}前；履行方式：{zh_label('method', term.get('method'))}；"
             f"履行地点：{term.get('place') or ''}。")
    return text


def consequence(terms: list[dict[str, Any]], payment_causes: set[str]) -> str:
    text = ("本协议经双方当事人签名或者盖章，经调解员签名并加盖调解组织印章后生效，对双方当事人具有约束力，"
            "当事人应当履行。达成调解协议后，一方当事人在协议约定期限内不履行调解协议的，"
            "另一方当事人可以依法申请仲裁。")
    if any(t.get("amount_fen") and (t.get("payment_order_eligible") or t.get("cause") in payment_causes)
           and t.get("payer") == "respondent" for t in terms):
        text += ("因支付拖欠劳动报酬、工伤医疗费、经济补偿或者赔偿金事项达成调解协议，用人单位在协议约定期限内"
                 "不履行的，劳动者可以持调解协议书依法向人民法院申请支付令。")
    return text


def normalise_draft(draft: dict[str, Any]) -> dict[str, Any]:
    """A draft in the editor's shape (amounts as text, dates as ISO text) in the recorded shape;
    an unreadable amount or date is reported naming the term's field."""
    from mediator.services.fields import Reader

    r = Reader(None)
    terms = []
    for i, raw in enumerate(draft.get("terms") or []):
        term = dict(raw)
        if "amount_fen" not in term:
            term["amount_fen"] = r.amount(raw, "amount", f"terms[{i}].amount")
        if isinstance(term.get("due_on"), str):
            term["due_on"] = r.date(raw, "due_on", f"terms[{i}].due_on")
        terms.append(term)
    r.raise_if_problems()
    return {**draft, "terms": terms}


def build(src: Source) -> Document:
    data = normalise_draft(src.draft) if src.draft is not None else recorded(src)
    if data is None:
        raise ValidationError([Problem("agreement", t("there is no agreement to print: none is recorded and no draft "
                                                      "was given"))])
    terms = list(data.get("terms") or [])
    problems = agreement_problems(
        case_no=src.case.case_no,
        workers=[{c: getattr(p, c) for c in PARTY_COLUMNS} for p in src.applicants],
        employer={c: getattr(src.respondent, c) for c in PARTY_COLUMNS} if src.respondent else {},
        agreement=data, terms=terms,
    )
    if problems:
        raise ValidationError(problems)
    payment_causes = set(src.session.scalars(select(DisputeCause.code).where(DisputeCause.payment_order.is_(True))))
    body, annex = party_paragraphs(src, sign_column=True)
    total = sum(t.get("amount_fen") or 0 for t in terms)
    parties_count = len(src.applicants) + 1
    copies = int(data["copies"])
    doc = src.document(
        "agreement",
        dispute_summary=str(data["dispute_summary"]).strip(),
        applicant_claims=str(data["applicant_claims"]).strip(),
        respondent_position=str(data["respondent_position"]).strip(),
        waived_rights=str(data["waived_rights"]).strip(),
        copies_text=f"本协议一式{_count(copies)}份，当事人各执一份，调解组织留存一份归档"
                    + ("" if copies == parties_count + 1 else f"，其余{_count(copies - parties_count - 1)}份备用") + "。",
        consequence=consequence(terms, payment_causes),
        total_amount=format_both(total) if total else "",
        sign_date=cn_date(data.get("sealed_on")) if data.get("sealed_on") else "",
    )
    doc.blocks["parties"] = body
    doc.blocks["terms"] = [Para(term_text(i + 1, t, src)) for i, t in enumerate(terms)]
    doc.blocks["signatures"] = signatures(src)
    doc.annex = annex
    return doc


def signatures(src: Source) -> list[Para]:
    """A block for every party (signature, seal or thumbprint), the mediator and the office seal."""
    out: list[Para] = [Para("", indent=False)]
    workers: list[Party] = src.applicants
    if len(workers) > 10:
        out.append(Para("申请人（签名并捺印）：见附件申请人名单签名栏", align="left", indent=False))
    else:
        for p in workers:
            out.append(Para(f"申请人（签名并捺印）：{p.name}________________", align="left", indent=False))
    employer = src.respondent.name if src.respondent else ""
    out.append(Para(f"被申请人（盖章）：{employer}________________", align="left", indent=False))
    out.append(Para("法定代表人或委托代理人（签名）：________________", align="left", indent=False))
    out.append(Para("调解员（签名）：________________", align="left", indent=False))
    out.append(Para("", indent=False))
    out.append(Para(f"{src.office.name}（盖章）", align="right", indent=False))
    out.append(Para("      年    月    日", align="right", indent=False))
    return out


def _count(n: int) -> str:
    return cn_ordinal(n) if n != 2 else "两"

