"""Pieces several builders share beyond ``common``: the parties split into applicants, respondent
and agents (collective cases with the annex), the numbered claims, the case's mediators, the
sentences on arbitration and the limitation period, and the refusal to print a document the case
does not have yet."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select

from mediator.documents.builders.common import (
    Source,
    cn_date,
    cn_ordinal,
    employer_lines,
    party_paragraphs,
)
from mediator.documents.kinds import spec
from mediator.documents.model import Para, Table
from mediator.domain.money import format_both
from mediator.errors import Problem, ValidationError
from mediator.i18n import t
from mediator.store.models import CaseMediator, Claim, User

LONG_LIST = 10  # more workers than this: representatives in the body, everyone in an annex

ARBITRATION = ("根据《中华人民共和国劳动争议调解仲裁法》第十四条的规定，当事人可以依法向有管辖权的"
               "劳动人事争议仲裁委员会申请仲裁。")


def refuse(src: Source, kind: str, why: str) -> ValidationError:
    """The error for a document the case cannot have yet, naming the document and the reason."""
    return ValidationError(Problem(kind, t("{title} of case {case_no} cannot be printed: {why}",
                                           title=spec(kind).title, case_no=src.case.case_no, why=why)))


def load_subject(src: Source, model: type, kind: str, missing: str):  # noqa: ANN201 - a row of ``model``
    """The hearing or visit named by ``src.subject``, refused with ``missing`` unless it is a live
    row of this case."""
    try:
        row = src.session.get(model, uuid.UUID(str(src.subject)))
    except ValueError:
        row = None
    if row is None or row.case_id != src.case.id or row.deleted_at is not None:
        raise refuse(src, kind, missing)
    return row


def parties_split(src: Source, *, sign_column: bool = False) -> tuple[list[Para], list[Para], list[Para], list[Para | Table]]:
    """(applicants, respondent, agents, annex) paragraphs, from ``party_paragraphs`` so every
    document lists parties alike; a collective case with many workers gets the annex table."""
    body, annex = party_paragraphs(src, LONG_LIST, sign_column=sign_column)
    n_agents = len(src.agents)
    n_respondent = len(employer_lines(src.respondent)) if src.respondent else 0
    cut = len(body) - n_agents - n_respondent
    return body[:cut], body[cut:cut + n_respondent], body[cut + n_respondent:], annex


def claims(src: Source) -> list[Claim]:
    return list(src.session.scalars(select(Claim).where(Claim.case_id == src.case.id, Claim.deleted_at.is_(None))
                                    .order_by(Claim.seq)))


def claim_paragraphs(src: Source) -> list[Para]:
    """请求事项, numbered 一、二、…, each with its amount in capitals and figures where money is asked."""
    out = []
    for i, claim in enumerate(claims(src)):
        text = f"{cn_ordinal(i + 1)}、{claim.description.strip().rstrip('。；;.')}"
        if claim.amount_fen:
            text += f"（金额：{format_both(claim.amount_fen)}）"
        out.append(Para(text + "。"))
    return out


def mediator_names(src: Source) -> str:
    """The case's current mediators, the lead first, joined with 、."""
    rows = src.session.execute(
        select(User.name, CaseMediator.is_lead).join(CaseMediator, CaseMediator.user_id == User.id).where(
            CaseMediator.case_id == src.case.id, CaseMediator.ended_on.is_(None), CaseMediator.deleted_at.is_(None))
        .order_by(CaseMediator.is_lead.desc(), CaseMediator.assigned_on, User.name)).all()
    return "、".join(dict.fromkeys(name for name, _lead in rows))


def period_start(src: Source) -> str:
    """Where the mediation period counts from, in words with the date."""
    case = src.case
    if case.period_basis == "accepted":
        return f"受理之日（{cn_date(case.accepted_on)}）"
    return f"收到调解申请之日（{cn_date(case.received_on)}）"


def mediation_due(src: Source) -> dt.date | None:
    """The end of the mediation period: the stored deadline while the case is in mediation, else
    computed again (a notice reprinted after settlement still states the period it gave)."""
    if src.case.mediation_due_on is not None:
        return src.case.mediation_due_on
    from mediator.services.calendar import load_calendar
    from mediator.services.deadlines import extension_days, mediation_clock

    clock = mediation_clock(src.case, load_calendar(src.session), extension_days(src.session, src.case))
    return clock.due if clock else None


def limitation_text(src: Source) -> str:
    """The limitation reminder (劳动争议调解仲裁法 Art. 27) with the date it runs to where known."""
    case = src.case
    text = ("劳动争议申请仲裁的时效期间为一年，从当事人知道或者应当知道其权利被侵害之日起计算；"
            "因申请调解等事由中断的，从中断时起重新计算。")
    if case.limitation_due_on:
        text += (f"据本委员会登记的情况推算，本案仲裁时效期间至{cn_date(case.limitation_due_on)}届满"
                 "（以劳动人事争议仲裁委员会认定为准），请在此日期前申请仲裁，逾期可能丧失胜诉权利。")
    elif case.employment_ongoing:
        text += ("劳动关系存续期间因拖欠劳动报酬发生争议的，申请仲裁不受一年时效期间的限制；"
                 "但劳动关系终止的，应当自劳动关系终止之日起一年内提出。")
    else:
        text += "请及时申请仲裁，以免超过仲裁时效。"
    return text


def applicant_signature_lines(src: Source, label: str = "申请人（签名或捺印）") -> list[Para]:
    """One line per worker, or a pointer to the annex's signature column in a long collective case."""
    if len(src.applicants) > LONG_LIST:
        return [Para(f"{label}：见附件申请人名单签名栏", align="left", indent=False)]
    return [Para(f"{label}：{p.name}________________", align="left", indent=False) for p in src.applicants]


DATE_BLANK = "      年    月    日"
