"""Helpers shared by the lifecycle services: finding a case, checking who may act on it, and
moving it to a new state with the audit event that says who, when, what and why."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediator.domain.states import check_transition
from mediator.errors import NotFound, PermissionDenied, Problem, ValidationError
from mediator.i18n import t
from mediator.services.context import UnitOfWork
from mediator.services.deadlines import refresh_case_deadlines
from mediator.store.models import Case, CaseMediator, User


def load_case(session: Session, office_id: uuid.UUID | None, case_ref: str | uuid.UUID) -> Case:
    """A case by its number (``旧城劳调〔2026〕第12号``) or id, within the office."""
    stmt = select(Case).where(Case.deleted_at.is_(None))
    if office_id is not None:
        stmt = stmt.where(Case.office_id == office_id)
    if isinstance(case_ref, uuid.UUID):
        case = session.scalar(stmt.where(Case.id == case_ref))
    else:
        case = session.scalar(stmt.where(Case.case_no == case_ref.strip()))
        if case is None:
            try:
                case = session.scalar(stmt.where(Case.id == uuid.UUID(case_ref.strip())))
            except ValueError:
                case = None
    if case is None:
        raise NotFound(t("no case {case_no}", case_no=case_ref))
    return case


def load_for(uow: UnitOfWork, case_ref: str | uuid.UUID, action: str) -> Case:
    """The case, after checking that ``action`` is allowed from its state, before anything else
    is looked at, so a wrong-state request is named as such."""
    case = load_case(uow.session, uow.ws.office_id, case_ref)
    check_transition(action, case.status, closed=case.closed_on is not None, case_no=case.case_no)
    return case


def load_user(session: Session, login: str) -> User:
    user = session.scalar(select(User).where(User.login == login, User.deleted_at.is_(None), User.active.is_(True)))
    if user is None:
        raise NotFound(t("no active user {login}", login=login))
    return user


def active_mediator_ids(session: Session, case: Case) -> set[uuid.UUID]:
    return set(
        session.scalars(
            select(CaseMediator.user_id).where(
                CaseMediator.case_id == case.id, CaseMediator.ended_on.is_(None), CaseMediator.deleted_at.is_(None)
            )
        )
    )


def require_handler(uow: UnitOfWork, case: Case) -> None:
    """Mediators act only on cases they are assigned to; the chair on every case."""
    actor = uow.actor
    if actor is None or actor.role != "mediator":
        return
    if actor.user_id not in active_mediator_ids(uow.session, case):
        raise PermissionDenied(t("{name} is not assigned to case {case_no}", name=actor.name, case_no=case.case_no))


def move(uow: UnitOfWork, case: Case, action: str, *, reason: str | None = None, **changes: object) -> None:
    """Check and apply ``action`` to ``case``, set the given columns, refresh deadlines, audit."""
    old_status = case.status
    target = check_transition(action, case.status, closed=case.closed_on is not None, case_no=case.case_no)
    diff: dict[str, list[object]] = {}
    if target and target != case.status:
        diff["status"] = [case.status, target]
        case.status = target
    for name, value in changes.items():
        old = getattr(case, name)
        if old != value:
            diff[name] = [old, value]
            setattr(case, name, value)
    if old_status != case.status:
        case.previous_status = old_status
    refresh_case_deadlines(uow.session, case, uow.ws.calendar())
    uow.audit(action, "cases", case.id, case_id=case.id, changes=diff, reason=reason)


def require_text(value: str | None, field: str) -> str:
    if value is None or not value.strip():
        raise ValidationError(Problem(field, t("is required")))
    return value.strip()


def not_future(day: dt.date, field: str, today: dt.date) -> dt.date:
    if day > today:
        raise ValidationError(Problem(field, t("lies in the future")))
    return day
