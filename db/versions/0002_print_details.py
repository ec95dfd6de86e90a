"""Print records say which hearing, visit or served document they printed, in which format, and
which fonts the machine lacked.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("print_records", schema=None) as batch_op:
        batch_op.add_column(sa.Column("subject", sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column("output_format", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("note", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("print_records", schema=None) as batch_op:
        batch_op.drop_column("note")
        batch_op.drop_column("output_format")
        batch_op.drop_column("subject")
