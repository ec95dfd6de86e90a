"""Reaching the central store: parsing its URL, keeping passwords out of settings and output,
and engines with the right transaction behaviour for each backend.

URLs are ``postgresql://user@host/db`` or ``sqlite:///path``. The password comes from
``MEDIATOR_CENTRAL_PASSWORD``, else from the keyring (``credentials``, resolved by the caller);
a password written in the URL is used for the connection but never stored or printed: ``redact``
removes it from a URL and ``scrub`` from any text (an error message that may quote a DSN).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError

from mediator.errors import InputError
from mediator.i18n import t
from mediator.sync import quick_start

PASSWORD_ENV = "MEDIATOR_CENTRAL_PASSWORD"
BUSY_TIMEOUT_MS = 30_000


def parse(url: str) -> URL:
    """The SQLAlchemy URL for ``url``; InputError naming it when it is neither PostgreSQL nor SQLite."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as exc:  # ValueError: a port that is not a number
        raise InputError(t("central store URL {url} is not valid: {error}", url=redact(url),
                           error=scrub(str(exc), url))) from None
    backend = parsed.get_backend_name()
    if backend == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
        if parsed.password is None and os.environ.get(PASSWORD_ENV):
            parsed = parsed.set(password=os.environ[PASSWORD_ENV])
        return parsed
    if backend == "sqlite":
        if not parsed.database or parsed.database == ":memory:":
            raise InputError(t("central store URL {url} names no SQLite file (use sqlite:///path)", url=redact(url)))
        return parsed.set(drivername="sqlite")
    raise InputError(t("central store URL {url} must start with postgresql:// or sqlite:///", url=redact(url)))


def redact(url: str | URL) -> str:
    """``url`` as text without its password (safe to store, log and print)."""
    try:
        parsed = make_url(url) if isinstance(url, str) else url
    except (ArgumentError, ValueError):
        return scrub(url) if isinstance(url, str) else "<unparseable URL>"
    # set() ignores None; the driver (psycopg, quick_start's) is no business of the reader
    return parsed._replace(password=None, drivername=parsed.get_backend_name()).render_as_string(hide_password=False)


_URL_PASSWORD = re.compile(r"(\w[\w+.-]*://[^:/@\s]*):[^@\s]*@")
_DSN_PASSWORD = re.compile(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)", re.IGNORECASE)


def scrub(text: str, *secrets: str | URL | None) -> str:
    """``text`` with passwords removed: ``scheme://user:password@`` forms, ``password=...`` pairs of a
    libpq DSN, and every given secret (a password, or a URL whose password is taken)."""
    text = _URL_PASSWORD.sub(r"\1:***@", text)
    text = _DSN_PASSWORD.sub(r"\1***", text)
    for secret in secrets:
        if isinstance(secret, URL):
            secret = secret.password
        elif secret and "://" in secret:
            try:
                secret = make_url(secret).password
            except (ArgumentError, ValueError):
                match = re.search(r"://[^:/@\s]*:([^@\s]*)@", secret)
                secret = match.group(1) if match else None
        if secret and len(str(secret)) >= 3:
            text = text.replace(str(secret), "***")
    return text


def is_postgres(engine: Engine | Connection) -> bool:
    return engine.dialect.name == "postgresql"


@contextmanager
def begin(bind: Engine | Connection) -> Iterator[Connection]:
    """One central transaction on ``bind``: a new connection from an engine, or the sync's own
    connection (``engine.sync`` keeps one for the whole sync: every checkout costs a ping and a
    reset, two round trips that dominate a sync over a slow line)."""
    if isinstance(bind, Engine):
        with bind.begin() as conn:
            yield conn
    else:
        with bind.begin():
            yield bind


@contextmanager
def reading(bind: Engine | Connection) -> Iterator[Connection]:
    """A read on ``bind``, ended (rolled back) afterwards so no transaction stays open."""
    if isinstance(bind, Engine):
        with bind.connect() as conn:
            yield conn
    elif bind.dialect.name == "postgresql" and not bind.in_transaction():
        # Autocommit: a read here is one statement with its own snapshot, so it needs no
        # BEGIN and ROLLBACK, two round trips.
        bind.execution_options(isolation_level="AUTOCOMMIT")
        try:
            yield bind
        finally:
            bind.rollback()
            bind.execution_options(isolation_level=bind.default_isolation_level)
    else:
        try:
            yield bind
        finally:
            bind.rollback()


@contextmanager
def single_write(bind: Engine | Connection) -> Iterator[Connection]:
    """For one writing statement: in autocommit on the sync's own PostgreSQL connection (the
    statement is its own transaction, without BEGIN and COMMIT round trips), else a transaction."""
    if isinstance(bind, Connection) and bind.dialect.name == "postgresql" and not bind.in_transaction():
        with reading(bind) as conn:
            yield conn
    else:
        with begin(bind) as conn:
            yield conn


def central_engine(url: str | URL, *, one_shot: bool = False) -> Engine:
    """An engine on the central store. SQLite: one file, writers serialised by ``BEGIN IMMEDIATE``
    (so ``central_seq`` order is commit order). PostgreSQL: psycopg, READ COMMITTED. ``one_shot``:
    the engine serves one sync and is disposed, so its fresh connection is not pinged first (a
    round trip; an engine kept between syncs pings, its connection may have gone stale), and it
    starts without SQLAlchemy's first-connect queries (``quick_start``: six round trips)."""
    parsed = parse(url) if isinstance(url, str) else url
    if parsed.get_backend_name() == "sqlite":
        Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed, connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000})

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection, _record) -> None:  # noqa: ANN001
            dbapi_connection.isolation_level = None
            cur = dbapi_connection.cursor()
            cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA synchronous=FULL")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn) -> None:  # noqa: ANN001
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    # No hstore lookup at the first connect: a round trip for a type the schema never uses.
    if one_shot:
        return create_engine(parsed.set(drivername=f"postgresql+{quick_start.DRIVER}"),
                             isolation_level=quick_start.ISOLATION, use_native_hstore=False)
    return create_engine(parsed, pool_pre_ping=True, use_native_hstore=False)


def password_refused(err: BaseException) -> bool:
    """Whether ``err`` (or the database error behind it) is the server refusing the password."""
    seen: BaseException | None = err
    while seen is not None:
        orig = getattr(seen, "orig", None)
        if getattr(orig, "sqlstate", None) == "28P01" or "password authentication failed" in str(orig or seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def asks_for_password(url: str) -> bool:
    """Whether the server refuses this URL for want of a password (one connection attempt)."""
    engine = central_engine(url)
    try:
        with engine.connect():
            return False
    except OperationalError as exc:
        return "no password supplied" in str(exc.orig or exc) or password_refused(exc)
    finally:
        engine.dispose()
