"""``check``, ``backup``, ``restore``, ``demo`` and the ``make run`` quick start through the real
command line: a tampered audit trail fails the check, a restore brings back the backed-up state."""

from __future__ import annotations

import importlib.util
import sqlite3

import pytest
from cli_helpers import count, ok, refused, run


def test_check_passes_then_fails_once_the_audit_trail_is_edited(office):
    assert "intact" in ok(office("check")).out
    with sqlite3.connect(office.dir / "mediator.db") as db:
        db.execute("UPDATE audit_events SET reason = 'x'")
    result = refused(office("check", "--json"), "problem", code=1)
    report = result.json()
    assert report["ok"] is False and report["integrity"] == []
    assert any("changed" in p["problem"] for p in report["audit"])


def test_backup_then_restore_undoes_later_changes(office):
    backup = office.tmp / "before.db"
    assert str(backup) in ok(office("backup", "--to", str(backup))).out
    office.new_case()
    assert count(office.dir, "cases") == 1
    refused(office.as_staff("wang", "restore", str(backup)), "only the chair")
    assert "kept as" in ok(office("restore", str(backup))).out
    assert ok(office("case", "list", "--json")).json()["total"] == 0
    assert any("before-restore" in p.name for p in (office.dir / "backups").iterdir())


@pytest.mark.skipif(importlib.util.find_spec("mediator.services.demo") is None, reason="mediator.services.demo not built yet")
def test_demo_generates_cases(office):
    ok(office("demo", "--cases", "20", "--seed", "7"))
    assert count(office.dir, "cases") >= 20


def test_quickstart_sets_up_a_sample_office_once(tmp_path):
    env = {"MEDIATOR_DATA_DIR": str(tmp_path / "qs")}
    first = ok(run(["-m", "mediator.cli.quickstart"], password=None, **env)).out
    assert "password mediator" in first and "示例劳调〔" in first
    cases = count(tmp_path / "qs", "cases")
    second = ok(run(["-m", "mediator.cli.quickstart"], password=None, **env)).out
    assert "Using the office" in second
    assert "Due" in second or "Nothing is due" in second
    assert count(tmp_path / "qs", "cases") == cases
