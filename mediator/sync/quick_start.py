"""A psycopg dialect for the engine of one sync, which starts without SQLAlchemy's first-connect
queries.

On an engine's first connection SQLAlchemy asks the server, one round trip each: ``BEGIN``,
``select pg_catalog.version()``, ``select current_schema()``, ``show transaction isolation
level``, ``show standard_conforming_strings``, ``ROLLBACK``. Over a township line that is six
round trips (300 ms at 50 ms) before a sync sends anything, and ``mediator sync`` (the desktop
client's syncs too) makes a new engine every time. This dialect answers them without asking:

* the server version from the one the server reported when the connection started (libpq keeps
  it: ``info.server_version``), the same number ``version()`` prints;
* ``standard_conforming_strings`` likewise from the startup report (the server always sends it);
* the isolation level is not read but pinned: the engine sets READ COMMITTED on every connection
  (the level the protocol is built for, whatever the server's default), so that is the default;
* the default schema is left unknown (``None``): SQLAlchemy needs it only to reflect a schema,
  which sync never does (``central init`` and the other commands use ordinary engines).

Used through the driver name ``postgresql+mediator_quick`` (``connect.central_engine(...,
one_shot=True)``); everything else is psycopg's own dialect.
"""

from __future__ import annotations

from sqlalchemy.dialects import registry
from sqlalchemy.dialects.postgresql.psycopg import PGDialect_psycopg

DRIVER = "mediator_quick"
ISOLATION = "READ COMMITTED"


class QuickStartPsycopg(PGDialect_psycopg):
    supports_statement_cache = True  # compiles like its parent (SQLAlchemy asks every subclass to say so)

    def _get_server_version_info(self, connection) -> tuple[int, ...]:  # noqa: ANN001
        return version_tuple(connection.connection.dbapi_connection.info.server_version)

    def _get_default_schema_name(self, connection) -> None:  # noqa: ANN001
        return None

    def get_default_isolation_level(self, dbapi_conn) -> str:  # noqa: ANN001
        return ISOLATION

    def _set_backslash_escapes(self, connection) -> None:  # noqa: ANN001
        reported = connection.connection.dbapi_connection.info.parameter_status("standard_conforming_strings")
        self._backslash_escapes = reported == "off"


def version_tuple(number: int) -> tuple[int, ...]:
    """libpq's server version number as SQLAlchemy reads ``version()``: 150020 → (15, 20),
    90624 → (9, 6, 24)."""
    if number >= 100_000:
        return number // 10_000, number % 10_000
    return number // 10_000, number // 100 % 100, number % 100


registry.register(f"postgresql.{DRIVER}", __name__, "QuickStartPsycopg")
