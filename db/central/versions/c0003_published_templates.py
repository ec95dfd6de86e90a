"""published_templates: the federation's document templates, pulled by every office.

Revision ID: c0003
Revises: c0002
Create Date: 2026-11-24

Additive (a new table), so offices of schema version 3 keep syncing: they never read it. The
baseline creates the table on new stores; here it is created, with its indexes (on PostgreSQL the
pull's ``(central_xid, central_seq)`` index), only when missing, from this program's model like
the baseline (so a later revision that adds a column to it must check that the column is missing
first). Row-level security and grants for it come from ``roles.setup``, which ``mediator central
init`` runs after the revisions.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "c0003"
down_revision: str | Sequence[str] | None = "c0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "published_templates"


def upgrade() -> None:
    from mediator.sync.central_schema import build_metadata

    conn = op.get_bind()
    if sa.inspect(conn).has_table(TABLE):
        return
    table = build_metadata(postgres=conn.dialect.name == "postgresql").tables[TABLE]
    table.create(conn)  # with its indexes


def downgrade() -> None:
    raise NotImplementedError("the central store is restored from a dump, never downgraded")
