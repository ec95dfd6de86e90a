"""Central revisions (db/central, run by ``central init``) and schema skew: an office one version
behind keeps syncing and the columns it does not know are preserved at central (both backends)."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, select, text, update

from mediator.store.models import Case
from mediator.sync import admin, reference
from mediator.sync.central_schema import MIN_CLIENT_VERSION, SCHEMA_VERSION, VERSION_TABLE
from mediator.sync.engine import SyncError, sync
from tests.sync.conftest import register


def _revision(engine) -> str:
    with engine.connect() as conn:
        return conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar_one()


def _head() -> str:
    """The newest central revision (db/central/versions)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(admin.CENTRAL_SCRIPTS))
    config.set_main_option("path_separator", "os")
    return ScriptDirectory.from_config(config).get_current_head()


def _meta(engine):
    meta = admin.metadata_for(engine).tables["central_meta"]
    with engine.connect() as conn:
        return conn.execute(select(meta.c.schema_version, meta.c.min_client_version)).one()


def test_init_runs_the_central_revisions_once(central):
    assert _revision(central) == _head()
    assert tuple(_meta(central)) == (SCHEMA_VERSION, MIN_CLIENT_VERSION)
    admin.init_central(central)  # again: nothing to do, nothing changes
    assert _revision(central) == _head() and tuple(_meta(central)) == (SCHEMA_VERSION, MIN_CLIENT_VERSION)


def test_a_store_made_before_central_revisions_is_upgraded(central):
    postgres = central.dialect.name == "postgresql"
    with central.begin() as conn:  # what version 2 of the program left behind
        conn.execute(text(f"DROP TABLE {VERSION_TABLE}"))
        conn.execute(text("ALTER TABLE central_meta DROP COLUMN min_client_version"))
        conn.execute(text("UPDATE central_meta SET schema_version = 2"))
        if postgres:
            conn.execute(text("DROP INDEX ix_cases_central_position"))
    result = admin.init_central(central)
    assert (result.before, result.after) == (2, SCHEMA_VERSION)
    assert _revision(central) == _head() and tuple(_meta(central)) == (SCHEMA_VERSION, MIN_CLIENT_VERSION)
    if postgres:
        assert "ix_cases_central_position" in {i["name"] for i in inspect(central).get_indexes("cases")}


def _newer_central(engine, *, min_client: int) -> None:
    """What the next central revision could do during a roll-out: add a nullable column."""
    with engine.begin() as conn:
        conn.execute(text("ALTER TABLE cases ADD COLUMN transfer_note TEXT"))
        conn.execute(text("UPDATE central_meta SET schema_version = :v, min_client_version = :m"),
                     {"v": SCHEMA_VERSION + 1, "m": min_client})


def test_an_office_one_version_behind_keeps_the_columns_it_does_not_know(central, nodes):
    case = register(nodes.a, nodes.office.chair)
    sync(nodes.a, central)
    sync(nodes.b, central)
    _newer_central(central, min_client=SCHEMA_VERSION)
    tables = admin.metadata_for(central).tables
    postgres = central.dialect.name == "postgresql"
    with central.begin() as conn:  # a newer program writes the new column (and a field we know)
        stamp = reference.central_stamp(conn, tables, postgres)
        conn.execute(update(tables["cases"]).where(tables["cases"].c.id == case.id).values(
            facts="新版本程序修改", row_version=tables["cases"].c.row_version + 1, **stamp))
        conn.execute(text("UPDATE cases SET transfer_note = '移交至新区调解委员会' WHERE id = :id"),
                     {"id": case.id if postgres else case.id.hex})

    assert sync(nodes.a, central).pulled >= 1  # the unknown column is left out, the rest applied
    with nodes.a.unit(None) as uow:
        row = uow.session.get(Case, case.id)
        assert row.facts == "新版本程序修改"
        row.facts = "旧版本程序再修改"
    result = sync(nodes.a, central)
    assert (result.pushed, result.conflicts, result.rejects) == (1, 0, 0)
    with central.connect() as conn:
        facts, note = conn.execute(text("SELECT facts, transfer_note FROM cases WHERE id = :id"),
                                   {"id": case.id if postgres else case.id.hex}).one()
    assert (facts, note) == ("旧版本程序再修改", "移交至新区调解委员会")  # updated only what it knows
    assert sync(nodes.b, central).pulled >= 1
    with nodes.b.read() as s:
        assert s.get(Case, case.id).facts == "旧版本程序再修改"


def test_an_office_older_than_the_store_allows_is_told_to_update(central, nodes):
    register(nodes.a, nodes.office.chair)
    _newer_central(central, min_client=SCHEMA_VERSION + 1)
    with pytest.raises(SyncError, match="update required"):
        sync(nodes.a, central)
    with nodes.a.read() as s:
        assert s.scalar(select(Case.id)) is not None  # nothing local touched
