"""Applying the deadline engine to stored cases: the due dates kept on each case (so the due
list is an indexed query) and the full list of clocks with their rules for one case."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediator.domain import deadlines as dl
from mediator.domain.states import ACTIVE_STATES, PERFORMED, REGISTERED
from mediator.domain.workdays import WorkCalendar
from mediator.store.models import Agreement, AgreementTerm, Case, Extension


def extension_days(session: Session, case: Case) -> int:
    rows = session.scalars(select(Extension.days).where(Extension.case_id == case.id, Extension.deleted_at.is_(None)))
    return sum(rows)


def mediation_clock(case: Case, cal: WorkCalendar, ext_days: int) -> dl.Deadline | None:
    start = case.received_on if case.period_basis == "received" else case.accepted_on
    if start is None:
        return None
    return dl.mediation_deadline(start, cal, days=case.period_days, extension_days=ext_days, basis=case.period_basis)


def limitation_start(case, effective_on: dt.date | None) -> tuple[dt.date, dt.date] | None:  # noqa: ANN001
    """(known, interrupted) for the limitation clock of ``case`` (a model or a row with its date
    columns), or None when it does not run: wages owed in a continuing employment, or performed."""
    if case.employment_ongoing or case.status == PERFORMED:
        return None
    known = case.infringement_known_on or case.employment_ended_on or case.received_on
    interrupted = max(d for d in (case.received_on, effective_on) if d)
    return known, interrupted


def limitation_clock(case: Case, cal: WorkCalendar, agreement: Agreement | None) -> dl.Deadline | None:
    start = limitation_start(case, agreement.effective_on if agreement else None)
    return dl.limitation_deadline(start[0], cal, interrupted=start[1]) if start else None


def refresh_case_deadlines(session: Session, case: Case, cal: WorkCalendar, *, new: bool = False) -> None:
    """Recompute the stored due dates of ``case`` for its current state (``new``: a case being
    registered, which has no agreement or extension to look up)."""
    agreement = None if new else session.scalar(select(Agreement).where(Agreement.case_id == case.id))
    clocks: list[dl.Deadline] = []
    acceptance = dl.acceptance_deadline(case.received_on, cal) if case.status == REGISTERED else None
    mediation = mediation_clock(case, cal, 0 if new else extension_days(session, case)) if case.status in ACTIVE_STATES else None
    limitation = limitation_clock(case, cal, agreement)
    for clock in (acceptance, mediation, limitation):
        if clock:
            clocks.append(clock)
    case.acceptance_due_on = acceptance.due if acceptance else None
    case.mediation_due_on = mediation.due if mediation else None
    case.limitation_due_on = limitation.due if limitation else None
    if agreement is not None:
        review = dl.review_deadline(agreement.effective_on, cal)
        confirmation = dl.confirmation_deadline(agreement.effective_on, cal)
        agreement.review_due_on, agreement.confirmation_due_on = review.due, confirmation.due
        clocks += [review, confirmation]
    provisional = any(c.provisional for c in clocks)
    if case.deadlines_provisional != provisional:
        case.deadlines_provisional = provisional


def case_clocks(session: Session, case: Case, cal: WorkCalendar) -> list[dl.Deadline]:
    """Every clock running for ``case`` now, in the order of domain.md's table."""
    agreement = session.scalar(select(Agreement).where(Agreement.case_id == case.id))
    clocks: list[dl.Deadline | None] = []
    if case.status == REGISTERED:
        clocks.append(dl.acceptance_deadline(case.received_on, cal))
    if case.status in ACTIVE_STATES:
        clocks.append(mediation_clock(case, cal, extension_days(session, case)))
    if agreement is not None:
        terms = session.scalars(
            select(AgreementTerm)
            .where(AgreementTerm.agreement_id == agreement.id, AgreementTerm.deleted_at.is_(None))
            .order_by(AgreementTerm.seq)
        )
        clocks += [dl.performance_deadline(term.due_on) for term in terms if not term.performed_on]
        if agreement.enforcement_route is None:
            clocks += [dl.review_deadline(agreement.effective_on, cal), dl.confirmation_deadline(agreement.effective_on, cal)]
    clocks.append(limitation_clock(case, cal, agreement))
    return [c for c in clocks if c is not None]
