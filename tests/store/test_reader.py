"""Reading a data directory before the ORM loads (``mediator.store.reader``): only a database at
the current schema with an office set up counts as ready; anything else goes through the full
open, which sets up, upgrades or refuses it with a message."""

from __future__ import annotations

import shutil
from contextlib import closing

from mediator.services.context import Workspace
from mediator.store import reader
from mediator.store.migrate import head_revision


def test_schema_head_is_alembics():
    assert head_revision() == reader.SCHEMA_HEAD


def test_a_set_up_office_is_ready_with_its_name(office):
    ready = reader.probe(office.ws.data_dir)
    assert ready is not None
    assert ready.office_id == office.ws.office_id and ready.office_name == "旧城镇劳动争议调解委员会"
    assert ready.db_path == office.ws.data_dir / reader.DB_NAME


def test_missing_new_and_foreign_files_are_not_ready(tmp_path):
    assert reader.probe(tmp_path / "nowhere") is None
    ws = Workspace.open(tmp_path / "new")  # created, but no office yet
    ws.close()
    assert reader.probe(tmp_path / "new") is None
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / reader.DB_NAME).write_bytes(b"not a database at all" * 100)
    assert reader.probe(foreign) is None
    assert (foreign / reader.DB_NAME).read_bytes() == b"not a database at all" * 100  # left as it was


def test_an_older_schema_is_not_ready(office, tmp_path):
    data_dir = tmp_path / "old"
    shutil.copytree(office.ws.data_dir, data_dir)
    with closing(reader.connect(data_dir / reader.DB_NAME)) as conn:
        conn.execute("PRAGMA query_only=OFF")
        conn.execute("UPDATE alembic_version SET version_num = '0003'")
    assert reader.probe(data_dir) is None
