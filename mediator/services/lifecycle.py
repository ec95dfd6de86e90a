"""The case transitions before and around mediation: accept, reject, assign mediators, extend
the period, terminate, withdraw, close and reopen (domain.md, "Case lifecycle")."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, or_, select

from mediator.domain.states import ACTIVE_STATES, TERMINATION_REASONS, reopen_target
from mediator.errors import Problem, ValidationError
from mediator.i18n import t
from mediator.services.common import (
    active_mediator_ids,
    load_case,
    load_user,
    move,
    not_future,
    require_handler,
    require_text,
)
from mediator.services.context import Actor, Workspace
from mediator.services.deadlines import extension_days, mediation_clock
from mediator.services.fields import beijing_today
from mediator.store.models import Case, CaseMediator, Extension, MediatorLink, Office, Party


def accept(ws: Workspace, actor: Actor, case_ref: str, *, on: dt.date | None = None, note: str | None = None) -> Case:
    today = beijing_today()
    with ws.unit(actor, "accept") as uow:
        case = load_case(uow.session, ws.office_id, case_ref)
        day = not_future(on or today, "accepted_on", today)
        if day < case.received_on:
            raise ValidationError(Problem("accepted_on", t("is before the application was received")))
        move(uow, case, "accept", reason=note, decided_on=day, accepted_on=day)
        return case


def reject(ws: Workspace, actor: Actor, case_ref: str, *, reason: str, on: dt.date | None = None) -> Case:
    today = beijing_today()
    with ws.unit(actor, "reject") as uow:
        case = load_case(uow.session, ws.office_id, case_ref)
        reason = require_text(reason, "reason")
        day = not_future(on or today, "decided_on", today)
        move(uow, case, "reject", reason=reason, decided_on=day, rejection_reason=reason, ended_on=day)
        return case


def _link_warnings(session, case: Case, user_ids: list) -> list[str]:  # noqa: ANN001
    parties = session.scalars(select(Party).where(Party.case_id == case.id, Party.deleted_at.is_(None))).all()
    names = {p.name for p in parties} | {p.employer_name for p in parties if p.employer_name}
    numbers = {n for p in parties for n in (p.id_number, p.credit_code) if n}
    links = session.scalars(
        select(MediatorLink).where(
            MediatorLink.user_id.in_(user_ids),
            MediatorLink.deleted_at.is_(None),
            or_(MediatorLink.counterpart_name.in_(names), MediatorLink.counterpart_id_number.in_(numbers)),
        )
    ).all()
    return [t("{counterpart}: {relation}", counterpart=link.counterpart_name, relation=link.relation) for link in links]


def assign(
    ws: Workspace, actor: Actor, case_ref: str, logins: list[str], *, lead: str | None = None,
    acknowledge_warnings: bool = False, on: dt.date | None = None,
) -> list[str]:
    """Assign mediators (the first, or ``lead``, leads). Refused while a mediator has a recorded
    link to a party, unless the chair acknowledges it; returns the warnings recorded."""
    if not logins:
        raise ValidationError(Problem("mediators", t("needs at least one entry")))
    with ws.unit(actor, "assign") as uow:
        s = uow.session
        case = load_case(s, ws.office_id, case_ref)
        users = [load_user(s, login) for login in logins]
        for u in users:
            if u.role not in ("mediator", "chair"):
                raise ValidationError(Problem("mediators", t("{login} is a {role}, not a mediator", login=u.login, role=u.role)))
        lead_user = next((u for u in users if u.login == (lead or logins[0])), None)
        if lead_user is None:
            raise ValidationError(Problem("lead", t("must be one of the assigned mediators")))
        warnings = {u.id: _link_warnings(s, case, [u.id]) for u in users}
        flagged = [f"{u.name}: {w}" for u in users for w in warnings[u.id]]
        if flagged and not acknowledge_warnings:
            raise ValidationError(
                [Problem("mediators", t("recorded link to a party: {link}", link=f)) for f in flagged]
                + [Problem("acknowledge_warnings", t("confirm the warnings above by setting acknowledge_warnings"))]
            )
        current = active_mediator_ids(s, case)
        day = on or beijing_today()
        for u in users:
            if u.id not in current:
                s.add(CaseMediator(office_id=case.office_id, case_id=case.id, user_id=u.id, is_lead=u is lead_user,
                                   assigned_on=day, link_warning="; ".join(warnings[u.id]) or None))
        for cm in s.scalars(select(CaseMediator).where(CaseMediator.case_id == case.id, CaseMediator.ended_on.is_(None))):
            cm.is_lead = cm.user_id == lead_user.id
        move(uow, case, "assign", lead_mediator_id=lead_user.id)
        uow.audit("assign_detail", "case_mediators", case.id, case_id=case.id,
                  changes={"mediators": [u.login for u in users], "lead": lead_user.login, "warnings": flagged})
        return flagged


def extend(
    ws: Workspace, actor: Actor, case_ref: str, *, days: int, applicant_consent: str, respondent_consent: str,
    reason: str | None = None, on: dt.date | None = None,
) -> Case:
    """Extend the mediation period; both parties' consent must be recorded (how and when)."""
    with ws.unit(actor, "extend") as uow:
        s = uow.session
        case = load_case(s, ws.office_id, case_ref)
        require_handler(uow, case)
        office = s.get(Office, case.office_id)
        problems = []
        if not applicant_consent or not applicant_consent.strip():
            problems.append(Problem("applicant_consent", t("the applicant's consent must be recorded")))
        if not respondent_consent or not respondent_consent.strip():
            problems.append(Problem("respondent_consent", t("the respondent's consent must be recorded")))
        if not 1 <= days <= office.extension_max_days:
            problems.append(Problem("days", t("must be between 1 and {max}", max=office.extension_max_days)))
        granted = s.scalar(select(func.count()).select_from(Extension).where(Extension.case_id == case.id, Extension.deleted_at.is_(None)))
        if case.status in ACTIVE_STATES and granted >= office.extensions_allowed:
            problems.append(Problem("days", t("this office allows {n} extension(s) per case", n=office.extensions_allowed)))
        if problems:
            raise ValidationError(problems)
        s.add(Extension(office_id=case.office_id, case_id=case.id, days=days, granted_on=on or beijing_today(),
                        applicant_consent=applicant_consent.strip(), respondent_consent=respondent_consent.strip(), reason=reason))
        s.flush()
        move(uow, case, "extend", reason=reason)
        uow.audit("extend_detail", "extensions", case.id, case_id=case.id,
                  changes={"days": days, "new_due": case.mediation_due_on,
                           "applicant_consent": applicant_consent, "respondent_consent": respondent_consent})
        return case


def terminate(ws: Workspace, actor: Actor, case_ref: str, *, reason_code: str, reason: str, on: dt.date | None = None) -> Case:
    """End mediation without agreement; the parties may then apply for arbitration."""
    today = beijing_today()
    with ws.unit(actor, "terminate") as uow:
        s = uow.session
        case = load_case(s, ws.office_id, case_ref)
        require_handler(uow, case)
        if reason_code not in TERMINATION_REASONS:
            raise ValidationError(Problem("reason_code", t("must be one of {choices}", choices=", ".join(TERMINATION_REASONS))))
        reason = require_text(reason, "reason")
        day = not_future(on or today, "ended_on", today)
        if reason_code == "period_expired":
            clock = mediation_clock(case, ws.calendar(), extension_days(s, case))
            if clock is not None and day <= clock.due:
                raise ValidationError(Problem("reason_code", t("the mediation period runs until {due}; it has not expired", due=clock.due)))
        move(uow, case, "terminate", reason=reason, ended_on=day, end_reason_code=reason_code, end_reason=reason)
        return case


def withdraw(ws: Workspace, actor: Actor, case_ref: str, *, reason: str, on: dt.date | None = None) -> Case:
    today = beijing_today()
    with ws.unit(actor, "withdraw") as uow:
        case = load_case(uow.session, ws.office_id, case_ref)
        reason = require_text(reason, "reason")
        day = not_future(on or today, "ended_on", today)
        move(uow, case, "withdraw", reason=reason, ended_on=day, end_reason_code="withdrawn", end_reason=reason)
        return case


def close(ws: Workspace, actor: Actor, case_ref: str, *, note: str, on: dt.date | None = None) -> Case:
    """Close the file (结案) of a case whose outcome is final."""
    today = beijing_today()
    with ws.unit(actor, "close") as uow:
        case = load_case(uow.session, ws.office_id, case_ref)
        note = require_text(note, "note")
        move(uow, case, "close", reason=note, closed_on=not_future(on or today, "closed_on", today), closing_note=note)
        return case


def reopen(ws: Workspace, actor: Actor, case_ref: str, *, reason: str) -> Case:
    """Reopen a finished or closed case (chair only, with a reason kept in the audit trail)."""
    with ws.unit(actor, "reopen") as uow:
        case = load_case(uow.session, ws.office_id, case_ref)
        reason = require_text(reason, "reason")
        target = reopen_target(case.status, case.previous_status)
        move(uow, case, "reopen", reason=reason, status=target, closed_on=None, closing_note=None,
             ended_on=None, end_reason_code=None, end_reason=None)
        return case
