"""published_templates: the federation's document templates, pulled like its other reference data.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24

A synced, federation-owned table (``office_id`` NULL): one row per document kind holding the .docx
bytes. Runs inside the single transaction of ``mediator.store.migrate.upgrade_database`` with
foreign keys off (checked before commit). Do not COMMIT, VACUUM or change PRAGMAs here.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "published_templates",
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("version_label", sa.String(length=100), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("local_seq", sa.BigInteger(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.Column("office_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"], name=op.f("fk_published_templates_office_id_offices")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_published_templates")),
        sa.UniqueConstraint("kind", name=op.f("uq_published_templates_kind")),
    )
    with op.batch_alter_table("published_templates", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_published_templates_local_seq"), ["local_seq"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("published_templates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_published_templates_local_seq"))
    op.drop_table("published_templates")
