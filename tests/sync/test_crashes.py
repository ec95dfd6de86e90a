"""kill -9 at every step of push and pull (a real subprocess, tests/sync/crash_harness.py), then a
normal sync: every local change reaches central exactly once and the other node pulls every row
exactly once; and one batch replayed many times at once lands once. Both central backends."""

from __future__ import annotations

import functools
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mediator.store.models import Case, JournalEntry
from mediator.sync import rows as R
from mediator.sync import state
from mediator.sync.central_schema import build_metadata, synced_table_names
from mediator.sync.engine import sync
from mediator.sync.push import next_batch, push_batch
from tests.sync import crash_harness
from tests.sync.conftest import register

HARNESS = Path(crash_harness.__file__)


def edit(ws, case_id, facts):
    with ws.unit(None) as uow:
        uow.session.get(Case, case_id).facts = facts


@functools.cache
def _metadata(postgres: bool):
    return build_metadata(postgres=postgres)  # built once per backend: the tests stay quick


def central_tables(engine):
    return _metadata(engine.dialect.name == "postgresql").tables


def central_rows(engine) -> dict[str, dict]:
    tables = central_tables(engine)
    with engine.connect() as conn:
        return {name: {r.id: dict(r._mapping) for r in conn.execute(select(tables[name]))}
                for name in synced_table_names()}


def local_rows(ws) -> dict[str, dict]:
    with ws.read() as s:
        return {name: {r.id: dict(r._mapping) for r in s.execute(select(R.local_table(name)))}
                for name in synced_table_names()}


def still_to_pull(ws, engine) -> int:
    """Rows other nodes wrote at central that ``ws`` lacks or holds in an older version."""
    mine, count = local_rows(ws), 0
    for name, rows in central_rows(engine).items():
        for row_id, row in rows.items():
            if row["central_node_id"] == ws.node_id or row.get("office_id") not in (None, ws.office_id):
                continue
            local = mine[name].get(row_id)
            count += local is None or local["row_version"] < row["row_version"]
    return count


def assert_same_as_central(ws, engine, *, bases: bool = True) -> None:
    """The node holds exactly central's rows, same versions and content; with ``bases`` every row
    it sent also records central's version as its base."""
    central, local = central_rows(engine), local_rows(ws)
    for name in synced_table_names():
        assert set(local[name]) == set(central[name]), f"{name}: ids differ between the node and central"
        for row_id, row in local[name].items():
            there = central[name][row_id]
            assert row["row_version"] == there["row_version"] and R.same_content(row, there), (name, row_id)
            assert not bases or row["local_seq"] is None or row["base_version"] == row["row_version"], (name, row_id)


def assert_batches_once(ws, engine) -> None:
    """The node's batches at central cover its journal once: contiguous, never overlapping, and
    central's acknowledgement equals the node's, which equals its last journal entry."""
    tables = central_tables(engine)
    batches, nodes = tables["sync_batches"], tables["sync_nodes"]
    with engine.connect() as conn:
        ranges = conn.execute(select(batches.c.first_seq, batches.c.last_seq, batches.c.batch_id)
                              .where(batches.c.node_id == ws.node_id).order_by(batches.c.first_seq)).all()
        central_acked = conn.scalar(select(nodes.c.acked_seq).where(nodes.c.node_id == ws.node_id))
    with ws.read() as s:
        first_entry = s.scalar(select(func.min(JournalEntry.seq)))
        acked, last, epoch = state.acked(s), state.journal_max(s), state.epoch(s)
    assert ranges[0].first_seq == first_entry
    for before, after in zip(ranges, ranges[1:], strict=False):
        assert after.first_seq == before.last_seq + 1, f"batches overlap or leave a gap: {ranges}"
    assert ranges[-1].last_seq == last == acked == central_acked
    assert all(r.batch_id.startswith(f"{epoch}:") for r in ranges)


def assert_no_duplicate_case_numbers(engine, expected: int) -> None:
    cases = central_tables(engine)["cases"]
    with engine.connect() as conn:
        numbers = conn.scalars(select(cases.c.case_no)).all()
    assert len(numbers) == len(set(numbers)) == expected


def assert_count(engine, table: str, expected: int) -> None:
    t = central_tables(engine)[table]
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(t)) == expected, table


def prepare(nodes, central) -> dict:
    """Both nodes synced on two cases; B's edit of the first waits at central for A; A holds three
    new cases and three edits of its own, several batches' worth, not yet sent."""
    a, b, chair = nodes.a, nodes.b, nodes.office.chair
    first = register(a, chair, facts="第一件")
    second = register(a, chair, facts="第二件", acknowledge_warnings=True)
    sync(a, central)
    sync(b, central)
    edit(b, first.id, "B 在另一台电脑上补充")
    sync(b, central)
    third = register(a, chair, facts="第三件", acknowledge_warnings=True)
    register(a, chair, facts="第四件", acknowledge_warnings=True)
    register(a, chair, facts="第五件", acknowledge_warnings=True)
    edit(a, second.id, "A 改一次")
    edit(a, second.id, "A 改两次")
    edit(a, third.id, "A 改第三件")
    with a.read() as s:
        assert state.pending_count(s) > 2 * crash_harness.BATCH_ENTRIES  # the crash falls in a middle batch
    return {"first": first.id, "second": second.id, "third": third.id}


def run_harness(ws, central_url: str, step: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(HARNESS), str(ws.data_dir), central_url, step],
                          capture_output=True, text=True, timeout=120, env=os.environ.copy())


@pytest.mark.parametrize("step", crash_harness.STEPS)
def test_kill_9_at_each_step_then_sync_again_delivers_everything_once(step, central_url, central, nodes):
    a, b = nodes.a, nodes.b
    ids = prepare(nodes, central)

    died = run_harness(a, central_url, step)
    assert died.returncode == -signal.SIGKILL, f"harness did not die at {step}: {died.returncode} {died.stderr}"

    after_crash = central_rows(central)
    expected_pull = still_to_pull(a, central)
    again = sync(a, central)
    assert (again.conflicts, again.rejects, again.pull_skipped) == (0, 0, 0)
    assert again.pulled == expected_pull  # nothing pulled twice, nothing skipped by the crash
    now = central_rows(central)
    for name, rows in after_crash.items():  # what landed before the kill is not written again
        for row_id, row in rows.items():
            if now[name][row_id]["row_version"] == row["row_version"]:
                assert now[name][row_id]["central_seq"] == row["central_seq"], (step, name, row_id)
    assert_same_as_central(a, central)
    assert_batches_once(a, central)
    assert_no_duplicate_case_numbers(central, 5)
    assert_count(central, "sync_conflicts", 0)
    assert_count(central, "sync_rejects", 0)

    expected_b = still_to_pull(b, central)
    assert expected_b > 0
    pulled = sync(b, central)
    assert (pulled.pushed, pulled.pulled, pulled.conflicts) == (0, expected_b, 0)
    assert_same_as_central(b, central)  # inherited rows rebased by the pull
    quiet = sync(a, central)  # nothing left to send or fetch
    assert (quiet.pushed, quiet.pulled, quiet.batches) == (0, 0, 0)
    with a.read() as s:
        assert s.get(Case, ids["first"]).facts == "B 在另一台电脑上补充"
    with b.read() as s:
        assert s.get(Case, ids["second"]).facts == "A 改两次"
        assert s.get(Case, ids["third"]).facts == "A 改第三件"


def test_one_batch_replayed_many_times_at_once_lands_once(central, nodes):
    a = nodes.a
    sync(a, central)
    case = register(a, nodes.office.chair)
    edit(a, case.id, "重放多次")
    tables = central_tables(central)
    with a.read() as s:
        batch = next_batch(s, a.node_id, a.office_id, state.epoch(s), state.acked(s))
    replays = 5
    start = threading.Barrier(replays)
    outcomes, errors = [], []

    def replay():
        try:
            start.wait()
            outcomes.append(push_batch(central, tables, batch))
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=replay) for _ in range(replays)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert not errors
    assert sorted(o.replay for o in outcomes) == [False] + [True] * (replays - 1)
    landed = central_rows(central)
    assert push_batch(central, tables, batch).replay  # and once more, after the fact
    assert central_rows(central) == landed
    assert landed["cases"][case.id]["facts"] == "重放多次"
    assert_count(central, "sync_conflicts", 0)
    assert_count(central, "sync_rejects", 0)
    result = sync(a, central)  # the node never noted the batch: central's acknowledgement is adopted
    assert (result.batches, result.pushed, result.conflicts) == (0, 0, 0)
    assert_batches_once(a, central)
    assert_same_as_central(a, central)
