"""Sync fixtures: a central store on each backend (a SQLite file, and a fresh PostgreSQL database
made from MEDIATOR_TEST_PG_URL and dropped afterwards) and two nodes of one office."""

from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from mediator.services import cases, setup
from mediator.services.context import Workspace
from mediator.services.intake import parse_case
from mediator.sync import admin, node, roles
from mediator.sync.connect import central_engine
from tests.conftest import PASSWORD, TODAY, case_data, unavailable
from tests.sync.tcp_proxy import Proxy

PG_URL = os.environ.get("MEDIATOR_TEST_PG_URL")


@pytest.fixture(params=["sqlite", "postgres"])
def central_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/central.db"
        return
    if not PG_URL:
        unavailable("set MEDIATOR_TEST_PG_URL=postgresql://postgres@127.0.0.1:5432/postgres to run PostgreSQL tests")
    admin_url = make_url(PG_URL).set(drivername="postgresql+psycopg")
    name = f"mediator_sync_{uuid.uuid4().hex[:12]}"
    server = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with server.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False).replace("+psycopg", "")
    finally:
        url = admin_url.set(database=name)
        store = central_engine(url.render_as_string(hide_password=False).replace("+psycopg", ""))
        try:
            roles.drop_store_roles(store)  # roles are cluster-wide: none may outlive the test
        finally:
            store.dispose()
        with server.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        server.dispose()


@pytest.fixture
def central(central_url):
    engine = central_engine(central_url)
    admin.init_central(engine)
    admin.add_office(engine, "JC01", "旧城镇")
    yield engine
    engine.dispose()


class Nodes:
    def __init__(self, office, b_ws):
        self.office, self.a, self.b = office, office.ws, b_ws


@pytest.fixture
def nodes(office, tmp_path):
    b = node.copy_node(office.ws.data_dir, tmp_path / "node-b", "second")
    yield Nodes(office, b)
    b.close()


def register(ws, actor, **changes):
    return cases.register_case(ws, actor, parse_case(case_data(**changes), today=TODAY))


@pytest.fixture
def proxy():
    """The fault-injecting loopback proxy in front of the test PostgreSQL (``tcp_proxy``)."""
    target = make_url(PG_URL)
    with Proxy(target.host or "127.0.0.1", target.port or 5432) as p:
        yield p


@pytest.fixture
def second_office(tmp_path, central):
    """Another office (新城镇, XC02) set up on its own node and registered at central."""
    ws = Workspace.open(tmp_path / "xincheng", daily_backup=False)
    chair = setup.init_office(ws, office_code="XC02", office_name="新城镇劳动争议调解委员会", short_name="新城",
                              chair_name="周主任", password=PASSWORD)
    admin.add_office(central, "XC02", "新城镇")
    yield ws, chair
    ws.close()
