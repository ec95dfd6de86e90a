"""Engines: pragmas on every connection, BEGIN IMMEDIATE for writers, concurrent writing processes."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from mediator.store.engine import integrity_check, make_engine, make_engines, quick_check


@pytest.fixture
def engines(tmp_path: Path):
    write, read = make_engines(tmp_path / "m.db")
    with write.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (n INTEGER PRIMARY KEY)")
    yield write, read
    write.dispose()
    read.dispose()


def _pragma(conn, name: str):
    return conn.exec_driver_sql(f"PRAGMA {name}").scalar()


def test_pragmas_on_both_engines(engines) -> None:
    for engine in engines:
        with engine.connect() as conn:
            assert _pragma(conn, "journal_mode") == "wal"
            assert _pragma(conn, "foreign_keys") == 1
            assert _pragma(conn, "synchronous") == 2  # FULL
            assert _pragma(conn, "busy_timeout") == 15000
    write, read = engines
    with write.connect() as conn:
        assert _pragma(conn, "query_only") == 0
    with read.connect() as conn:
        assert _pragma(conn, "query_only") == 1


def _other_writer(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None, timeout=0)


def test_write_engine_takes_the_write_lock_at_begin(engines, tmp_path: Path) -> None:
    write, _ = engines
    other = _other_writer(tmp_path / "m.db")
    try:
        # nothing executed yet: BEGIN IMMEDIATE alone must hold the lock
        with write.begin(), pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_read_engine_is_deferred_and_read_only(engines, tmp_path: Path) -> None:
    _, read = engines
    other = _other_writer(tmp_path / "m.db")
    try:
        with read.connect() as conn, conn.begin():
            assert conn.execute(text("SELECT count(*) FROM t")).scalar() == 0
            other.execute("BEGIN IMMEDIATE")  # a reader does not block a writer
            other.execute("INSERT INTO t VALUES (1)")
            other.execute("COMMIT")
            assert conn.execute(text("SELECT count(*) FROM t")).scalar() == 0  # still its snapshot
            with pytest.raises(OperationalError, match="readonly"):
                conn.execute(text("INSERT INTO t VALUES (2)"))
    finally:
        other.close()


def test_ddl_is_transactional(engines) -> None:
    write, _ = engines
    with pytest.raises(RuntimeError), write.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE u (x)")
        raise RuntimeError("roll back")
    with write.connect() as conn:
        names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
    assert "u" not in names


def test_foreign_keys_enforced_and_switchable(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "fk.db")
    loose = make_engine(tmp_path / "fk.db", foreign_keys=False)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE p (id INTEGER PRIMARY KEY)")
            conn.exec_driver_sql("CREATE TABLE c (id INTEGER PRIMARY KEY, p INTEGER REFERENCES p(id))")
        with pytest.raises(Exception, match="FOREIGN KEY"), engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO c VALUES (1, 99)")
        with loose.begin() as conn:
            conn.exec_driver_sql("INSERT INTO c VALUES (1, 99)")
    finally:
        engine.dispose()
        loose.dispose()


def test_checks_report_nothing_on_a_sound_file(engines) -> None:
    write, read = engines
    assert quick_check(write) == []
    assert integrity_check(read) == []


def test_threads_write_without_lost_updates(engines) -> None:
    write, _ = engines
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(50):
                with write.begin() as conn:  # read, then write: the lock upgrade that fails if deferred
                    n = conn.execute(text("SELECT coalesce(max(n), 0) FROM t")).scalar_one()
                    conn.execute(text("INSERT INTO t VALUES (:n)"), {"n": n + 1})
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with write.connect() as conn:
        assert conn.execute(text("SELECT count(*), max(n) FROM t")).one() == (200, 200)


WRITER = textwrap.dedent("""
    import sys
    from sqlalchemy import text
    from mediator.store.engine import make_engines
    write, read = make_engines(sys.argv[1])
    with write.connect():
        pass
    print("ready", flush=True)
    sys.stdin.readline()
    for _ in range(int(sys.argv[2])):
        with write.begin() as conn:
            n = conn.execute(text("SELECT coalesce(max(n), 0) FROM t")).scalar_one()
            conn.execute(text("INSERT INTO t VALUES (:n)"), {"n": n + 1})
        with read.connect() as conn:
            conn.execute(text("SELECT count(*) FROM t")).scalar_one()
    print("done", flush=True)
""")


def test_processes_write_concurrently_without_database_is_locked(engines, tmp_path: Path) -> None:
    per_process, processes = 100, 3
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path / "m.db"), str(per_process)],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(processes)
    ]
    try:
        for proc in procs:  # every process is connected before any of them starts writing
            assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        for proc in procs:
            assert proc.stdin is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()
        results = [proc.communicate(timeout=120) for proc in procs]
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
    for proc, (out, err) in zip(procs, results, strict=True):
        assert proc.returncode == 0, err
        assert "locked" not in err and out.strip() == "done"
    write, _ = engines
    total = per_process * processes
    with write.connect() as conn:
        assert conn.execute(text("SELECT count(*), max(n) FROM t")).one() == (total, total)
