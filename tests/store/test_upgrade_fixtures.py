"""Upgrading a populated database of every released schema (tests/fixtures/schema_*.sql) to head:
the data survives, the audit chains still verify, and the office keeps working."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select

from mediator.services import cases, users
from mediator.services.audit import verify_chains
from mediator.services.context import Workspace
from mediator.services.intake import parse_case
from mediator.services.queries import CaseFilter, count_cases, due_list, list_cases
from mediator.store.engine import make_engine
from mediator.store.migrate import alembic_config, current_revision, head_revision
from mediator.store.models import Case
from tests.conftest import case_data

FIXTURES = sorted((Path(__file__).parents[1] / "fixtures").glob("schema_*.sql"))


def build(path: Path, fixture: Path) -> str:
    revision = fixture.stem.removeprefix("schema_")
    engine = make_engine(path, foreign_keys=False)
    with engine.connect() as conn, conn.begin():
        command.upgrade(alembic_config(None, conn), revision)
    engine.dispose()
    with sqlite3.connect(path) as db:
        db.executescript(fixture.read_text(encoding="utf-8"))
    return revision


def test_there_is_a_fixture_for_the_head_schema():
    assert f"schema_{head_revision()}.sql" in {f.name for f in FIXTURES}


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda f: f.stem)
def test_populated_database_upgrades_and_keeps_working(tmp_path: Path, fixture: Path):
    db = tmp_path / "data" / "mediator.db"
    db.parent.mkdir()
    revision = build(db, fixture)
    assert current_revision(db) == revision
    ws = Workspace.open(db.parent)
    try:
        assert current_revision(db) == head_revision()
        with ws.read() as s:
            assert verify_chains(s) == []
            statuses = sorted(s.scalars(select(Case.status)))
        assert statuses == ["failed", "in_mediation", "registered", "settled"]
        chair = users.sign_in(ws, "chair", "fixture1")
        assert [r["applicant"] for r in list_cases(ws, chair, CaseFilter(search="李四"))] == ["李四"]
        assert count_cases(ws, CaseFilter(status="open")) == 2
        assert due_list(ws, today=dt.date(2026, 11, 23), within=30)
        new = cases.register_case(ws, chair, parse_case(case_data(applicants=[{**case_data()["applicants"][0], "name": "新人"}]),
                                                        today=dt.date(2026, 11, 23)))
        assert new.case_no == "夹具劳调〔2026〕第5号"
    finally:
        ws.close()
