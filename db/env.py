"""Alembic environment for the local SQLite schema.

Programmatic use (``mediator.store.migrate``) passes an open connection, already inside the one
transaction the whole upgrade runs in, as ``config.attributes["connection"]``. From the command line
(``alembic upgrade head``, ``alembic revision --autogenerate``) the database is ``-x db=PATH`` or
``sqlalchemy.url`` from alembic.ini, opened with the program's own pragmas and ``BEGIN IMMEDIATE``.

Full-text-search tables are created by raw SQL in the revisions and are not in the models, so
autogenerate and ``alembic check`` ignore them (see ``mediator.store.migrate.ignored_table``).
"""

from __future__ import annotations

from logging.config import fileConfig
from typing import Any

from alembic import context
from sqlalchemy import Connection, engine_from_config, pool
from sqlalchemy.engine import make_url

import mediator.store.models  # noqa: F401  (registers every table on Base.metadata)
from mediator.store.base import Base
from mediator.store.engine import foreign_key_violations, make_engine
from mediator.store.migrate import ignored_table

config = context.config
target_metadata = Base.metadata

if config.config_file_name is not None and not config.attributes.get("connection"):
    fileConfig(config.config_file_name, disable_existing_loggers=False)

_virtual_tables: set[str] = set()


def include_name(name: str | None, type_: str, parent_names: dict[str, Any]) -> bool:
    if type_ == "table" and name is not None:
        return name in target_metadata.tables or not ignored_table(name, _virtual_tables)
    table = parent_names.get("table_name")  # an index or constraint: follow its table
    return not (table and table not in target_metadata.tables and ignored_table(table, _virtual_tables))


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    table = getattr(obj, "table", None)
    table_name = name if type_ == "table" else getattr(table, "name", None)
    if table_name and table_name not in target_metadata.tables:
        return not ignored_table(table_name, _virtual_tables)
    return True


def _configure(**kwargs: Any) -> None:
    context.configure(
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        compare_server_default=False,
        include_name=include_name,
        include_object=include_object,
        **kwargs,
    )


def _run_on(connection: Connection) -> None:
    rows = connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type='table' AND sql LIKE 'CREATE VIRTUAL TABLE%'"
    ) if connection.dialect.name == "sqlite" else []
    _virtual_tables.clear()
    _virtual_tables.update(row[0] for row in rows)
    # Our engines emit BEGIN themselves, so DDL on SQLite is transactional after all.
    _configure(connection=connection, transactional_ddl=True)
    with context.begin_transaction():
        context.run_migrations()


def _url() -> str:
    db = context.get_x_argument(as_dictionary=True).get("db")
    return f"sqlite:///{db}" if db else str(config.get_main_option("sqlalchemy.url"))


def run_migrations_offline() -> None:
    _configure(url=_url(), literal_binds=True, dialect_opts={"paramstyle": "named"})
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    given = config.attributes.get("connection")
    if given is not None:
        _run_on(given)
        return
    url = make_url(_url())
    if url.get_backend_name() == "sqlite" and url.database:
        engine = make_engine(url.database, foreign_keys=False)
    else:
        engine = engine_from_config({"sqlalchemy.url": str(url)}, prefix="sqlalchemy.",
                                    poolclass=pool.NullPool)
    try:
        with engine.begin() as connection:
            _run_on(connection)
            if connection.dialect.name == "sqlite" and (broken := foreign_key_violations(connection)):
                raise RuntimeError("foreign keys broken by the migration: " + "; ".join(broken[:10]))
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
