"""Alembic environment for the central store (PostgreSQL or a SQLite file), separate from the local
schema's (``db/env.py``): its own script directory and its own version table,
``central_alembic_version``, so a central database never mistakes a local revision for its own.

Always run programmatically by ``mediator.sync.admin.init_central`` (``mediator central init URL``),
which passes an open connection inside one transaction as ``config.attributes["connection"]``.
The target metadata is the central schema this program builds (``central_schema.build_metadata``),
so ``alembic revision --autogenerate`` against a store made by the previous version proposes the
additive operations of the next revision.
"""

from __future__ import annotations

from alembic import context

from mediator.sync.central_schema import VERSION_TABLE, build_metadata

config = context.config


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise SystemExit("central revisions run through 'mediator central init URL'")
    context.configure(connection=connection, version_table=VERSION_TABLE, transactional_ddl=True,
                      target_metadata=build_metadata(postgres=connection.dialect.name == "postgresql"))
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
