"""Reading an application (a case file or a form) into a validated ``CaseInput``.

Hard errors (missing fields, impossible dates, bad amounts) refuse the case. Identity warnings
(a failing ID or credit-code checksum, a worker under 16) refuse it too unless acknowledged,
field by field or all at once, so nothing doubtful is ever saved silently nor blocked for good.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from mediator.domain.validators import check_citizen_id, check_credit_code, check_landline, check_mobile
from mediator.errors import Problem, ValidationError
from mediator.i18n import t
from mediator.services.fields import SHANGHAI, Reader, beijing_today

ID_TYPES = ("citizen_id", "passport", "residence_permit", "hk_macao_taiwan", "other")
COLLECTIVE_MIN_WORKERS = 10


@dataclass
class PartyInput:
    role: str
    kind: str
    name: str
    fields: dict[str, Any] = field(default_factory=dict)
    is_representative: bool = False
    represents: str | None = None


@dataclass
class ClaimInput:
    cause_code: str
    description: str
    amount_fen: int | None


@dataclass
class CaseInput:
    application_kind: str
    applied_at: dt.datetime
    received_on: dt.date
    facts: str
    applicants: list[PartyInput]
    respondent: PartyInput
    agents: list[PartyInput]
    claims: list[ClaimInput]
    infringement_known_on: dt.date | None = None
    employment_ended_on: dt.date | None = None
    employment_ongoing: bool = False
    acknowledged: list[str] = field(default_factory=list)
    acknowledge: bool | frozenset[str] = False

    @property
    def is_collective(self) -> bool:
        return len(self.applicants) >= COLLECTIVE_MIN_WORKERS


def _person(r: Reader, data: dict, path: str, role: str, today: dt.date) -> PartyInput:
    name = r.text(data, "name", f"{path}.name", required=True, max_len=100) or ""
    f: dict[str, Any] = {
        "sex": r.choice(data, "sex", f"{path}.sex", ("male", "female"), default="") if data.get("sex") else None,
        "ethnicity": r.text(data, "ethnicity", f"{path}.ethnicity", max_len=20),
        "birth_date": r.date(data, "birth_date", f"{path}.birth_date"),
        "address": r.text(data, "address", f"{path}.address", max_len=300),
        "employer_name": r.text(data, "employer", f"{path}.employer", max_len=200),
        "job": r.text(data, "job", f"{path}.job", max_len=100),
        "authority": r.text(data, "authority", f"{path}.authority", max_len=2000),
    }
    id_number = r.text(data, "id_number", f"{path}.id_number", max_len=40)
    id_type = r.choice(data, "id_type", f"{path}.id_type", ID_TYPES, default="citizen_id") if id_number else None
    if id_number and id_type == "citizen_id":
        res = check_citizen_id(id_number, today=today)
        for msg in res.errors:
            r.error(f"{path}.id_number", msg)
        for msg in res.warnings:
            r.warn(f"{path}.id_number", msg)
        if not res.errors:
            id_number = res.value
            if f["sex"] and res.sex and f["sex"] != res.sex:
                r.warn(f"{path}.sex", t("differs from the sex encoded in the ID number"))
            f["sex"] = f["sex"] or res.sex
            if f["birth_date"] and res.birth_date and f["birth_date"] != res.birth_date:
                r.warn(f"{path}.birth_date", t("differs from the birth date in the ID number ({date})", date=res.birth_date))
            f["birth_date"] = f["birth_date"] or res.birth_date
    f["id_number"], f["id_type"] = id_number, id_type
    f["phone"] = _checked(r, data, "phone", f"{path}.phone", check_mobile)
    f["landline"] = _checked(r, data, "landline", f"{path}.landline", check_landline)
    if role == "applicant" and not (f["phone"] or f["landline"] or f["address"]):
        r.warn(path, t("no phone or address: the office cannot reach this person"))
    return PartyInput(role, "person", name, f, bool(data.get("is_representative", False)), data.get("represents"))


def _organisation(r: Reader, data: dict, path: str) -> PartyInput:
    name = r.text(data, "name", f"{path}.name", required=True) or ""
    f: dict[str, Any] = {
        "address": r.text(data, "address", f"{path}.address", max_len=300),
        "legal_rep": r.text(data, "legal_rep", f"{path}.legal_rep", max_len=100),
        "legal_rep_title": r.text(data, "legal_rep_title", f"{path}.legal_rep_title", max_len=50),
        "ownership_type": r.text(data, "ownership_type", f"{path}.ownership_type", max_len=40),
        "industry": r.text(data, "industry", f"{path}.industry", max_len=60),
    }
    code = r.text(data, "credit_code", f"{path}.credit_code", max_len=20)
    if code:
        res = check_credit_code(code)
        for msg in res.errors:
            r.error(f"{path}.credit_code", msg)
        for msg in res.warnings:
            r.warn(f"{path}.credit_code", msg)
        code = res.value if not res.errors else code
    f["credit_code"] = code
    f["phone"] = _checked(r, data, "phone", f"{path}.phone", check_mobile, alt=check_landline)
    return PartyInput("respondent", "organisation", name, f)


def _checked(r: Reader, data: dict, key: str, path: str, check, alt=None) -> str | None:  # noqa: ANN001
    raw = r.text(data, key, path, max_len=40)
    if not raw:
        return None
    res = check(raw)
    if res.errors and alt is not None:
        other = alt(raw)
        if not other.errors:
            return other.value
    for msg in res.errors:
        r.error(path, msg)
    return res.value if not res.errors else None


def parse_case(data: Any, source: str | None = None, today: dt.date | None = None) -> CaseInput:
    """Validate an application; raises ValidationError listing every problem, warnings included
    unless ``acknowledge_warnings`` is true or names each warned field."""
    r = Reader(source)
    if not isinstance(data, dict):
        raise ValidationError(Problem(source or "case", t("must be a JSON object")), source)
    today = today or beijing_today()
    kind = r.choice(data, "application_kind", "application_kind", ("oral", "written"))
    applied_at = r.instant(data, "applied_at", "applied_at", required=True)
    received_on = r.date(data, "received_on", "received_on")
    if received_on is None and applied_at is not None:
        received_on = applied_at.astimezone(SHANGHAI).date()
    if applied_at and applied_at.astimezone(SHANGHAI).date() > today:
        r.error("applied_at", t("lies in the future"))
    if received_on and applied_at and received_on < applied_at.astimezone(SHANGHAI).date():
        r.error("received_on", t("is before the application time"))
    facts = r.text(data, "facts", "facts", required=True, max_len=20000) or ""

    applicants = [_person(r, a, f"applicants[{i}]", "applicant", today) for i, a in enumerate(r.items(data, "applicants", "applicants", required=True))]
    resp_data = data.get("respondent")
    if not isinstance(resp_data, dict):
        r.error("respondent", t("is required"))
        respondent = PartyInput("respondent", "organisation", "")
    else:
        respondent = _organisation(r, resp_data, "respondent")
    agents = [_person(r, a, f"agents[{i}]", "agent", today) for i, a in enumerate(r.items(data, "agents", "agents"))]
    for i, agent in enumerate(agents):
        if not _valid_represents(agent.represents, len(applicants)):
            r.error(f"agents[{i}].represents", t("must be 'respondent' or 'applicant:N' naming an applicant"))

    claims = []
    for i, c in enumerate(r.items(data, "claims", "claims", required=True)):
        cause = r.text(c, "cause", f"claims[{i}].cause", required=True, max_len=20)
        desc = r.text(c, "description", f"claims[{i}].description", required=True, max_len=2000)
        amount = r.amount(c, "amount", f"claims[{i}].amount")
        claims.append(ClaimInput(cause or "", desc or "", amount))

    case = CaseInput(
        application_kind=kind or "written",
        applied_at=applied_at or dt.datetime.now(dt.UTC),
        received_on=received_on or today,
        facts=facts,
        applicants=applicants,
        respondent=respondent,
        agents=agents,
        claims=claims,
        infringement_known_on=r.date(data, "infringement_known_on", "infringement_known_on"),
        employment_ended_on=r.date(data, "employment_ended_on", "employment_ended_on"),
        employment_ongoing=r.flag(data, "employment_ongoing", "employment_ongoing"),
    )
    if data.get("collective") is True and not case.is_collective:
        r.error("collective", t("a collective dispute needs at least {n} workers", n=COLLECTIVE_MIN_WORKERS))
    if case.is_collective:
        reps = sum(a.is_representative for a in applicants)
        if reps == 0:
            r.error("applicants", t("a collective case needs its elected representatives marked (is_representative)"))
        elif not 3 <= reps <= 5:
            r.warn("applicants", t("{n} representatives marked; practice is 3 to 5", n=reps))
    r.raise_if_problems()
    ack = data.get("acknowledge_warnings", False)
    if isinstance(ack, list):
        ack = [a for a in ack if isinstance(a, str)]
    case.acknowledge = True if ack is True else frozenset(ack) if isinstance(ack, list) else False
    case.acknowledged = _acknowledge(r, ack)
    return case


def _valid_represents(value: object, n_applicants: int) -> bool:
    if not isinstance(value, str):
        return False
    if value == "respondent":
        return True
    if value and value.startswith("applicant:") and value[10:].isdigit():
        return int(value[10:]) < n_applicants
    return False


def _acknowledge(r: Reader, ack: Any) -> list[str]:
    if not r.warnings:
        return []
    fields = {w.field for w in r.warnings}
    accepted = fields if ack is True else set(ack) & fields if isinstance(ack, list) else set()
    pending = [w for w in r.warnings if w.field not in accepted]
    if pending:
        hint = Problem("acknowledge_warnings", t("confirm the warnings above by setting acknowledge_warnings"))
        raise ValidationError([*pending, hint], r.source)
    return [str(w) for w in r.warnings]


__all__ = ["CaseInput", "ClaimInput", "PartyInput", "parse_case"]
