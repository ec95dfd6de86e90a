"""Baseline: the central schema as this program builds it.

Revision ID: c0001
Revises:
Create Date: 2026-11-24

Creates the tables and indexes a store lacks (every one on a new store; on a store made before
central revisions existed, only what that version did not have). Later revisions add to it and
skip what this baseline already created on a new store.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "c0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    from mediator.sync.central_schema import build_metadata

    conn = op.get_bind()
    md = build_metadata(postgres=conn.dialect.name == "postgresql")
    md.create_all(conn, checkfirst=True)
    for table in md.sorted_tables:
        for index in table.indexes:
            index.create(conn, checkfirst=True)


def downgrade() -> None:
    raise NotImplementedError("the central store is restored from a dump, never downgraded")
