"""Setting up and inspecting a central store: ``init`` (create or upgrade the schema and give
the store its generation id), ``add_office`` (register an office code; its first node claims it
at its first sync) and ``status`` (offices, nodes, last sync, open conflicts and rejects).

Upgrades are ``create_all`` of missing tables plus a recorded schema version; column changes
will need the Alembic branch planned in docs/decisions.md. On PostgreSQL the command line also
runs ``roles.setup`` (group roles, row-level security) after ``init_central`` and
``roles.add_office_login`` after ``add_office``; ``status`` lists the office logins."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, MetaData, delete, func, insert, inspect, select, update
from sqlalchemy.exc import OperationalError

from mediator.errors import InputError, StoreError
from mediator.i18n import t
from mediator.store.base import utcnow
from mediator.sync import bundle_keys, reference, roles
from mediator.sync.central_schema import MIN_CLIENT_VERSION, SCHEMA_VERSION, build_metadata
from mediator.sync.connect import is_postgres, reading, redact, scrub

CENTRAL_SCRIPTS = Path(__file__).resolve().parents[2] / "db" / "central"


def metadata_for(engine: Engine | Connection) -> MetaData:
    return build_metadata(postgres=is_postgres(engine))


@dataclass(frozen=True)
class InitResult:
    generation_id: uuid.UUID
    before: int | None  # schema version found, None for a new store
    after: int


def init_central(engine: Engine) -> InitResult:
    """Create the central schema (or the tables missing from an older one) and its meta row, then
    seed the federation's reference data (``reference.seed_central``: only codes it lacks)."""
    result = _create_or_upgrade(engine)
    reference.seed_central(engine)
    return result


def _create_or_upgrade(engine: Engine) -> InitResult:
    """In one transaction: refuse a store made by a newer program, run the central revisions
    (``db/central``), then write or update the meta row."""
    meta = metadata_for(engine).tables["central_meta"]
    with engine.begin() as conn:
        before = None
        if inspect(conn).has_table("central_meta"):
            before = conn.execute(select(meta.c.schema_version).where(meta.c.id == 1)).scalar()
        if before is not None and before > SCHEMA_VERSION:
            raise StoreError(t("the central store has schema version {found}, newer than this program's {ours}; "
                               "update Mediator", found=before, ours=SCHEMA_VERSION))
        upgrade_central(conn)
        row = conn.execute(select(meta.c.generation_id, meta.c.schema_version).where(meta.c.id == 1)).first()
        if row is None:
            generation = uuid.uuid4()
            conn.execute(insert(meta).values(id=1, generation_id=generation, schema_version=SCHEMA_VERSION,
                                             next_seq=0, min_client_version=MIN_CLIENT_VERSION))
            return InitResult(generation, None, SCHEMA_VERSION)
        conn.execute(update(meta).where(meta.c.id == 1).values(
            schema_version=SCHEMA_VERSION,
            min_client_version=func.coalesce(meta.c.min_client_version, MIN_CLIENT_VERSION)))
        return InitResult(row.generation_id, row.schema_version, SCHEMA_VERSION)


def upgrade_central(conn: Connection) -> None:
    """Run every central revision the store lacks (``db/central/versions``) on ``conn``, inside
    the caller's transaction. Alembic is imported here only: it is not needed to sync."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(CENTRAL_SCRIPTS))
    config.set_main_option("path_separator", "os")
    config.attributes["connection"] = conn
    command.upgrade(config, "head")


def client_may_sync(engine: Engine | Connection, client_version: int, central_version: int) -> bool:
    """``may_sync`` with the store's minimum read from it only when it matters."""
    if client_version >= central_version:
        return client_version == central_version
    return may_sync(client_version, central_version, read_min_client(engine))


def may_sync(client_version: int, central_version: int, oldest: int | None) -> bool:
    """Whether a program of ``client_version`` may sync with a store of ``central_version``: the
    same version, or an older one the store still serves (``oldest``: its ``min_client_version``)."""
    if client_version >= central_version:
        return client_version == central_version
    return oldest is not None and client_version >= oldest


def read_min_client(engine: Engine | Connection) -> int | None:
    """The oldest program version the store lets sync (None: the store never said)."""
    meta = metadata_for(engine).tables["central_meta"]
    with reading(engine) as conn:
        return conn.execute(select(meta.c.min_client_version).where(meta.c.id == 1)).scalar()


def read_meta(engine: Engine | Connection) -> tuple[uuid.UUID, int]:
    """(generation id, schema version); StoreError when the store was never initialised."""
    md = metadata_for(engine)
    meta = md.tables["central_meta"]
    try:
        with reading(engine) as conn:
            row = conn.execute(select(meta.c.generation_id, meta.c.schema_version).where(meta.c.id == 1)).first()
    except OperationalError as exc:  # unreachable server, refused login: say so, not "run init"
        raise StoreError(t("cannot connect to the central store {url}: {error}", url=redact(engine.engine.url),
                           error=scrub(str(exc.orig or exc).splitlines()[0], engine.engine.url))) from None
    except Exception as exc:  # noqa: BLE001 - missing table or unreachable server: say which store
        raise StoreError(t("the central store cannot be read ({error}); run 'mediator central init URL' "
                           "if it is new", error=scrub(str(exc).splitlines()[0], engine.engine.url))) from None
    if row is None:
        raise StoreError(t("the central store is not initialised; run 'mediator central init URL'"))
    return row.generation_id, row.schema_version


def add_office(engine: Engine, code: str, name: str | None = None) -> str:
    """Register ``code``; returns its new bundle key (``bundle_keys``: signs the office's offline bundles)."""
    code = code.strip()
    if not code or len(code) > 32:
        raise InputError(t("office code: is required (at most 32 characters)"))
    read_meta(engine)
    offices = metadata_for(engine).tables["central_offices"]
    with engine.begin() as conn:
        if conn.execute(select(offices.c.code).where(offices.c.code == code)).first():
            raise InputError(t("office {code} is already registered at the central store", code=code))
        conn.execute(insert(offices).values(code=code, name=name, office_id=None, registered_at=utcnow()))
        return bundle_keys.issue(conn, metadata_for(engine).tables[bundle_keys.TABLE], code)


def unregister_office(engine: Engine, code: str) -> None:
    """Undo ``add_office`` for an office no node has claimed yet (its login role could not be made)."""
    offices, keys = metadata_for(engine).tables["central_offices"], metadata_for(engine).tables[bundle_keys.TABLE]
    with engine.begin() as conn:
        unclaimed = select(offices.c.code).where(offices.c.code == code.strip(), offices.c.office_id.is_(None))
        conn.execute(delete(keys).where(keys.c.office_code.in_(unclaimed)))
        conn.execute(delete(offices).where(offices.c.code == code.strip(), offices.c.office_id.is_(None)))


@dataclass(frozen=True)
class Status:
    generation_id: uuid.UUID
    schema_version: int
    offices: list[dict]
    nodes: list[dict]
    open_conflicts: int
    rejects: int
    postgres: bool = False
    office_logins: list[tuple[str, str]] = ()  # (office code, login role), PostgreSQL only
    role_names: roles.RoleNames | None = None  # PostgreSQL only


def status(engine: Engine) -> Status:
    generation, version = read_meta(engine)
    md = metadata_for(engine)
    offices, nodes = md.tables["central_offices"], md.tables["sync_nodes"]
    conflicts, rejects = md.tables["sync_conflicts"], md.tables["sync_rejects"]
    with engine.connect() as conn:
        office_rows = [dict(r._mapping) for r in conn.execute(select(offices).order_by(offices.c.code))]
        code_of = {r["office_id"]: r["code"] for r in office_rows if r["office_id"]}
        node_rows = []
        for r in conn.execute(select(nodes).order_by(nodes.c.office_id, nodes.c.node_id)):
            node = dict(r._mapping)
            node["office_code"] = code_of.get(node["office_id"], str(node["office_id"]))
            node_rows.append(node)
        resolutions = md.tables["sync_resolutions"]  # a node's resolution closes its conflict
        open_conflicts = conn.scalar(select(func.count()).select_from(conflicts).where(
            conflicts.c.resolved.is_(False),
            ~select(resolutions.c.conflict_id).where(resolutions.c.conflict_id == conflicts.c.id).exists()))
        reject_count = conn.scalar(select(func.count()).select_from(rejects))
        names = roles.role_names(conn) if is_postgres(engine) else None
    return Status(generation, version, office_rows, node_rows, int(open_conflicts or 0), int(reject_count or 0),
                  is_postgres(engine), roles.office_logins(engine), names)
