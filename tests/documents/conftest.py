"""Cases at the stages documents are printed: registered, accepted, heard, settled."""

from __future__ import annotations

import datetime as dt

import pytest

from mediator.services import agreements, cases, hearings, lifecycle
from mediator.services.fields import SHANGHAI
from mediator.services.intake import parse_case
from tests.conftest import TODAY, agreement_data, case_data

HEARING_AT = dt.datetime(2026, 11, 21, 9, 30, tzinfo=SHANGHAI)


def register(office, **changes) -> str:
    return cases.register_case(office.ws, office.chair, parse_case(case_data(**changes), today=TODAY)).case_no


def heard(office, **changes) -> str:
    case_no = register(office, **changes)
    lifecycle.accept(office.ws, office.chair, case_no, on=dt.date(2026, 11, 20))
    lifecycle.assign(office.ws, office.chair, case_no, ["wang"])
    hearings.record_hearing(office.ws, office.wang, case_no, starts_at=HEARING_AT, place="调解室",
                            record_text="双方陈述意见")
    return case_no


@pytest.fixture
def settled(office) -> str:
    case_no = heard(office)
    agreements.settle(office.ws, office.wang, case_no, agreement_data())
    return case_no
