"""Connections to a PostgreSQL central store cut mid-batch, through a fault-injecting TCP proxy
on loopback (tests/sync/tcp_proxy.py): sync stops with a clear message in the user's language
that names no password, and the next sync, with no new local edit, delivers everything exactly
once. (A SQLite central store is a file: there is no connection to cut.)"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from mediator.i18n import set_language
from mediator.sync import state
from mediator.sync.engine import SyncError, sync
from tests.sync.tcp_proxy import Proxy
from tests.sync.test_crashes import (
    assert_batches_once,
    assert_count,
    assert_no_duplicate_case_numbers,
    assert_same_as_central,
    central_tables,
    prepare,
    still_to_pull,
)

PASSWORD = "hunter2-secret"


def through(proxy: Proxy, central_url: str) -> str:
    """``central_url`` via the proxy, with a password written in it (trust authentication ignores it)."""
    url = make_url(central_url).set(host="127.0.0.1", port=proxy.port, password=PASSWORD)
    return url.render_as_string(hide_password=False)


def node_batches(engine, ws) -> int:
    batches = central_tables(engine)["sync_batches"]
    with engine.connect() as conn:
        return conn.scalar(select(func.count()).where(batches.c.node_id == ws.node_id))


def assert_clear_chinese_error(exc: SyncError) -> None:
    message = str(exc)
    assert message.startswith("无法连接中心库 postgresql://postgres@127.0.0.1:") and "本机数据不受影响" in message
    assert PASSWORD not in message and PASSWORD not in repr(exc.args)


def assert_everything_once(nodes, central) -> None:
    assert_same_as_central(nodes.a, central)
    assert_batches_once(nodes.a, central)
    assert_no_duplicate_case_numbers(central, 5)
    assert_count(central, "sync_conflicts", 0)
    assert_count(central, "sync_rejects", 0)
    expected = still_to_pull(nodes.b, central)
    assert sync(nodes.b, central).pulled == expected > 0
    assert_same_as_central(nodes.b, central, bases=False)


@pytest.mark.parametrize("central_url", ["postgres"], indirect=True)
def test_a_connection_cut_mid_push_batch_then_sync_resumes_without_a_new_edit(central_url, central, nodes, proxy):
    a = nodes.a
    prepare(nodes, central)
    url = through(proxy, central_url)
    with a.read() as s:
        acked, pending = state.acked(s), state.pending_count(s)
    batches = node_batches(central, a)
    proxy.cut_after(1500, trigger=b"sync_batches")  # inside the batch's transaction, among its rows
    set_language("zh")
    with pytest.raises(SyncError) as failed:
        sync(a, url)
    assert_clear_chinese_error(failed.value)
    assert proxy.cuts >= 1
    assert node_batches(central, a) == batches  # the cut batch rolled back at central...
    with a.read() as s:
        assert (state.acked(s), state.pending_count(s)) == (acked, pending)  # ...and the node still has it all

    proxy.heal()
    proxy.delay(0.002)  # and a little latency on the way back
    again = sync(a, url)
    assert (again.batches, again.conflicts, again.rejects) == (1, 0, 0) and again.pulled > 0
    assert_everything_once(nodes, central)


@pytest.mark.parametrize("central_url", ["postgres"], indirect=True)
def test_a_connection_cut_mid_pull_then_sync_resumes_without_a_new_edit(central_url, central, nodes, proxy):
    a = nodes.a
    prepare(nodes, central)
    url = through(proxy, central_url)
    with a.read() as s:
        cursor = state.get(s, state.CURSOR)
    proxy.cut_after(200, trigger=b"json_agg")  # the pull's one statement: cut while it is being sent
    set_language("zh")
    with pytest.raises(SyncError) as failed:
        sync(a, url)
    assert_clear_chinese_error(failed.value)
    assert proxy.cuts >= 1
    with a.read() as s:
        assert state.pending_count(s) == 0  # the push before it landed
        assert state.get(s, state.CURSOR) == cursor  # nothing of the cut pull was taken

    proxy.heal()
    expected = still_to_pull(a, central)
    again = sync(a, url)
    assert (again.batches, again.pulled, again.conflicts) == (0, expected, 0) and expected > 0
    assert_everything_once(nodes, central)
