"""Building the working-day calendar from the federation's holiday tables, and recomputing
stored deadlines when that calendar changes."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediator.domain.workdays import WorkCalendar
from mediator.store.models import HolidayDay, HolidayYear


def load_calendar(session: Session) -> WorkCalendar:
    overrides = {
        day: working
        for day, working in session.execute(
            select(HolidayDay.day, HolidayDay.is_working_day).where(HolidayDay.deleted_at.is_(None))
        )
    }
    confirmed = session.scalars(
        select(HolidayYear.year).where(HolidayYear.confirmed.is_(True), HolidayYear.deleted_at.is_(None))
    ).all()
    return WorkCalendar(overrides=overrides, confirmed_years=confirmed)


def recompute_deadlines(ws, *, only_provisional: bool = True, batch: int = 500) -> int:  # noqa: ANN001
    """Recompute stored deadlines after the holiday calendar changed (e.g. the federation published
    next year's official schedule); returns how many cases were looked at. Rows whose dates do not
    change are not written, so nothing is journaled for them."""
    from mediator.services.deadlines import refresh_case_deadlines
    from mediator.store.models import Case

    ws.invalidate_calendar()
    cal = ws.calendar()
    stmt = select(Case.id).where(Case.deleted_at.is_(None))
    if only_provisional:
        stmt = stmt.where(Case.deadlines_provisional.is_(True))
    with ws.read() as s:
        ids = list(s.scalars(stmt))
    for start in range(0, len(ids), batch):
        with ws.unit(None) as uow:
            for case in uow.session.scalars(select(Case).where(Case.id.in_(ids[start:start + batch]))):
                refresh_case_deadlines(uow.session, case, cal)
    return len(ids)
