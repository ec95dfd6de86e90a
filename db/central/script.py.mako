"""${message}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
Create Date: ${create_date}

A central-store revision: runs inside ``mediator central init``'s one transaction. During a roll-out
revisions are additive only (new nullable columns or columns with a default, new tables, new
indexes), so offices one version behind keep syncing (docs/sync.md, "Schema skew"). Guard each step
so it is a no-op where the baseline already created it (``c0001`` builds the current schema).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
${imports if imports else ""}

revision: str = ${repr(up_revision)}
down_revision: str | Sequence[str] | None = ${repr(down_revision)}
branch_labels: str | Sequence[str] | None = ${repr(branch_labels)}
depends_on: str | Sequence[str] | None = ${repr(depends_on)}


def upgrade() -> None:
    ${upgrades if upgrades else "pass"}


def downgrade() -> None:
    ${downgrades if downgrades else "pass"}
