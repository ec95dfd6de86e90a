"""Read-side use cases: the case list (filtered, sorted and searched in SQL, one page at a
time) and the due list across all cases. ID numbers are masked unless asked for by a role that
may see them."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import and_, func, or_, select, text
from sqlalchemy.orm import Session, aliased

from mediator.domain import deadlines as dl
from mediator.domain.states import (
    ACTIVE_STATES,
    CASE_HANDLERS,
    OPEN_STATES,
    PERFORMED,
    REGISTERED,
    SETTLED,
    STATES,
)
from mediator.domain.validators import mask_id
from mediator.errors import Problem, ValidationError
from mediator.i18n import t
from mediator.services.context import Actor, Workspace
from mediator.services.deadlines import limitation_start
from mediator.services.fields import beijing_today
from mediator.services.lookups import dispute_causes
from mediator.services.staff import list_staff
from mediator.store import search
from mediator.store.models import (
    Agreement,
    AgreementTerm,
    Case,
    CaseMediator,
    Claim,
    DisputeCause,
    Extension,
    Party,
    User,
)

SORTS = {"received_on": Case.received_on, "case_no": Case.case_seq, "status": Case.status,
         "claimed": Case.claimed_total_fen, "updated": Case.updated_at}


@dataclass(frozen=True)
class CaseFilter:
    status: str | None = None
    cause: str | None = None
    mediator: str | None = None
    received_from: dt.date | None = None
    received_to: dt.date | None = None
    collective: bool | None = None
    search: str | None = None

    def validate(self) -> None:
        if self.status and self.status not in STATES and self.status != "open":
            raise ValidationError(Problem("status", t("must be one of {choices}", choices=", ".join(("open", *STATES)))))


def _filtered(session: Session, f: CaseFilter):  # noqa: ANN202
    """The ids matching ``f``; ``session`` answers the search-frequency probe, so the probe and
    the query it shapes read the same snapshot."""
    f.validate()
    # No office filter: a node's database holds only its own office's cases (the federation's
    # cross-office views read the central store), and an office_id term misleads the planner.
    stmt = select(Case.id).where(Case.deleted_at.is_(None))
    if f.status == "open":
        stmt = stmt.where(Case.status.in_(OPEN_STATES))
    elif f.status:
        stmt = stmt.where(Case.status == f.status)
    if f.received_from:
        stmt = stmt.where(Case.received_on >= f.received_from)
    if f.received_to:
        stmt = stmt.where(Case.received_on <= f.received_to)
    if f.collective is not None:
        stmt = stmt.where(Case.is_collective.is_(f.collective))
    if f.cause:
        # A heading cause (劳动报酬 08) also finds the claims filed under its sub-causes (0801 …).
        codes = select(DisputeCause.code).where(or_(DisputeCause.code == f.cause, DisputeCause.parent_code == f.cause))
        stmt = stmt.where(Case.id.in_(select(Claim.case_id).where(Claim.cause_code.in_(codes))))
    if f.mediator:
        mediator = select(User.id).where(User.login == f.mediator).scalar_subquery()
        stmt = stmt.where(Case.id.in_(select(CaseMediator.case_id).where(CaseMediator.user_id == mediator, CaseMediator.ended_on.is_(None))))
    if f.search and f.search.strip():
        if search.is_frequent(session, f.search):
            sql, params = search.scan_condition_sql(f.search)
            stmt = stmt.where(text(sql).bindparams(**params))
        else:
            sql, params = search.matching_case_keys_sql(f.search)
            stmt = stmt.where(text(f"cases.id IN ({sql})").bindparams(**params))
    return stmt


def _order(sort: str, descending: bool) -> list:
    if sort not in SORTS:
        raise ValidationError(Problem("sort", t("must be one of {choices}", choices=", ".join(SORTS))))
    key = SORTS[sort]
    return [key.desc(), Case.id.desc()] if descending else [key.asc(), Case.id.asc()]


def _rows(session: Session, actor: Actor, ids_subquery, order: list | None = None) -> list[dict[str, Any]]:  # noqa: ANN001
    """The list columns of the cases whose ids the subquery selects."""
    applicant = aliased(Party)
    first = (applicant.case_id == Case.id, applicant.role == "applicant", applicant.position == 0)
    first_applicant = select(applicant.name).where(*first).limit(1).scalar_subquery()
    first_id = select(applicant.id_number).where(*first).limit(1).scalar_subquery()
    respondent = select(Party.name).where(Party.case_id == Case.id, Party.role == "respondent").limit(1).scalar_subquery()
    stmt = (
        select(Case.id, Case.case_no, Case.status, Case.received_on, Case.is_collective, Case.worker_count,
               Case.claimed_total_fen, Case.acceptance_due_on, Case.mediation_due_on, Case.closed_on,
               first_applicant.label("applicant"), first_id.label("id_number"), respondent.label("respondent"),
               User.name.label("mediator"))
        .join(ids_subquery, ids_subquery.c.id == Case.id)
        .outerjoin(User, User.id == Case.lead_mediator_id)
    )
    if order:
        stmt = stmt.order_by(*order)
    rows = session.execute(stmt).all()
    return [
        {
            "id": r.id, "case_no": r.case_no, "status": r.status, "received_on": r.received_on.isoformat(),
            "applicant": r.applicant if not r.is_collective else t("{name} and {n} others", name=r.applicant, n=r.worker_count - 1),
            "id_number": _id_view(r.id_number, actor), "respondent": r.respondent, "mediator": r.mediator,
            "collective": r.is_collective, "claimed_fen": r.claimed_total_fen, "closed": r.closed_on is not None,
            "next_due": (r.acceptance_due_on if r.status == REGISTERED else r.mediation_due_on if r.status in ACTIVE_STATES else None),
        }
        for r in rows
    ]


def list_cases(
    ws: Workspace, actor: Actor, f: CaseFilter = CaseFilter(), *, sort: str = "received_on", descending: bool = True,
    offset: int = 0, limit: int = 200,
) -> list[dict[str, Any]]:
    """One page of the case list, as plain rows."""
    order = _order(sort, descending)
    with ws.read() as s:
        ids = _filtered(s, f).order_by(*order).offset(offset).limit(limit).subquery()
        return _rows(s, actor, ids, order)


def case_ids(ws: Workspace, f: CaseFilter = CaseFilter(), *, sort: str = "received_on", descending: bool = True,
             limit: int | None = None) -> list[uuid.UUID]:
    """Every matching case id in list order: what a lazily filled table is built over."""
    with ws.read() as s:
        stmt = _filtered(s, f).order_by(*_order(sort, descending))
        if limit is not None:
            stmt = stmt.limit(limit)
        return list(s.scalars(stmt))


def rows_by_id(ws: Workspace, actor: Actor, ids: list[uuid.UUID]) -> dict[uuid.UUID, dict[str, Any]]:
    """The list rows of the given cases (a block of a lazily filled table), keyed by id."""
    if not ids:
        return {}
    subquery = select(Case.id).where(Case.id.in_(ids)).subquery()
    with ws.read() as s:
        return {row["id"]: row for row in _rows(s, actor, subquery)}


def count_cases(ws: Workspace, f: CaseFilter = CaseFilter()) -> int:
    with ws.read() as s:
        return s.scalar(select(func.count()).select_from(_filtered(s, f).subquery()))


def filter_choices(ws: Workspace) -> dict[str, list[dict[str, Any]]]:
    """What the case list's filters offer: the active dispute causes (headings before their
    sub-causes, named in the user's language) and the staff who may lead a case, by name."""
    handlers = sorted(list_staff(ws, roles=CASE_HANDLERS), key=lambda u: u["name"])
    return {"causes": dispute_causes(ws), "mediators": [{"login": u["login"], "name": u["name"]} for u in handlers]}


def _id_view(number: str | None, actor: Actor, reveal: bool = False) -> str | None:
    if not number:
        return number
    return number if reveal and actor.sees_full_ids else mask_id(number)


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
