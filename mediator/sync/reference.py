"""Who owns which rows: federation reference data goes down only, an office's rows go up.

Rules (docs/sync.md, "Reference data"):

* Rows of the federation's tables (``__owner__ = "federation"``: dispute causes, holiday years and
  days) are written at central only, by ``publish_reference`` (and ``seed_central`` at ``central
  init``, from the same ``resources/seed/`` file an office is seeded from). A node never pushes
  them: every office seeds its own copy at set-up with its own ids, and pushing those would make
  the offices' seeds collide at central.
* ``offices`` is federation-owned too, but each office's own row is written by that office (its
  first node creates it); a node pushes only its own office's row and pulls only that row.
* Pulled federation rows are matched to local rows by their natural key (``code``, ``year``,
  ``day``): a local seed row with another id is re-keyed to central's id and replaced, so an
  office keeps one row per code and later publications update it. Nothing references these rows
  by id (claims carry the cause code), so re-keying is safe.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Date, Engine, Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from mediator.errors import InputError
from mediator.i18n import t
from mediator.paths import resources_dir
from mediator.store.base import new_id, utcnow
from mediator.store.models import synced_models
from mediator.sync import rows as R
from mediator.sync.central_schema import SEQUENCE_NAME, build_metadata

OFFICES = "offices"
FEDERATION_TABLES = tuple(m.__tablename__ for m in synced_models()
                          if m.__owner__ == "federation" and m.__tablename__ != OFFICES)
NATURAL_KEYS = {"dispute_causes": "code", "holiday_years": "year", "holiday_days": "day",
                "published_templates": "kind"}
BOOKKEEPING = ("id", "office_id", "row_version", "base_version", "local_seq", "updated_at", "updated_by")
PUBLISHER = "federation"


# --- node side ---------------------------------------------------------------------------------

def pushable(rows: dict[str, list[dict]], office_id: Any) -> dict[str, list[dict]]:
    """The rows a node may push: no federation rows, and of ``offices`` only its own."""
    kept: dict[str, list[dict]] = {}
    for name, items in rows.items():
        if name in FEDERATION_TABLES:
            continue
        if name == OFFICES:
            items = [r for r in items if r["id"] == office_id]
        if items:
            kept[name] = items
    return kept


def rekey_local(session: Session, name: str, incoming: list[dict]) -> int:
    """Before applying pulled federation rows: a local row with the same natural key but another
    id (the office's own seed) takes central's id and version 0, so the pulled row replaces it.
    Returns how many local rows were re-keyed. Runs in the pull's transaction (not journalled)."""
    key = NATURAL_KEYS.get(name)
    if key is None or not incoming:
        return 0
    table = R.local_table(name)
    by_key = {r[key]: r["id"] for r in incoming}
    moves = []
    for part in R.chunks(list(by_key)):
        for local_id, value in session.execute(select(table.c.id, table.c[key]).where(table.c[key].in_(part))):
            if by_key[value] != local_id:
                moves.append({"_old": local_id, "_new": by_key[value]})
    if moves:
        session.execute(update(table).where(table.c.id == bindparam("_old"))
                        .values(id=bindparam("_new"), row_version=0, base_version=0, local_seq=None), moves)
    return len(moves)


# --- central side ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Published:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0


def _coerce(table: Table, row: dict, where: str) -> dict:
    allowed = {c.name for c in table.columns if c.name not in BOOKKEEPING and not c.name.startswith("central_")}
    unknown = sorted(set(row) - allowed)
    if unknown:
        raise InputError(t("{where}: unknown columns {columns} for {table}", where=where,
                           columns=", ".join(unknown), table=table.name))
    key = NATURAL_KEYS[table.name]
    if row.get(key) in (None, ""):
        raise InputError(t("{where}: {column} is required", where=where, column=key))
    out = dict(row)
    for name, value in row.items():
        if isinstance(table.c[name].type, Date) and isinstance(value, str):
            try:
                out[name] = dt.date.fromisoformat(value)
            except ValueError as exc:
                raise InputError(t("{where}: {column} must be a date (YYYY-MM-DD), not {value}",
                                   where=where, column=name, value=value)) from exc
    return out


def _defaults(table_name: str) -> dict:
    """The local model's scalar column defaults (central tables copy columns without them)."""
    return {c.name: c.default.arg for c in R.local_table(table_name).columns
            if c.default is not None and c.default.is_scalar}


def central_stamp(conn: Connection, tables: dict[str, Table], postgres: bool, node_id: Any = None) -> dict:
    """Central bookkeeping for one row written at central outside a push: the next
    ``central_seq`` (the sequence on PostgreSQL, the counter row in this transaction on SQLite),
    the writing transaction's xid on PostgreSQL, and the writer node (None: the federation)."""
    if postgres:
        return {"central_seq": func.nextval(SEQUENCE_NAME), "central_xid": func.pg_current_xact_id(),
                "central_node_id": node_id}
    meta = tables["central_meta"]
    seq = conn.execute(update(meta).where(meta.c.id == 1).values(next_seq=meta.c.next_seq + 1)
                       .returning(meta.c.next_seq)).scalar_one()
    return {"central_seq": seq, "central_node_id": node_id}


def publish_reference(engine: Engine, table_name: str, rows: list[dict], *, only_new: bool = False) -> Published:
    """Write federation reference rows at central, matched by natural key: new keys are inserted
    (``office_id`` NULL: meant for every office), changed rows get the next ``row_version``,
    identical ones are left alone; with ``only_new`` existing keys are never touched (seeding).
    One transaction; every office receives the rows on its next pull."""
    tables = build_metadata(engine.dialect.name == "postgresql").tables
    with engine.begin() as conn:
        return publish_rows(conn, tables, table_name, rows, only_new=only_new)


def publish_rows(conn: Connection, tables: dict[str, Table], table_name: str, rows: list[dict], *,
                 only_new: bool = False) -> Published:
    """``publish_reference`` inside the caller's central transaction (several tables published
    at once, e.g. a year's holiday days with its confirmed year: ``sync/publish.py``)."""
    if table_name not in FEDERATION_TABLES:
        raise InputError(t("{table} is not federation reference data; publishable: {tables}",
                           table=table_name, tables=", ".join(FEDERATION_TABLES)))
    postgres = conn.dialect.name == "postgresql"
    table, key = tables[table_name], NATURAL_KEYS[table_name]
    clean = [_coerce(table, r, f"{table_name}[{i}]") for i, r in enumerate(rows)]
    inserted = updated = unchanged = 0
    existing = {}
    for part in R.chunks([r[key] for r in clean]):
        existing.update({r._mapping[key]: dict(r._mapping)
                         for r in conn.execute(select(table).where(table.c[key].in_(part)))})
    for row in clean:
        now = utcnow()
        found = existing.get(row[key])
        if found is None:
            fresh = {"id": new_id(), "office_id": None, "row_version": 1, "base_version": 0, "local_seq": None,
                     "deleted_at": None, "updated_at": now, "updated_by": PUBLISHER}
            conn.execute(insert(table).values(**_defaults(table_name)).values(
                **(fresh | row | central_stamp(conn, tables, postgres))))
            inserted += 1
        elif only_new or all(found[c] == v for c, v in row.items()):
            unchanged += 1
        else:
            conn.execute(update(table).where(table.c.id == found["id"]).values(
                row_version=found["row_version"] + 1, updated_at=now, updated_by=PUBLISHER, **row,
                **central_stamp(conn, tables, postgres)))
            updated += 1
    return Published(inserted, updated, unchanged)


def seed_rows() -> list[dict]:
    """The shipped dispute causes as ``dispute_causes`` rows (the mapping ``setup`` uses locally)."""
    data = json.loads((resources_dir() / "seed" / "dispute_causes.json").read_text(encoding="utf-8"))
    return [{"code": c["code"], "name_zh": c["name_zh"], "name_en": c["name_en"], "parent_code": c.get("parent"),
             "payment_order": bool(c.get("payment_order", False)), "sort_order": i}
            for i, c in enumerate(data["causes"])]


def seed_central(engine: Engine) -> Published:
    """At ``central init``: the shipped dispute causes whose codes central does not have yet."""
    return publish_reference(engine, "dispute_causes", seed_rows(), only_new=True)


def read_publication(path: str) -> list[dict]:
    """Rows from a JSON file: a list of objects, or ``{"causes": [...]}`` in the seed file's form."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(t("{path}: cannot be read as JSON ({error})", path=path, error=str(exc))) from exc
    if isinstance(data, dict) and isinstance(data.get("causes"), list):
        if not all(isinstance(c, dict) and c.get("code") and c.get("name_zh") for c in data["causes"]):
            raise InputError(t("{path}: every cause needs code and name_zh", path=path))
        return [{"code": c["code"], "name_zh": c["name_zh"], "name_en": c.get("name_en", c["name_zh"]),
                 "parent_code": c.get("parent", c.get("parent_code")),
                 "payment_order": bool(c.get("payment_order", False)),
                 **({"sort_order": c["sort_order"]} if "sort_order" in c else {}),
                 **({"active": bool(c["active"])} if "active" in c else {})}
                for c in data["causes"]]
    if isinstance(data, list) and all(isinstance(r, dict) for r in data):
        return data
    raise InputError(t("{path}: expected a list of rows or an object with a causes list", path=path))
