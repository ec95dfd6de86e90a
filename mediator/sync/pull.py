"""Pull: applying a page of central changes made by other nodes (read by ``pull_read``, which
explains why the cursor cannot skip a late-committing transaction) locally, in one transaction
together with the new cursor.

Locally (``session.info["applying_pull"]``: the journal hook adds no entries, so nothing echoes
back) a pulled row is inserted when absent and replaces the local row only when its
``row_version`` is higher and the local row has no unpushed change (such a row is pushed next
time and becomes a conflict record rather than being overwritten). Applied rows get
``base_version = row_version`` and no ``local_seq``. A row that breaks a local constraint (its
twin was rejected at central) is skipped and counted, the rest lands.

The page's rows stay in SQLite's storage form (``stored``) from the read to the write
(``pull_write``); the local rows are compared by their stored ids and versions, and made typed
only where content must be compared (``_same_row_unbased``).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Table, bindparam, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mediator.sync import pull_write, reference, state
from mediator.sync import rows as R
from mediator.sync.central_schema import CENTRAL_COLUMNS
from mediator.sync.pull_read import Pulled
from mediator.sync.stored import StoredRows


@dataclass
class PullOutcome:
    applied: int = 0
    older: int = 0  # not newer than the local row, or the local row has unpushed changes
    skipped: int = 0  # broke a local constraint


# SQLite's page cache while a page is applied (KiB; the default is 2 MiB). A bulk page changes
# more pages than that: SQLite then spilled dirty pages to the WAL and read them back, and the
# search index (FTS5 merging its segments) slowed down fourfold as the page went on.
PAGE_CACHE_KIB = 64 * 1024


@contextmanager
def _page_cache(session: Session) -> Iterator[None]:
    conn = session.connection()
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
    conn.exec_driver_sql(f"PRAGMA cache_size=-{PAGE_CACHE_KIB}")
    try:
        yield
    finally:  # back to what the connection had: the pool keeps it for everyday work
        conn.exec_driver_sql(f"PRAGMA cache_size={int(before)}")


def _local_values(row: dict) -> dict:
    values = {k: v for k, v in row.items() if k not in CENTRAL_COLUMNS}
    values["base_version"] = values["row_version"]
    values["local_seq"] = None
    return values


def _same_row_unbased(mine: dict, row: dict, acked: int) -> bool:
    """Central holds exactly this node's row (same version and content, nothing unsent here) but the
    node's base is older: without raising the base, the node's next edit would be a false conflict."""
    if row["row_version"] != mine["row_version"] or (mine["base_version"] or 0) >= row["row_version"]:
        return False
    if (mine["local_seq"] or 0) > acked:
        return False
    values = _local_values(row)
    return all(mine.get(k) == v for k, v in values.items() if k not in ("base_version", "local_seq"))


def apply_changes(session: Session, pulled: Pulled) -> PullOutcome:
    """Apply ``pulled`` and store its cursor, in the caller's (one) local write transaction."""
    with _page_cache(session):
        return _apply(session, pulled)


def _apply(session: Session, pulled: Pulled) -> PullOutcome:
    session.info["applying_pull"] = True
    outcome = PullOutcome()
    acked = state.acked(session)
    for name, stored in pulled.stored.items():
        table = R.local_table(name)
        if name in reference.NATURAL_KEYS:  # a local seed row with central's natural key
            reference.rekey_local(session, name, pulled.rows[name])
        inserts, updates, same_version = _sort(session, table, stored, acked, outcome)
        if same_version:
            outcome.older += _rebase(session, table, stored, same_version, acked)
        try:
            with session.begin_nested():
                _write(session, table, stored, inserts, updates)
            outcome.applied += len(inserts) + len(updates)
        except IntegrityError:  # row by row, each in its own savepoint
            for one, is_insert in [(r, True) for r in inserts] + [(r, False) for r in updates]:
                try:
                    with session.begin_nested():
                        _write(session, table, stored, [one] if is_insert else [], [] if is_insert else [one])
                    outcome.applied += 1
                except IntegrityError:
                    outcome.skipped += 1
    _index_cases(session, pulled)
    state.put(session, state.CURSOR, str(pulled.cursor))
    return outcome


def _sort(session: Session, table: Table, stored: StoredRows, acked: int, outcome: PullOutcome
          ) -> tuple[list[tuple], list[tuple], list[int]]:
    """(rows to insert, rows to update, indexes of rows in the local version, base maybe older);
    the rest are counted as older."""
    at_id, at_version = stored.index("id"), stored.index("row_version")
    local = _local_versions(session, table, stored.column("id"))
    inserts, updates, same_version = [], [], []
    for i, row in enumerate(stored.rows):
        mine = local.get(row[at_id])
        if mine is None:
            inserts.append(row)
        elif row[at_version] > mine[0] and (mine[2] or 0) <= acked:
            updates.append(row)
        elif row[at_version] == mine[0] and (mine[1] or 0) < mine[0] and (mine[2] or 0) <= acked:
            same_version.append(i)
        else:
            outcome.older += 1
    return inserts, updates, same_version


def _local_versions(session: Session, table: Table, stored_ids: list[str]) -> dict[str, tuple]:
    """Stored id → (row_version, base_version, local_seq) of the local rows among ``stored_ids``."""
    raw = session.connection().connection.driver_connection
    sql = (f'SELECT id, row_version, base_version, local_seq FROM "{table.name}" '
           "WHERE id IN (SELECT value FROM json_each(?))")
    return {r[0]: r[1:] for r in raw.execute(sql, (json.dumps(stored_ids),))}


def _rebase(session: Session, table: Table, stored: StoredRows, indexes: list[int], acked: int) -> int:
    """Raise the base of local rows central holds in the same version and content (e.g. a copied
    node's inherited rows, pushed by the node they were copied from); returns how many of the rows
    at ``indexes`` were not (older: left as they are)."""
    incoming = [stored.typed_row(i) for i in indexes]
    local = R.read_by_id(session, table, [r["id"] for r in incoming])
    rebased = [{"p_id": r["id"], "p_base_version": r["row_version"]} for r in incoming
               if _same_row_unbased(local[r["id"]], r, acked)]
    if rebased:
        session.execute(update(table).where(table.c.id == bindparam("p_id"))
                        .values(base_version=bindparam("p_base_version")), rebased)
    return len(indexes) - len(rebased)


def _write(session: Session, table: Table, stored: StoredRows, inserts: list[tuple], updates: list[tuple]) -> None:
    if inserts:
        pull_write.insert_rows(session, table, stored.table, inserts)
    if updates:
        pull_write.update_rows(session, table, stored.table, updates)


def _index_cases(session: Session, pulled: Pulled) -> None:
    """Rebuild the search entry of every case whose number, facts or parties arrived, as a local
    edit does (``services.cases.index_case``): otherwise the case list's search would not find
    cases registered or edited on another computer."""
    touched: set[uuid.UUID] = set(pulled.column("cases", "id"))
    touched |= {case_id for case_id in pulled.column("parties", "case_id") if case_id}
    if not touched:
        return
    from mediator.services.cases import index_cases

    for part in R.chunks(list(touched)):
        index_cases(session, part)
