"""The sync protocol against a SQLite central and a PostgreSQL central: rows travel between two
nodes of one office, replays change nothing, concurrent edits become conflict records, bad rows
are rejected while the rest lands, pulled rows are not journalled, clocks do not matter."""

from __future__ import annotations

import datetime as dt
import threading

from sqlalchemy import func, select, update

from mediator.store.models import Case, JournalEntry
from mediator.sync import admin, state
from mediator.sync.engine import sync
from mediator.sync.push import next_batch, push_batch
from tests.sync.conftest import register


def _case(ws, case_id):
    with ws.read() as s:
        return s.get(Case, case_id)


def _edit(ws, case_id, facts):
    with ws.unit(None) as uow:
        uow.session.get(Case, case_id).facts = facts


def _count(engine, table, *where):
    t = admin.metadata_for(engine).tables[table]
    with engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(t).where(*where))


def test_a_case_travels_from_a_to_b_and_an_edit_comes_back(central, nodes):
    case = register(nodes.a, nodes.office.chair)
    sync(nodes.a, central)
    assert _case(nodes.b, case.id) is None
    result = sync(nodes.b, central)
    assert result.pulled > 0
    on_b = _case(nodes.b, case.id)
    assert on_b.case_no == case.case_no and on_b.base_version == on_b.row_version and on_b.local_seq is None

    _edit(nodes.b, case.id, "B 补充了事实")
    sync(nodes.b, central)
    sync(nodes.a, central)
    back = _case(nodes.a, case.id)
    assert back.facts == "B 补充了事实" and back.row_version == on_b.row_version + 1
    assert _count(central, "sync_conflicts") == 0


def test_pulled_rows_are_not_journalled_and_do_not_echo(central, nodes):
    register(nodes.a, nodes.office.chair)
    sync(nodes.a, central)
    with nodes.b.read() as s:
        before = state.journal_max(s)
    assert sync(nodes.b, central).pulled > 0
    with nodes.b.read() as s:
        assert state.journal_max(s) == before and state.pending_count(s) == 0
    again = sync(nodes.b, central)
    assert (again.pushed, again.pulled) == (0, 0)
    assert sync(nodes.a, central).pulled == 2  # only B's nodes row and B's case-number block; A's rows never come back


def _pending_batch(ws):
    with ws.read() as s:
        return next_batch(s, ws.node_id, ws.office_id, state.epoch(s), state.acked(s))


def test_a_replayed_batch_changes_nothing_also_concurrently(central, nodes):
    sync(nodes.a, central)  # registers the node and its epoch
    tables = admin.metadata_for(central).tables
    case = register(nodes.a, nodes.office.chair)
    batch = _pending_batch(nodes.a)
    first = push_batch(central, tables, batch)
    assert first.written > 0 and not first.replay
    seqs = _central_seqs(central)
    assert push_batch(central, tables, batch).replay
    assert _central_seqs(central) == seqs

    _edit(nodes.a, case.id, "并发重放")
    batch2 = _pending_batch(nodes.a)
    outcomes, errors = [], []

    def replay():
        try:
            outcomes.append(push_batch(central, tables, batch2))
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=replay) for _ in range(2)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert not errors
    assert sorted(o.replay for o in outcomes) == [False, True]
    assert _count(central, "sync_batches") == 3  # the first sync, batch, batch2
    cases_t = tables["cases"]
    with central.connect() as conn:
        row = conn.execute(select(cases_t).where(cases_t.c.id == case.id)).one()
    assert row.facts == "并发重放" and row.row_version == 2
    assert _count(central, "sync_conflicts") == 0


def _central_seqs(engine):
    t = admin.metadata_for(engine).tables["cases"]
    with engine.connect() as conn:
        return sorted(conn.execute(select(t.c.id, t.c.central_seq)).all())


def test_concurrent_edits_of_one_case_give_one_conflict_and_lose_nothing(central, nodes):
    case = register(nodes.a, nodes.office.chair)
    sync(nodes.a, central)
    sync(nodes.b, central)
    _edit(nodes.a, case.id, "A 的版本")
    _edit(nodes.b, case.id, "B 的版本")
    sync(nodes.a, central)
    result = sync(nodes.b, central)
    assert result.conflicts == 1
    conflicts = admin.metadata_for(central).tables["sync_conflicts"]
    with central.connect() as conn:
        rows = conn.execute(select(conflicts)).all()
    assert len(rows) == 1
    (c,) = rows
    assert c.table_name == "cases" and c.central_row["facts"] == "A 的版本" and c.incoming_row["facts"] == "B 的版本"
    assert c.node_id == nodes.b.node_id and c.base_version == 1 and not c.resolved
    assert _case(nodes.b, case.id).facts == "B 的版本"  # B's edit stays on B
    cases_t = admin.metadata_for(central).tables["cases"]
    with central.connect() as conn:
        assert conn.scalar(select(cases_t.c.facts).where(cases_t.c.id == case.id)) == "A 的版本"
    sync(nodes.b, central)  # a replay of nothing: no second conflict record
    assert _count(central, "sync_conflicts") == 1


def test_a_row_breaking_a_constraint_is_rejected_and_the_rest_of_its_batch_lands(central, nodes):
    existing = register(nodes.a, nodes.office.chair)
    sync(nodes.a, central)
    sync(nodes.b, central)
    on_a = register(nodes.a, nodes.office.chair, facts="A 登记", acknowledge_warnings=True)
    on_b = register(nodes.b, nodes.office.chair, facts="B 登记", acknowledge_warnings=True)
    with nodes.b.store.write_engine.begin() as conn:  # a duplicate number (blocks per node prevent it in use)
        conn.execute(update(Case.__table__).where(Case.id == on_b.id)
                     .values(case_no=on_a.case_no, case_seq=on_a.case_seq))
    _edit(nodes.b, existing.id, "同批次的其他修改")
    sync(nodes.a, central)
    result = sync(nodes.b, central)
    assert result.rejects >= 1
    rejects = admin.metadata_for(central).tables["sync_rejects"]
    with central.connect() as conn:
        rejected = {(r.table_name, r.row_id) for r in conn.execute(select(rejects))}
    assert ("cases", on_b.id) in rejected
    cases_t = admin.metadata_for(central).tables["cases"]
    with central.connect() as conn:
        assert conn.scalar(select(cases_t.c.facts).where(cases_t.c.id == existing.id)) == "同批次的其他修改"
        assert conn.scalar(select(cases_t.c.facts).where(cases_t.c.id == on_a.id)) == "A 登记"
        assert conn.scalar(select(func.count()).where(cases_t.c.id == on_b.id)) == 0
    assert result.pull_skipped >= 1  # A's case with the same number cannot land on B beside B's own
    assert _case(nodes.b, on_b.id).facts == "B 登记"  # nothing lost locally
    assert sync(nodes.a, central).pulled >= 1


def test_wrong_clocks_change_nothing_in_conflicts(central, nodes):
    case = register(nodes.a, nodes.office.chair)
    sync(nodes.a, central)
    sync(nodes.b, central)
    _edit(nodes.a, case.id, "A 时钟慢一年")
    _edit(nodes.b, case.id, "B 时钟快一年")
    year = dt.timedelta(days=365)
    for ws, shift in ((nodes.a, -year), (nodes.b, year)):  # what a wrong clock writes: updated_at far off
        with ws.store.write_engine.begin() as conn:
            conn.execute(update(Case.__table__).where(Case.id == case.id)
                         .values(updated_at=dt.datetime.now(dt.UTC) + shift))
    sync(nodes.a, central)
    assert sync(nodes.b, central).conflicts == 1  # B's later clock does not make it win
    cases_t = admin.metadata_for(central).tables["cases"]
    with central.connect() as conn:
        assert conn.scalar(select(cases_t.c.facts).where(cases_t.c.id == case.id)) == "A 时钟慢一年"
    _edit(nodes.a, case.id, "A 再改")  # a plain later edit from the slow clock still wins by version
    sync(nodes.a, central)
    sync(nodes.b, central)
    with central.connect() as conn:
        assert conn.scalar(select(cases_t.c.facts).where(cases_t.c.id == case.id)) == "A 再改"


def test_journal_entries_are_pushed_once(central, nodes):
    register(nodes.a, nodes.office.chair)
    sync(nodes.a, central)
    with nodes.a.read() as s:
        assert state.acked(s) == s.scalar(select(func.max(JournalEntry.seq)))
    assert sync(nodes.a, central).batches == 0
