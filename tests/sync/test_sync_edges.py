"""Sync edges: out-of-order commits on PostgreSQL, restores detected, the command line (URL
remembered without its password)."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing

import pytest
from sqlalchemy import func, select, update

from mediator.cli.main import main
from mediator.services.context import DB_NAME, Workspace
from mediator.store.models import Case
from mediator.sync import admin, state
from mediator.sync.engine import SyncError, sync
from tests.sync.conftest import register


@pytest.mark.parametrize("central_url", ["postgres"], indirect=True)  # SQLite serialises writers
def test_out_of_order_commits_are_both_pulled(central, nodes):
    first = register(nodes.a, nodes.office.chair)
    second = register(nodes.a, nodes.office.chair, acknowledge_warnings=True)
    sync(nodes.a, central)
    sync(nodes.b, central)
    cases_t = admin.metadata_for(central).tables["cases"]

    def change(conn, case_id, facts):
        conn.execute(update(cases_t).where(cases_t.c.id == case_id).values(
            facts=facts, row_version=cases_t.c.row_version + 1, central_seq=func.nextval("central_seq_seq"),
            central_xid=func.pg_current_xact_id(), central_node_id=nodes.a.node_id))

    early, late = central.connect(), central.connect()
    try:
        t_early, t_late = early.begin(), late.begin()
        change(early, first.id, "先开始后提交")  # smaller xid, commits last
        change(late, second.id, "后开始先提交")
        t_late.commit()
        sync(nodes.b, central)
        t_early.commit()
    finally:
        early.close()
        late.close()
    sync(nodes.b, central)
    with nodes.b.read() as s:
        assert s.get(Case, first.id).facts == "先开始后提交"
        assert s.get(Case, second.id).facts == "后开始先提交"


def test_a_node_restored_from_a_backup_is_stopped(central, nodes, tmp_path):
    sync(nodes.a, central)
    saved = tmp_path / "saved.db"
    with closing(sqlite3.connect(nodes.a.data_dir / DB_NAME)) as src, closing(sqlite3.connect(saved)) as dst:
        src.backup(dst)
    register(nodes.a, nodes.office.chair)
    sync(nodes.a, central)
    nodes.a.close()
    shutil.copy(saved, nodes.a.data_dir / DB_NAME)
    for suffix in ("-wal", "-shm"):
        (nodes.a.data_dir / (DB_NAME + suffix)).unlink(missing_ok=True)
    restored = Workspace.open(nodes.a.data_dir, daily_backup=False)
    try:
        with pytest.raises(SyncError, match="restored from a backup"):
            sync(restored, central)
    finally:
        restored.close()
        nodes.office.ws = Workspace.open(nodes.a.data_dir, daily_backup=False)


def test_another_central_store_is_refused(central, nodes, tmp_path):
    sync(nodes.a, central)
    other = f"sqlite:///{tmp_path}/other.db"
    assert main(["central", "init", other]) == 0
    assert main(["central", "add-office", other, "JC01"]) == 0
    with pytest.raises(SyncError, match="not the one this node synced with"):
        sync(nodes.a, other)


def test_command_line_remembers_the_url_without_password(central_url, nodes, capsys, monkeypatch):
    assert main(["central", "init", central_url]) == 0
    assert main(["central", "add-office", central_url, "JC01", "--name", "旧城镇"]) == 0
    assert main(["central", "add-office", central_url, "JC01"]) == 2
    register(nodes.a, nodes.office.chair)
    data_dir = str(nodes.a.data_dir)
    with_password = central_url.replace("postgresql://postgres@", "postgresql://postgres:hunter2@")
    capsys.readouterr()
    assert main(["--data-dir", data_dir, "sync", "--central", with_password]) == 0
    out = capsys.readouterr().out
    assert out.startswith("sync done: pushed") and out.count("\n") == 1
    with nodes.a.read() as s:
        remembered = state.get(s, state.URL)
    assert "hunter2" not in remembered and remembered.startswith(central_url.split("://")[0])
    assert main(["--data-dir", data_dir, "sync"]) == 0
    assert main(["central", "status", central_url]) == 0
    status = capsys.readouterr().out
    assert "JC01" in status and "open conflicts: 0; rejected rows: 0" in status and "hunter2" not in status
    assert main(["--data-dir", str(nodes.b.data_dir), "sync"]) == 2  # B never named a central store
    assert "--central" in capsys.readouterr().err
    with nodes.a.read() as s:
        assert s.scalar(select(func.count()).select_from(Case)) == 1
