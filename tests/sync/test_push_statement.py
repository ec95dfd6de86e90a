"""The everyday push batch on PostgreSQL is one statement (``mediator/sync/push_statement.py``):
new and updated rows land through it, rows its version guard keeps (identical, or a conflict) are
classified in the same transaction as on the row-by-row path, ``central_seq`` follows the batch's
order across tables, and a row refused by a constraint still goes to the reject list while the
rest lands. The outcomes are asserted on both backends (SQLite keeps the row-by-row path)."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import event, select

from mediator.sync import rows as R
from mediator.sync import state
from mediator.sync.central_schema import synced_table_names
from mediator.sync.engine import sync
from mediator.sync.push import next_batch, push_batch
from mediator.sync.push_statement import _as_json_array
from tests.sync.conftest import register
from tests.sync.test_crashes import assert_count, central_tables, edit


def _next_batch(ws):
    with ws.read() as s:
        return next_batch(s, ws.node_id, ws.office_id, state.epoch(s), state.acked(s))


class Statements:
    """The statements sent on the central engine while the block runs."""

    def __init__(self, engine):
        self.engine, self.sent = engine, []

    def __enter__(self):
        event.listen(self.engine, "before_cursor_execute", self._seen)
        return self

    def __exit__(self, *_exc):
        event.remove(self.engine, "before_cursor_execute", self._seen)

    def _seen(self, _conn, _cursor, statement, *_args):
        self.sent.append(" ".join(statement.split()))

    def writing_synced_rows(self) -> list[str]:
        names = synced_table_names()
        return [s for s in self.sent if any(s.startswith(f"{verb} {name} ") or s.startswith(f'{verb} "{name}" ')
                                            for verb in ("INSERT INTO", "UPDATE") for name in names)]


def test_a_batch_of_new_updated_identical_and_conflicting_rows(central, nodes):
    a, b, chair = nodes.a, nodes.b, nodes.office.chair
    first = register(a, chair, facts="第一件")
    second = register(a, chair, facts="第二件", acknowledge_warnings=True)
    sync(a, central)
    sync(b, central)
    edit(b, first.id, "B 的修改")
    sync(b, central)  # central: the first case in B's version
    edit(a, first.id, "A 的修改")  # ...which A edits too: a conflict
    edit(a, second.id, "A 改第二件")  # an update
    register(a, chair, facts="第三件", acknowledge_warnings=True)  # new rows in several tables
    batch = _next_batch(a)
    tables = central_tables(central)
    with Statements(central) as seen:
        outcome = push_batch(central, tables, batch)
    assert (outcome.replay, outcome.conflicts, outcome.rejects, outcome.unchanged) == (False, 1, 0, 0)
    assert outcome.written == batch.row_count - 1
    assert first.id not in outcome.landed["cases"] and second.id in outcome.landed["cases"]
    conflicts = tables["sync_conflicts"]
    with central.connect() as conn:
        record = conn.execute(select(conflicts)).one()
        cases_t = tables["cases"]
        kept = conn.execute(select(cases_t.c.facts, cases_t.c.central_node_id).where(cases_t.c.id == first.id)).one()
    assert (record.row_id, record.central_row["facts"], record.incoming_row["facts"]) == (first.id, "B 的修改", "A 的修改")
    assert tuple(kept) == ("B 的修改", b.node_id)  # central's row left alone
    if central.dialect.name == "postgresql":
        assert sum(s.startswith("WITH logged AS") for s in seen.sent) == 1
        assert seen.writing_synced_rows() == []  # every row through the one statement

    # the same rows again in another batch: everything identical now, the conflict not recorded twice
    again = push_batch(central, tables, dataclasses.replace(batch, first_seq=batch.first_seq + 1))
    assert (again.replay, again.written, again.conflicts, again.unchanged) == (False, 0, 0, batch.row_count - 1)
    assert_count(central, "sync_conflicts", 1)


def test_central_seq_follows_the_batch_parents_first_then_local_order(central, nodes):
    a, chair = nodes.a, nodes.office.chair
    sync(a, central)  # registered
    for i in range(3):
        register(a, chair, facts=f"第{i}件", acknowledge_warnings=True)
    batch = _next_batch(a)
    tables = central_tables(central)
    push_batch(central, tables, batch)
    order = synced_table_names()
    local_seq = {row["id"]: row["local_seq"] for rows in batch.rows.values() for row in rows}
    written = []
    with central.connect() as conn:
        for name, rows in batch.rows.items():
            t = tables[name]
            written += [(r.central_seq, order.index(name), local_seq[r.id]) for r in conn.execute(
                select(t.c.id, t.c.central_seq).where(t.c.id.in_([row["id"] for row in rows])))]
    assert len(written) == batch.row_count
    by_seq = [(table, seq) for _central, table, seq in sorted(written)]
    assert by_seq == sorted(by_seq)  # parents before children, each table in local order


@pytest.mark.parametrize("central_url", ["postgres"], indirect=True)
def test_values_travel_as_json_into_their_column_types(central, nodes):
    """Instants, dates, UUIDs, JSON values, text with quotes, backslashes and newlines, booleans
    and NULLs sent through the one statement read back at central as the node holds them."""
    a, chair = nodes.a, nodes.office.chair
    sync(a, central)  # registered
    register(a, chair, facts='他说："工资\n没发"\\ 100%', acknowledge_warnings=True)
    tables = central_tables(central)
    batch = _next_batch(a)
    with Statements(central) as seen:
        assert push_batch(central, tables, batch).written == batch.row_count
    assert sum(s.startswith("WITH logged AS") for s in seen.sent) == 1 and seen.writing_synced_rows() == []
    sync(a, central)
    compared = 0
    with a.read() as s, central.connect() as conn:
        for name in synced_table_names():
            there = {r.id: dict(r._mapping) for r in conn.execute(select(tables[name]).where(
                tables[name].c.central_node_id == a.node_id))}
            for row in (dict(r._mapping) for r in s.execute(select(R.local_table(name)))):
                if row["id"] in there:
                    assert R.data_of(there[row["id"]]) == R.data_of(row), name
                    compared += 1
    assert compared > 5


def test_json_text_of_bytes_and_instants():
    import datetime as dt
    import uuid

    when = dt.datetime(2024, 5, 1, 8, 30, 0, 123456, tzinfo=dt.UTC)
    text = _as_json_array([{"a": b"\x00\xff", "b": when, "c": dt.date(2024, 2, 29), "d": uuid.UUID(int=1), "e": None}])
    assert text == ('[{"a":"\\\\x00ff","b":"2024-05-01T08:30:00.123456+00:00","c":"2024-02-29",'
                    '"d":"00000000-0000-0000-0000-000000000001","e":null}]')
    with pytest.raises(ValueError):
        _as_json_array([{"naive": dt.datetime(2024, 5, 1)}])
