"""When the official schedule of a provisional year arrives, stored deadlines are recomputed and
lose their provisional mark; cases it does not affect are not rewritten."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from mediator.services import cases
from mediator.services.calendar import recompute_deadlines
from mediator.services.intake import parse_case
from mediator.store.models import Case, HolidayDay, HolidayYear
from tests.conftest import TODAY, case_data


def test_publishing_2027_clears_provisional_marks_and_moves_dates(office):
    case = cases.register_case(office.ws, office.chair, parse_case(case_data(), today=TODAY))
    assert case.deadlines_provisional and case.limitation_due_on == dt.date(2027, 11, 22)
    with office.ws.unit(None) as uow:
        uow.session.add(HolidayYear(office_id=None, year=2027, confirmed=True, source="国务院办公厅通知（测试）"))
        uow.session.add(HolidayDay(office_id=None, day=dt.date(2027, 11, 22), is_working_day=False, name="测试休息日"))
    assert recompute_deadlines(office.ws) == 1
    with office.ws.read() as s:
        row = s.scalar(select(Case).where(Case.id == case.id))
    assert row.deadlines_provisional is False
    assert row.limitation_due_on == dt.date(2027, 11, 23)
    assert row.row_version == case.row_version + 1
    assert recompute_deadlines(office.ws) == 0
