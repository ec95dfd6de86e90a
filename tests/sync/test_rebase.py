"""Re-basing after restores, against a SQLite central and a PostgreSQL central: a node restored from
an older backup (its database behind central) and a central store restored from a dump (central
behind the nodes) are detected, refused without confirmation, and re-based with it: nothing is
lost, the node ends equal to central, no duplicate case number, no conflict from a node's own
rows; a re-base killed (kill -9, a real subprocess) at each of its steps finishes at the next sync."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import uuid
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from mediator.cli.main import main
from mediator.services.context import DB_NAME, Workspace
from mediator.store import backup
from mediator.store.models import Case, InboxReject
from mediator.sync import numbering, state
from mediator.sync.engine import sync
from mediator.sync.rebase import CENTRAL, NODE, Restored
from tests.sync import rebase_harness
from tests.sync.conftest import register
from tests.sync.test_crashes import (
    assert_count,
    assert_no_duplicate_case_numbers,
    assert_same_as_central,
    central_rows,
    central_tables,
    edit,
    local_rows,
)

HARNESS = Path(rebase_harness.__file__)


def facts(ws, case_id):
    with ws.read() as s:
        case = s.get(Case, case_id)
        return case.facts if case else None


def case_numbers(ws) -> dict[uuid.UUID, str]:
    with ws.read() as s:
        return {c.id: c.case_no for c in s.scalars(select(Case))}


def journal_end(ws) -> int:
    with ws.read() as s:
        return state.journal_max(s)


def acknowledged(engine, node_id) -> int:
    nodes = central_tables(engine)["sync_nodes"]
    with engine.connect() as conn:
        return conn.scalar(select(nodes.c.acked_seq).where(nodes.c.node_id == node_id))


def reopen(nodes) -> Workspace:
    """Node A opened again (the fixture closes what it opened; we close what we open)."""
    nodes.a.close()
    ws = Workspace.open(nodes.a.data_dir, daily_backup=False)
    nodes.office.ws = nodes.a = ws
    nodes.opened.append(ws)
    return ws


@pytest.fixture
def two(nodes):
    nodes.opened = []
    yield nodes
    for ws in nodes.opened:
        ws.close()


# --- a node restored from an older backup -------------------------------------------------------------

def restore_node(nodes, saved: Path) -> Workspace:
    """Node A restored from ``saved`` the way the application does it (``backup.restore_from``)."""
    data_dir = nodes.a.data_dir
    nodes.a.close()
    backup.restore_from(saved, data_dir / DB_NAME, data_dir / "backups")
    ws = Workspace.open(data_dir, daily_backup=False)
    nodes.office.ws = nodes.a = ws
    nodes.opened.append(ws)
    return ws


def node_restored_scenario(nodes, central, tmp_path, *, edits_after_restore: int = 1, outrun: bool = False) -> dict:
    """K1, K2 synced everywhere; A backed up; then A registers L and edits K1 and syncs (B pulls
    it); A is restored from the backup and edits K2 (``edits_after_restore`` times, or with
    ``outrun`` until its journal reaches past what central acknowledged from it)."""
    a, b, chair = nodes.a, nodes.b, nodes.office.chair
    k1 = register(a, chair, facts="第一件")
    k2 = register(a, chair, facts="第二件", acknowledge_warnings=True)
    sync(a, central)
    sync(b, central)
    saved = backup.backup_to(a.data_dir / DB_NAME, tmp_path / "saved.db")
    lost = register(a, chair, facts="备份之后登记", acknowledge_warnings=True)
    edit(a, k1.id, "备份之后修改")
    sync(a, central)
    sync(b, central)
    old_node = a.node_id
    a = restore_node(nodes, saved)
    assert facts(a, lost.id) is None and facts(a, k1.id) == "第一件"
    central_acked = acknowledged(central, old_node)
    n = 0
    while n < edits_after_restore or (outrun and journal_end(a) <= central_acked):
        n += 1
        edit(a, k2.id, f"恢复之后修改 {n}")
    return {"k1": k1.id, "k2": k2.id, "lost": lost.id, "old_node": old_node,
            "k2_facts": f"恢复之后修改 {n}", "numbers": {k1.case_no, k2.case_no, lost.case_no}}


def check_node_rebased(nodes, central, ids: dict) -> None:
    """After the re-base: the node has the rows it lost and sent what it wrote since the restore,
    equals central, numbers from fresh blocks, and B is unaffected."""
    a, b = nodes.a, nodes.b
    assert a.node_id != ids["old_node"]
    assert facts(a, ids["lost"]) == "备份之后登记" and facts(a, ids["k1"]) == "备份之后修改"
    assert central_rows(central)["cases"][ids["k2"]]["facts"] == ids["k2_facts"]
    assert_same_as_central(a, central)
    assert_count(central, "sync_conflicts", 0)
    assert_count(central, "sync_rejects", 0)
    tables = central_tables(central)
    with central.connect() as conn:
        registered = set(conn.scalars(select(tables["sync_nodes"].c.node_id)))
        old_row = conn.execute(select(tables["nodes"]).where(tables["nodes"].c.id == ids["old_node"])).one()
    assert {ids["old_node"], a.node_id, b.node_id} <= registered and old_row.deleted_at is not None
    with a.read() as s:
        assert state.get(s, "sync_rebase") is None

    fresh = register(a, nodes.office.chair, facts="重新定基之后登记", acknowledge_warnings=True)
    assert fresh.case_no not in ids["numbers"]
    with a.read() as s:
        own = numbering._own_blocks(s, a.office_id, a.node_id, fresh.case_year)
    assert any(blk.first_seq <= fresh.case_seq <= blk.last_seq for blk in own)
    edit(b, ids["k1"], "B 之后修改")
    assert sync(a, central).rejects == 0
    assert (sync(b, central).rejects, sync(a, central).rejects) == (0, 0)
    assert facts(b, fresh.id) == "重新定基之后登记" and facts(a, ids["k1"]) == "B 之后修改"
    assert_no_duplicate_case_numbers(central, 4)
    assert_same_as_central(a, central)
    assert_same_as_central(b, central)


def test_a_node_restored_from_a_backup_is_refused_then_rebased_on_the_command_line(
        central_url, central, two, tmp_path, capsys):
    ids = node_restored_scenario(two, central, tmp_path)
    before = central_rows(central)
    data_dir = str(two.a.data_dir)
    two.a.close()  # the command line opens the data directory itself
    capsys.readouterr()
    assert main(["--data-dir", data_dir, "sync", "--central", central_url]) == 1
    err = capsys.readouterr().err
    assert "restored from a backup" in err and "--rebase" in err
    assert central_rows(central) == before  # nothing was sent
    assert main(["--data-dir", data_dir, "sync", "--central", central_url, "--rebase"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("this computer's database had been restored from a backup and was re-based")
    assert out.count("\n") == 1 and "0 conflicts, 0 rejected" in out
    two.a = two.office.ws = Workspace.open(data_dir, daily_backup=False)
    two.opened.append(two.a)
    check_node_rebased(two, central, ids)


def test_a_restored_node_that_wrote_more_than_it_lost_is_still_detected(central, two, tmp_path):
    """The restored node's journal reaches past what central acknowledged: same sequence numbers,
    other changes. Caught by comparing them with what central received."""
    ids = node_restored_scenario(two, central, tmp_path, outrun=True)
    assert journal_end(two.a) > acknowledged(central, ids["old_node"])  # "acknowledged beyond the journal" misses it
    with pytest.raises(Restored, match="changed since") as found:
        sync(two.a, central)
    assert found.value.kind == NODE
    result = sync(two.a, central, rebase=True)
    assert result.rebased == NODE and (result.conflicts, result.rejects) == (0, 0)
    check_node_rebased(two, central, ids)


def test_an_edit_after_the_restore_of_a_row_the_lost_work_changed_becomes_a_conflict(central, two, tmp_path):
    ids = node_restored_scenario(two, central, tmp_path, edits_after_restore=0)
    edit(two.a, ids["k1"], "恢复之后又改第一件")  # K1 was changed by the lost work too
    result = sync(two.a, central, rebase=True)
    assert result.rebased == NODE and result.conflicts == 1 and result.rejects == 0
    conflicts = central_tables(central)["sync_conflicts"]
    with central.connect() as conn:
        record = conn.execute(select(conflicts)).one()
    assert record.row_id == ids["k1"] and record.node_id == two.a.node_id
    assert record.central_row["facts"] == "备份之后修改" and record.incoming_row["facts"] == "恢复之后又改第一件"
    assert central_rows(central)["cases"][ids["k1"]]["facts"] == "备份之后修改"  # not overwritten


def test_a_case_registered_after_the_restore_with_a_number_already_used_is_refused_and_listed(
        central, two, tmp_path):
    """Before the re-base the restored node numbers from its old block and may repeat a number
    the lost work used: central refuses that case (listed with its number), keeps the lost one."""
    ids = node_restored_scenario(two, central, tmp_path, edits_after_restore=0)
    again = register(two.a, two.office.chair, facts="恢复之后登记", acknowledge_warnings=True)
    lost_no = central_rows(central)["cases"][ids["lost"]]["case_no"]
    assert again.case_no == lost_no
    result = sync(two.a, central, rebase=True)
    assert result.rejects >= 1 and result.pull_skipped >= 1
    with two.a.read() as s:
        listed = s.scalars(select(InboxReject).where(InboxReject.node_id == two.a.node_id,
                                                     InboxReject.table_name == "cases")).all()
    assert [r.row_id for r in listed] == [again.id]
    cases = central_rows(central)["cases"]
    assert cases[ids["lost"]]["facts"] == "备份之后登记" and again.id not in cases
    fresh = register(two.a, two.office.chair, facts="定基之后登记", acknowledge_warnings=True)
    assert fresh.case_no not in ids["numbers"] | {again.case_no}
    assert sync(two.a, central).rejects == 0


# --- a central store restored from a dump ---------------------------------------------------------------

class Snapshot:
    """A copy of the central store taken now and put back by ``restore`` (SQLite: the file through
    the backup API; PostgreSQL: CREATE DATABASE … TEMPLATE, then the store dropped and re-made
    from the copy)."""

    def __init__(self, url: str, engine):
        self.url, self.engine = make_url(url), engine
        engine.dispose()
        if self.url.get_backend_name() == "sqlite":
            self.copy = Path(self.url.database).with_suffix(".snapshot")
            with closing(sqlite3.connect(self.url.database)) as src, closing(sqlite3.connect(self.copy)) as dst:
                src.backup(dst)
        else:
            self.copy = f"{self.url.database}_snap"
            self._server(f'CREATE DATABASE "{self.copy}" TEMPLATE "{self.url.database}"')

    def _server(self, *statements: str) -> None:
        server = create_engine(self.url.set(drivername="postgresql+psycopg", database="postgres"),
                               isolation_level="AUTOCOMMIT")
        try:
            with server.connect() as conn:
                for statement in statements:
                    conn.execute(text(statement))
        finally:
            server.dispose()

    def restore(self) -> None:
        self.engine.dispose()
        if self.url.get_backend_name() == "sqlite":
            with closing(sqlite3.connect(self.copy)) as src, closing(sqlite3.connect(self.url.database)) as dst:
                src.backup(dst)
        else:
            self._server(f'DROP DATABASE "{self.url.database}" WITH (FORCE)',
                         f'CREATE DATABASE "{self.url.database}" TEMPLATE "{self.copy}"')

    def drop(self) -> None:
        if isinstance(self.copy, Path):
            self.copy.unlink(missing_ok=True)
        else:
            self._server(f'DROP DATABASE IF EXISTS "{self.copy}" WITH (FORCE)')


@pytest.fixture
def snapshots():
    made: list[Snapshot] = []
    yield lambda url, engine: made.append(Snapshot(url, engine)) or made[-1]
    for snap in made:
        snap.drop()


def central_restored_scenario(nodes, central_url, central, snapshots) -> dict:
    """K1 (A) and K2 (B) synced everywhere; central copied; A registers C3 and edits K1, B
    registers C4 and edits K2, all synced (A pulls B's); central put back to the copy."""
    a, b, chair = nodes.a, nodes.b, nodes.office.chair
    k1 = register(a, chair, facts="第一件")
    sync(a, central)
    sync(b, central)
    k2 = register(b, chair, facts="第二件", acknowledge_warnings=True)
    sync(b, central)
    sync(a, central)
    snap = snapshots(central_url, central)
    c3 = register(a, chair, facts="转储之后 A 登记", acknowledge_warnings=True)
    edit(a, k1.id, "转储之后 A 修改")
    sync(a, central)
    c4 = register(b, chair, facts="转储之后 B 登记", acknowledge_warnings=True)
    edit(b, k2.id, "转储之后 B 修改")
    sync(b, central)
    sync(a, central)
    held = {"a": local_rows(a), "b": local_rows(b)}
    snap.restore()
    cases = central_rows(central)["cases"]
    assert c3.id not in cases and c4.id not in cases and cases[k1.id]["facts"] == "第一件"
    return {"k1": k1.id, "k2": k2.id, "c3": c3.id, "c4": c4.id, "held": held}


def check_central_rebased(nodes, central, ids: dict) -> None:
    """Central again holds every row either node had (same version and content), both nodes equal
    central, no conflict, no reject, no duplicate case number, and numbering goes on."""
    a, b = nodes.a, nodes.b
    rows = central_rows(central)
    for held in ids["held"].values():
        for name, items in held.items():
            for row_id, row in items.items():
                there = rows[name].get(row_id)
                assert there is not None, (name, row_id)
                assert there["row_version"] >= row["row_version"], (name, row_id)
    assert rows["cases"][ids["k1"]]["facts"] == "转储之后 A 修改"
    assert rows["cases"][ids["k2"]]["facts"] == "转储之后 B 修改"
    assert_count(central, "sync_conflicts", 0)
    assert_count(central, "sync_rejects", 0)
    assert_no_duplicate_case_numbers(central, 4)
    quiet = sync(a, central)
    assert (quiet.conflicts, quiet.rejects) == (0, 0)
    assert_same_as_central(a, central)
    assert_same_as_central(b, central)
    for ws in (a, b):
        with ws.read() as s:
            assert state.get(s, "sync_rebase") is None
    new_a = register(a, nodes.office.chair, facts="之后 A 登记", acknowledge_warnings=True)
    new_b = register(b, nodes.office.chair, facts="之后 B 登记", acknowledge_warnings=True)
    assert new_a.case_no != new_b.case_no
    assert sum(r.rejects for r in (sync(a, central), sync(b, central), sync(a, central))) == 0
    assert_no_duplicate_case_numbers(central, 6)


def test_a_central_store_restored_from_a_dump_is_refused_then_rebased(central_url, central, two, snapshots):
    ids = central_restored_scenario(two, central_url, central, snapshots)
    before = central_rows(central)
    with pytest.raises(Restored, match="restored from an older dump") as found:
        sync(two.a, central)
    assert found.value.kind == CENTRAL and central_rows(central) == before
    result = sync(two.a, central, rebase=True)
    assert result.rebased == CENTRAL and (result.conflicts, result.rejects) == (0, 0)
    assert "central store had been restored from an older copy" in result.summary()
    rows = central_rows(central)
    assert rows["cases"][ids["c3"]]["facts"] == "转储之后 A 登记"
    assert rows["cases"][ids["c4"]]["facts"] == "转储之后 B 登记"  # A held B's case: sent again
    with pytest.raises(Restored) as found:
        sync(two.b, central)
    assert found.value.kind == CENTRAL
    result = sync(two.b, central, rebase=True)
    assert result.rebased == CENTRAL and (result.conflicts, result.rejects) == (0, 0)
    check_central_rebased(two, central, ids)


def test_a_node_that_only_fetched_after_the_dump_loses_nothing(central_url, central, two, snapshots):
    """A pushes nothing after the dump but pulls B's rows. On SQLite central's positions went back
    below A's cursor: detected, and A sends B's rows again. On PostgreSQL (restored in the same
    cluster) positions keep counting: A goes on, and B's re-base brings the rows back."""
    a, b, chair = two.a, two.b, two.office.chair
    sync(a, central)
    sync(b, central)
    snap = snapshots(central_url, central)
    late = register(b, chair, facts="转储之后 B 登记")
    sync(b, central)
    sync(a, central)
    assert facts(a, late.id) == "转储之后 B 登记"
    snap.restore()
    if central.dialect.name == "sqlite":
        with pytest.raises(Restored, match="behind what this node already fetched"):
            sync(a, central)
        assert sync(a, central, rebase=True).rebased == CENTRAL
        assert late.id in central_rows(central)["cases"]
    else:
        assert sync(a, central).rebased is None
    assert sync(b, central, rebase=True).rebased == CENTRAL
    for ws in (a, b, a):
        result = sync(ws, central)
        assert (result.conflicts, result.rejects) == (0, 0)
    assert central_rows(central)["cases"][late.id]["facts"] == "转储之后 B 登记"
    assert_same_as_central(a, central)
    assert_same_as_central(b, central)


def test_a_replaced_central_store_receives_everything_again(central, two, tmp_path):
    """The office first synced with another store (lost for good); the new one, made with
    ``central init`` and ``add-office``, has another generation id: refused, then re-based."""
    first = f"sqlite:///{tmp_path}/first.db"
    assert main(["central", "init", first]) == 0 and main(["central", "add-office", first, "JC01"]) == 0
    a, chair = two.a, two.office.chair
    case = register(a, chair, facts="旧中心库时登记")
    sync(a, first)
    edit(a, case.id, "旧中心库时修改")
    sync(a, first)
    with pytest.raises(Restored, match="not the one this node synced with"):
        sync(a, central)
    result = sync(a, central, rebase=True)
    assert result.rebased == CENTRAL and (result.conflicts, result.rejects) == (0, 0)
    assert central_rows(central)["cases"][case.id]["facts"] == "旧中心库时修改"
    assert_same_as_central(a, central)
    sync(two.b, central)
    assert facts(two.b, case.id) == "旧中心库时修改"


# --- kill -9 in the middle of a re-base ------------------------------------------------------------------

def run_harness(ws, central_url: str, step: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(HARNESS), str(ws.data_dir), central_url, step],
                          capture_output=True, text=True, timeout=120, env=os.environ.copy())


@pytest.mark.parametrize("step", rebase_harness.NODE_STEPS)
def test_kill_9_during_a_node_rebase_then_sync_again_finishes_it(step, central_url, central, two, tmp_path):
    ids = node_restored_scenario(two, central, tmp_path)
    died = run_harness(two.a, central_url, step)
    assert died.returncode == -signal.SIGKILL, f"harness did not die at {step}: {died.returncode} {died.stderr}"
    reopen(two)
    result = sync(two.a, central, rebase=step == "node_inbox")  # a re-base begun locally needs no confirmation
    assert result.rebased == NODE and (result.conflicts, result.rejects) == (0, 0)
    check_node_rebased(two, central, ids)


@pytest.mark.parametrize("step", rebase_harness.CENTRAL_STEPS)
def test_kill_9_during_a_central_rebase_then_sync_again_finishes_it(step, central_url, central, two, snapshots):
    ids = central_restored_scenario(two, central_url, central, snapshots)
    died = run_harness(two.a, central_url, step)
    assert died.returncode == -signal.SIGKILL, f"harness did not die at {step}: {died.returncode} {died.stderr}"
    reopen(two)
    result = sync(two.a, central)
    assert result.rebased == CENTRAL and (result.conflicts, result.rejects) == (0, 0)
    assert sync(two.b, central, rebase=True).rebased == CENTRAL
    check_central_rebased(two, central, ids)
