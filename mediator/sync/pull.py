"""Pull: applying a page of central changes made by other nodes (read by ``pull_read``, which
explains why the cursor cannot skip a late-committing transaction) locally, in one transaction
together with the new cursor.

Locally (``session.info["applying_pull"]``: the journal hook adds no entries, so nothing echoes
back) a pulled row is inserted when absent and replaces the local row only when its
``row_version`` is higher and the local row has no unpushed change (such a row is pushed next
time and becomes a conflict record rather than being overwritten). Applied rows get
``base_version = row_version`` and no ``local_seq``. A row that breaks a local constraint (its
twin was rejected at central) is skipped and counted, the rest lands.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Table, bindparam, insert, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mediator.sync import reference, state
from mediator.sync import rows as R
from mediator.sync.central_schema import CENTRAL_COLUMNS
from mediator.sync.pull_read import Pulled


@dataclass
class PullOutcome:
    applied: int = 0
    older: int = 0  # not newer than the local row, or the local row has unpushed changes
    skipped: int = 0  # broke a local constraint


def _local_values(row: dict) -> dict:
    values = {k: v for k, v in row.items() if k not in CENTRAL_COLUMNS and k != "xid_value"}
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
    session.info["applying_pull"] = True
    outcome = PullOutcome()
    acked = state.acked(session)
    for name, incoming in pulled.rows.items():
        table = R.local_table(name)
        reference.rekey_local(session, name, incoming)  # a local seed row with central's natural key
        local = R.read_by_id(session, table, [r["id"] for r in incoming])
        inserts, updates, rebased = [], [], []
        for row in incoming:
            mine = local.get(row["id"])
            if mine is None:
                inserts.append(_local_values(row))
            elif row["row_version"] > mine["row_version"] and (mine["local_seq"] or 0) <= acked:
                updates.append(_local_values(row))
            elif _same_row_unbased(mine, row, acked):
                rebased.append({"p_id": row["id"], "p_base_version": row["row_version"]})
            else:
                outcome.older += 1
        if rebased:  # e.g. a copied node's inherited rows, pushed by the node they were copied from
            session.execute(update(table).where(table.c.id == bindparam("p_id"))
                            .values(base_version=bindparam("p_base_version")), rebased)
        try:
            with session.begin_nested():
                _write(session, table, inserts, updates)
            outcome.applied += len(inserts) + len(updates)
        except IntegrityError:
            for one in inserts + updates:
                is_insert = one in inserts
                try:
                    with session.begin_nested():
                        _write(session, table, [one] if is_insert else [], [] if is_insert else [one])
                    outcome.applied += 1
                except IntegrityError:
                    outcome.skipped += 1
    _index_cases(session, pulled)
    state.put(session, state.CURSOR, str(pulled.cursor))
    return outcome


def _write(session: Session, table: Table, inserts: list[dict], updates: list[dict]) -> None:
    if inserts:
        session.execute(insert(table), inserts)
    if updates:
        cols = [c for c in updates[0] if c != "id"]
        stmt = update(table).where(table.c.id == bindparam("p_id")).values({c: bindparam(f"p_{c}") for c in cols})
        session.execute(stmt, [{f"p_{k}": v for k, v in u.items()} for u in updates])


def _index_cases(session: Session, pulled: Pulled) -> None:
    """Rebuild the search entry of every case whose number, facts or parties arrived, as a local
    edit does (``services.cases.index_case``): otherwise the case list's search would not find
    cases registered or edited on another computer."""
    touched = {r["id"] for r in pulled.rows.get("cases", ())}
    touched |= {r["case_id"] for r in pulled.rows.get("parties", ()) if r.get("case_id")}
    if not touched:
        return
    from mediator.services.cases import index_cases

    for part in R.chunks(list(touched)):
        index_cases(session, part)
