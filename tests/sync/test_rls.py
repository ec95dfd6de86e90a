"""PostgreSQL roles and row-level security: an office's login reads and writes only its own rows
(and reads the federation's), a row of its batch claiming another office is refused and recorded
while the rest lands, and the federation role reads every office. Roles are cluster-wide: each
test's are named after its own database and dropped at the end."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, insert, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from mediator.cli.main import main
from mediator.store.models import Case
from mediator.sync import admin, roles, state
from mediator.sync.connect import central_engine
from mediator.sync.engine import sync
from mediator.sync.push import next_batch, push_batch
from tests.sync.conftest import register

postgres_only = pytest.mark.parametrize("central_url", ["postgres"], indirect=True)


class Store:
    def __init__(self, url: str):
        self.owner = central_engine(url)
        admin.init_central(self.owner)
        self.names = roles.setup(self.owner)
        admin.add_office(self.owner, "JC01", "旧城镇")
        admin.add_office(self.owner, "JC02", "新城镇")
        self.a = roles.add_office_login(self.owner, "JC01")
        self.b = roles.add_office_login(self.owner, "JC02")
        self.reader = f"{self.names.prefix}_federation_reader"
        with self.owner.begin() as conn:
            conn.exec_driver_sql(f'CREATE ROLE "{self.reader}" LOGIN IN ROLE "{self.names.federation}"')
        self.engines = []
        self.tables = admin.metadata_for(self.owner).tables

    def login(self, office_login: roles.OfficeLogin | str):
        if isinstance(office_login, str):
            url = self.owner.url.set(username=office_login, password=None)
        else:
            url = make_url(office_login.url).set(drivername="postgresql+psycopg", password=office_login.password)
        engine = central_engine(url)
        self.engines.append(engine)
        return engine

    def close(self):
        for engine in self.engines:
            engine.dispose()
        with self.owner.begin() as conn:
            conn.exec_driver_sql(f'DROP OWNED BY "{self.reader}"')
            conn.exec_driver_sql(f'DROP ROLE "{self.reader}"')
        dropped = roles.drop_store_roles(self.owner)
        assert set(dropped) == {self.names.office_group, self.names.federation, self.a.role, self.b.role}
        self.owner.dispose()


@pytest.fixture
def store(central_url):
    made = Store(central_url)
    yield made
    made.close()


def claim_office_b(store, office_a: uuid.UUID) -> uuid.UUID:
    """Office JC02 with its own id and roster row, claimed at central (written by the owner)."""
    office_b = uuid.uuid4()
    offices, roster = store.tables["central_offices"], store.tables["offices"]
    with store.owner.begin() as conn:
        conn.execute(update(offices).where(offices.c.code == "JC02").values(office_id=office_b))
        row = dict(conn.execute(select(roster).where(roster.c.id == office_a)).one()._mapping)
        conn.execute(insert(roster).values(**(row | {"id": office_b, "code": "JC02", "name": "新城镇劳动争议调解委员会",
                                                     **stamp()})))
    return office_b


def stamp() -> dict:
    return {"central_seq": func.nextval("central_seq_seq"), "central_xid": func.pg_current_xact_id()}


def office_b_case(store, office_a: uuid.UUID, case_row: dict) -> tuple[uuid.UUID, uuid.UUID]:
    """Office JC02 (see ``claim_office_b``) with one case of its own, written by the owner."""
    office_b, case_id = claim_office_b(store, office_a), uuid.uuid4()
    with store.owner.begin() as conn:
        conn.execute(insert(store.tables["cases"]).values(
            **(case_row | {"id": case_id, "office_id": office_b, "case_no": "新城调〔2025〕1号"} | stamp())))
    return office_b, case_id


def refused(excinfo) -> bool:
    return getattr(excinfo.value.orig, "sqlstate", None) == "42501"


@postgres_only
def test_an_office_login_reads_and_writes_only_its_own_rows(store, office):
    mine = register(office.ws, office.chair)
    as_a = store.login(store.a)
    sync(office.ws, as_a)  # the whole protocol (claim, push, pull) through the office's own login
    cases_t = store.tables["cases"]
    with store.owner.connect() as conn:
        row = dict(conn.execute(select(cases_t).where(cases_t.c.id == mine.id)).one()._mapping)
    office_b, theirs = office_b_case(store, office.ws.office_id, row)

    with as_a.connect() as conn:
        seen = {r.id: r.office_id for r in conn.execute(select(cases_t.c.id, cases_t.c.office_id))}
        assert seen == {mine.id: office.ws.office_id}
        assert conn.execute(update(cases_t).where(cases_t.c.id == theirs).values(facts="改别人的")).rowcount == 0
        nodes = conn.execute(select(store.tables["sync_nodes"].c.node_id)).scalars().all()
        assert nodes == [office.ws.node_id]
        offices = conn.execute(select(store.tables["central_offices"].c.code)).scalars().all()
        assert offices == ["JC01"]
        with pytest.raises(DBAPIError) as denied:
            conn.exec_driver_sql("SELECT * FROM central_office_roles")
        assert refused(denied)
        conn.rollback()
    with as_a.connect() as conn, pytest.raises(DBAPIError) as excinfo:
        conn.execute(insert(cases_t).values(**(row | {"id": uuid.uuid4(), "office_id": office_b, "case_no": "X1",
                                                      "central_xid": func.pg_current_xact_id()})))
    assert refused(excinfo) and "row-level security" in str(excinfo.value.orig)
    with as_a.connect() as conn, pytest.raises(DBAPIError) as excinfo:
        conn.execute(update(cases_t).where(cases_t.c.id == mine.id).values(office_id=office_b))
    assert refused(excinfo)
    causes = store.tables["dispute_causes"]  # federation reference rows (seeded by central init)
    with as_a.connect() as conn:
        reference = conn.execute(select(causes).where(causes.c.office_id.is_(None)).limit(1)).mappings().first()
        assert reference is not None  # readable...
        assert conn.execute(update(causes).where(causes.c.id == reference["id"])
                            .values(row_version=causes.c.row_version + 1)).rowcount == 0  # ...never writable
    with as_a.connect() as conn, pytest.raises(DBAPIError) as excinfo:
        conn.execute(insert(causes).values(**(dict(reference) | {"id": uuid.uuid4(), "code": "ZZ99"} | stamp())))
    assert refused(excinfo)

    with store.login(store.b).connect() as conn:
        assert conn.execute(select(cases_t.c.id)).scalars().all() == [theirs]
    with store.login(store.reader).connect() as conn:
        assert set(conn.execute(select(cases_t.c.office_id)).scalars()) == {office.ws.office_id, office_b}
        with pytest.raises(DBAPIError) as excinfo:
            conn.execute(update(cases_t).values(facts="联合会不改案件"))
        assert refused(excinfo)


@postgres_only
def test_a_row_claiming_another_office_is_rejected_and_the_rest_lands(store, office):
    as_a = store.login(store.a)
    sync(office.ws, as_a)
    honest = register(office.ws, office.chair)
    forged = register(office.ws, office.chair, acknowledge_warnings=True)
    office_b = claim_office_b(store, office.ws.office_id)
    with office.ws.read() as s:
        batch = next_batch(s, office.ws.node_id, office.ws.office_id, state.epoch(s), state.acked(s))
    for row in batch.rows["cases"]:  # a node that does not filter its batch: central must refuse
        if row["id"] == forged.id:
            row["office_id"] = office_b

    outcome = push_batch(as_a, store.tables, batch)

    cases_t, rejects = store.tables["cases"], store.tables["sync_rejects"]
    with store.owner.connect() as conn:
        landed = dict(conn.execute(select(cases_t.c.id, cases_t.c.office_id)).all())
        recorded = conn.execute(select(rejects)).mappings().all()
    assert landed == {honest.id: office.ws.office_id}
    by_table = {(r["table_name"], r["row_id"]): r for r in recorded}
    forged_reject = by_table[("cases", forged.id)]
    assert "row-level security" in forged_reject["reason"]
    assert forged_reject["node_id"] == office.ws.node_id and forged_reject["office_id"] == office_b
    for r in recorded:  # only the forged case and the rows hanging on it
        assert r["row_id"] == forged.id or r["row"].get("case_id") == str(forged.id)
    assert outcome.rejects == len(recorded) and outcome.written > 0
    with store.login(store.a).connect() as conn:  # the office sees its own node's rejects
        assert conn.scalar(select(func.count()).select_from(rejects)) == len(recorded)
    with store.login(store.b).connect() as conn:  # ...and the other office does not
        assert conn.scalar(select(func.count()).select_from(rejects)) == 0
    with store.owner.connect() as conn:
        nodes = store.tables["sync_nodes"]
        assert conn.scalar(select(nodes.c.acked_seq).where(nodes.c.node_id == office.ws.node_id)) == batch.last_seq
    with office.ws.read() as s:
        assert s.scalar(select(func.count()).select_from(Case)) == 2  # nothing lost locally


@postgres_only
def test_command_line_prints_the_login_once_and_status_lists_roles(central_url, capsys):
    assert main(["central", "init", central_url]) == 0
    out = capsys.readouterr().out
    owner = central_engine(central_url)
    try:
        with owner.connect() as conn:
            names = roles.role_names(conn)
        assert names.office_group in out and names.federation in out
        assert main(["central", "add-office", central_url, "JC01"]) == 0
        out = capsys.readouterr().out
        role = f"{names.prefix}_office_jc01"
        password = next(line.split(":", 1)[1].strip() for line in out.splitlines() if "password:" in line)
        assert len(password) >= 32 and f"postgresql://{role}@" in out
        with owner.connect() as conn:
            stored = conn.execute(text("SELECT rolpassword FROM pg_authid WHERE rolname = :r"), {"r": role}).scalar()
        assert stored.startswith("SCRAM-SHA-256$") and password not in stored
        assert main(["central", "status", central_url]) == 0
        status = capsys.readouterr().out
        assert f"[{role}]" in status and password not in status and names.federation in status
    finally:
        roles.drop_store_roles(owner)
        owner.dispose()


@pytest.mark.parametrize("central_url", ["sqlite"], indirect=True)
def test_sqlite_central_says_it_has_no_roles(central_url, capsys):
    assert main(["central", "init", central_url]) == 0
    assert "no database roles" in capsys.readouterr().out
    assert main(["central", "add-office", central_url, "JC01"]) == 0
    assert "password" not in capsys.readouterr().out
    assert main(["central", "status", central_url]) == 0
    assert "no database roles or row-level security" in capsys.readouterr().out
