"""``Store``: the one object through which the rest of the program uses the local database.

Opening checks the file (``quick_check``; a damaged file or one that is not a database at all is
refused with its name), brings it to this program's schema (backing it up first), takes the daily
backup when one is due, and builds two engines: sessions from ``write()`` begin with ``BEGIN
IMMEDIATE`` and commit on success, sessions from ``read()`` are deferred and read-only. No business
logic lives here.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from mediator.errors import StoreError
from mediator.i18n import t
from mediator.store.backup import automatic_backup, daily_backup_due
from mediator.store.engine import check_file, make_engines
from mediator.store.migrate import MigrationResult, upgrade_database

STATS_TABLE = "cases"


def refresh_statistics(engine: Engine) -> bool:
    """Run a sampled ``ANALYZE`` when the planner's statistics are missing or the case table has
    more than doubled since they were taken; returns whether it ran.

    Without statistics SQLite guesses that every indexed equality is selective and may scan 100,000
    cases for a page of 200; ``analysis_limit`` keeps the refresh to a fraction of a second.
    """
    with engine.connect() as conn:  # read-only look, rolled back
        has_stats = conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'").scalar()
        has_cases = conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", (STATS_TABLE,)).scalar()
        if not has_cases:  # not (yet) Mediator's schema
            return False
        recorded = conn.exec_driver_sql(
            "SELECT stat FROM sqlite_stat1 WHERE tbl = ? LIMIT 1", (STATS_TABLE,)).scalar() if has_stats else None
        if recorded is not None:
            now = conn.exec_driver_sql(f"SELECT count(*) FROM {STATS_TABLE}").scalar()
            if now <= 2 * int(recorded.split()[0]) + 100:
                return False
        elif has_stats and not conn.exec_driver_sql(f"SELECT 1 FROM {STATS_TABLE} LIMIT 1").scalar():
            return False
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA analysis_limit=1000")
        conn.exec_driver_sql("ANALYZE")
    return True


class Store:
    """An open local database. Create with ``Store.open``; close with ``close()`` (or ``with``)."""

    def __init__(self, path: Path, write_engine: Engine, read_engine: Engine, *,
                 backup_dir: Path, migration: MigrationResult | None = None) -> None:
        self.path = path
        self.backup_dir = backup_dir
        self.migration = migration
        self.write_engine = write_engine
        self.read_engine = read_engine
        self._write_sessions = sessionmaker(write_engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(read_engine, expire_on_commit=False)
        self._closed = False

    @classmethod
    def open(cls, db_path: str | Path, *, backup_dir: str | Path | None = None, migrate: bool = True,
             daily_backup: bool = True, check: bool = True, script_location: str | Path | None = None) -> Store:
        """Open (creating if missing) the database at ``db_path``.

        ``backup_dir`` defaults to ``backups/`` beside the database. ``migrate=False`` skips the
        schema upgrade (tests building tables themselves); ``script_location`` points at another
        Alembic script directory (tests). ``check=False`` skips the page scan at open; the caller
        then runs ``quick_check()`` itself (the desktop client does, in the background).
        """
        path = Path(db_path).expanduser().resolve()
        backups = Path(backup_dir).expanduser().resolve() if backup_dir else path.parent / "backups"
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(t("cannot create the folder for database {path}: {error}",
                               path=str(path), error=str(exc))) from exc
        if path.is_dir():
            raise StoreError(t("{path} is a folder, not a database file", path=str(path)))
        if path.exists():
            check_file(path, scan=check)
        migration = None
        if migrate:
            migration = upgrade_database(path, backup_dir=backups, script_location=script_location)
        if daily_backup and path.exists() and path.stat().st_size > 0 and daily_backup_due(backups):
            automatic_backup(path, backups, "daily")
        write_engine, read_engine = make_engines(path)
        refresh_statistics(write_engine)
        return cls(path, write_engine, read_engine, backup_dir=backups, migration=migration)

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError(t("database {path} is closed", path=str(self.path)))

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session in one write transaction: committed when the block ends, rolled back on error."""
        self._check_open()
        with self._write_sessions() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session in one read-only transaction (a consistent snapshot); never commits.

        Closing (not rolling back) ends the transaction, so objects loaded here stay readable,
        detached, after the block."""
        self._check_open()
        with self._read_sessions() as session:
            yield session

    def backup(self, reason: str = "manual") -> Path:
        """Take a verified automatic backup now (e.g. ``before-sync``) and return its path."""
        self._check_open()
        return automatic_backup(self.path, self.backup_dir, reason)

    def quick_check(self) -> None:
        """Raise StoreError if SQLite's page scan finds damage (reads the whole file)."""
        self._check_open()
        check_file(self.path)

    def daily_backup(self) -> Path | None:
        """Take the day's backup if none exists yet (for callers that opened with
        ``daily_backup=False`` to do it later, e.g. the desktop client after its window shows)."""
        self._check_open()
        if daily_backup_due(self.backup_dir):
            return automatic_backup(self.path, self.backup_dir, "daily")
        return None

    def close(self) -> None:
        """Dispose both engines; the ``-wal``/``-shm`` files go when the last connection closes."""
        if not self._closed:
            self._closed = True
            self.write_engine.dispose()
            self.read_engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"
