"""The central store's schema: the synced tables generated from the local models, plus the
central bookkeeping tables.

Every local model with ``__synced__`` becomes a central table with the same columns, types,
primary key, unique constraints and foreign keys (so a duplicate case number or an orphan row is
refused at central and lands in ``sync_rejects``), plus three central columns: ``central_seq``
(allocated in the writing transaction), ``central_node_id`` (the node whose push wrote the row:
pulls skip a node's own rows, no echo) and, on PostgreSQL only, ``central_xid`` (the xid8 of the
writing transaction, ``pg_current_xact_id()``), which lets pulls read only below the oldest
running transaction's id. Bookkeeping: ``central_meta`` (generation id, schema version, SQLite's
sequence counter), ``sync_nodes``, ``sync_batches`` (the replay log), ``sync_conflicts``,
``sync_rejects`` and ``sync_resolutions`` (how a node resolved one of its conflicts). Column
types are the local models' own, so UUIDs and UTC instants behave alike.
"""

from __future__ import annotations

from functools import cache

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    Sequence,
    String,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.types import UserDefinedType

from mediator.store.base import NAMING, UTCDateTime
from mediator.store.models import synced_models

# The central schema's version: 2 sync_resolutions, central_bundle_keys; 3 central_meta.min_client_version
# (revision c0002 in db/central/versions); 4 published_templates (c0003). Raise with every central
# revision (docs/decisions.md).
SCHEMA_VERSION = 4
# The oldest program (by SCHEMA_VERSION) a store made by this one lets sync: revisions are additive
# during a roll-out, so an office one version behind keeps syncing (pushes name their columns and
# central updates only those; pulls ignore columns they do not know). Version 3 is the first to
# read this column; older programs refuse any newer store themselves.
MIN_CLIENT_VERSION = 3
VERSION_TABLE = "central_alembic_version"  # db/central's revisions; the local schema uses alembic_version
SEQUENCE_NAME = "central_seq_seq"  # PostgreSQL; SQLite counts in central_meta.next_seq
CENTRAL_COLUMNS = ("central_seq", "central_node_id", "central_xid")


class Xid8(UserDefinedType):
    """PostgreSQL's 64-bit transaction id type; read through ``CAST(... AS TEXT)``."""

    cache_ok = True

    def get_col_spec(self, **_kw: object) -> str:
        return "xid8"


def _synced_table(metadata: MetaData, local: Table, postgres: bool) -> Table:
    columns = [Column(c.name, c.type, primary_key=c.primary_key, nullable=c.nullable) for c in local.columns]
    columns += [
        Column("central_seq", BigInteger, nullable=False, index=True),
        Column("central_node_id", Uuid(as_uuid=True), nullable=True, index=True),
    ]
    if postgres:
        columns.append(Column("central_xid", Xid8(), nullable=False))
    constraints: list = []
    uniques = {tuple(c.name for c in con.columns) for con in local.constraints if isinstance(con, UniqueConstraint)}
    uniques |= {(c.name,) for c in local.columns if c.unique}
    constraints += [UniqueConstraint(*names) for names in sorted(uniques)]
    for con in local.constraints:
        if isinstance(con, ForeignKeyConstraint):
            constraints.append(ForeignKeyConstraint([c.name for c in con.columns],
                                                    [e.target_fullname for e in con.elements]))
    if postgres:  # the pull's range: rows after the cursor, below the horizon (sync/pull_read.py)
        constraints.append(Index(f"ix_{local.name}_central_position", "central_xid", "central_seq"))
    return Table(local.name, metadata, *columns, *constraints)


@cache
def build_metadata(postgres: bool) -> MetaData:
    """The central schema for PostgreSQL (``postgres=True``) or a SQLite file. Built once per
    dialect and shared (tables are engine-agnostic): rebuilding it took ~57 ms of every sync."""
    md = MetaData(naming_convention=NAMING)
    if postgres:
        Sequence(SEQUENCE_NAME, metadata=md)
    for model in synced_models():
        _synced_table(md, model.__table__, postgres)
    Table("central_meta", md,
          Column("id", Integer, primary_key=True),  # always 1: one row
          Column("generation_id", Uuid(as_uuid=True), nullable=False),
          Column("schema_version", Integer, nullable=False),
          Column("next_seq", BigInteger, nullable=False, default=0),  # SQLite's central_seq counter
          Column("min_client_version", Integer))  # see MIN_CLIENT_VERSION
    Table("central_offices", md,  # registered by ``mediator central add-office``; claimed at first sync
          Column("code", String(32), primary_key=True),
          Column("name", String(200)),
          Column("office_id", Uuid(as_uuid=True), unique=True),
          Column("registered_at", UTCDateTime(), nullable=False))
    Table("sync_nodes", md,
          Column("node_id", Uuid(as_uuid=True), primary_key=True),
          Column("office_id", Uuid(as_uuid=True), nullable=False, index=True),
          Column("epoch", Uuid(as_uuid=True), nullable=False),
          Column("acked_seq", BigInteger, nullable=False, default=0),
          Column("last_push_at", UTCDateTime()),
          Column("last_pull_at", UTCDateTime()))
    Table("sync_batches", md,
          Column("node_id", Uuid(as_uuid=True), primary_key=True),
          Column("batch_id", String(80), primary_key=True),
          Column("first_seq", BigInteger, nullable=False),
          Column("last_seq", BigInteger, nullable=False),
          Column("applied_at", UTCDateTime(), nullable=False))
    Table("sync_conflicts", md,
          Column("id", Integer, primary_key=True, autoincrement=True),
          Column("table_name", String(40), nullable=False),
          Column("row_id", Uuid(as_uuid=True), nullable=False, index=True),
          Column("office_id", Uuid(as_uuid=True)),
          Column("node_id", Uuid(as_uuid=True), nullable=False),
          Column("batch_id", String(80), nullable=False),
          Column("base_version", Integer, nullable=False),
          Column("central_version", Integer, nullable=False),
          Column("incoming_version", Integer, nullable=False),
          Column("central_row", JSON, nullable=False),
          Column("incoming_row", JSON, nullable=False),
          Column("resolved", Boolean, nullable=False, default=False),
          Column("recorded_at", UTCDateTime(), nullable=False))
    Table("sync_rejects", md,
          Column("id", Integer, primary_key=True, autoincrement=True),
          Column("table_name", String(40), nullable=False),
          Column("row_id", Uuid(as_uuid=True), nullable=False, index=True),
          Column("office_id", Uuid(as_uuid=True)),
          Column("node_id", Uuid(as_uuid=True), nullable=False),
          Column("batch_id", String(80), nullable=False),
          Column("reason", Text, nullable=False),
          Column("row", JSON, nullable=False),
          Column("recorded_at", UTCDateTime(), nullable=False))
    Table("sync_resolutions", md,  # sent by the node that resolved its conflict (mediator/sync/inbox.py)
          Column("conflict_id", Integer, primary_key=True),  # sync_conflicts.id
          Column("node_id", Uuid(as_uuid=True), nullable=False, index=True),
          Column("office_id", Uuid(as_uuid=True)),
          Column("choice", String(10), nullable=False),  # "central" or "mine"
          Column("resolved_by", String(200)),
          Column("resolved_at", UTCDateTime(), nullable=False),
          ForeignKeyConstraint(["conflict_id"], ["sync_conflicts.id"]))
    Table("central_bundle_keys", md,  # offline bundles' signing keys (sync/bundle_keys.py); no office role reads it
          Column("office_code", String(32), primary_key=True),
          Column("key", String(64), nullable=False),
          Column("issued_at", UTCDateTime(), nullable=False),
          ForeignKeyConstraint(["office_code"], ["central_offices.code"]))
    return md


def synced_table_names() -> list[str]:
    """Synced tables, parents before children (the order rows are applied in)."""
    return [m.__tablename__ for m in synced_models()]
