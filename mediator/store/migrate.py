"""Bringing a local database to this program's schema: revisions, refusing newer files, upgrading.

``upgrade_database`` runs at every start (``Store.open``). A database at head is only read. One made
by a newer Mediator is refused untouched. Otherwise, holding the write lock (``BEGIN IMMEDIATE``, so
a second process starting at the same moment waits and then finds nothing to do), it takes a
verified backup, runs every pending Alembic revision in that one transaction with foreign keys off,
checks the foreign keys, and commits. On failure it restores the backup and says where it is.
Also here: which tables Alembic's autogenerate must ignore (full-text search, made by raw SQL).
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mediator.errors import StoreError
from mediator.i18n import t
from mediator.store.engine import foreign_key_violations, make_engine, raw_connection, user_tables

if TYPE_CHECKING:  # Alembic is imported only when a migration runs: it costs ~0.35 s at start-up.
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import Connection

SCRIPT_LOCATION = Path(__file__).resolve().parents[2] / "db"
# The head of db/versions, so that opening an up-to-date database needs no Alembic import;
# tests/store/test_store_migrate.py checks it against the script directory.
SCHEMA_HEAD = "0004"
FTS_PREFIXES = ("case_fts", "case_search_doc")
FTS5_SHADOW_SUFFIXES = ("_data", "_idx", "_docsize", "_config", "_content")
FTS4_SHADOW_SUFFIXES = ("_segments", "_segdir", "_stat")


@dataclass(frozen=True)
class MigrationResult:
    path: Path
    before: str | None  # None: a new (empty) database
    after: str
    backup: Path | None  # the verified copy taken before upgrading, if there was anything to copy

    @property
    def upgraded(self) -> bool:
        return self.before != self.after


def ignored_table(name: str, virtual_tables: Iterable[str] = ()) -> bool:
    """True for tables the models do not describe: SQLite's own, full-text search and FTS shadows."""
    vtabs = set(virtual_tables)
    if name.startswith(("sqlite_", *FTS_PREFIXES)) or name in vtabs:
        return True
    if name.endswith(FTS5_SHADOW_SUFFIXES):
        return True
    return any(name == f"{v}{suffix}" for v in vtabs for suffix in FTS4_SHADOW_SUFFIXES)


def alembic_config(script_location: str | Path | None = None, connection: Connection | None = None
                   ) -> Config:
    """An Alembic configuration for the program's revisions (no alembic.ini needed)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location or SCRIPT_LOCATION))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _script(script_location: str | Path | None) -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(script_location))


def head_revision(script_location: str | Path | None = None) -> str:
    """The newest revision this program knows (the single head of its script directory)."""
    head = _script(script_location).get_current_head()
    if head is None:
        raise StoreError(t("the program has no database revisions in {path}",
                           path=str(script_location or SCRIPT_LOCATION)))
    return head


def current_revision(db_path: str | Path) -> str | None:
    """The schema revision recorded in the file, or None for a missing or empty database."""
    path = Path(db_path)
    if not path.exists():
        return None
    try:
        with raw_connection(path, readonly=True) as conn:
            if "alembic_version" not in user_tables(conn):
                return None
            rows = [row[0] for row in conn.execute("SELECT version_num FROM alembic_version")]
    except sqlite3.DatabaseError as exc:
        raise StoreError(t("{path} is not a usable Mediator database: {error}",
                           path=str(path), error=str(exc))) from exc
    if len(rows) > 1:
        raise StoreError(t("database {path} records several schema revisions: {revisions}",
                           path=str(path), revisions=", ".join(rows)))
    return rows[0] if rows else None


def _is_known(script: ScriptDirectory, revision: str) -> bool:
    from alembic.util import CommandError

    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def _refuse_unusable(path: Path, revision: str | None, script: ScriptDirectory) -> None:
    if revision is not None and not _is_known(script, revision):
        raise StoreError(t("database {path} was made by a newer version of Mediator (schema {revision}); "
                           "update the program", path=str(path), revision=revision))
    if revision is None and path.exists():
        with raw_connection(path, readonly=True) as conn:
            tables = user_tables(conn)
        if tables:
            raise StoreError(t("{path} is not a Mediator database (it has tables {tables} but no schema "
                               "revision)", path=str(path), tables=", ".join(tables[:5])))


def ensure_not_newer(db_path: str | Path, script_location: str | Path | None = None) -> str | None:
    """The file's revision; StoreError if this program cannot use it (newer or foreign)."""
    path = Path(db_path)
    revision = current_revision(path)
    if script_location is None and revision == SCHEMA_HEAD:
        return revision
    _refuse_unusable(path, revision, _script(script_location))
    return revision


def upgrade_database(db_path: str | Path, *, backup_dir: str | Path,
                     script_location: str | Path | None = None) -> MigrationResult:
    """Bring ``db_path`` (created if missing) to head; see the module docstring for the steps."""
    from mediator.store.backup import automatic_backup, copy_into

    path = Path(db_path)
    found = current_revision(path)
    if script_location is None and found == SCHEMA_HEAD:
        return MigrationResult(path, found, found, None)
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    script = _script(script_location)
    head = head_revision(script_location)
    _refuse_unusable(path, found, script)
    if found == head:
        return MigrationResult(path, found, head, None)

    existed = path.exists()
    backup: Path | None = None
    before = found
    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.connect() as conn, conn.begin():  # BEGIN IMMEDIATE: waits for other writers
            before = MigrationContext.configure(conn).get_current_revision()
            if before is not None and not _is_known(script, before):  # changed while we waited
                raise StoreError(t("database {path} was made by a newer version of Mediator (schema "
                                   "{revision}); update the program", path=str(path), revision=before))
            if before == head:
                return MigrationResult(path, before, head, None)
            if before is not None:
                backup = automatic_backup(path, backup_dir, "before-migration")
            command.upgrade(alembic_config(script_location, conn), "head")
            if broken := foreign_key_violations(conn):
                raise StoreError(t("the upgrade broke foreign keys: {rows}", rows="; ".join(broken[:5])))
    except Exception as exc:
        engine.dispose()
        if isinstance(exc, StoreError) and backup is None:
            raise
        if backup is not None:
            try:
                copy_into(backup, path)
            except Exception as again:
                raise StoreError(t("upgrading database {path} failed ({error}) and restoring the backup "
                                   "failed too ({again}); the backup is at {backup}", path=str(path),
                                   error=str(exc), again=str(again), backup=str(backup))) from exc
            raise StoreError(t("upgrading database {path} failed: {error}. The backup taken before the "
                               "upgrade was restored; it is kept at {backup}",
                               path=str(path), error=str(exc), backup=str(backup))) from exc
        if not existed:  # the file stays, empty (another process may be creating it right now)
            raise StoreError(t("creating database {path} failed: {error}", path=str(path),
                               error=str(exc))) from exc
        raise StoreError(t("upgrading database {path} failed: {error}. It was not changed",
                           path=str(path), error=str(exc))) from exc
    finally:
        engine.dispose()
    after = current_revision(path)
    if after != head:
        raise StoreError(t("database {path} is at schema {revision} after the upgrade, expected {head}",
                           path=str(path), revision=str(after), head=head))
    return MigrationResult(path, before, head, backup)


def check_models_match(script_location: str | Path | None = None) -> None:
    """Upgrade a fresh database to head and run ``alembic check`` against the models.

    Raises ``alembic.util.AutogenerateDiffsDetected`` listing the differences when the revisions do
    not produce exactly the tables, columns, types and indexes the models declare.
    """
    from alembic import command

    with tempfile.TemporaryDirectory(prefix="mediator-check-") as tmp:
        db = Path(tmp) / "check.db"
        upgrade_database(db, backup_dir=Path(tmp) / "backups", script_location=script_location)
        engine = make_engine(db, foreign_keys=False)
        try:
            with engine.connect() as conn, conn.begin():
                command.check(alembic_config(script_location, conn))
        finally:
            engine.dispose()
