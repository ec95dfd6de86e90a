"""What every builder reads and writes: the case with its parties inside one read session, dates
and times in the forms Chinese official documents use, party particulars, and signature blocks."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediator.documents.kinds import spec
from mediator.documents.model import Document, Para, Table
from mediator.services.fields import SHANGHAI
from mediator.store.models import Case, DisputeCause, Office, Party, User

CN_NUMBERS = "零一二三四五六七八九十"
SEX = {"male": "男", "female": "女", "M": "男", "F": "女"}


@dataclass
class Source:
    """One case as the builders see it. ``subject`` names the hearing, visit or served document of
    kinds printed per item; ``draft`` is an agreement not yet recorded (the editor's data, in the
    shape ``agreements.settle`` reads) to print for signing; ``today`` is the print date."""

    session: Session
    case: Case
    today: dt.date
    subject: str | None = None
    draft: dict[str, Any] | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def office(self) -> Office:
        return self.session.get(Office, self.case.office_id)

    @cached_property
    def parties(self) -> list[Party]:
        return list(self.session.scalars(select(Party).where(Party.case_id == self.case.id, Party.deleted_at.is_(None))
                                         .order_by(Party.role, Party.position)))

    @property
    def applicants(self) -> list[Party]:
        return [p for p in self.parties if p.role == "applicant"]

    @property
    def respondent(self) -> Party | None:
        return next((p for p in self.parties if p.role == "respondent"), None)

    @property
    def agents(self) -> list[Party]:
        return [p for p in self.parties if p.role == "agent"]

    def user_name(self, user_id: uuid.UUID | str | None) -> str:
        if not user_id:
            return ""
        user = self.session.get(User, uuid.UUID(str(user_id)))
        return user.name if user else ""

    @cached_property
    def cause(self) -> str:
        """The dispute causes of the claims, in words (拖欠工资、经济补偿)."""
        from mediator.store.models import Claim

        codes = list(dict.fromkeys(self.session.scalars(
            select(Claim.cause_code).where(Claim.case_id == self.case.id, Claim.deleted_at.is_(None)).order_by(Claim.seq))))
        names = {c.code: c.name_zh for c in self.session.scalars(select(DisputeCause).where(DisputeCause.code.in_(codes)))}
        return "、".join(names.get(c, c) for c in codes)

    def document(self, kind: str, **fields: str) -> Document:
        """A document of ``kind`` with the fields every kind shares already filled."""
        s = spec(kind)
        names = [p.name for p in self.applicants]
        shown = "、".join(names[:5]) + (f"等{len(names)}人" if len(names) > 5 else "")
        base = {
            "office_name": self.office.name, "title": s.title, "case_no": self.case.case_no,
            "print_date": cn_date(self.today), "applicant_names": shown,
            "respondent_name": self.respondent.name if self.respondent else "", "cause": self.cause,
        }
        base.update({k: v or "" for k, v in fields.items()})
        return Document(kind=kind, title=s.title, case_no=self.case.case_no, fields=base, subject=self.subject)


def cn_date(day: dt.date | None) -> str:
    """``2026年11月23日`` (GB/T 9704-2012 writes dates in Arabic numerals); empty for no date."""
    return f"{day.year}年{day.month}月{day.day}日" if day else ""


def cn_datetime(moment: dt.datetime | None) -> str:
    """``2026年11月23日 9时05分`` in Beijing time."""
    if moment is None:
        return ""
    local = moment.astimezone(SHANGHAI) if moment.tzinfo else moment
    return f"{cn_date(local.date())} {local.hour}时{local.minute:02d}分"


def cn_ordinal(n: int) -> str:
    """1 → 一, 12 → 十二, 21 → 二十一 (numbers of terms and claims, up to 99)."""
    if n <= 10:
        return CN_NUMBERS[n]
    tens, ones = divmod(n, 10)
    return (CN_NUMBERS[tens] if tens > 1 else "") + "十" + (CN_NUMBERS[ones] if ones else "")


def sex_name(value: str | None) -> str:
    return SEX.get(value or "", value or "")


def worker_line(p: Party, label: str) -> str:
    """One worker's particulars in one paragraph, as documents list them."""
    parts = [f"{label}：{p.name}", sex_name(p.sex)]
    if p.ethnicity:
        parts.append(p.ethnicity if p.ethnicity.endswith("族") else f"{p.ethnicity}族")
    if p.birth_date:
        parts.append(f"{cn_date(p.birth_date)}出生")
    if p.id_number:
        parts.append(f"身份证号码：{p.id_number}")
    if p.address:
        parts.append(f"住址：{p.address}")
    if p.employer_name:
        parts.append(f"工作单位：{p.employer_name}")
    if p.job:
        parts.append(f"岗位：{p.job}")
    if p.phone:
        parts.append(f"联系电话：{p.phone}")
    return "，".join(x for x in parts if x) + "。"


def employer_lines(p: Party, label: str = "被申请人") -> list[str]:
    lines = [f"{label}：{p.name}"]
    if p.credit_code:
        lines[0] += f"，统一社会信用代码：{p.credit_code}"
    if p.address:
        lines[0] += f"，住所：{p.address}"
    lines[0] += "。"
    rep = p.legal_rep or ""
    if rep:
        title = p.legal_rep_title or "法定代表人"
        lines.append(f"{title}：{rep}" + (f"，联系电话：{p.phone}" if p.phone else "") + "。")
    return lines


def agent_line(p: Party, represented: str) -> str:
    text = f"委托代理人：{p.name}"
    if p.id_number:
        text += f"，身份证号码：{p.id_number}"
    if p.phone:
        text += f"，联系电话：{p.phone}"
    return text + f"（代理{represented}）" + (f"，代理权限：{p.authority}" if p.authority else "") + "。"


def party_paragraphs(src: Source, long_list: int = 10, *, sign_column: bool = False) -> tuple[list[Para], list[Para | Table]]:
    """Paragraphs of every party's particulars; a collective case with more than ``long_list``
    workers names its representatives in the body and lists every worker in an annex table."""
    body: list[Para] = []
    annex: list[Para | Table] = []
    applicants = src.applicants
    if len(applicants) > long_list:
        reps = [p for p in applicants if p.is_representative] or applicants[:1]
        body.append(Para(f"申请人：{applicants[0].name}等{len(applicants)}名劳动者（名单及身份信息见附件）。"))
        for p in reps:
            body.append(Para(worker_line(p, "申请人代表")))
        annex.append(Para("附件：申请人名单", align="left", bold=True, indent=False))
        head = ("序号", "姓名", "性别", "身份证号码", "住址", "岗位") + (("签名（捺印）",) if sign_column else ())
        rows = [head] + [(str(i + 1), p.name, sex_name(p.sex), p.id_number or "", p.address or "", p.job or "")
                         + (("",) if sign_column else ()) for i, p in enumerate(applicants)]
        widths = (10, 18, 10, 42, 34, 18, 24) if sign_column else (12, 22, 12, 46, 42, 22)
        # 五号 (10.5 pt): an 18-digit ID number fits its column on one line whatever the digits' font
        annex.append(Table(tuple(rows), widths_mm=widths, header=True, size_pt=10.5))
    else:
        label = "申请人" if len(applicants) == 1 else None
        for i, p in enumerate(applicants):
            body.append(Para(worker_line(p, label or f"申请人{cn_ordinal(i + 1)}")))
    if src.respondent:
        body += [Para(line) for line in employer_lines(src.respondent)]
    names = {p.id: p.name for p in src.parties}
    for agent in src.agents:
        body.append(Para(agent_line(agent, names.get(agent.represents_id, ""))))
    return body, annex


def signature_lines(labels: list[str], date_text: str = "      年    月    日") -> list[Para]:
    """Signature lines: each label followed by room to sign, then a date line."""
    out = [Para(f"{label}：________________", align="left", indent=False) for label in labels]
    out.append(Para(date_text, align="right", indent=False))
    return out


def seal_block(src: Source, day: dt.date | None = None) -> list[Para]:
    """The office's name and the date at the right, where the seal goes (the seal is stamped over
    them, so no blank line is left: a one-page notice stays on one page)."""
    return [
        Para(f"{src.office.name}（盖章）", align="right", indent=False),
        Para(cn_date(day) if day else "      年    月    日", align="right", indent=False),
    ]


def zh_label(kind: str, code: str | None) -> str:
    """A code's Chinese name whatever the interface language: documents are always in Chinese."""
    if not code:
        return ""
    from mediator.locale import catalogs

    return catalogs()[1].get(f"{kind}.{code}", code.replace("_", " "))
