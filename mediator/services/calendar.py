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
