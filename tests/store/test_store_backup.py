"""Backups: consistent verified copies, naming and rotation, and restores into a live database."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from mediator.errors import StoreError
from mediator.store.backup import (
    automatic_backup,
    backup_to,
    daily_backup_due,
    list_backups,
    restore_from,
    rotate,
)
from mediator.store.database import Store
from mediator.store.engine import make_engines
from mediator.store.migrate import current_revision, upgrade_database


def _rows(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT id, body FROM notes ORDER BY id").fetchall()
    finally:
        conn.close()


@pytest.fixture
def db(tmp_path: Path, notes_scripts: Path) -> Path:
    path = tmp_path / "m.db"
    upgrade_database(path, backup_dir=tmp_path / "backups", script_location=notes_scripts)
    write, _ = make_engines(path)
    with write.begin() as conn:
        conn.execute(text("INSERT INTO notes (id, body) VALUES (1, 'a'), (2, 'b')"))
    write.dispose()
    return path


def test_backup_is_a_verified_single_file_snapshot(db: Path, tmp_path: Path) -> None:
    write, _ = make_engines(db)
    try:
        with write.begin() as conn:  # a writer in the middle of a transaction does not leak into it
            conn.execute(text("INSERT INTO notes (id, body) VALUES (3, 'uncommitted')"))
            copy = backup_to(db, tmp_path / "out" / "copy.db")
    finally:
        write.dispose()
    assert _rows(copy) == [(1, "a"), (2, "b")]
    assert sorted(p.name for p in copy.parent.iterdir()) == ["copy.db"]
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert _rows(db) == [(1, "a"), (2, "b"), (3, "uncommitted")]


def test_backup_of_a_missing_database_fails(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such database"):
        backup_to(tmp_path / "nothing.db", tmp_path / "copy.db")
    assert not (tmp_path / "copy.db").exists()


def test_automatic_backups_are_named_and_rotated_per_reason(db: Path, tmp_path: Path) -> None:
    backups = tmp_path / "rotating"
    start = dt.datetime(2025, 3, 1, 8, 30, 0)
    for day in range(16):
        automatic_backup(db, backups, "daily", now=start + dt.timedelta(days=day))
    sync = automatic_backup(db, backups, "before-sync", keep=2, now=start)
    again = automatic_backup(db, backups, "before-sync", keep=2, now=start)
    assert sync.name == "mediator-20250301-083000-before-sync.db"
    assert again.name == "mediator-20250301-083000-before-sync.1.db"
    daily = [b for b in list_backups(backups) if b.reason == "daily"]
    assert len(daily) == 14
    assert daily[0].path.name == "mediator-20250316-083000-daily.db"
    assert daily[-1].taken_at == dt.datetime(2025, 3, 3, 8, 30, 0)
    assert [b.path for b in list_backups(backups) if b.reason == "before-sync"] == [again, sync]
    assert rotate(backups, "before-sync", 1) == [sync]


def test_daily_backup_due(db: Path, tmp_path: Path) -> None:
    backups = tmp_path / "daily"
    assert daily_backup_due(backups)
    automatic_backup(db, backups, "daily")
    assert not daily_backup_due(backups)
    assert daily_backup_due(backups, today=dt.date.today() + dt.timedelta(days=1))
    automatic_backup(db, backups, "manual")
    assert daily_backup_due(backups, today=dt.date.today() + dt.timedelta(days=1))


def test_backup_modify_restore_round_trip_into_a_live_database(db: Path, tmp_path: Path,
                                                               notes_scripts: Path) -> None:
    backups = tmp_path / "backups"
    saved = automatic_backup(db, backups, "manual")
    write, read = make_engines(db)  # stays open across the restore, like a running program
    try:
        with write.begin() as conn:
            conn.execute(text("DELETE FROM notes WHERE id = 1"))
            conn.execute(text("INSERT INTO notes (id, body) VALUES (9, 'later')"))
        kept = restore_from(saved, db, backups, script_location=notes_scripts)
        with read.connect() as conn:
            rows = conn.execute(text("SELECT id, body FROM notes ORDER BY id")).all()
        assert [tuple(r) for r in rows] == [(1, "a"), (2, "b")]
        with write.begin() as conn:
            conn.execute(text("INSERT INTO notes (id, body) VALUES (3, 'after restore')"))
    finally:
        write.dispose()
        read.dispose()
    assert kept is not None and kept.name.endswith("-before-restore.db")
    assert _rows(kept) == [(2, "b"), (9, "later")]
    assert _rows(db) == [(1, "a"), (2, "b"), (3, "after restore")]
    assert current_revision(db) == "0001"


def test_restore_refuses_a_backup_from_a_newer_schema(db: Path, tmp_path: Path,
                                                      notes_scripts: Path) -> None:
    newer = tmp_path / "newer.db"
    backup_to(db, newer)
    conn = sqlite3.connect(newer)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = 'abcdef'")
    conn.close()
    before = db.read_bytes()
    with pytest.raises(StoreError, match="newer version"):
        restore_from(newer, db, tmp_path / "backups", script_location=notes_scripts)
    assert db.read_bytes() == before
    assert list_backups(tmp_path / "backups") == []


def test_restore_refuses_a_damaged_backup(db: Path, tmp_path: Path, notes_scripts: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_text("not a database at all", encoding="utf-8")
    with pytest.raises(StoreError, match="bad.db"):
        restore_from(bad, db, tmp_path / "backups", script_location=notes_scripts)
    assert _rows(db) == [(1, "a"), (2, "b")]


def test_restore_over_a_damaged_database_moves_it_aside(db: Path, tmp_path: Path,
                                                        notes_scripts: Path) -> None:
    backups = tmp_path / "backups"
    saved = automatic_backup(db, backups, "manual")
    db.write_bytes(b"garbage" * 1000)
    (tmp_path / "m.db-wal").write_bytes(b"stale wal")
    kept = restore_from(saved, db, backups, script_location=notes_scripts)
    assert kept is not None and kept.name.endswith("-damaged.db")
    assert kept.read_bytes() == b"garbage" * 1000
    assert Path(str(kept) + "-wal").read_bytes() == b"stale wal"
    assert _rows(db) == [(1, "a"), (2, "b")]


def test_daily_backup_can_be_taken_after_opening(tmp_path):
    store = Store.open(tmp_path / "m.db", daily_backup=False)
    try:
        with store.write() as s:
            s.execute(text("CREATE TABLE IF NOT EXISTS probe (x INTEGER)"))
        assert not [b for b in list_backups(tmp_path / "backups") if b.reason == "daily"]
        first = store.daily_backup()
        assert first is not None and first.exists()
        assert store.daily_backup() is None  # one per day
    finally:
        store.close()


def test_open_without_the_page_scan_leaves_the_check_to_the_caller(tmp_path):
    path = tmp_path / "m.db"
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE probe (x TEXT)")
        conn.executemany("INSERT INTO probe VALUES (?)", [("x" * 500,)] * 200)
    conn.close()
    data = bytearray(path.read_bytes())
    for page in range(2, 6):  # damage b-tree page headers, not the file header
        data[4096 * page: 4096 * page + 12] = b"\xff" * 12
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="m.db"):
        Store.open(path, migrate=False, daily_backup=False)
    store = Store.open(path, migrate=False, daily_backup=False, check=False)
    try:
        with pytest.raises(StoreError, match="m.db"):
            store.quick_check()
    finally:
        store.close()
    path.write_text("not a database at all", encoding="utf-8")
    with pytest.raises(StoreError, match="not a SQLite file"):
        Store.open(path, migrate=False, daily_backup=False, check=False)
