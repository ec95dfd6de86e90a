"""Cases that arrive by pull are found by the case list's search on the receiving node, as cases
registered there are (both backends)."""

from __future__ import annotations

from sqlalchemy import select

from mediator.services import queries
from mediator.store.models import Case, Party
from mediator.sync.engine import sync
from tests.sync.conftest import register


def _found(ws, text):
    return set(queries.case_ids(ws, queries.CaseFilter(search=text)))


def test_a_pulled_case_is_found_by_search_and_an_edit_there_too(central, nodes):
    case = register(nodes.a, nodes.office.chair, facts="拖欠三个月工资")
    with nodes.a.read() as s:
        applicant = s.scalars(select(Party.name).where(Party.case_id == case.id, Party.role == "applicant")).first()
    sync(nodes.a, central)
    sync(nodes.b, central)
    assert case.id in _found(nodes.b, applicant)
    assert case.id in _found(nodes.b, case.case_no)

    with nodes.a.unit(None) as uow:  # an edit of the facts on A
        uow.session.get(Case, case.id).facts = "另有加班费争议"
    sync(nodes.a, central)
    sync(nodes.b, central)
    assert case.id in _found(nodes.b, "加班费")
