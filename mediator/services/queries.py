"""Read-side use cases: the case list (filtered, sorted and searched in SQL, one page at a
time; the SQL itself is ``mediator.caselist``) and the due list across all cases."""

from __future__ import annotations

import datetime as dt
import uuid
from functools import cache
from typing import Any

from sqlalchemy import and_, func, or_, select

from mediator import caselist
from mediator.caselist import NO_FILTER, SORTS, CaseFilter  # noqa: F401  (SORTS, CaseFilter: this module's API)
from mediator.domain import deadlines as dl
from mediator.domain.states import (
    ACTIVE_STATES,
    CASE_HANDLERS,
    PERFORMED,
    REGISTERED,
    SETTLED,
)
from mediator.services.context import Actor, Workspace
from mediator.services.deadlines import limitation_start
from mediator.services.fields import beijing_today
from mediator.services.lookups import dispute_causes
from mediator.services.staff import list_staff
from mediator.store.models import (
    Agreement,
    AgreementTerm,
    Case,
    Extension,
)
from mediator.store.reader import session_connection


def list_cases(
    ws: Workspace, actor: Actor, f: CaseFilter = NO_FILTER, *, sort: str = "received_on", descending: bool = True,
    offset: int = 0, limit: int = 200,
) -> list[dict[str, Any]]:
    """One page of the case list, as plain rows."""
    with ws.read() as s:
        return caselist.list_rows(session_connection(s), f, sort=sort, descending=descending, offset=offset, limit=limit)


def case_ids(ws: Workspace, f: CaseFilter = NO_FILTER, *, sort: str = "received_on", descending: bool = True,
             limit: int | None = None) -> list[uuid.UUID]:
    """Every matching case id in list order: what a lazily filled table is built over."""
    with ws.read() as s:
        return [uuid.UUID(bytes=i) for i in caselist.case_ids(session_connection(s), f, sort=sort, descending=descending, limit=limit)]


def rows_by_id(ws: Workspace, actor: Actor, ids: list[uuid.UUID]) -> dict[uuid.UUID, dict[str, Any]]:
    """The list rows of the given cases (a block of a lazily filled table), keyed by id."""
    if not ids:
        return {}
    with ws.read() as s:
        return caselist.rows_by_id(session_connection(s), ids)


def count_cases(ws: Workspace, f: CaseFilter = NO_FILTER) -> int:
    with ws.read() as s:
        return caselist.count_cases(session_connection(s), f)


def filter_choices(ws: Workspace) -> dict[str, list[dict[str, Any]]]:
    """What the case list's filters offer: the active dispute causes (headings before their
    sub-causes, named in the user's language) and the staff who may lead a case, by name."""
    handlers = sorted(list_staff(ws, roles=CASE_HANDLERS), key=lambda u: u["name"])
    return {"causes": dispute_causes(ws), "mediators": [{"login": u["login"], "name": u["name"]} for u in handlers]}


def due_list(ws: Workspace, *, today: dt.date | None = None, within: int = 7) -> list[dict[str, Any]]:
    """Everything due or overdue across the office's open work, soonest first.

    Only the columns the clocks need are read, and each distinct clock is computed once (many
    cases share a trigger date), so the cost stays close to that of the indexed queries."""
    today = today or beijing_today()
    horizon = today + dt.timedelta(days=within)
    cal = ws.calendar()
    acceptance = cache(lambda day: dl.acceptance_deadline(day, cal))
    review = cache(lambda day: dl.review_deadline(day, cal))
    confirmation = cache(lambda day: dl.confirmation_deadline(day, cal))
    performance = cache(dl.performance_deadline)
    mediation = cache(lambda start, days, ext, basis: dl.mediation_deadline(start, cal, days=days, extension_days=ext, basis=basis))
    limitation = cache(lambda known, interrupted: dl.limitation_deadline(known, cal, interrupted=interrupted))
    items: list[dict[str, Any]] = []
    live = and_(Case.deleted_at.is_(None), Case.closed_on.is_(None))
    with ws.read() as s:
        for row in s.execute(select(Case.case_no, Case.status, Case.received_on)
                             .where(live, Case.status == REGISTERED, Case.acceptance_due_on <= horizon)):
            items.append(_item(row, acceptance(row.received_on), today))
        active = s.execute(
            select(Case.id, Case.case_no, Case.status, Case.received_on, Case.accepted_on, Case.period_basis, Case.period_days)
            .where(live, Case.status.in_(ACTIVE_STATES), Case.mediation_due_on <= horizon)).all()
        extended = dict(s.execute(
            select(Extension.case_id, func.sum(Extension.days))
            .where(Extension.case_id.in_([c.id for c in active]), Extension.deleted_at.is_(None)).group_by(Extension.case_id)
        ).all()) if active else {}
        for row in active:
            start = row.received_on if row.period_basis == "received" else row.accepted_on
            if start is not None:
                items.append(_item(row, mediation(start, row.period_days, extended.get(row.id, 0), row.period_basis), today))
        terms = s.execute(
            select(AgreementTerm.seq, AgreementTerm.due_on, Case.case_no, Case.status).join(Case, Case.id == AgreementTerm.case_id)
            # Once non-performance is recorded the terms are no longer reminders: the worker's route
            # is arbitration or a payment order, and the case shows under its limitation clock.
            .where(live, Case.status == SETTLED, AgreementTerm.performed_on.is_(None),
                   AgreementTerm.due_on <= horizon, AgreementTerm.deleted_at.is_(None))
        )
        for term in terms:
            items.append(_item(term, performance(term.due_on), today, term=term.seq))
        windows = s.execute(
            select(Agreement.effective_on, Case.case_no, Case.status).join(Case, Case.id == Agreement.case_id)
            .where(live, Agreement.enforcement_route.is_(None),
                   or_(Agreement.review_due_on.between(today, horizon), Agreement.confirmation_due_on.between(today, horizon)))
        )
        for window in windows:
            for clock in (review(window.effective_on), confirmation(window.effective_on)):
                if today <= clock.due <= horizon:
                    items.append(_item(window, clock, today))
        near = s.execute(
            select(Case.id, Case.case_no, Case.status, Case.received_on, Case.infringement_known_on,
                   Case.employment_ended_on, Case.employment_ongoing)
            .where(live, Case.status != PERFORMED,
                   Case.limitation_due_on.between(today - dt.timedelta(days=30), today + dt.timedelta(days=60)))).all()
        effective = dict(s.execute(select(Agreement.case_id, Agreement.effective_on)
                                   .where(Agreement.case_id.in_([c.id for c in near]))).all()) if near else {}
        for row in near:
            start = limitation_start(row, effective.get(row.id))
            if start is not None:
                items.append(_item(row, limitation(*start), today))
    items.sort(key=lambda i: (i["due"], i["case_no"]))
    return items


def _item(case: Case, clock: dl.Deadline, today: dt.date, term: int | None = None) -> dict[str, Any]:
    return {
        "case_no": case.case_no, "status": case.status, "clock": clock.clock, "term": term,
        "due": clock.due.isoformat(), "state": clock.status(today), "provisional": clock.provisional, "rule": clock.rule,
    }
