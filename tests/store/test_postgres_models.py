"""The typed models are portable to PostgreSQL, where the central store will live: every table
creates, and UUIDs, UTC instants, JSON and money round-trip unchanged."""

from __future__ import annotations

import datetime as dt
import os
import uuid

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from mediator.store.base import Base, new_id
from mediator.store.models import Case, Claim, Office
from tests.conftest import unavailable

PG_URL = os.environ.get("MEDIATOR_TEST_PG_URL")
pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_engine():
    if not PG_URL:
        unavailable("set MEDIATOR_TEST_PG_URL=postgresql://postgres@127.0.0.1:5432/postgres to run PostgreSQL tests")
    admin_url = make_url(PG_URL).set(drivername="postgresql+psycopg")
    name = f"mediator_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine = create_engine(admin_url.set(database=name))
    try:
        yield engine
    finally:
        engine.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def test_models_create_and_round_trip_on_postgresql(pg_engine):
    Base.metadata.create_all(pg_engine)
    office_id, case_id = new_id(), new_id()
    applied = dt.datetime(2026, 11, 20, 1, 30, 15, 123456, tzinfo=dt.UTC)
    with Session(pg_engine) as s, s.begin():
        s.add(Office(id=office_id, office_id=None, code="JC01", name="旧城镇劳动争议调解委员会", short_name="旧城",
                     case_number_format="{office}劳调〔{year}〕第{seq}号"))
        s.flush()
        s.add(Case(id=case_id, office_id=office_id, case_no="旧城劳调〔2026〕第1号", case_year=2026, case_seq=1,
                   status="registered", application_kind="oral", applied_at=applied, received_on=dt.date(2026, 11, 20),
                   facts="拖欠工资", period_basis="received", period_days=15, claimed_total_fen=12_300_00,
                   acknowledged_warnings=["applicants[0].id_number: 校验位错误"]))
        s.flush()
        s.add(Claim(office_id=office_id, case_id=case_id, seq=1, cause_code="0801", description="工资", amount_fen=10**14 - 1))
    with Session(pg_engine) as s:
        case = s.scalar(select(Case).where(Case.id == case_id))
        claim = s.scalar(select(Claim).where(Claim.case_id == case_id))
    assert case.applied_at == applied and case.applied_at.tzinfo is not None
    assert case.acknowledged_warnings == ["applicants[0].id_number: 校验位错误"]
    assert claim.amount_fen == 10**14 - 1 and isinstance(case.id, uuid.UUID)
    with pg_engine.connect() as conn:
        assert conn.execute(text("SELECT data_type FROM information_schema.columns "
                                 "WHERE table_name='cases' AND column_name='id'")).scalar() == "uuid"
