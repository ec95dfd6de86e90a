"""Resolving a conflict from the inbox, on this computer and at once (no connection needed).

Two choices, for the whole row:

* **keep the central version** (``CENTRAL``): central's newest known version of the row is
  written locally as a pulled row is (no journal entry; ``base_version = row_version`` = central's
  version, ``local_seq`` NULL), unless this node already holds a later central version;
* **keep this computer's version** (``MINE``): this computer's version becomes a new local edit
  based on central's version (journalled, ``row_version`` above both, ``base_version`` = central's),
  so the next push updates central without a new conflict and the other nodes pull it.

"This computer's version" is the local row while it carries an edit central has not taken
(``row_version`` above ``base_version``: the edit that lost, or later local edits), else — a pull
replaced it with a later central version — the row as it was pushed, kept in the conflict record.
What the inbox shows as this computer's version is exactly what "keep" keeps. Every open conflict of the row is closed with the
choice; ``inbox.after_sync`` sends the resolutions at the next sync. The resolution is audited
in the case's history in plain words, and the case's search entry is rebuilt.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, DateTime, Table, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from mediator.domain.states import OFFICE_STAFF
from mediator.errors import InputError, NotFound, PermissionDenied
from mediator.i18n import label, t
from mediator.services.context import Actor, Workspace
from mediator.store.base import Base, UTCDateTime, utcnow
from mediator.store.models import Case, InboxConflict
from mediator.sync import rows as R
from mediator.sync.inbox import CENTRAL, MINE

BOOKKEEPING = ("id", "row_version", "base_version", "local_seq", "updated_at", "updated_by")


def decode(table: Table, row: dict) -> dict[str, Any]:
    """A row as JSON text values (``rows.as_json``) back in the local columns' Python types; columns
    the JSON lacks are left out, columns this program does not know are dropped."""
    values: dict[str, Any] = {}
    for column in table.columns:
        if column.name not in row:
            continue
        value = row[column.name]
        if value is None or isinstance(column.type, JSON):
            values[column.name] = value
        elif isinstance(column.type, UTCDateTime | DateTime):
            values[column.name] = dt.datetime.fromisoformat(str(value)).astimezone(dt.UTC)
        else:
            kind = column.type.python_type
            if kind is uuid.UUID:
                values[column.name] = value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
            elif kind is dt.date:
                values[column.name] = dt.date.fromisoformat(str(value))
            else:
                values[column.name] = kind(value)
    return values


def open_conflicts_of_row(session: Session, conflict: InboxConflict) -> list[InboxConflict]:
    """Every unresolved conflict of the row ``conflict`` is about, oldest first."""
    return list(session.scalars(select(InboxConflict).where(
        InboxConflict.node_id == conflict.node_id, InboxConflict.table_name == conflict.table_name,
        InboxConflict.row_id == conflict.row_id, InboxConflict.resolution.is_(None)).order_by(InboxConflict.central_id)))


def versions(session: Session, conflicts: list[InboxConflict]) -> tuple[dict, dict, dict | None]:
    """(central's version, this computer's version, the local row now) of the row of ``conflicts``
    (its open conflicts, oldest first), as column values."""
    newest = conflicts[-1]
    table = R.local_table(newest.table_name)
    local = R.read_by_id(session, table, [newest.row_id]).get(newest.row_id)
    central = decode(table, newest.central_row)
    carries_edit = local is not None and local["row_version"] > local["base_version"]  # central has not taken it
    mine = local if carries_edit else decode(table, newest.incoming_row)
    return central, mine, local


def _check_allowed(actor: Actor, case_id: uuid.UUID | None) -> None:
    allowed = OFFICE_STAFF if case_id is not None else ("chair",)
    if actor.role not in allowed:
        raise PermissionDenied(t("A {role} may not resolve sync conflicts of this kind; allowed: {allowed}",
                                 role=label(f"role.{actor.role}"),
                                 allowed=", ".join(label(f"role.{r}") for r in allowed)))


def resolve(ws: Workspace, actor: Actor, conflict_id: int, choice: str) -> dict[str, Any]:
    """Resolve the conflict ``conflict_id`` (a local inbox id) and every open conflict of its row
    with ``choice`` (``"central"`` or ``"mine"``). Returns ``case_id`` (str or "") and ``choice``."""
    if choice not in (CENTRAL, MINE):
        raise InputError(t("choice: must be 'central' or 'mine'"))
    with ws.unit(actor) as uow:
        s = uow.session
        conflict = s.get(InboxConflict, conflict_id)
        if conflict is None or conflict.node_id != ws.node_id:
            raise NotFound(t("sync conflict {id} not found", id=conflict_id))
        if conflict.resolution is not None:
            raise InputError(t("this sync conflict was already resolved"))
        _check_allowed(actor, conflict.case_id)
        conflicts = open_conflicts_of_row(s, conflict)
        newest = conflicts[-1]
        central, mine, local = versions(s, conflicts)
        table = R.local_table(newest.table_name)
        differing = sorted(k for k in central if k not in BOOKKEEPING and central.get(k) != mine.get(k))
        if choice == CENTRAL:
            _take_central(s, table, newest, central, local)
        else:
            _keep_mine(s, newest, mine, local)
        now = utcnow()
        for c in conflicts:
            c.resolution, c.resolved_at, c.resolved_by, c.sent = choice, now, actor.name, False
        case = s.get(Case, newest.case_id) if newest.case_id else None
        if case is not None and newest.table_name in ("cases", "parties"):
            from mediator.services.cases import index_case

            s.flush()
            s.refresh(case)
            index_case(s, case)
        uow.audit("sync_resolve", newest.table_name, newest.row_id, case_id=case.id if case else None,
                  changes={"choice": choice, "fields": differing, "central_version": newest.central_version},
                  reason=_reason(choice, newest.table_name, mine, differing))
        case_id = newest.case_id
    if choice == CENTRAL and case_id is not None:
        # central's copy keeps the deadlines of its last edit; this node may know a newer calendar
        from mediator.sync import calendar_pull

        calendar_pull.recompute(ws, [case_id])
    return {"case_id": str(case_id or ""), "choice": choice}


def _take_central(s: Session, table: Table, conflict: InboxConflict, central: dict, local: dict | None) -> None:
    version = conflict.central_version
    if local is not None and local["base_version"] > version and local["row_version"] == local["base_version"]:
        return  # a later central version is here already
    values = {k: v for k, v in central.items() if k != "id"} | {
        "row_version": version, "base_version": version, "local_seq": None}
    if local is None:
        s.execute(table.insert().values(id=conflict.row_id, **values))
    else:
        s.execute(update(table).where(table.c.id == conflict.row_id).values(**values))
    s.expire_all()  # the ORM must not hold the replaced row


def _keep_mine(s: Session, conflict: InboxConflict, mine: dict, local: dict | None) -> None:
    model = _model(conflict.table_name)
    obj = s.get(model, conflict.row_id)
    if obj is None or local is None:
        raise NotFound(t("the row of this sync conflict is missing on this computer"))
    for key, value in mine.items():
        if key not in BOOKKEEPING:
            setattr(obj, key, value)
    obj.row_version = max(local["row_version"], conflict.central_version)  # the journal hook adds one
    obj.base_version = conflict.central_version
    flag_modified(obj, "row_version")  # journalled even when the content is already this computer's
    s.flush()


def _model(table_name: str) -> type:
    for mapper in Base.registry.mappers:
        if mapper.local_table.name == table_name:
            return mapper.class_
    raise NotFound(t("this program does not know the table {table} of this sync conflict", table=table_name))


def _reason(choice: str, table_name: str, row: dict, fields: list[str]) -> str:
    from mediator.sync.inbox_words import field_list, row_title

    what, names = row_title(table_name, row), field_list(table_name, fields)
    if choice == CENTRAL:
        return t("sync conflict on {what}: the central store's version was kept (differing: {fields})",
                 what=what, fields=names)
    return t("sync conflict on {what}: this computer's version was kept and will be sent (differing: {fields})",
             what=what, fields=names)
