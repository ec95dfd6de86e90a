"""The conflict inbox, the reject list and per-case sync state, against a SQLite central and a
PostgreSQL central: the losing node gets a local copy of its conflict with both versions; keeping
the central version makes the node equal central and closes the conflict there; keeping this
computer's version lands at central at the next sync without a new conflict and reaches the other
node; a duplicate case number shows as a refused case in plain words; later changes on either side
and child rows are handled; the 0003 migration adds the local tables."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import DBAPIError

from mediator.errors import InputError, PermissionDenied
from mediator.services import users
from mediator.services.case_view import show_case
from mediator.services.context import Workspace
from mediator.store.base import utcnow
from mediator.store.engine import make_engine
from mediator.store.migrate import alembic_config, current_revision, head_revision
from mediator.store.models import AuditEvent, Case, InboxConflict, InboxReject, JournalEntry, Party
from mediator.sync import admin, state
from mediator.sync import rows as R
from mediator.sync.engine import sync
from mediator.sync.inbox_resolve import resolve
from mediator.sync.inbox_views import case_sync_states, open_conflicts
from tests.conftest import PASSWORD
from tests.sync.conftest import register
from tests.sync.test_rls import Store, postgres_only, refused

FIXTURES = Path(__file__).parents[1] / "fixtures"


def _edit(ws, model, row_id, **values):
    with ws.unit(None) as uow:
        row = uow.session.get(model, row_id)
        for key, value in values.items():
            setattr(row, key, value)


def _local(ws, table, row_id):
    with ws.read() as s:
        return R.read_by_id(s, R.local_table(table), [row_id])[row_id]


def _central(engine, table, row_id):
    t = admin.metadata_for(engine).tables[table]
    with engine.connect() as conn:
        return R.read_by_id(conn, t, [row_id])[row_id]


def _equal_to_central(ws, engine, table, row_id):
    local, central = _local(ws, table, row_id), _central(engine, table, row_id)
    return R.same_content(local, central) and local["base_version"] == central["row_version"]


def _open_at_central(engine):
    return admin.status(engine).open_conflicts


def _conflicts_at_central(engine):
    t = admin.metadata_for(engine).tables["sync_conflicts"]
    with engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(t))


def _field(entry, name):
    return next(f for f in entry["fields"] if f["name"] == name)


@pytest.fixture
def conflict(central, nodes):
    """One case registered on A and pulled by B, then edited on both offline; A synced first."""
    case = register(nodes.a, nodes.office.chair)
    sync(nodes.a, central)
    sync(nodes.b, central)
    _edit(nodes.a, Case, case.id, facts="A 的版本")
    _edit(nodes.b, Case, case.id, facts="B 的版本")
    sync(nodes.a, central)
    assert sync(nodes.b, central).conflicts == 1
    nodes.b_chair = users.sign_in(nodes.b, "chair", PASSWORD)
    return case


def test_the_losing_node_gets_one_local_conflict_with_both_versions(central, nodes, conflict):
    [entry] = open_conflicts(nodes.b)
    assert entry["case_no"] == conflict.case_no and entry["table"] == "cases"
    assert entry["what"] == f"case {conflict.case_no}"
    facts = _field(entry, "facts")
    assert (facts["central"], facts["mine"], facts["differs"]) == ("A 的版本", "B 的版本", True)
    assert facts["label"] == "facts" and entry["differing"] == 1
    assert entry["fields"][0]["name"] == "facts"  # the differing field comes first
    assert not _field(entry, "case_no")["differs"]
    assert open_conflicts(nodes.a) == []  # A's edit won: nothing to resolve there
    sync(nodes.b, central)  # a later sync copies nothing twice
    assert len(open_conflicts(nodes.b)) == 1
    with nodes.b.read() as s:
        assert s.scalar(select(func.count()).select_from(InboxConflict)) == 1
    [listed] = case_sync_states(nodes.b)["cases"]
    assert listed["case_no"] == conflict.case_no and listed["conflicts"] == 1 and listed["pending"] == 0
    assert "conflicting records" in listed["state"]


def test_keep_central_makes_the_node_equal_central_and_closes_the_conflict_there(central, nodes, conflict):
    assert _open_at_central(central) == 1
    with nodes.b.read() as s:
        journal_before = state.journal_max(s)
    resolve(nodes.b, nodes.b_chair, open_conflicts(nodes.b)[0]["id"], "central")
    assert open_conflicts(nodes.b) == []  # at once, offline
    assert _local(nodes.b, "cases", conflict.id)["facts"] == "A 的版本"
    assert _equal_to_central(nodes.b, central, "cases", conflict.id)
    with nodes.b.read() as s:
        case_rows = s.scalar(select(func.count()).select_from(JournalEntry).where(JournalEntry.row_id == conflict.id,
                                                                                  JournalEntry.seq > journal_before))
        assert case_rows == 0  # applied as a pulled row: not journalled
    assert _open_at_central(central) == 1  # known at central only after the next sync
    result = sync(nodes.b, central)
    assert result.conflicts == 0 and _open_at_central(central) == 0
    assert _equal_to_central(nodes.b, central, "cases", conflict.id)
    history = show_case(nodes.b, nodes.b_chair, conflict.case_no)["history"]
    resolved = [h for h in history if h["action"] == "sync_resolve"]
    assert len(resolved) == 1 and "central store's version was kept" in resolved[0]["reason"]
    assert "facts" in resolved[0]["reason"]
    sync(nodes.a, central)  # the audit event travels like any other
    assert any(h["action"] == "sync_resolve" for h in show_case(nodes.a, nodes.office.chair, conflict.case_no)["history"])


def test_keep_mine_lands_at_central_without_a_new_conflict_and_the_other_node_pulls_it(central, nodes, conflict):
    [entry] = open_conflicts(nodes.b)
    resolve(nodes.b, nodes.b_chair, entry["id"], "mine")
    with pytest.raises(InputError):
        resolve(nodes.b, nodes.b_chair, entry["id"], "mine")  # already resolved
    mine = _local(nodes.b, "cases", conflict.id)
    assert mine["facts"] == "B 的版本" and mine["row_version"] == 3 and mine["base_version"] == 2
    result = sync(nodes.b, central)
    assert result.conflicts == 0 and result.pushed >= 1
    assert _central(central, "cases", conflict.id)["facts"] == "B 的版本"
    assert _conflicts_at_central(central) == 1 and _open_at_central(central) == 0
    assert _equal_to_central(nodes.b, central, "cases", conflict.id)
    sync(nodes.a, central)
    assert _local(nodes.a, "cases", conflict.id)["facts"] == "B 的版本"
    assert _equal_to_central(nodes.a, central, "cases", conflict.id)


def test_central_changed_again_is_shown_and_keep_mine_still_wins_over_it(central, nodes, conflict):
    _edit(nodes.a, Case, conflict.id, facts="A 再改")
    sync(nodes.a, central)
    sync(nodes.b, central)  # the pull replaces B's row (its losing edit was sent): the inbox keeps it
    assert _local(nodes.b, "cases", conflict.id)["facts"] == "A 再改"
    [entry] = open_conflicts(nodes.b)
    facts = _field(entry, "facts")
    assert (facts["central"], facts["mine"]) == ("A 再改", "B 的版本")  # central's newest version
    resolve(nodes.b, nodes.b_chair, entry["id"], "mine")
    assert sync(nodes.b, central).conflicts == 0
    assert _central(central, "cases", conflict.id)["facts"] == "B 的版本"
    assert _open_at_central(central) == 0


def test_a_row_edited_again_here_shows_the_new_edit_and_keep_central_leaves_no_conflict(central, nodes, conflict):
    _edit(nodes.b, Case, conflict.id, facts="B 又改")
    assert _field(open_conflicts(nodes.b)[0], "facts")["mine"] == "B 又改"
    resolve(nodes.b, nodes.b_chair, open_conflicts(nodes.b)[0]["id"], "central")
    result = sync(nodes.b, central)  # the waiting journal entry sends a row equal to central's: no-op
    assert result.conflicts == 0 and _open_at_central(central) == 0 and _conflicts_at_central(central) == 1
    assert _equal_to_central(nodes.b, central, "cases", conflict.id)


def test_a_second_conflict_on_the_same_row_is_one_entry_and_one_resolution_closes_both(central, nodes, conflict):
    _edit(nodes.b, Case, conflict.id, facts="B 又改")
    assert sync(nodes.b, central).conflicts == 1
    assert _open_at_central(central) == 2
    [entry] = open_conflicts(nodes.b)
    assert _field(entry, "facts")["mine"] == "B 又改"
    resolve(nodes.b, nodes.b_chair, entry["id"], "mine")
    sync(nodes.b, central)
    assert _open_at_central(central) == 0 and _central(central, "cases", conflict.id)["facts"] == "B 又改"


def test_keep_central_while_central_moves_on_is_closed_automatically(central, nodes, conflict):
    _edit(nodes.b, Case, conflict.id, facts="B 又改")  # waiting to be sent
    resolve(nodes.b, nodes.b_chair, open_conflicts(nodes.b)[0]["id"], "central")
    _edit(nodes.a, Case, conflict.id, facts="A 第三版")
    sync(nodes.a, central)
    result = sync(nodes.b, central)  # B sends central's old version (no edit): recorded, closed at once
    assert result.conflicts == 1
    assert open_conflicts(nodes.b) == [] and _open_at_central(central) == 0
    assert _local(nodes.b, "cases", conflict.id)["facts"] == "A 第三版"
    assert _equal_to_central(nodes.b, central, "cases", conflict.id)


def test_a_conflict_on_a_party_names_its_case(central, nodes):
    case = register(nodes.a, nodes.office.chair)
    sync(nodes.a, central)
    sync(nodes.b, central)
    with nodes.a.read() as s:
        party = s.scalars(select(Party).where(Party.case_id == case.id, Party.role == "applicant")).first()
    _edit(nodes.a, Party, party.id, phone="13900000001")
    _edit(nodes.b, Party, party.id, phone="13900000002")
    sync(nodes.a, central)
    sync(nodes.b, central)
    [entry] = open_conflicts(nodes.b)
    assert entry["table"] == "parties" and entry["case_no"] == case.case_no and entry["case_id"] == str(case.id)
    assert entry["what"] == f"applicant {party.name}"
    assert (_field(entry, "phone")["central"], _field(entry, "phone")["mine"]) == ("13900000001", "13900000002")
    clerk = users.sign_in(nodes.b, "clerk", PASSWORD)
    resolve(nodes.b, clerk, entry["id"], "mine")
    sync(nodes.b, central)
    sync(nodes.a, central)
    assert _local(nodes.a, "parties", party.id)["phone"] == "13900000002"
    assert _open_at_central(central) == 0


def test_a_conflict_outside_a_case_is_for_the_chair(central, nodes):
    with nodes.a.read() as s:
        from mediator.store.models import User

        wang = s.scalar(select(User).where(User.login == "wang"))
    sync(nodes.a, central)
    sync(nodes.b, central)
    _edit(nodes.a, User, wang.id, name="王调解员")
    _edit(nodes.b, User, wang.id, name="王调")
    sync(nodes.a, central)
    sync(nodes.b, central)
    [entry] = open_conflicts(nodes.b)
    assert entry["case_no"] == "" and entry["what"] == "user 王调"
    with pytest.raises(PermissionDenied):
        resolve(nodes.b, users.sign_in(nodes.b, "clerk", PASSWORD), entry["id"], "central")
    resolve(nodes.b, users.sign_in(nodes.b, "chair", PASSWORD), entry["id"], "central")
    assert _local(nodes.b, "users", wang.id)["name"] == "王调解员"


def test_a_duplicate_case_number_is_listed_with_the_number_and_the_reason(central, nodes):
    sync(nodes.a, central)
    sync(nodes.b, central)
    on_a = register(nodes.a, nodes.office.chair, facts="A 登记", acknowledge_warnings=True)
    on_b = register(nodes.b, nodes.office.chair, facts="B 登记", acknowledge_warnings=True)
    with nodes.b.store.write_engine.begin() as conn:  # a duplicate number (blocks per node prevent it in use)
        conn.execute(update(Case.__table__).where(Case.id == on_b.id)
                     .values(case_no=on_a.case_no, case_seq=on_a.case_seq))
    sync(nodes.a, central)
    assert sync(nodes.b, central).rejects >= 1
    with nodes.b.read() as s:
        rejected = {(r.table_name, r.row_id) for r in s.scalars(select(InboxReject))}
    assert ("cases", on_b.id) in rejected
    states = case_sync_states(nodes.b)
    [listed] = [c for c in states["cases"] if c["case_id"] == str(on_b.id)]
    assert listed["state"].startswith("refused by the central store")
    assert listed["problems"][0] == (f"Case {on_a.case_no}: case number {on_a.case_no} is already used at the "
                                     "central store by another case; this case was not accepted there")
    assert any("applicant" in p and "the record it belongs to was refused" in p for p in listed["problems"][1:])
    assert states["cases"][0] is listed  # refused cases first
    sync(nodes.b, central)  # nothing copied twice
    with nodes.b.read() as s:
        assert s.scalar(select(func.count()).select_from(InboxReject)) == len(rejected)


def test_waiting_changes_are_listed_per_case(central, nodes):
    first = register(nodes.a, nodes.office.chair)
    second = register(nodes.a, nodes.office.chair, acknowledge_warnings=True)
    sync(nodes.a, central)
    _edit(nodes.a, Case, first.id, facts="改了一次")
    with nodes.a.read() as s:
        party = s.scalars(select(Party).where(Party.case_id == first.id)).first()
    _edit(nodes.a, Party, party.id, phone="13900000003")
    states = case_sync_states(nodes.a)
    assert [(c["case_no"], c["pending"]) for c in states["cases"]] == [(first.case_no, 2)]
    assert states["cases"][0]["state"] == "2 changes waiting to be sent" and states["total"] == 1
    assert str(second.id) not in {c["case_id"] for c in states["cases"]}
    sync(nodes.a, central)
    assert case_sync_states(nodes.a)["cases"] == []


def test_the_0003_migration_adds_the_inbox_tables_to_a_populated_0002_database(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    db = data / "mediator.db"
    engine = make_engine(db, foreign_keys=False)
    with engine.connect() as conn, conn.begin():
        command.upgrade(alembic_config(None, conn), "0002")
    engine.dispose()
    with sqlite3.connect(db) as raw:
        raw.executescript((FIXTURES / "schema_0002.sql").read_text(encoding="utf-8"))
    raw.close()
    ws = Workspace.open(data)
    try:
        assert current_revision(db) == head_revision()  # 0003 and every later revision
        with ws.unit(None) as uow:
            uow.session.add(InboxReject(central_id=1, node_id=ws.node_id, table_name="cases", row_id=uuid.uuid4(),
                                        case_id=None, reason="UNIQUE constraint failed", row={"case_no": "X"},
                                        recorded_at=utcnow()))
        with ws.read() as s:
            assert s.scalar(select(func.count()).select_from(InboxConflict)) == 0
            assert s.scalar(select(func.count()).select_from(Case)) == 4  # the fixture's cases survived
            assert state.pending_count(s) > 0  # the journal is untouched (the inbox is not journalled)
            assert s.scalar(select(func.count()).select_from(AuditEvent)) > 0
    finally:
        ws.close()
    engine = make_engine(db, foreign_keys=False)
    with engine.connect() as conn, conn.begin():
        command.downgrade(alembic_config(None, conn), "0002")
        assert {"sync_inbox_conflicts", "sync_inbox_rejects"}.isdisjoint(
            r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'"))
    engine.dispose()


@pytest.fixture
def store(central_url):
    made = Store(central_url)
    yield made
    made.close()


@postgres_only
def test_an_office_login_sends_its_resolution_and_no_other(store, nodes):
    as_a = store.login(store.a)
    case = register(nodes.a, nodes.office.chair)
    sync(nodes.a, as_a)
    sync(nodes.b, as_a)
    _edit(nodes.a, Case, case.id, facts="A 的版本")
    _edit(nodes.b, Case, case.id, facts="B 的版本")
    sync(nodes.a, as_a)
    sync(nodes.b, as_a)  # the office login reads its own node's conflict
    [entry] = open_conflicts(nodes.b)
    resolve(nodes.b, users.sign_in(nodes.b, "chair", PASSWORD), entry["id"], "central")
    sync(nodes.b, as_a)
    assert admin.status(store.owner).open_conflicts == 0
    conflicts, resolutions = store.tables["sync_conflicts"], store.tables["sync_resolutions"]
    with store.owner.begin() as conn:  # a conflict of a node of another office
        other = conn.execute(insert(conflicts).values(
            table_name="cases", row_id=uuid.uuid4(), office_id=uuid.uuid4(), node_id=uuid.uuid4(), batch_id="x",
            base_version=1, central_version=2, incoming_version=2, central_row={}, incoming_row={}, resolved=False,
            recorded_at=utcnow()).returning(conflicts.c.id)).scalar_one()
    with as_a.connect() as conn, pytest.raises(DBAPIError) as excinfo:
        conn.execute(insert(resolutions).values(conflict_id=other, node_id=nodes.b.node_id, choice="central",
                                                resolved_at=utcnow()))
    assert refused(excinfo)
    assert admin.status(store.owner).open_conflicts == 1
