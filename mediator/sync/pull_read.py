"""Reading a pull: the central rows of this office and the federation written by other nodes after
the cursor, one page at a time.

PostgreSQL: **one statement** per page, one JSON array per synced table (``json_agg`` of the rows
in ``(central_xid, central_seq)`` order, at most ``PAGE_ROWS`` each), so a pull costs one round
trip whatever the number of tables; each table's ``(central_xid, central_seq)`` index serves the
range. Only rows below ``pg_snapshot_xmin(pg_current_snapshot())`` are taken: every transaction
below that horizon has ended and every later one gets a larger xid, so a late-committing
transaction is never skipped. One statement has one snapshot, so the horizon and the rows agree.
JSON values are turned back into the column types (UUID, date, instant, xid). That suits the
small pulls of everyday syncs; a first pull, and the pages after a full one, are read table by
table in one REPEATABLE READ transaction (one snapshot, so one horizon) in SQLite's storage form
(``pull_bulk``), several times faster than building and decoding JSON.

A page holds each table's rows as ``stored.StoredRows``, which the local write takes as they are;
``Pulled.rows`` gives them as typed dicts (made on first use), ``Pulled.column`` one column.

SQLite: writers are serialised and ``central_seq`` is allocated inside the write transaction, so
``central_seq`` order is commit order; one query per table.

Paging: when a table fills its page, the page ends at the smallest last position among the full
tables and rows beyond it are left for the next page, so every page is complete up to its cursor.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from sqlalchemy import (
    BigInteger,
    Connection,
    Date,
    Engine,
    Integer,
    LargeBinary,
    Table,
    Uuid,
    bindparam,
    or_,
    select,
    text,
)
from sqlalchemy.types import Text

from mediator.store.base import UTCDateTime
from mediator.sync import pull_bulk, reference
from mediator.sync.central_schema import Xid8, synced_table_names
from mediator.sync.connect import begin, reading
from mediator.sync.rows import as_dicts
from mediator.sync.state import Cursor
from mediator.sync.stored import StoredRows

PAGE_ROWS = 5000  # per table and page
# Read first: every user action adds an audit event, so this table fills its page first and bounds
# the others, which then read little that the page leaves for the next one.
DENSEST = ("audit_events",)
BULK_PAGE_ROWS = 20_000  # bulk: fewer, larger pages (each costs ~25 statements and a local transaction)


class TypedRows(Mapping[str, list[dict]]):
    """table → central rows as dicts of Python values, made from the stored rows on first use."""

    def __init__(self, stored: dict[str, StoredRows]):
        self._stored = stored

    def __getitem__(self, name: str) -> list[dict]:
        return self._stored[name].typed()

    def __iter__(self) -> Iterator[str]:
        return iter(self._stored)

    def __len__(self) -> int:
        return len(self._stored)


@dataclass
class Pulled:
    stored: dict[str, StoredRows]  # table → its rows of the page, in (xid, seq) order; parents first
    cursor: Cursor
    more: bool = False  # a table filled its page: read again from ``cursor``

    @property
    def rows(self) -> TypedRows:
        return TypedRows(self.stored)

    def column(self, table: str, name: str) -> list:
        """One column of a table's rows, as Python values (empty when the page has none)."""
        found = self.stored.get(table)
        return found.typed_column(name) if found is not None else []

    @property
    def count(self) -> int:
        return sum(len(v) for v in self.stored.values())


def read_changes(bind: Engine | Connection, tables: dict[str, Table], node_id: uuid.UUID, office_id: uuid.UUID,
                 cursor: Cursor, page_rows: int = PAGE_ROWS, *, bulk: bool = False) -> Pulled:
    """The next page of changes after ``cursor`` (see the module docstring); ``bulk`` for a first
    pull and after a full page (PostgreSQL: bulk pages, ``pull_bulk``)."""
    if bulk:
        page_rows = max(page_rows, BULK_PAGE_ROWS) if page_rows == PAGE_ROWS else page_rows
    if bind.dialect.name == "postgresql" and bulk:
        with begin(bind) as conn:
            conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            found = _read_postgres_tables(conn, tables, node_id, office_id, cursor, page_rows)
        return _page(found, cursor, page_rows)
    with reading(bind) as conn:
        if conn.dialect.name == "postgresql":
            found = _read_postgres(conn, tables, node_id, office_id, cursor, page_rows)
        else:
            found = _read_sqlite(conn, tables, node_id, office_id, cursor, page_rows)
    return _page(found, cursor, page_rows)


def _page(found: dict[str, StoredRows], cursor: Cursor, page_rows: int) -> Pulled:
    full = [rows.position(-1) for rows in found.values() if len(rows) >= page_rows]
    if full:
        end = min(full)
        found = {name: rows.upto(end) for name, rows in found.items()}
    found = {name: rows for name, rows in found.items() if rows}
    last = max((rows.position(-1) for rows in found.values()), default=(cursor.xid, cursor.seq))
    return Pulled(found, Cursor(*max(last, (cursor.xid, cursor.seq))), more=bool(full))


def _own_rows(table: Table, node_id: uuid.UUID, office_id: uuid.UUID) -> list:
    mine = (table.c.id == office_id if table.name == reference.OFFICES  # only this office's own row
            else or_(table.c.office_id == office_id, table.c.office_id.is_(None)))
    return [mine, or_(table.c.central_node_id.is_(None), table.c.central_node_id != node_id)]


def _read_sqlite(conn: Connection, tables: dict[str, Table], node_id: uuid.UUID, office_id: uuid.UUID,
                 cursor: Cursor, page_rows: int) -> dict[str, StoredRows]:
    def read_table(name: str, bound: tuple[int, int] | None) -> StoredRows:
        table = tables[name]
        where = [*_own_rows(table, node_id, office_id), table.c.central_seq > cursor.seq]
        if bound is not None:
            where.append(table.c.central_seq <= bound[1])
        stmt = select(table).where(*where).order_by(table.c.central_seq).limit(page_rows)
        return StoredRows.from_dicts(table, as_dicts(conn.execute(stmt)))

    return _bounded(read_table, page_rows)


def _read_postgres_tables(conn: Connection, tables: dict[str, Table], node_id: uuid.UUID, office_id: uuid.UUID,
                          cursor: Cursor, page_rows: int) -> dict[str, StoredRows]:
    read = pull_bulk.table_reader(conn, tables, node_id, office_id, (cursor.xid, cursor.seq))
    return _bounded(lambda name, bound: read(name, bound, page_rows), page_rows)


def _bounded(read_table: Callable[[str, tuple[int, int] | None], StoredRows], page_rows: int
             ) -> dict[str, StoredRows]:
    """Each table's rows after the cursor, at most ``page_rows``; once a table fills its page, the
    tables after it are read only up to that table's last position (the bound only tightens), so
    little is read that ``_page`` then leaves for the next page."""
    found: dict[str, StoredRows] = {}
    bound = None
    names = synced_table_names()
    for name in sorted(names, key=lambda n: n not in DENSEST):
        rows = found[name] = read_table(name, bound)
        if len(rows) >= page_rows:
            bound = rows.position(-1)
    return {name: found[name] for name in names}  # parents first, the order they are applied in


def _read_postgres(conn: Connection, tables: dict[str, Table], node_id: uuid.UUID, office_id: uuid.UUID,
                   cursor: Cursor, page_rows: int) -> dict[str, StoredRows]:
    names = synced_table_names()
    quote = conn.dialect.identifier_preparer.quote
    parts = []
    for name in names:
        mine = "t.id = :office" if name == reference.OFFICES else "(t.office_id = :office OR t.office_id IS NULL)"
        parts.append(
            f"(SELECT coalesce(json_agg(row_to_json(x) ORDER BY x.central_xid, x.central_seq), '[]'::json) FROM "
            f"(SELECT * FROM {quote(name)} t WHERE {mine} "
            f"AND (t.central_node_id IS NULL OR t.central_node_id <> :node) "
            f"AND t.central_xid < pg_snapshot_xmin(pg_current_snapshot()) "
            f"AND (t.central_xid, t.central_seq) > (CAST(:xid AS xid8), :seq) "
            f"ORDER BY t.central_xid, t.central_seq LIMIT :rows) x) AS {quote(name)}")
    stmt = text("SELECT " + ",\n".join(parts)).bindparams(
        bindparam("office", office_id, type_=Uuid()), bindparam("node", node_id, type_=Uuid()),
        bindparam("xid", str(cursor.xid), type_=Text()), bindparam("seq", cursor.seq, type_=BigInteger()),
        bindparam("rows", page_rows, type_=Integer()))
    row = conn.execute(stmt).one()
    return {name: StoredRows.from_dicts(tables[name], _typed(tables[name], values))
            for name, values in zip(names, row, strict=True)}


def _typed(table: Table, values: list[dict]) -> list[dict]:
    """JSON rows back in the column types the rest of sync compares and writes."""
    if not values:
        return []
    decoders = [(c.name, d) for c in table.columns if (d := _decoder(c.type)) is not None]
    known = set(table.columns.keys())
    if values[0].keys() - known:  # a newer central schema: columns this program does not know are left out
        values = [{k: v for k, v in row.items() if k in known} for row in values]
    for row in values:
        for name, decode in decoders:
            value = row.get(name)
            if value is not None:
                row[name] = decode(value)
    return values


def _decoder(type_: object) -> Callable | None:
    if isinstance(type_, Uuid):
        return uuid.UUID
    if isinstance(type_, UTCDateTime):
        return lambda v: dt.datetime.fromisoformat(v).astimezone(dt.UTC)
    if isinstance(type_, Date):
        return dt.date.fromisoformat
    if isinstance(type_, Xid8):
        return int
    if isinstance(type_, LargeBinary):
        return bytea
    return None  # text, numbers, booleans and JSON arrive as they are


_BYTEA_ESCAPE = re.compile(rb"\\(\\|[0-7]{3})")


def bytea(value: str) -> bytes:
    """A ``bytea`` value as ``row_to_json`` writes it: ``\\x`` and hex digits (PostgreSQL's default
    ``bytea_output``), or the older ``escape`` format (``\\ooo`` octal, ``\\\\``, printable ASCII as is)."""
    if value.startswith("\\x"):
        return bytes.fromhex(value[2:])
    return _BYTEA_ESCAPE.sub(lambda m: b"\\" if m.group(1) == b"\\" else bytes([int(m.group(1), 8)]),
                             value.encode("ascii"))
