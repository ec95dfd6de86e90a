"""The fast paths of a first pull give what the plain ones gave: rows in storage form
(``sync/stored.py``) written through the ``sqlite3`` connection (``sync/pull_write.py``) are stored
exactly as SQLAlchemy stores them and read back as it reads them, and PostgreSQL's bulk pages
(``sync/pull_bulk.py``) render the same stored values, and give the same typed rows, as the
one-statement JSON page."""

from __future__ import annotations

import datetime as dt
import json
import uuid

import pytest
from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    Uuid,
    create_engine,
    insert,
    select,
    text,
)
from sqlalchemy.orm import Session

from mediator.services.demo import generate_demo
from mediator.store.base import UTCDateTime
from mediator.store.models import JournalEntry
from mediator.sync import admin, pull_write, state
from mediator.sync import rows as R
from mediator.sync.central_schema import synced_table_names
from mediator.sync.engine import sync
from mediator.sync.pull_read import read_changes
from mediator.sync.stored import NODE_LOCAL, StoredRows
from tests.sync.test_crashes import assert_same_as_central

SHANGHAI = dt.timezone(dt.timedelta(hours=8))


def _tables() -> tuple[Table, Table]:
    """A local table with every column type synced rows use, and its central twin."""
    def columns() -> list[Column]:
        return [Column("id", Uuid(as_uuid=True), primary_key=True), Column("at", UTCDateTime()), Column("day", Date()),
                Column("doc", JSON()), Column("flag", Boolean()), Column("count", Integer()),
                Column("big", BigInteger()), Column("name", String(20)), Column("note", Text()),
                Column("blob", LargeBinary()), Column("row_version", Integer()), Column("base_version", Integer()),
                Column("local_seq", BigInteger())]

    local = Table("every_type", MetaData(), *columns())
    central = Table("every_type", MetaData(), *columns(), Column("central_seq", BigInteger()),
                    Column("central_node_id", Uuid(as_uuid=True)))
    return local, central


ROWS = [
    {"id": uuid.UUID(int=1), "at": dt.datetime(2026, 3, 1, 8, 30, tzinfo=SHANGHAI), "day": dt.date(2026, 2, 28),
     "doc": ["王小明", {"a": 1}], "flag": True, "count": 3, "big": 2**40, "name": "张三", "note": "拖欠工资",
     "blob": b"\x00\xffdocx", "row_version": 3, "base_version": 1, "local_seq": 7},
    {"id": uuid.UUID(int=2), "at": dt.datetime(2026, 3, 1, 0, 0, 0, 7, tzinfo=dt.UTC), "day": dt.date(999, 1, 2),
     "doc": None, "flag": False, "count": 0, "big": None, "name": "", "note": None, "blob": None,
     "row_version": 1, "base_version": 0, "local_seq": None},
    {"id": uuid.UUID(int=3), "at": None, "day": None, "doc": {}, "flag": None, "count": None, "big": -1,
     "name": None, "note": "", "blob": b"", "row_version": 2, "base_version": 2, "local_seq": None},
]
CENTRAL_ROWS = [r | {"central_seq": i, "central_node_id": uuid.UUID(int=9)} for i, r in enumerate(ROWS)]


def test_stored_rows_are_written_as_sqlalchemy_writes_them_and_read_back_alike(tmp_path):
    local, central = _tables()
    engine = create_engine(f"sqlite:///{tmp_path}/write.db")
    local.metadata.create_all(engine)
    applied = [r | {"base_version": r["row_version"], "local_seq": None} for r in ROWS]  # as a pull applies them
    stored = StoredRows.from_dicts(central, CENTRAL_ROWS)
    with Session(engine) as session, session.begin():
        session.execute(insert(local), applied)  # SQLAlchemy's way
        by_sqlalchemy = _stored(session)
        session.execute(text("DELETE FROM every_type"))
        pull_write.insert_rows(session, local, central, stored.rows)
        assert _stored(session) == by_sqlalchemy
        typed = [dict(r._mapping) for r in session.execute(select(local).order_by(local.c.id))]
        assert [{k: v for k, v in r.items() if k in typed[0]} for r in StoredRows(central, stored.rows).typed()] \
            == typed == applied  # what reading the stored rows gives, before and after writing them

        changed = [r | {"note": "改过", "at": dt.datetime(2027, 1, 1, tzinfo=SHANGHAI), "row_version": 4}
                   for r in CENTRAL_ROWS[:1]]
        mine = {k: v for k, v in changed[0].items() if k in local.c} | {"base_version": 4, "local_seq": None}
        session.execute(local.update().where(local.c.id == ROWS[0]["id"]).values(mine))
        expected_first = _stored(session)[0]
        pull_write.update_rows(session, local, central, StoredRows.from_dicts(central, changed).rows)
        assert _stored(session)[0] == expected_first
    engine.dispose()


def _stored(session: Session) -> list[tuple]:
    """Every value with SQLite's storage class: what a reader of the file sees."""
    cols = ["id", "at", "day", "doc", "flag", "count", "big", "name", "note", "blob", "row_version", "base_version",
            "local_seq"]
    listed = ", ".join(f"typeof({c}), {c}" for c in cols)
    return [tuple(r) for r in session.execute(text(f"SELECT {listed} FROM every_type ORDER BY id"))]


def test_a_duplicate_written_through_sqlite3_raises_sqlalchemys_integrity_error(tmp_path):
    from sqlalchemy.exc import IntegrityError

    local, central = _tables()
    engine = create_engine(f"sqlite:///{tmp_path}/dup.db")
    local.metadata.create_all(engine)
    rows = StoredRows.from_dicts(central, CENTRAL_ROWS[:1]).rows
    with Session(engine) as session, session.begin():
        pull_write.insert_rows(session, local, central, rows)
        with pytest.raises(IntegrityError):
            pull_write.insert_rows(session, local, central, rows)
    engine.dispose()


def test_journalled_rows_read_through_sqlite3_are_what_sqlalchemy_reads(office):
    generate_demo(office.ws, cases=8, seed=2, actor=office.chair)  # every table a push sends, JSON, instants
    with office.ws.read() as s:
        last = state.journal_max(s)
        for name in synced_table_names():
            table = R.local_table(name)
            named = select(JournalEntry.row_id).where(JournalEntry.table_name == name)
            expected = {r.id: dict(r._mapping) for r in s.execute(select(table).where(table.c.id.in_(named)))}
            got = R.read_journalled(s, name, 1, last)
            assert {r["id"]: r for r in got} == expected, name
            for row in got:
                assert {k: type(v) for k, v in row.items()} == {k: type(v) for k, v in expected[row["id"]].items()}
                assert all(v.tzinfo == dt.UTC for v in row.values() if isinstance(v, dt.datetime)), name
            assert [r["local_seq"] for r in got] == sorted(r["local_seq"] for r in got), name


@pytest.mark.parametrize("central_url", ["postgres"], indirect=True)
def test_bulk_pages_read_what_the_json_page_reads(central_url, central, nodes):
    generate_demo(nodes.a, cases=12, seed=3, actor=nodes.office.chair)  # hearings, agreements, payments, JSON
    sync(nodes.a, central)
    with central.begin() as conn:  # instants must still come back in UTC
        conn.exec_driver_sql(f'ALTER DATABASE "{central.url.database}" SET TimeZone TO \'Asia/Shanghai\'')
    central.dispose()
    tables = admin.metadata_for(central).tables
    with nodes.b.read() as s:
        start = state.Cursor.parse(state.get(s, state.CURSOR))
    plain = read_changes(central, tables, nodes.b.node_id, nodes.b.office_id, start, page_rows=100_000)
    bulk = read_changes(central, tables, nodes.b.node_id, nodes.b.office_id, start, page_rows=100_000, bulk=True)
    assert plain.count > 200 and not plain.more and not bulk.more
    assert bulk.cursor == plain.cursor
    assert list(bulk.rows) == list(plain.rows)  # parents first, as they are applied
    for name, rows in plain.rows.items():
        # Rendered by PostgreSQL as Python does; JSON compared as JSON: central keeps each value's
        # text as the push sent it (spacing and escapes differ between push paths), and every reader
        # of the local file parses it.
        assert _json_parsed(bulk.stored[name]) == _json_parsed(plain.stored[name]), name
        for mine, theirs in zip(bulk.rows[name], rows, strict=True):
            theirs = {k: v for k, v in theirs.items() if k not in NODE_LOCAL}  # central's: not applied locally
            assert {k: v for k, v in mine.items() if k not in NODE_LOCAL} == theirs, name
            assert {k: type(mine[k]) for k in theirs} == {k: type(v) for k, v in theirs.items()}, name
            assert all(v.tzinfo == dt.UTC for v in mine.values() if isinstance(v, dt.datetime)), name

    sync(nodes.b, central)  # B's first pull: bulk pages, written through sqlite3
    assert_same_as_central(nodes.b, central)
    assert sync(nodes.b, central).pulled == 0


def _json_parsed(stored) -> list[tuple]:
    """A page's stored rows with their JSON columns parsed."""
    parsed = {i for i, c in enumerate(stored.table.columns) if isinstance(c.type, JSON)}
    return [tuple(json.loads(v) if i in parsed and v is not None else v for i, v in enumerate(row)) for row in stored.rows]
