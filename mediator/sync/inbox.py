"""The node's conflict inbox and reject list, kept in step with the central store at the end of
every sync (``after_sync``, called by ``engine.sync``).

Central records a conflict (``sync_conflicts``: both versions of a row) or a reject
(``sync_rejects``: reason and row) only in the push transaction of the node whose row it was, so
after this node's push has committed, every record about it is visible; ``after_sync`` copies
those it does not have yet into the local tables ``sync_inbox_conflicts``/``sync_inbox_rejects``
(``mediator/store/models/inbox.py``; the office login reads them under row-level security). It
also refreshes the central version of every open conflict (central may have changed the row
again), marks rejects whose row has since landed at central as cleared, and sends the
resolutions made here (``inbox_resolve``) to central's ``sync_resolutions`` (a re-send after a
crash inserts nothing twice), so that ``central status`` counts only unresolved conflicts.

A conflict whose pushed row carried no edit (its ``row_version`` equals its ``base_version``: the
node had taken central's version, e.g. by "keep the central version", while an older journal
entry was still waiting) is not a disagreement: it is resolved as "central" at once.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, Table, Update, func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from mediator.services.context import Workspace
from mediator.store.base import utcnow
from mediator.store.models import InboxConflict, InboxReject
from mediator.sync import rows as R
from mediator.sync.connect import begin, reading

CENTRAL, MINE = "central", "mine"
AUTOMATIC = "automatic"  # resolved_by of a conflict that was no disagreement


@dataclass
class InboxUpdate:
    conflicts: int = 0  # new conflict records copied here
    rejects: int = 0  # new reject records copied here
    resolutions_sent: int = 0


def case_of(table_name: str, row: dict) -> uuid.UUID | None:
    """The case a row belongs to: itself for ``cases``, its ``case_id`` for a child row."""
    value = row.get("id") if table_name == "cases" else row.get("case_id")
    if value is None:
        return None
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


@dataclass(frozen=True)
class RecordIds:
    """The ids of a node's records at central, read after its push committed."""
    conflicts: frozenset[int]
    rejects: frozenset[int]


def record_ids(conn: Connection, tables: dict[str, Table], node_id: uuid.UUID, along: Update | None = None
               ) -> RecordIds:
    """This node's conflict and reject ids at central in one statement (PostgreSQL); ``along``: a
    writing statement with RETURNING, run in the same statement (one round trip for both)."""
    conflicts_t, rejects_t = tables["sync_conflicts"], tables["sync_rejects"]
    stmt = select(select(func.array_agg(conflicts_t.c.id)).where(conflicts_t.c.node_id == node_id).scalar_subquery(),
                  select(func.array_agg(rejects_t.c.id)).where(rejects_t.c.node_id == node_id).scalar_subquery())
    if along is not None:
        stmt = stmt.add_columns(select(func.count()).select_from(along.cte("along")).scalar_subquery())
    row = conn.execute(stmt).one()
    return RecordIds(frozenset(row[0] or ()), frozenset(row[1] or ()))


def after_sync(ws: Workspace, bind: Engine | Connection, tables: dict[str, Table], records: RecordIds | None = None
               ) -> InboxUpdate:
    """Fetch new records, refresh open conflicts and cleared rejects, send local resolutions.
    ``records``: the record ids already read (``record_ids``), else read here."""
    result = _fetch(ws, bind, tables, records)
    result.resolutions_sent = _send_resolutions(ws, bind, tables)
    return result


def _fetch(ws: Workspace, bind: Engine | Connection, tables: dict[str, Table], records: RecordIds | None
           ) -> InboxUpdate:
    with ws.read() as s:
        known_conflicts = set(s.scalars(select(InboxConflict.central_id)))
        known_rejects = set(s.scalars(select(InboxReject.central_id)))
        open_rows = s.execute(select(InboxConflict.table_name, InboxConflict.row_id).distinct()
                              .where(InboxConflict.node_id == ws.node_id, InboxConflict.resolution.is_(None))).all()
        uncleared = s.execute(select(InboxReject.table_name, InboxReject.row_id).distinct()
                              .where(InboxReject.node_id == ws.node_id, InboxReject.cleared.is_(False))).all()
    conflicts_t, rejects_t = tables["sync_conflicts"], tables["sync_rejects"]
    with reading(bind) as conn:
        if records is None:
            records = RecordIds(
                frozenset(conn.scalars(select(conflicts_t.c.id).where(conflicts_t.c.node_id == ws.node_id))),
                frozenset(conn.scalars(select(rejects_t.c.id).where(rejects_t.c.node_id == ws.node_id))))
        new_conflicts = _rows_by_id(conn, conflicts_t, sorted(records.conflicts - known_conflicts))
        new_rejects = _rows_by_id(conn, rejects_t, sorted(records.rejects - known_rejects))
        wanted: dict[str, set[uuid.UUID]] = defaultdict(set)
        for name, row_id in [*open_rows, *uncleared]:
            wanted[name].add(row_id)
        for c in new_conflicts:
            wanted[c["table_name"]].add(c["row_id"])
        for r in new_rejects:
            wanted[r["table_name"]].add(r["row_id"])
        current = {name: R.read_by_id(conn, tables[name], list(ids)) for name, ids in wanted.items() if name in tables}
    now = utcnow()
    with ws.unit(None) as uow:
        s = uow.session
        for c in new_conflicts:
            automatic = c["incoming_version"] == c["base_version"]
            s.add(InboxConflict(
                central_id=c["id"], node_id=ws.node_id, table_name=c["table_name"], row_id=c["row_id"],
                case_id=case_of(c["table_name"], c["incoming_row"]), base_version=c["base_version"],
                central_version=c["central_version"], incoming_version=c["incoming_version"],
                central_row=c["central_row"], incoming_row=c["incoming_row"], recorded_at=c["recorded_at"],
                resolution=CENTRAL if automatic else None, resolved_at=now if automatic else None,
                resolved_by=AUTOMATIC if automatic else None, sent=False))
        for r in new_rejects:
            s.add(InboxReject(central_id=r["id"], node_id=ws.node_id, table_name=r["table_name"], row_id=r["row_id"],
                              case_id=case_of(r["table_name"], r["row"]), reason=r["reason"], row=r["row"],
                              recorded_at=r["recorded_at"], cleared=False))
        s.flush()
        _refresh_open_conflicts(s, ws.node_id, current)
        _clear_landed_rejects(s, ws.node_id, current)
    return InboxUpdate(conflicts=len(new_conflicts), rejects=len(new_rejects))


def _rows_by_id(conn: Connection, table: Table, ids: list[int]) -> list[dict]:
    found: list[dict] = []
    for part in R.chunks(ids):
        found += [dict(r._mapping) for r in conn.execute(select(table).where(table.c.id.in_(part)).order_by(table.c.id))]
    return found


def _refresh_open_conflicts(session, node_id: uuid.UUID, current: dict[str, dict[uuid.UUID, dict]]) -> None:  # noqa: ANN001
    """Central's newest version of each row with an open conflict becomes the one compared with."""
    for name, rows in current.items():
        for row_id, row in rows.items():
            session.execute(update(InboxConflict).where(
                InboxConflict.node_id == node_id, InboxConflict.table_name == name, InboxConflict.row_id == row_id,
                InboxConflict.resolution.is_(None), InboxConflict.central_version <= row["row_version"])
                .values(central_version=row["row_version"], central_row=R.as_json(row)))


def _clear_landed_rejects(session, node_id: uuid.UUID, current: dict[str, dict[uuid.UUID, dict]]) -> None:  # noqa: ANN001
    """A rejected row that central now holds at its version or a later one (sent again after a
    fix, or written by another node) is no longer a problem."""
    for reject in session.scalars(select(InboxReject).where(InboxReject.node_id == node_id,
                                                             InboxReject.cleared.is_(False))):
        there = current.get(reject.table_name, {}).get(reject.row_id)
        if there is not None and there["row_version"] >= int(reject.row.get("row_version") or 0):
            reject.cleared = True


def _send_resolutions(ws: Workspace, bind: Engine | Connection, tables: dict[str, Table]) -> int:
    with ws.read() as s:
        todo = [{"conflict_id": c.central_id, "node_id": c.node_id, "office_id": ws.office_id, "choice": c.resolution,
                 "resolved_by": c.resolved_by, "resolved_at": c.resolved_at}
                for c in s.scalars(select(InboxConflict).where(InboxConflict.node_id == ws.node_id,
                                                               InboxConflict.resolution.is_not(None),
                                                               InboxConflict.sent.is_(False)))]
    if not todo:
        return 0
    table = tables["sync_resolutions"]
    with begin(bind) as conn:
        dialect_insert = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
        conn.execute(dialect_insert(table).on_conflict_do_nothing(index_elements=["conflict_id"]), todo)
    with ws.unit(None) as uow:
        uow.session.execute(update(InboxConflict).where(
            InboxConflict.central_id.in_([r["conflict_id"] for r in todo])).values(sent=True))
    return len(todo)


def open_conflict_count(ws: Workspace) -> int:
    """Rows of this node with an unresolved conflict."""
    with ws.read() as s:
        return int(s.scalar(select(func.count(func.distinct(InboxConflict.row_id))).where(
            InboxConflict.node_id == ws.node_id, InboxConflict.resolution.is_(None))) or 0)
