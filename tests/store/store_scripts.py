"""Throwaway Alembic script directories for the store tests, using the real ``db/env.py``."""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

REVISION = '''\
import sqlalchemy as sa
from alembic import op

revision = {rev!r}
down_revision = {down!r}
branch_labels = None
depends_on = None


def upgrade():
{body}


def downgrade():
    pass
'''

# A tiny schema: notes (0001), then a column added in batch mode (0002).
NOTES_0001 = """
op.create_table(
    "notes",
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("body", sa.Text, nullable=False),
)
"""
NOTES_0002 = """
with op.batch_alter_table("notes") as batch:
    batch.add_column(sa.Column("pinned", sa.Boolean, nullable=False, server_default=sa.false()))
"""
BROKEN = """
op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
op.execute("INSERT INTO notes (id, body) VALUES (1000, 'written by the broken revision')")
op.execute("THIS IS NOT SQL")
"""

MakeScripts = Callable[..., Path]


def write_scripts(root: Path, bodies: list[str]) -> Path:
    """A script directory at ``root`` whose revisions 0001, 0002, … run ``bodies``."""
    (root / "versions").mkdir(parents=True)
    shutil.copy(REPO / "db" / "env.py", root / "env.py")
    shutil.copy(REPO / "db" / "script.py.mako", root / "script.py.mako")
    for i, body in enumerate(bodies, start=1):
        rev, down = f"{i:04d}", (f"{i - 1:04d}" if i > 1 else None)
        text = REVISION.format(rev=rev, down=down, body=textwrap.indent(textwrap.dedent(body), "    "))
        (root / "versions" / f"{rev}_test.py").write_text(text, encoding="utf-8")
    return root
