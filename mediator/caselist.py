"""The case list's reads in plain SQL over a DB-API ``sqlite3`` connection: which cases match a
filter and a search, in which order, and the columns the list shows.

It imports no SQLAlchemy, so the desktop client paints its first page of cases before the ORM has
been loaded (issue 3's start-up target); ``services.queries`` runs the same functions on a
session's connection, so there is one implementation of the list. Ids are stored as 32-digit hex
text and dates as ISO text (SQLAlchemy's SQLite forms), which the SQL here compares directly.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from dataclasses import dataclass
from typing import Any

from mediator.domain.states import ACTIVE_STATES, OPEN_STATES, REGISTERED, STATES
from mediator.domain.validators import mask_id
from mediator.errors import Problem, ValidationError
from mediator.i18n import t
from mediator.store import search

SORTS = {"received_on": "cases.received_on", "case_no": "cases.case_seq", "status": "cases.status",
         "claimed": "cases.claimed_total_fen", "updated": "cases.updated_at"}


@dataclass(frozen=True)
class CaseFilter:
    status: str | None = None
    cause: str | None = None
    mediator: str | None = None
    received_from: dt.date | None = None
    received_to: dt.date | None = None
    collective: bool | None = None
    search: str | None = None

    def validate(self) -> None:
        if self.status and self.status not in STATES and self.status != "open":
            raise ValidationError(Problem("status", t("must be one of {choices}", choices=", ".join(("open", *STATES)))))


NO_FILTER = CaseFilter()
OPEN_SQL = "cases.status IN ({})".format(", ".join(f"'{s}'" for s in OPEN_STATES))


def filtered_sql(conn: sqlite3.Connection, f: CaseFilter) -> tuple[str, dict[str, Any]]:
    """``SELECT cases.id …`` of the cases matching ``f`` and its parameters; ``conn`` answers the
    search-frequency probe, so the probe and the query it shapes read the same snapshot."""
    f.validate()
    # No office filter: a node's database holds only its own office's cases (the federation's
    # cross-office views read the central store), and an office_id term misleads the planner.
    where = ["cases.deleted_at IS NULL"]
    params: dict[str, Any] = {}
    if f.status == "open":
        where.append(OPEN_SQL)
    elif f.status:
        where.append("cases.status = :status")
        params["status"] = f.status
    if f.received_from:
        where.append("cases.received_on >= :received_from")
        params["received_from"] = f.received_from.isoformat()
    if f.received_to:
        where.append("cases.received_on <= :received_to")
        params["received_to"] = f.received_to.isoformat()
    if f.collective is not None:
        where.append("cases.is_collective IS :collective")
        params["collective"] = 1 if f.collective else 0
    if f.cause:
        # A heading cause (劳动报酬 08) also finds the claims filed under its sub-causes (0801 …).
        where.append("cases.id IN (SELECT claims.case_id FROM claims WHERE claims.cause_code IN "
                     "(SELECT code FROM dispute_causes WHERE code = :cause OR parent_code = :cause))")
        params["cause"] = f.cause
    if f.mediator:
        where.append("cases.id IN (SELECT case_id FROM case_mediators WHERE ended_on IS NULL AND "
                     "user_id = (SELECT id FROM users WHERE login = :mediator))")
        params["mediator"] = f.mediator
    if f.search and f.search.strip():
        if search.is_frequent(conn, f.search):
            sql, extra = search.scan_condition_sql(f.search)
        else:
            sql, extra = search.matching_case_keys_sql(f.search)
            sql = f"cases.id IN ({sql})"
        where.append(sql)
        params.update(extra)
    return "SELECT cases.id FROM cases WHERE " + " AND ".join(where), params


def order_sql(sort: str, descending: bool) -> str:
    if sort not in SORTS:
        raise ValidationError(Problem("sort", t("must be one of {choices}", choices=", ".join(SORTS))))
    direction = "DESC" if descending else "ASC"
    return f"{SORTS[sort]} {direction}, cases.id {direction}"


def case_ids(conn: sqlite3.Connection, f: CaseFilter = NO_FILTER, *, sort: str = "received_on",
             descending: bool = True, limit: int | None = None) -> list[bytes]:
    """Every matching case id in list order, as 16-byte strings (what a lazily filled table keeps)."""
    sql, params = filtered_sql(conn, f)
    sql += " ORDER BY " + order_sql(sort, descending)
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = limit
    return [bytes.fromhex(row[0]) for row in conn.execute(sql, params)]


def count_cases(conn: sqlite3.Connection, f: CaseFilter = NO_FILTER) -> int:
    sql, params = filtered_sql(conn, f)
    return conn.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0]


_APPLICANT = "p.case_id = cases.id AND p.role = 'applicant' AND p.position = 0"
ROW_SQL = (
    "SELECT cases.id, cases.case_no, cases.status, cases.received_on, cases.is_collective, cases.worker_count, "
    "cases.claimed_total_fen, cases.acceptance_due_on, cases.mediation_due_on, cases.closed_on, "
    f"(SELECT p.name FROM parties p WHERE {_APPLICANT} LIMIT 1), "
    f"(SELECT p.id_number FROM parties p WHERE {_APPLICANT} LIMIT 1), "
    "(SELECT p.name FROM parties p WHERE p.case_id = cases.id AND p.role = 'respondent' LIMIT 1), "
    "users.name FROM cases LEFT OUTER JOIN users ON users.id = cases.lead_mediator_id "
)


def list_rows(conn: sqlite3.Connection, f: CaseFilter = NO_FILTER, *, sort: str = "received_on",
              descending: bool = True, offset: int = 0, limit: int = 200) -> list[dict[str, Any]]:
    """One page of the case list, as plain rows (ID numbers masked: lists show them to anyone
    passing by; the case view shows them whole to the roles that may see them)."""
    sql, params = filtered_sql(conn, f)
    order = order_sql(sort, descending)
    params.update(offset=offset, limit=limit)
    page = f"{sql} ORDER BY {order} LIMIT :limit OFFSET :offset"
    return [_row(r) for r in conn.execute(f"{ROW_SQL} WHERE cases.id IN ({page}) ORDER BY {order}", params)]


def rows_by_id(conn: sqlite3.Connection, ids: list[uuid.UUID] | list[bytes]) -> dict[uuid.UUID, dict[str, Any]]:
    """The list rows of the given cases (a block of a lazily filled table), keyed by id."""
    if not ids:
        return {}
    keys = [i.hex() if isinstance(i, bytes) else i.hex for i in ids]
    marks = ", ".join("?" * len(keys))
    return {row["id"]: row for row in (_row(r) for r in conn.execute(f"{ROW_SQL} WHERE cases.id IN ({marks})", keys))}


def _row(r: tuple) -> dict[str, Any]:
    (case_id, case_no, status, received_on, collective, workers, claimed, acceptance_due, mediation_due, closed,
     applicant, id_number, respondent, mediator) = r
    due = acceptance_due if status == REGISTERED else mediation_due if status in ACTIVE_STATES else None
    return {
        "id": uuid.UUID(hex=case_id), "case_no": case_no, "status": status, "received_on": received_on,
        "applicant": t("{name} and {n} others", name=applicant, n=workers - 1) if collective else applicant,
        "id_number": mask_id(id_number) if id_number else id_number,  # masked for every role in lists
        "respondent": respondent, "mediator": mediator, "collective": bool(collective), "claimed_fen": claimed,
        "closed": closed is not None, "next_due": dt.date.fromisoformat(due) if due else None,
    }
