"""Backups of the local database: taking, verifying, rotating, listing and restoring them.

Copies are made with SQLite's online backup API (``sqlite3.Connection.backup``), which gives a
consistent snapshot while other connections keep writing, then checked with ``PRAGMA
integrity_check`` before they get their final name. Automatic backups are called
``mediator-YYYYmmdd-HHMMSS-<reason>.db`` (local time; ``.N`` before ``.db`` if two land in the same
second) and rotated per reason. A restore writes the backup's pages into the live file through the
same API, never by copying files over an open WAL database; a damaged database is moved aside with
its ``-wal``/``-shm`` files first so that a stale WAL can never be replayed onto the restored copy.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from mediator.errors import StoreError
from mediator.i18n import t
from mediator.store.engine import check_file, raw_connection

PREFIX = "mediator-"
DEFAULT_KEEP = {"daily": 14}
KEEP_OTHERWISE = 10
_NAME = re.compile(r"^mediator-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z][a-z0-9-]*?)(?:\.(?P<n>\d+))?\.db$")
_REASON = re.compile(r"^[a-z][a-z0-9-]*$")
_SIDECARS = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime  # naive local time, from the file name
    reason: str
    size: int
    sequence: int = 0  # the ``.N`` of a second backup within the same second


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def backup_to(db_path: str | Path, dest_path: str | Path) -> Path:
    """Copy ``db_path`` to ``dest_path`` (a single-file database) and verify the copy."""
    src_path, dest = Path(db_path), Path(dest_path)
    if not src_path.is_file():
        raise StoreError(t("cannot back up {path}: no such database", path=str(src_path)))
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = _sidecar(dest, ".partial")
    partial.unlink(missing_ok=True)
    try:
        with raw_connection(src_path, readonly=True) as src, \
                closing(sqlite3.connect(partial, isolation_level=None)) as dst:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # a self-contained file, no -wal beside it
        check_file(partial, thorough=True)
        _fsync(partial)
        os.replace(partial, dest)
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(t("backing up {path} to {dest} failed: {error}",
                           path=str(src_path), dest=str(dest), error=str(exc))) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return dest


def list_backups(backup_dir: str | Path) -> list[BackupInfo]:
    """Automatic backups in ``backup_dir``, newest first."""
    directory = Path(backup_dir)
    found: list[BackupInfo] = []
    if not directory.is_dir():
        return found
    for path in directory.iterdir():
        match = _NAME.match(path.name)
        if not match or not path.is_file():
            continue
        taken = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
        found.append(BackupInfo(path, taken, match["reason"], path.stat().st_size, int(match["n"] or 0)))
    found.sort(key=lambda b: (b.taken_at, b.sequence, b.path.name), reverse=True)
    return found


def automatic_backup(db_path: str | Path, backup_dir: str | Path, reason: str, keep: int | None = None,
                     *, now: dt.datetime | None = None) -> Path:
    """Take a named backup for ``reason`` and keep only the newest ``keep`` backups of that reason."""
    if not _REASON.match(reason):
        raise ValueError(f"backup reason must be lowercase letters, digits and '-': {reason!r}")
    directory = Path(backup_dir)
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    dest = directory / f"{PREFIX}{stamp}-{reason}.db"
    n = 0
    while dest.exists():
        n += 1
        dest = directory / f"{PREFIX}{stamp}-{reason}.{n}.db"
    backup_to(db_path, dest)
    rotate(directory, reason, DEFAULT_KEEP.get(reason, KEEP_OTHERWISE) if keep is None else keep)
    return dest


def rotate(backup_dir: str | Path, reason: str, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` backups of ``reason``; returns what was deleted."""
    doomed = [b.path for b in list_backups(backup_dir) if b.reason == reason][max(keep, 1):]
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


def daily_backup_due(backup_dir: str | Path, *, today: dt.date | None = None) -> bool:
    """True when no daily backup has been taken today (local date)."""
    day = today or dt.date.today()
    return not any(b.reason == "daily" and b.taken_at.date() == day for b in list_backups(backup_dir))


def copy_into(backup_path: str | Path, db_path: str | Path) -> None:
    """Replace the contents of ``db_path`` with ``backup_path`` through the backup API, then check it.

    Safe while other connections have the file open: they see the restored pages after it commits.
    Checkpoints the WAL afterwards; SQLite itself removes ``-wal``/``-shm`` when the last
    connection closes.
    """
    source, target = Path(backup_path), Path(db_path)
    try:
        with raw_connection(source, readonly=True) as src, raw_connection(target) as dst:
            dst.execute("PRAGMA journal_mode=WAL")
            src.backup(dst)
            dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error as exc:
        raise StoreError(t("restoring {path} from {backup} failed: {error}",
                           path=str(target), backup=str(source), error=str(exc))) from exc
    check_file(target)


def _move_aside(db_path: Path, backup_dir: Path) -> Path:
    """Move a damaged database and its -wal/-shm into ``backup_dir`` as ``…-damaged.db``."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    dest = backup_dir / f"{PREFIX}{stamp}-damaged.db"
    n = 0
    while dest.exists():
        n += 1
        dest = backup_dir / f"{PREFIX}{stamp}-damaged.{n}.db"
    backup_dir.mkdir(parents=True, exist_ok=True)
    for suffix in _SIDECARS:
        if _sidecar(db_path, suffix).exists():
            shutil.move(_sidecar(db_path, suffix), _sidecar(dest, suffix))
    if db_path.exists():
        shutil.move(db_path, dest)
    return dest


def restore_from(backup_path: str | Path, db_path: str | Path, backup_dir: str | Path,
                 *, script_location: str | Path | None = None) -> Path | None:
    """Make ``db_path`` a copy of ``backup_path``; returns where the replaced database was kept.

    The backup must be sound and not newer than this program's schema (an older one is upgraded at
    the next ``Store.open``). A sound current database is backed up first (reason
    ``before-restore``); a damaged one is moved aside as ``…-damaged.db`` instead.
    """
    from mediator.store.migrate import ensure_not_newer

    source, target, directory = Path(backup_path), Path(db_path), Path(backup_dir)
    if not source.is_file():
        raise StoreError(t("cannot restore from {backup}: no such file", backup=str(source)))
    check_file(source, thorough=True)
    ensure_not_newer(source, script_location)
    kept: Path | None = None
    if target.exists():
        try:
            check_file(target)
        except StoreError:
            kept = _move_aside(target, directory)
        else:
            kept = automatic_backup(target, directory, "before-restore")
    elif any(_sidecar(target, s).exists() for s in _SIDECARS):
        kept = _move_aside(target, directory)  # an orphaned WAL must not be replayed onto the copy
    target.parent.mkdir(parents=True, exist_ok=True)
    copy_into(source, target)
    return kept
