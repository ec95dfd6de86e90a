"""``Store``: opening (checks, migration, daily backup), read and write sessions, closing."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from store_scripts import REPO, MakeScripts

from mediator.errors import StoreError
from mediator.store.backup import list_backups
from mediator.store.database import Store

NOTES = """
op.create_table(
    "notes",
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("body", sa.Text, nullable=False),
)
op.create_table(
    "tags",
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("note_id", sa.Integer, sa.ForeignKey("notes.id"), nullable=False),
)
"""


@pytest.fixture
def scripts(make_scripts: MakeScripts) -> Path:
    return make_scripts([NOTES])


@pytest.fixture
def store(tmp_path: Path, scripts: Path):
    with Store.open(tmp_path / "data" / "sub" / "mediator.db", script_location=scripts) as opened:
        yield opened


def _count(store: Store) -> int:
    with store.read() as session:
        return session.execute(text("SELECT count(*) FROM notes")).scalar_one()


def test_open_creates_folder_migrates_and_takes_the_daily_backup(store: Store, tmp_path: Path) -> None:
    assert store.path == (tmp_path / "data" / "sub" / "mediator.db").resolve()
    assert store.migration is not None and store.migration.after == "0001"
    assert [b.reason for b in list_backups(store.backup_dir)] == ["daily"]
    assert store.backup_dir == store.path.parent / "backups"


def test_reopening_takes_no_second_daily_backup(store: Store, scripts: Path) -> None:
    store.close()
    with Store.open(store.path, script_location=scripts) as again:
        assert again.migration is not None and not again.migration.upgraded
    assert len(list_backups(store.backup_dir)) == 1


def test_write_commits_and_rolls_back(store: Store) -> None:
    with store.write() as session:
        session.execute(text("INSERT INTO notes (id, body) VALUES (1, 'kept')"))
    with pytest.raises(RuntimeError), store.write() as session:
        session.execute(text("INSERT INTO notes (id, body) VALUES (2, 'dropped')"))
        raise RuntimeError("undo")
    assert _count(store) == 1


def test_sessions_enforce_foreign_keys_and_read_only(store: Store) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"), store.write() as session:
        session.execute(text("INSERT INTO tags (id, note_id) VALUES (1, 42)"))
    with pytest.raises(OperationalError, match="readonly"), store.read() as session:
        session.execute(text("INSERT INTO notes (id, body) VALUES (3, 'no')"))
    assert _count(store) == 0


def test_pragmas_in_sessions(store: Store) -> None:
    for context in (store.read, store.write):
        with context() as session:
            values = [session.execute(text(f"PRAGMA {p}")).scalar() for p in
                      ("journal_mode", "foreign_keys", "synchronous", "busy_timeout")]
            assert values == ["wal", 1, 2, 15000]


def test_closed_store_refuses_sessions(store: Store) -> None:
    store.close()
    with pytest.raises(StoreError, match="closed"), store.read():
        pass


def test_a_text_file_is_refused_with_its_name(tmp_path: Path, scripts: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("这不是数据库\n", encoding="utf-8")
    with pytest.raises(StoreError, match="notes.txt"):
        Store.open(path, script_location=scripts)
    assert path.read_text(encoding="utf-8") == "这不是数据库\n"


def _filled(tmp_path: Path, scripts: Path) -> Path:
    with Store.open(tmp_path / "full.db", script_location=scripts, daily_backup=False) as store, \
            store.write() as session:
        session.execute(text("INSERT INTO notes (id, body) VALUES (:i, :b)"),
                        [{"i": i, "b": f"调解记录 {i} " * 20} for i in range(3000)])
    return tmp_path / "full.db"


def test_a_truncated_database_is_refused(tmp_path: Path, scripts: Path) -> None:
    path = _filled(tmp_path, scripts)
    with open(path, "r+b") as handle:
        handle.truncate(os.path.getsize(path) // 2)
    with pytest.raises(StoreError, match="full.db"):
        Store.open(path, script_location=scripts)


def test_a_garbled_database_is_refused(tmp_path: Path, scripts: Path) -> None:
    path = _filled(tmp_path, scripts)
    size = os.path.getsize(path)
    with open(path, "r+b") as handle:
        for offset in range(4096 * 3, size, 4096 * 7):
            handle.seek(offset)
            handle.write(bytes(range(256)) * 8)
    with pytest.raises(StoreError, match="full.db"):
        Store.open(path, script_location=scripts)


def test_open_without_migration(tmp_path: Path) -> None:
    with Store.open(tmp_path / "bare.db", migrate=False) as store:
        assert store.migration is None
        with store.write() as session:
            session.execute(text("CREATE TABLE x (a)"))
    conn = sqlite3.connect(tmp_path / "bare.db")
    assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("x",)]
    conn.close()


@pytest.mark.skipif(not (REPO / "db/versions/0001_initial.py").exists(), reason="no 0001 revision yet")
def test_open_with_the_program_revisions(tmp_path: Path) -> None:
    import mediator.store.models as models

    with Store.open(tmp_path / "real.db") as store, store.read() as session:
        for table in models.Base.metadata.sorted_tables:
            session.execute(text(f'SELECT count(*) FROM "{table.name}"')).scalar_one()


class _Base(DeclarativeBase):
    pass


class _Note(_Base):
    __tablename__ = "notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    body: Mapped[str]


def test_objects_stay_usable_after_the_write_block(store: Store) -> None:
    with store.write() as session:
        note = _Note(id=7, body="达成协议")
        session.add(note)
    assert (note.id, note.body) == (7, "达成协议")  # expire_on_commit=False: no reload, no error
    with store.read() as session:
        assert session.get(_Note, 7).body == "达成协议"


def test_planner_statistics_are_taken_once_the_case_table_has_rows(tmp_path: Path) -> None:
    import datetime as dt

    from mediator.services import cases, setup
    from mediator.services.context import Workspace
    from mediator.services.intake import parse_case
    from mediator.store.database import refresh_statistics
    from tests.conftest import case_data

    ws = Workspace.open(tmp_path)
    try:
        chair = setup.init_office(ws, office_code="T1", office_name="测试", chair_name="主任", password="secret1")
        assert refresh_statistics(ws.store.write_engine) is False  # no case yet: nothing to learn
        cases.register_case(ws, chair, parse_case(case_data(), today=dt.date(2026, 11, 23)))
        assert refresh_statistics(ws.store.write_engine) is True
        assert refresh_statistics(ws.store.write_engine) is False  # fresh until the table doubles
        with sqlite3.connect(ws.store.path) as conn:
            assert conn.execute("SELECT stat FROM sqlite_stat1 WHERE tbl = 'cases'").fetchone()[0].startswith("1 ")
    finally:
        ws.close()
