"""Declarative base, shared column types, and the sync columns every replicated table carries.

Every synced row has a UUIDv7 ``id`` made where the row is created, the owning ``office_id``, a
``row_version`` raised by one on each change, a tombstone ``deleted_at``, display-only
``updated_at``/``updated_by``, the node-wide ``local_seq`` of its last local change (NULL once a
pulled row is applied unchanged) and ``base_version``: the central version this node last saw, which
the sync protocol sends so that a row changed at central meanwhile becomes a conflict record.
Ordering never uses wall clocks.
"""

from __future__ import annotations

import datetime as dt
import uuid

import uuid6
from sqlalchemy import BigInteger, DateTime, ForeignKey, Integer, MetaData, String, TypeDecorator, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> uuid.UUID:
    """A time-ordered UUIDv7, so new rows land at the end of primary-key indexes."""
    return uuid.UUID(bytes=uuid6.uuid7().bytes)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Instants stored as UTC; naive values are refused so local wall-clock time never slips in."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect):  # noqa: ANN001
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime; use an aware UTC instant")
        return value.astimezone(dt.UTC).replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: dt.datetime | None, dialect):  # noqa: ANN001
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {
        uuid.UUID: Uuid(as_uuid=True),
        dt.datetime: UTCDateTime(),
    }


class SyncColumns:
    """Mixin for every table replicated to the central store (see architecture.md, Sync).

    ``__owner__`` is ``"office"`` for case data (``office_id`` required) or ``"federation"`` for
    reference data the federation publishes (``office_id`` NULL for rows meant for every office).
    """

    __synced__ = True
    __owner__ = "office"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    row_version: Mapped[int] = mapped_column(Integer, default=1)
    base_version: Mapped[int] = mapped_column(Integer, default=0)
    local_seq: Mapped[int | None] = mapped_column(BigInteger, index=True)
    deleted_at: Mapped[dt.datetime | None]
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_by: Mapped[str | None] = mapped_column(String(64))

    @declared_attr
    def office_id(cls) -> Mapped[uuid.UUID]:  # noqa: N805
        # Not indexed: every row of a local database belongs to its own office, so an index on it
        # selects nothing and, before ANALYZE has run, misleads SQLite's planner into scans.
        nullable = cls.__owner__ == "federation"
        return mapped_column(ForeignKey("offices.id"), nullable=nullable)
