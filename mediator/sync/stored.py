"""Pulled rows in SQLite's storage form: the values exactly as the local file holds them, so a
page is written with one ``executemany`` and no conversion per row (``pull_write``).

``StoredRows`` holds one table's rows of a page as tuples in the central table's column order:
the local columns (``base_version`` already the row's version and ``local_seq`` empty, as an
applied row holds them), then ``central_seq``, ``central_node_id`` and, on PostgreSQL,
``central_xid`` as an ``int``. PostgreSQL renders bulk pages straight into this form
(``pull_bulk``); the smaller pages read as typed dicts are converted once (``from_dicts``). The
typed dicts the rest of sync reads (``typed``, ``typed_column``) are made from it only when asked,
with SQLAlchemy's own SQLite result processing, so they equal what reading the stored row gives;
``typed_rows`` does the same for the local rows a push reads (``rows.read_journalled``).

Storage form, as SQLAlchemy writes each type on SQLite (a test compares them with its bind
processing): UUIDs as 32 hex digits, instants as naive UTC text with microseconds, dates as ISO
text, JSON as text (``None`` as ``null``), booleans, integers, text and bytes as they are.
"""

from __future__ import annotations

import bisect
import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from sqlalchemy import BigInteger, Boolean, Date, Integer, LargeBinary, String, Table, Text, Uuid
from sqlalchemy.dialects import sqlite

from mediator.store.base import UTCDateTime
from mediator.sync.central_schema import Xid8

Converter = Callable[[object], object]
NODE_LOCAL = ("base_version", "local_seq")
_UTC = dt.UTC
_DIALECT = sqlite.dialect()
_AS_IS = (String, Text, Integer, BigInteger, Boolean, LargeBinary)  # sqlite3 stores these unchanged


def _instant(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetime; use an aware UTC instant")
    return value.astimezone(_UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _day(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _uuid(value: uuid.UUID | None) -> str | None:
    return None if value is None else value.hex


def to_stored(type_: object) -> Converter | None:
    """What SQLAlchemy's bind processing does to a value of ``type_`` on SQLite; None: nothing."""
    if isinstance(type_, UTCDateTime):
        return _instant
    if isinstance(type_, Uuid) and type_.as_uuid:
        return _uuid
    if type(type_) is Date:
        return _day
    if type(type_) in _AS_IS or isinstance(type_, Xid8):
        return None
    return type_.dialect_impl(_DIALECT).bind_processor(_DIALECT)  # JSON, and anything else


_new, _set, _UUID, _UNKNOWN = object.__new__, object.__setattr__, uuid.UUID, uuid.SafeUUID.unknown


def _uuid_from_hex(value: str | None) -> uuid.UUID | None:
    """``uuid.UUID(value)`` for the 32 hex digits SQLite holds, in a third of the time: a first
    push makes a million of them, and ``UUID()`` parses the text in Python. The same immutable
    object, built from its integer as ``UUID.__init__`` would store it."""
    if value is None:
        return None
    if len(value) != 32 or not value.isalnum():  # int() would also take a sign, "_" or spaces
        return _UUID(value)
    made = _new(_UUID)
    _set(made, "int", int(value, 16))
    _set(made, "is_safe", _UNKNOWN)
    return made


def _instant_reader(general: Converter) -> Converter:
    """The canonical text SQLAlchemy writes (``YYYY-MM-DD HH:MM:SS.ffffff``, 26 characters) parsed
    by ``datetime.fromisoformat`` in C; anything else through SQLAlchemy's own processing."""
    parse, utc = dt.datetime.fromisoformat, _UTC

    def read(value: str | None) -> dt.datetime | None:
        if value is not None and len(value) == 26:
            return parse(value).replace(tzinfo=utc)
        return general(value)

    return read


def from_stored(type_: object) -> Converter | None:
    """What SQLAlchemy's result processing does to a stored value of ``type_`` on SQLite."""
    if isinstance(type_, Xid8) or type(type_) in (String, Text, Integer, BigInteger):
        return None
    if isinstance(type_, Uuid) and type_.as_uuid:
        return _uuid_from_hex
    general = type_.dialect_impl(_DIALECT).result_processor(_DIALECT, None)
    return _instant_reader(general) if isinstance(type_, UTCDateTime) else general


@cache
def _converters(table: Table) -> tuple[list[Converter | None], list[Converter | None]]:
    return [to_stored(c.type) for c in table.columns], [from_stored(c.type) for c in table.columns]


@dataclass
class StoredRows:
    """One table's rows of a page, in ``(central_xid, central_seq)`` order (module docstring)."""

    table: Table  # the central table: its columns name the values
    rows: list[tuple]
    _typed: list[dict] | None = field(default=None, repr=False)

    @classmethod
    def from_dicts(cls, table: Table, rows: list[dict]) -> StoredRows:
        """Typed central rows (dicts with every column of ``table``) in storage form; their typed
        rows are then made from it, like any page's (``base_version`` the row's version)."""
        to, _ = _converters(table)
        names = [c.name for c in table.columns]
        columns = []
        for name, convert in zip(names, to, strict=True):
            if name == "base_version":
                values = [r["row_version"] for r in rows]
            elif name == "local_seq":
                values = [None] * len(rows)
            else:
                values = [r.get(name) for r in rows]
            columns.append(values if convert is None else [convert(v) for v in values])
        return cls(table, list(zip(*columns, strict=True)) if rows else [])

    def __len__(self) -> int:
        return len(self.rows)

    def index(self, name: str) -> int:
        return _index(self.table, name)

    def position(self, i: int) -> tuple[int, int]:
        row = self.rows[i]
        xid = self.index("central_xid") if "central_xid" in self.table.c else None
        return (row[xid] if xid is not None else 0), row[self.index("central_seq")]

    def upto(self, end: tuple[int, int]) -> StoredRows:
        """The rows at or before position ``end``."""
        keep = bisect.bisect_right(range(len(self.rows)), end, key=self.position)
        if keep == len(self.rows):
            return self
        return StoredRows(self.table, self.rows[:keep], None if self._typed is None else self._typed[:keep])

    def column(self, name: str) -> list:
        """One column's stored values."""
        i = self.index(name)
        return [row[i] for row in self.rows]

    def typed_column(self, name: str) -> list:
        """One column's values as the typed rows hold them."""
        if self._typed is not None:
            return [r[name] for r in self._typed]
        convert = _converters(self.table)[1][self.index(name)]
        values = self.column(name)
        return values if convert is None else [convert(v) for v in values]

    def typed_row(self, i: int) -> dict:
        """Row ``i`` as a dict of Python values."""
        if self._typed is not None:
            return self._typed[i]
        names = [c.name for c in self.table.columns]
        converters = _converters(self.table)[1]
        return {n: v if convert is None else convert(v)
                for n, v, convert in zip(names, self.rows[i], converters, strict=True)}

    def typed(self) -> list[dict]:
        """The rows as dicts of Python values, made once."""
        if self._typed is None:
            self._typed = typed_rows(self.table, self.rows)
        return self._typed


def typed_rows(table: Table, rows: list[tuple]) -> list[dict]:
    """Stored rows of ``table`` (values in its column order) as dicts of Python values, converted
    column by column: what SQLAlchemy's ``select(table)`` gives, without a ``Row`` per row."""
    if not rows:
        return []
    names = [c.name for c in table.columns]
    columns = []
    for values, convert in zip(zip(*rows, strict=True), _converters(table)[1], strict=True):
        if convert is _uuid_from_hex:  # office, node, user and case ids repeat: each made once
            made = {v: convert(v) for v in set(values)}
            columns.append([made[v] for v in values])
        else:
            columns.append(values if convert is None else [convert(v) for v in values])
    return [dict(zip(names, values, strict=True)) for values in zip(*columns, strict=True)]


@cache
def _index(table: Table, name: str) -> int:
    return [c.name for c in table.columns].index(name)
