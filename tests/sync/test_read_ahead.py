"""A push reads its next batch while central applies the current one (``engine._sync``). The batch
read ahead predates ``advance_local`` of the batch pushed meanwhile; ``push.catch_up`` must turn it
into exactly what reading it afterwards gives, or a row carried by both batches would go out with
a stale base version."""

from __future__ import annotations

import copy

from sqlalchemy import func, select

from mediator.store.models import JournalEntry
from mediator.sync import state
from mediator.sync.engine import sync
from mediator.sync.push import advance_local, catch_up, next_batch, push_batch
from tests.sync.conftest import register
from tests.sync.test_crashes import central_rows, central_tables, edit


def _batch(ws, after: int, limit: int):
    with ws.read() as s:
        return next_batch(s, ws.node_id, ws.office_id, state.epoch(s), after, limit)


def test_a_batch_read_ahead_equals_the_batch_read_after_the_push(central, nodes):
    a, chair = nodes.a, nodes.office.chair
    sync(a, central)
    with a.read() as s:
        acked = state.acked(s)
    case = register(a, chair, facts="第一件")
    with a.read() as s:
        registered = s.scalar(select(func.count()).select_from(JournalEntry).where(JournalEntry.seq > acked))
    edit(a, case.id, "改过一次")  # the case row again, in the second batch
    first = _batch(a, acked, registered)
    ahead = _batch(a, first.last_seq, 1000)  # read while central applies the first
    assert case.id in {r["id"] for r in first.rows["cases"]} and case.id in {r["id"] for r in ahead.rows["cases"]}
    stale = copy.deepcopy(ahead.rows)
    outcome = push_batch(central, central_tables(central), first)
    with a.unit(None) as uow:
        advance_local(uow.session, first, outcome)
    fresh = _batch(a, first.last_seq, 1000)
    assert stale != fresh.rows  # the read ahead really is behind: the case row's base version
    assert catch_up(ahead, outcome).rows == fresh.rows

    result = sync(a, central)  # and the rest goes through the engine's own read-ahead
    assert (result.conflicts, result.rejects) == (0, 0)
    assert central_rows(central)["cases"][case.id]["facts"] == "改过一次"


def test_a_first_push_in_small_batches_lands_every_row_once_without_conflicts(central, nodes):
    a, chair = nodes.a, nodes.office.chair
    cases = [register(a, chair, facts=f"第{i}件", acknowledge_warnings=True) for i in range(4)]
    for case in cases:
        edit(a, case.id, "再改")  # each case row in an early and a late batch
    result = sync(a, central, batch_entries=3)
    assert result.batches > 5 and (result.conflicts, result.rejects) == (0, 0)
    assert {cid: row["facts"] for cid, row in central_rows(central)["cases"].items()} == {c.id: "再改" for c in cases}
    assert sync(a, central).pushed == 0  # nothing left over, nothing pushed twice
