"""PostgreSQL roles and row-level security for a central store (SQLite central files have neither).

Roles are cluster-wide, so they are named after the central database (``<db>`` below, lower
case; with the recommended database name ``mediator`` the roles are ``mediator_office``,
``mediator_federation`` and ``mediator_office_<code>``), and two central stores in one cluster
never share roles:

* ``<db>_office`` (NOLOGIN): the group every office login belongs to. Through the policies it
  reads and writes only rows whose ``office_id`` is its own office, reads the federation's
  reference rows (``office_id IS NULL``) without writing them (except its own ``offices`` row,
  whose ``id`` is its office id), and sees only its own office's
  ``sync_nodes`` and its nodes' ``sync_batches``, ``sync_conflicts``, ``sync_rejects`` and
  ``sync_resolutions``;
  ``central_meta`` is readable; it may claim its own ``central_offices`` row once (first sync).
* ``<db>_federation`` (NOLOGIN): reads everything.
* ``<db>_office_<code>`` (LOGIN, made by ``add_office_login``): one office; the password is
  generated (``secrets.token_urlsafe``), sent to the server only as a SCRAM verifier, and shown once.

The login role is mapped to its office through ``central_office_roles(role_name, office_code)`` and
``central_offices``; the SECURITY DEFINER function ``mediator_current_office()`` returns the office id
of ``session_user`` (NULL before the office's first sync claimed its code). RLS is enabled and forced
on every synced table and on the bookkeeping tables; the role that ran ``central init`` (the
store's owner) keeps full access through its own policy. Everything here is idempotent:
``central init`` re-creates the policies after a schema upgrade.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from mediator.errors import InputError, StoreError
from mediator.i18n import t
from mediator.sync.central_schema import SEQUENCE_NAME, synced_table_names
from mediator.sync.connect import is_postgres, redact, scrub

OFFICE_FUNCTION = "mediator_current_office"
MAX_ROLE_NAME = 63  # PostgreSQL's identifier limit
NODE_TABLES = ("sync_batches", "sync_conflicts", "sync_rejects", "sync_resolutions")  # the office's nodes only
OFFICES = "offices"  # the roster (office_id NULL): an office writes only its own row, id = its office


@dataclass(frozen=True)
class RoleNames:
    office_group: str
    federation: str
    prefix: str

    def office_login(self, code: str) -> str:
        name = f"{self.prefix}_office_{re.sub(r'[^a-z0-9_]', '_', code.strip().lower())}"
        if len(name) > MAX_ROLE_NAME:
            raise InputError(t("office code {code} makes a database role name longer than {n} characters",
                               code=code, n=MAX_ROLE_NAME))
        return name


@dataclass(frozen=True)
class OfficeLogin:
    role: str
    password: str
    url: str  # the office's central URL: this login, no password


def role_names(conn: Connection) -> RoleNames:
    prefix = re.sub(r"[^a-z0-9_]", "_", conn.exec_driver_sql("SELECT current_database()").scalar_one().lower())
    return RoleNames(f"{prefix}_office", f"{prefix}_federation", prefix)


def _q(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote_identifier(name)


def _role_exists(conn: Connection, name: str) -> bool:
    return conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first() is not None


def _create_group(conn: Connection, name: str) -> None:
    if _role_exists(conn, name):
        return
    try:
        with conn.begin_nested():
            conn.exec_driver_sql(f"CREATE ROLE {_q(conn, name)} NOLOGIN")
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) != "42710":  # made meanwhile by a concurrent init
            raise


def setup(engine: Engine) -> RoleNames:
    """Create the group roles, the mapping table, the office function, grants and policies."""
    if not is_postgres(engine):
        raise StoreError(t("database roles and row-level security exist only on a PostgreSQL central store"))
    try:
        with engine.begin() as conn:
            names = role_names(conn)
            _create_group(conn, names.office_group)
            _create_group(conn, names.federation)
            _mapping_and_function(conn)
            _grants(conn, names)
            _policies(conn, names)
            return names
    except DBAPIError as exc:
        raise StoreError(t("cannot set up the central store's roles ({error}); the user in the URL needs the "
                           "CREATEROLE privilege and must own the central tables",
                           error=scrub(str(exc.orig).splitlines()[0], engine.url))) from None


def _mapping_and_function(conn: Connection) -> None:
    conn.exec_driver_sql(
        "CREATE TABLE IF NOT EXISTS central_office_roles ("
        " role_name varchar(63) PRIMARY KEY,"
        " office_code varchar(32) NOT NULL UNIQUE REFERENCES central_offices(code))")
    conn.exec_driver_sql(
        f"CREATE OR REPLACE FUNCTION {OFFICE_FUNCTION}() RETURNS uuid LANGUAGE sql STABLE SECURITY DEFINER "
        "SET search_path = pg_catalog, pg_temp AS $$ "
        "SELECT o.office_id FROM public.central_office_roles r "
        "JOIN public.central_offices o ON o.code = r.office_code WHERE r.role_name = session_user $$")


def _grants(conn: Connection, names: RoleNames) -> None:
    office, federation = _q(conn, names.office_group), _q(conn, names.federation)
    synced = ", ".join(_q(conn, n) for n in synced_table_names())
    serials = [conn.exec_driver_sql(f"SELECT pg_get_serial_sequence('{n}', 'id')").scalar_one()
               for n in ("sync_conflicts", "sync_rejects")]
    for statement in (
        f"GRANT USAGE ON SCHEMA public TO {office}, {federation}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {federation}",
        f"GRANT SELECT, INSERT, UPDATE ON {synced}, sync_nodes TO {office}",
        f"GRANT SELECT, INSERT ON sync_batches, sync_conflicts, sync_rejects, sync_resolutions TO {office}",
        f"GRANT SELECT ON central_meta, central_offices TO {office}",
        f"GRANT UPDATE (office_id) ON central_offices TO {office}",
        f"REVOKE ALL ON central_office_roles FROM {office}",
        f"REVOKE ALL ON central_bundle_keys FROM {office}, {federation}",  # bundle signing keys: owner only
        f"GRANT USAGE ON SEQUENCE {SEQUENCE_NAME}, {', '.join(s for s in serials if s)} TO {office}",
        f"REVOKE ALL ON FUNCTION {OFFICE_FUNCTION}() FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION {OFFICE_FUNCTION}() TO {office}, {federation}",
    ):
        conn.exec_driver_sql(statement)


def _policies(conn: Connection, names: RoleNames) -> None:
    office, federation = _q(conn, names.office_group), _q(conn, names.federation)
    mine = f"(SELECT {OFFICE_FUNCTION}())"
    my_nodes = f"node_id IN (SELECT n.node_id FROM sync_nodes n WHERE n.office_id = {mine})"
    rules: dict[str, list[tuple[str, str]]] = {}
    for name in synced_table_names():
        own = f"id = {mine}" if name == OFFICES else f"office_id = {mine}"
        rules[name] = [
            ("office_read", f"FOR SELECT TO {office} USING ({own} OR office_id IS NULL)"),
            ("office_insert", f"FOR INSERT TO {office} WITH CHECK ({own})"),
            ("office_update", f"FOR UPDATE TO {office} USING ({own}) WITH CHECK ({own})"),
        ]
    rules["sync_nodes"] = [
        ("office_read", f"FOR SELECT TO {office} USING (office_id = {mine})"),
        ("office_insert", f"FOR INSERT TO {office} WITH CHECK (office_id = {mine})"),
        ("office_update", f"FOR UPDATE TO {office} USING (office_id = {mine}) WITH CHECK (office_id = {mine})"),
    ]
    for name in NODE_TABLES:
        rules[name] = [("office_read", f"FOR SELECT TO {office} USING ({my_nodes})"),
                       ("office_insert", f"FOR INSERT TO {office} WITH CHECK ({my_nodes})")]
    rules["sync_resolutions"][1] = (  # only a conflict the office can see (its own nodes'), by RLS on the subquery
        "office_insert", f"FOR INSERT TO {office} WITH CHECK ({my_nodes} AND conflict_id IN (SELECT c.id FROM "
                         "sync_conflicts c))")
    my_code = f"code = (SELECT r.office_code FROM {OFFICE_FUNCTION}_code() r)"
    rules["central_offices"] = [
        ("office_read", f"FOR SELECT TO {office} USING ({my_code})"),
        ("office_claim", f"FOR UPDATE TO {office} USING ({my_code} AND office_id IS NULL) WITH CHECK ({my_code})"),
    ]
    conn.exec_driver_sql(
        f"CREATE OR REPLACE FUNCTION {OFFICE_FUNCTION}_code() RETURNS TABLE (office_code varchar) LANGUAGE sql "
        "STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$ "
        "SELECT r.office_code FROM public.central_office_roles r WHERE r.role_name = session_user $$")
    conn.exec_driver_sql(f"REVOKE ALL ON FUNCTION {OFFICE_FUNCTION}_code() FROM PUBLIC")
    conn.exec_driver_sql(f"GRANT EXECUTE ON FUNCTION {OFFICE_FUNCTION}_code() TO {office}")
    for name, policies in rules.items():
        table = _q(conn, name)
        conn.exec_driver_sql(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        conn.exec_driver_sql(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
        policies = [*policies, ("federation_read", f"FOR SELECT TO {federation} USING (true)"),
                    ("owner_all", "TO CURRENT_USER USING (true) WITH CHECK (true)")]
        for policy, body in policies:
            conn.exec_driver_sql(f"DROP POLICY IF EXISTS {policy} ON {table}")
            conn.exec_driver_sql(f"CREATE POLICY {policy} ON {table} {body}")
    keys = _q(conn, "central_bundle_keys")  # offline bundles' signing keys (sync/bundle_keys.py): the owner only
    conn.exec_driver_sql(f"ALTER TABLE {keys} ENABLE ROW LEVEL SECURITY")
    conn.exec_driver_sql(f"ALTER TABLE {keys} FORCE ROW LEVEL SECURITY")
    conn.exec_driver_sql(f"DROP POLICY IF EXISTS owner_all ON {keys}")
    conn.exec_driver_sql(f"CREATE POLICY owner_all ON {keys} TO CURRENT_USER USING (true) WITH CHECK (true)")


def add_office_login(engine: Engine, code: str) -> OfficeLogin:
    """Create the office's LOGIN role with a generated password (``setup`` must have run)."""
    code = code.strip()
    password = secrets.token_urlsafe(24)
    try:
        with engine.begin() as conn:
            names = role_names(conn)
            role = names.office_login(code)
            if not _role_exists(conn, names.office_group):
                raise StoreError(t("the central store's roles are missing; run 'mediator central init URL' first"))
            if _role_exists(conn, role):
                raise InputError(t("the database role {role} exists already; drop it or choose another office code",
                                   role=role))
            raw = conn.connection.dbapi_connection
            verifier = raw.pgconn.encrypt_password(password.encode(), role.encode(), b"scram-sha-256").decode()
            conn.exec_driver_sql(f"CREATE ROLE {_q(conn, role)} LOGIN IN ROLE {_q(conn, names.office_group)} "
                                 f"PASSWORD '{verifier}'")  # a verifier: the password never reaches the server
            conn.execute(text("INSERT INTO central_office_roles (role_name, office_code) VALUES (:r, :c)"),
                         {"r": role, "c": code})
    except DBAPIError as exc:
        raise StoreError(t("cannot create the office's database role ({error})",
                           error=scrub(str(exc.orig).splitlines()[0], password, engine.url))) from None
    url = redact(engine.url.set(username=role))
    return OfficeLogin(role, password, url)


def office_logins(engine: Engine) -> list[tuple[str, str]]:
    """(office code, login role) pairs; empty on SQLite or before ``setup``."""
    if not is_postgres(engine):
        return []
    with engine.connect() as conn:
        if conn.exec_driver_sql("SELECT to_regclass('central_office_roles')").scalar_one() is None:
            return []
        return [(r.office_code, r.role_name) for r in
                conn.exec_driver_sql("SELECT office_code, role_name FROM central_office_roles ORDER BY office_code")]


def drop_store_roles(engine: Engine) -> list[str]:
    """Drop the store's group roles and office logins (``<db>_office``, ``<db>_federation``,
    ``<db>_office_*``), first revoking what they were granted in this database: for
    decommissioning a store, and for tests. Returns the dropped names."""
    with engine.connect() as conn:
        names = role_names(conn)
        pattern = names.office_group.replace("_", r"\_") + r"\_%"
        found = [r[0] for r in conn.execute(
            text("SELECT rolname FROM pg_roles WHERE rolname IN (:o, :f) OR rolname LIKE :l ORDER BY rolname DESC"),
            {"o": names.office_group, "f": names.federation, "l": pattern})]
        if found:
            conn.exec_driver_sql("DROP OWNED BY " + ", ".join(_q(conn, r) for r in found))
            for role in found:
                conn.exec_driver_sql(f"DROP ROLE IF EXISTS {_q(conn, role)}")
        conn.commit()
    return found
