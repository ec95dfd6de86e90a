"""调解笔录: the record of one hearing (the document's subject is the hearing's id): time, place,
matter, mediators, recorder, the parties present and the people invited, the statement that rights
and duties were explained, each side's statements, the outcome (with the reasons where no agreement
was reached) and the routes open, and signature lines for everyone present, the mediators and the
recorder."""

from __future__ import annotations

from mediator.documents.builders.common import Source, cn_date, cn_datetime, zh_label
from mediator.documents.builders.parts import ARBITRATION, DATE_BLANK, load_subject, refuse
from mediator.documents.model import Document, Para
from mediator.i18n import t
from mediator.services.fields import SHANGHAI
from mediator.store.models import Hearing

RIGHTS = ("调解员向双方当事人告知了调解的性质和自愿、合法、平等的原则，当事人在调解活动中享有的权利和应当"
          "履行的义务，以及当事人认为调解员与本案有利害关系或者其他关系可能影响公正调解的，"
          "有权申请调解员回避。")

ROUTES = {
    "agreement": ("双方当事人达成调解协议的，由本委员会制作调解协议书，经双方当事人签名或者盖章、调解员签名"
                  "并加盖本委员会印章后生效。双方当事人可以自调解协议生效之日起十五日内共同向仲裁委员会"
                  "提出仲裁审查申请，或者自生效之日起三十日内共同向人民法院申请司法确认；一方不履行调解协议的，"
                  "另一方可以依法申请仲裁。"),
    "no_agreement": "双方当事人未能达成调解协议。" + ARBITRATION,
    "continued": "本次调解未结束，由本委员会另行通知继续调解的时间、地点。调解期限届满未达成调解协议的，" + ARBITRATION,
}


def load_hearing(src: Source) -> Hearing:
    hearing = load_subject(src, Hearing, "hearing_record",
                           t("there is no hearing {hearing} in this case", hearing=src.subject))
    if hearing.outcome in (None, "scheduled"):
        raise refuse(src, "hearing_record", t("the hearing on {date} has not been held and recorded yet",
                                              date=cn_date(hearing.starts_at.astimezone(SHANGHAI).date())))
    return hearing


def present_text(present: list[dict]) -> str:
    """``申请人张三；代理人李四``: who attended, grouped by role in the order recorded."""
    groups: dict[str, list[str]] = {}
    for person in present or []:
        name = str(person.get("name") or "").strip()
        if name:
            groups.setdefault(role_name(person.get("role")), []).append(name)
    return "；".join(f"{role}{'、'.join(names)}" for role, names in groups.items())


def role_name(role: object) -> str:
    code = str(role or "").strip()
    if not code:
        return "到场人员"
    name = zh_label("party", code)
    return name if name != code.replace("_", " ") else code  # a role typed in words is shown as typed


def outcome_text(src: Source, hearing: Hearing) -> str:
    text = zh_label("outcome", hearing.outcome) + "。"
    case = src.case
    if hearing.outcome == "no_agreement" and case.end_reason:
        text += f"未达成协议的原因：{case.end_reason.strip().rstrip('。')}。"
    elif hearing.outcome == "no_agreement":
        text += "未达成协议的原因见上述双方陈述及调解经过。"
    return text


def statement(text: str | None, record: str | None) -> str:
    """A side's statement as recorded; a pointer to the record when it was kept there instead."""
    text = (text or "").strip()
    return text or ("见调解经过。" if (record or "").strip() else "未记录。")


def build(src: Source) -> Document:
    h = load_hearing(src)
    mediators = "、".join(n for n in (src.user_name(m) for m in h.mediator_ids) if n)
    recorder = src.user_name(h.recorder_id)
    doc = src.document(
        "hearing_record",
        starts_at=cn_datetime(h.starts_at),
        ends_at=cn_datetime(h.ends_at) if h.ends_at else "",
        place=h.place,
        mediators=mediators,
        recorder=recorder,
        present=present_text(h.present),
        invited=(h.invited or "").strip(),
        rights_statement=RIGHTS if h.rights_explained else "",
        applicant_statement=statement(h.applicant_statement, h.record_text),
        respondent_statement=statement(h.respondent_statement, h.record_text),
        record=(h.record_text or "").strip(),
        outcome=outcome_text(src, h),
        routes=ROUTES.get(h.outcome or "", ""),
    )
    because = f"因{src.cause}" if src.cause else ""
    doc.fields["matter"] = f"申请人{doc.fields['applicant_names']}与被申请人{doc.fields['respondent_name']}{because}发生的劳动争议"
    doc.blocks["hearing_signatures"] = signatures(h, mediators, recorder)
    return doc


def signatures(h: Hearing, mediators: str, recorder: str) -> list[Para]:
    """Everyone present signs (or leaves a thumbprint) after reading the record, then the mediators
    and the recorder; with nobody listed, lines for the applicant and the respondent."""
    out = [Para("", indent=False),
           Para("以上笔录已经本人阅看（或向本人宣读），确认无误。", align="left", indent=False)]
    staff = {"mediator", "recorder", "调解员", "记录人"}  # they sign on their own lines below
    people = [(role_name(p.get("role")), str(p.get("name") or "").strip()) for p in h.present or []
              if str(p.get("role") or "").strip() not in staff]
    people = [(role, name) for role, name in people if name] or [("申请人", ""), ("被申请人", "")]
    for role, name in people:
        out.append(Para(f"{role}（签名或捺印）：{name}________________", align="left", indent=False))
    for name in mediators.split("、") if mediators else [""]:
        out.append(Para(f"调解员（签名）：{name}________________", align="left", indent=False))
    out.append(Para(f"记录人（签名）：{recorder}________________", align="left", indent=False))
    out.append(Para(DATE_BLANK, align="right", indent=False))
    return out
