"""central_meta.min_client_version: the oldest office program that may still sync.

Revision ID: c0002
Revises: c0001
Create Date: 2026-11-24

Stores made before central revisions had no such column; the baseline creates it on new stores.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "c0002"
down_revision: str | Sequence[str] | None = "c0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("central_meta")}
    if "min_client_version" not in columns:
        op.add_column("central_meta", sa.Column("min_client_version", sa.Integer(), nullable=True))


def downgrade() -> None:
    raise NotImplementedError("the central store is restored from a dump, never downgraded")
