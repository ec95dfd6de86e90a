"""Local copies of the central store's conflict and reject records for this node (the Sync page's
conflict inbox and reject list). Local tables: never synced, never journalled.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24

Runs inside the single transaction of ``mediator.store.migrate.upgrade_database`` with foreign keys
off (checked before commit). SQLite changes go through ``op.batch_alter_table``. Do not COMMIT, VACUUM
or change PRAGMAs here.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _record_columns() -> list[sa.Column]:
    """Columns both tables share: which central record, which row, which case."""
    return [
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("central_id", sa.Integer(), nullable=False),
        sa.Column("node_id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "sync_inbox_conflicts",
        *_record_columns(),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("central_version", sa.Integer(), nullable=False),
        sa.Column("incoming_version", sa.Integer(), nullable=False),
        sa.Column("central_row", sa.JSON(), nullable=False),
        sa.Column("incoming_row", sa.JSON(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolution", sa.String(length=10), nullable=True),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_by", sa.String(length=200), nullable=True),
        sa.Column("sent", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_inbox_conflicts")),
        sa.UniqueConstraint("central_id", name=op.f("uq_sync_inbox_conflicts_central_id")),
    )
    op.create_table(
        "sync_inbox_rejects",
        *_record_columns(),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("row", sa.JSON(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("cleared", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_inbox_rejects")),
        sa.UniqueConstraint("central_id", name=op.f("uq_sync_inbox_rejects_central_id")),
    )
    for table in ("sync_inbox_conflicts", "sync_inbox_rejects"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(batch_op.f(f"ix_{table}_case_id"), ["case_id"], unique=False)
            batch_op.create_index(batch_op.f(f"ix_{table}_row_id"), ["row_id"], unique=False)


def downgrade() -> None:
    for table in ("sync_inbox_rejects", "sync_inbox_conflicts"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table}_row_id"))
            batch_op.drop_index(batch_op.f(f"ix_{table}_case_id"))
        op.drop_table(table)
