"""Offline sync bundles against a SQLite central and a PostgreSQL central: a node's export imported
at central reaches the other node; replays (a second import, an online sync after it, an older
bundle straddling central's acknowledgement) deliver exactly once; bad files (a changed byte,
changed content with the old signature, another key, a truncated file, not a bundle, an
unregistered office) are refused naming the file with central unchanged; a duplicate case number
is rejected while the rest lands; the command line's exit statuses and one summary line; the
bundle key in the keyring and unreadable by office and federation roles on PostgreSQL."""

from __future__ import annotations

import dataclasses
import getpass
import json
import sqlite3
import uuid
import zipfile
from contextlib import closing

import keyring
import keyring.backend
import pytest
from keyring.backends import fail
from sqlalchemy import func, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from mediator.cli.main import main
from mediator.errors import InputError
from mediator.services.context import DB_NAME, Workspace
from mediator.store.models import Case, JournalEntry, LocalSetting
from mediator.sync import admin, bundle, bundle_import, bundle_keys, roles, state
from mediator.sync import rows as R
from mediator.sync.bundle_format import BundleError, OpenedBundle, write_bundle
from mediator.sync.central_schema import synced_table_names
from mediator.sync.connect import central_engine
from mediator.sync.engine import SyncError, sync
from mediator.sync.reference import FEDERATION_TABLES
from tests.sync.conftest import register


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        if self.items.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


def office_key(central) -> str:
    with central.connect() as conn:
        return bundle_keys.lookup(conn, admin.metadata_for(central).tables[bundle_keys.TABLE], "JC01")


def snapshot(central) -> dict[str, list]:
    """Every row of every central table, as text (xid8 included): 'central unchanged' means equal."""
    out = {}
    with central.connect() as conn:
        for name, table in admin.metadata_for(central).tables.items():
            out[name] = sorted(tuple(str(v) for v in r) for r in conn.execute(select(table)))
    return out


def assert_central_holds_node(central, ws):
    """Each row this node owns equals central's row exactly (types and values), same version."""
    tables = admin.metadata_for(central).tables
    with ws.read() as s, central.connect() as conn:
        for name in synced_table_names():
            if name in FEDERATION_TABLES:
                continue
            local = [dict(r._mapping) for r in s.execute(select(R.local_table(name)))]
            mine = [r for r in local if r["office_id"] == ws.office_id or r["id"] == ws.office_id]
            there = R.read_by_id(conn, tables[name], [r["id"] for r in mine])
            for row in mine:
                assert row["id"] in there, (name, row["id"])
                assert R.data_of(there[row["id"]]) == R.data_of(row), name
                assert all(type(v) is type(row[k]) for k, v in R.data_of(there[row["id"]]).items()), name


def count(central, table, *where) -> int:
    t = admin.metadata_for(central).tables[table]
    with central.connect() as conn:
        return conn.scalar(select(func.count()).select_from(t).where(*where))


def central_seqs(central) -> list:
    t = admin.metadata_for(central).tables["cases"]
    with central.connect() as conn:
        return sorted(conn.execute(select(t.c.id, t.c.row_version, t.c.central_seq)).all())


def edit(ws, case_id, facts):
    with ws.unit(None) as uow:
        uow.session.get(Case, case_id).facts = facts


def test_an_export_imported_at_central_reaches_the_second_node(central, nodes, tmp_path):
    first = register(nodes.a, nodes.office.chair)
    second = register(nodes.a, nodes.office.chair, facts="第二件", acknowledge_warnings=True)
    header = bundle.export_bundle(nodes.a, tmp_path / "a.bundle", office_key(central), batch_entries=8)
    assert header.batches > 2 and not header.epoch_confirmed and header.generation is None
    result = bundle.import_bundle(central, tmp_path / "a.bundle")
    assert result.registered and result.batches == header.batches and result.stale == 0
    assert result.pushed + result.unchanged == header.rows  # a row in several batches lands once
    assert (result.conflicts, result.rejects) == (0, 0)
    assert_central_holds_node(central, nodes.a)

    assert sync(nodes.b, central).pulled > 0
    with nodes.b.read() as s:
        for case in (first, second):
            on_b = s.get(Case, case.id)
            assert (on_b.case_no, on_b.facts, on_b.row_version) == (case.case_no, case.facts, case.row_version)

    after = sync(nodes.a, central)  # the handshake adopts the import's acknowledgement
    assert (after.conflicts, after.rejects) == (0, 0)
    with nodes.a.read() as s:
        assert state.acked(s) >= header.last_seq and state.pending_count(s) == 0
        assert state.get(s, state.EPOCH_UNCONFIRMED) is None
        assert s.get(Case, first.id).base_version == first.row_version
    edit(nodes.a, first.id, "联网后修改")
    assert sync(nodes.a, central).conflicts == 0
    sync(nodes.b, central)
    with nodes.b.read() as s:
        assert s.get(Case, first.id).facts == "联网后修改"


def test_the_same_bundle_twice_and_an_online_sync_after_it_deliver_once(central, nodes, tmp_path):
    case = register(nodes.a, nodes.office.chair)
    path = tmp_path / "a.bundle"
    header = bundle.export_bundle(nodes.a, path, office_key(central), batch_entries=8)
    bundle.import_bundle(central, path)
    seqs, rows = central_seqs(central), snapshot(central)
    again = bundle.import_bundle(central, path)
    assert (again.pushed, again.batches, again.replayed) == (0, 0, header.batches)
    assert snapshot(central) == rows
    online = sync(nodes.a, central)
    assert (online.conflicts, online.rejects) == (0, 0)
    assert central_seqs(central) == seqs  # no case row written twice
    assert count(central, "cases", admin.metadata_for(central).tables["cases"].c.id == case.id) == 1
    assert count(central, "sync_conflicts") == 0


def test_an_online_sync_before_the_import_makes_the_import_a_no_op(central, nodes, tmp_path):
    register(nodes.a, nodes.office.chair)
    path = tmp_path / "a.bundle"
    bundle.export_bundle(nodes.a, path, office_key(central))
    assert sync(nodes.a, central).conflicts == 0  # registers the node with the export's epoch
    seqs = central_seqs(central)
    late = bundle.import_bundle(central, path)
    assert (late.pushed, late.conflicts, late.rejects) == (0, 0, 0) and not late.registered
    assert central_seqs(central) == seqs


def test_bundles_in_any_order_never_conflict_with_their_own_node(central, nodes, tmp_path, monkeypatch):
    case = register(nodes.a, nodes.office.chair)
    edit(nodes.a, case.id, "第一次修改")
    key = office_key(central)
    old = bundle.export_bundle(nodes.a, tmp_path / "old.bundle", key, batch_entries=4)
    edit(nodes.a, case.id, "第二次修改")
    new = bundle.export_bundle(nodes.a, tmp_path / "new.bundle", key, batch_entries=4)
    assert new.last_seq > old.last_seq and new.batches >= old.batches > 2

    real_push, pushed = bundle_import.push_batch, []

    def connection_lost(*args):  # the newer bundle's import stops after the batch carrying the case
        if any(r["id"] == case.id for r in pushed[-1:] and pushed[-1].rows.get("cases", [])):
            raise SyncError("connection lost")
        pushed.append(args[2])
        return real_push(*args)

    monkeypatch.setattr(bundle_import, "push_batch", connection_lost)
    with pytest.raises(SyncError):
        bundle.import_bundle(central, tmp_path / "new.bundle")
    monkeypatch.setattr(bundle_import, "push_batch", real_push)
    older = bundle.import_bundle(central, tmp_path / "old.bundle")  # straddles central's acknowledgement
    assert older.conflicts == 0 and older.replayed == len(pushed) and older.stale >= 1
    cases_t = admin.metadata_for(central).tables["cases"]
    with central.connect() as conn:
        assert conn.scalar(select(cases_t.c.facts).where(cases_t.c.id == case.id)) == "第二次修改"
    bundle.import_bundle(central, tmp_path / "new.bundle")
    assert count(central, "sync_conflicts") == 0
    assert_central_holds_node(central, nodes.a)



def test_a_bundle_older_than_what_central_has_adds_nothing(central, nodes, tmp_path):
    case = register(nodes.a, nodes.office.chair)
    bundle.export_bundle(nodes.a, tmp_path / "old.bundle", office_key(central))
    edit(nodes.a, case.id, "联网同步的修改")
    sync(nodes.a, central)
    rows = snapshot(central)
    late = bundle.import_bundle(central, tmp_path / "old.bundle")  # nothing in it central lacks
    assert (late.pushed, late.batches, late.conflicts) == (0, 0, 0) and late.replayed > 0
    assert snapshot(central) == rows


def test_a_duplicate_case_number_in_a_bundle_is_rejected_and_the_rest_lands(central, nodes, tmp_path):
    existing = register(nodes.a, nodes.office.chair)
    sync(nodes.a, central)
    sync(nodes.b, central)
    on_a = register(nodes.a, nodes.office.chair, facts="A 登记", acknowledge_warnings=True)
    on_b = register(nodes.b, nodes.office.chair, facts="B 登记", acknowledge_warnings=True)
    with nodes.b.store.write_engine.begin() as conn:  # a duplicate number (blocks per node prevent it in use)
        conn.execute(update(Case.__table__).where(Case.id == on_b.id).values(case_no=on_a.case_no,
                                                                             case_seq=on_a.case_seq))
    edit(nodes.b, existing.id, "同一包里的其他修改")
    sync(nodes.a, central)
    bundle.export_bundle(nodes.b, tmp_path / "b.bundle", office_key(central))
    result = bundle.import_bundle(central, tmp_path / "b.bundle")
    assert result.rejects >= 1 and result.pushed >= 1
    tables = admin.metadata_for(central).tables
    with central.connect() as conn:
        rejected = {(r.table_name, r.row_id) for r in conn.execute(select(tables["sync_rejects"]))}
        assert ("cases", on_b.id) in rejected
        facts = dict(conn.execute(select(tables["cases"].c.id, tables["cases"].c.facts)).all())
    assert facts[existing.id] == "同一包里的其他修改" and facts[on_a.id] == "A 登记" and on_b.id not in facts
    again = bundle.import_bundle(central, tmp_path / "b.bundle")
    assert again.rejects == 0 and count(central, "sync_rejects") == len(rejected)


def _rezip(source, target, change):
    """Copy a bundle, passing each member's bytes through ``change(name, data)``."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            zout.writestr(name, change(name, zin.read(name)))


def _bad_bundles(tmp_path, good, central):
    data = good.read_bytes()
    flipped = bytearray(data)
    flipped[len(data) // 2] ^= 0x5A
    (tmp_path / "flipped.bundle").write_bytes(bytes(flipped))
    (tmp_path / "truncated.bundle").write_bytes(data[: len(data) * 2 // 3])
    (tmp_path / "notes.txt").write_text("这不是同步包", encoding="utf-8")
    _rezip(good, tmp_path / "altered.bundle",
           lambda name, raw: raw.replace("第一件".encode(), "篡改过".encode()) if name == "batches.jsonl" else raw)
    _rezip(good, tmp_path / "bad-header.bundle",
           lambda name, raw: raw.replace(b'"rows":', b'"rows":1') if name == "header.json" else raw)
    return {
        "flipped.bundle": "damaged or incomplete|valid signature|invalid content|not a Mediator sync bundle",
        "truncated.bundle": "damaged or incomplete",
        "notes.txt": "damaged or incomplete|not a Mediator sync bundle",
        "altered.bundle": "does not carry a valid signature of office JC01",
        "bad-header.bundle": "not a Mediator sync bundle|invalid content",
    }


def test_bad_bundles_are_refused_naming_the_file_and_central_is_unchanged(central, nodes, tmp_path):
    register(nodes.a, nodes.office.chair, facts="第一件")
    good = tmp_path / "good.bundle"
    bundle.export_bundle(nodes.a, good, office_key(central))
    foreign_key = bundle_keys.new_key()
    bundle.export_bundle(nodes.a, tmp_path / "other-key.bundle", foreign_key)
    cases = _bad_bundles(tmp_path, good, central) | {"other-key.bundle": "does not carry a valid signature"}
    rows = snapshot(central)
    for name, message in cases.items():
        with pytest.raises(BundleError, match=message) as refused:
            bundle.import_bundle(central, tmp_path / name)
        assert str(tmp_path / name) in str(refused.value) and "nothing was imported" in str(refused.value)
        assert snapshot(central) == rows, name
    with pytest.raises(BundleError, match="missing.bundle cannot be read"):
        bundle.import_bundle(central, tmp_path / "missing.bundle")

    admin.unregister_office(central, "JC01")  # never claimed: registration and key go
    rows = snapshot(central)
    with pytest.raises(BundleError, match="good.bundle is from office JC01, which is not registered"):
        bundle.import_bundle(central, good)
    assert snapshot(central) == rows


def test_export_changes_nothing_locally_but_its_own_bookkeeping_and_writes_atomically(central, office, tmp_path):
    register(office.ws, office.chair)

    def local():
        with office.ws.read() as s:
            data = {n: sorted(map(str, s.execute(select(R.local_table(n))).all())) for n in synced_table_names()}
            data["journal"] = s.execute(select(JournalEntry.seq, JournalEntry.row_id)).all()
            data["settings"] = {k: v for k, v in s.execute(select(LocalSetting.key, LocalSetting.value))
                                if k not in (state.EPOCH, state.EPOCH_UNCONFIRMED, bundle.LAST_EXPORT)}
            return data

    before = local()
    path = tmp_path / "usb" / "a.bundle"
    with pytest.raises(InputError, match="cannot write the bundle"):
        bundle.export_bundle(office.ws, path, office_key(central))  # the folder does not exist
    path.parent.mkdir()
    path.write_bytes(b"an older bundle")
    header = bundle.export_bundle(office.ws, path, office_key(central))
    assert local() == before and sorted(p.name for p in path.parent.iterdir()) == ["a.bundle"]
    with zipfile.ZipFile(path) as zf:
        assert json.loads(zf.read("header.json"))["last_seq"] == header.last_seq
    with office.ws.read() as s:
        assert json.loads(state.get(s, bundle.LAST_EXPORT))["last_seq"] == header.last_seq
        assert state.get(s, state.EPOCH_UNCONFIRMED) == "1" and state.get(s, state.GENERATION) is None
    with pytest.raises(InputError, match="bundle key: not a valid key"):
        key = office_key(central)
        bundle.export_bundle(office.ws, path, key[:-1] + ("A" if key[-1] != "A" else "B"))


def test_command_line_export_import_and_keys(central, central_url, office, tmp_path, monkeypatch, capsys,
                                              memory_keyring):
    register(office.ws, office.chair)
    data = ["--data-dir", str(office.ws.data_dir)]
    path = str(tmp_path / "a.bundle")
    typed = []
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": typed.append(prompt) or office_key(central).lower())
    assert main([*data, "sync", "--export", path]) == 0
    out, err = capsys.readouterr()
    assert len(out.strip().splitlines()) == 1 and path in out and "JC01" in out and len(typed) == 1
    assert memory_keyring.items[(bundle_keys.SERVICE, "JC01")] == office_key(central)
    assert main([*data, "sync", "--export", path]) == 0 and len(typed) == 1  # the keyring keeps it
    capsys.readouterr()

    assert main(["sync", "--import", path, "--central", central_url]) == 0
    out, err = capsys.readouterr()
    assert len(out.strip().splitlines()) == 1 and "imported for office JC01" in out and "0 rejected" in out
    assert main(["sync", "--import", path, "--central", central_url]) == 0
    assert "pushed 0 rows" in capsys.readouterr().out

    (tmp_path / "cut.bundle").write_bytes((tmp_path / "a.bundle").read_bytes()[:200])
    assert main(["sync", "--import", str(tmp_path / "cut.bundle"), "--central", central_url]) == 2
    out, err = capsys.readouterr()
    assert out == "" and str(tmp_path / "cut.bundle") in err
    assert main(["sync", "--import", path]) == 2
    assert "--central URL" in capsys.readouterr().err
    assert main([*data, "sync", "--export", path, "--central", central_url]) == 2
    capsys.readouterr()

    assert main(["central", "bundle-key", central_url, "JC01"]) == 0  # the old key stops working
    new_key = capsys.readouterr().out.rsplit(": ", 1)[1].strip()
    assert new_key == office_key(central)
    assert main([*data, "sync", "--export", path]) == 0  # still signed with the kept, old key
    capsys.readouterr()
    assert main(["sync", "--import", path, "--central", central_url]) == 2
    assert "does not carry a valid signature" in capsys.readouterr().err
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": new_key)
    assert main([*data, "sync", "--export", path, "--new-key"]) == 0
    assert main(["sync", "--import", path, "--central", central_url]) == 0
    assert memory_keyring.items[(bundle_keys.SERVICE, "JC01")] == new_key
    capsys.readouterr()

    monkeypatch.setattr(getpass, "getpass", lambda prompt="": "ABCD-EFGH")
    assert main([*data, "sync", "--export", path, "--new-key"]) == 2
    assert "bundle key: not a valid key" in capsys.readouterr().err


def test_without_a_keyring_the_key_is_asked_each_time(central, office, tmp_path, monkeypatch, capsys):
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        asked = []
        monkeypatch.setattr(getpass, "getpass", lambda prompt="": asked.append(prompt) or office_key(central))
        for _ in range(2):
            assert main(["--data-dir", str(office.ws.data_dir), "sync", "--export", str(tmp_path / "a.bundle")]) == 0
        assert len(asked) == 2 and "JC01" in asked[0]
        assert "no usable password keyring" in capsys.readouterr().err
    finally:
        keyring.set_keyring(before)


def test_add_office_prints_a_bundle_key_once(central_url, capsys):
    assert main(["central", "init", central_url]) == 0
    assert main(["central", "add-office", central_url, "JC09"]) == 0
    out = capsys.readouterr().out
    printed = next(line for line in out.splitlines() if "bundle key of office JC09" in line).rsplit(": ", 1)[1]
    engine = central_engine(central_url)
    try:
        with engine.connect() as conn:
            assert bundle_keys.lookup(conn, admin.metadata_for(engine).tables[bundle_keys.TABLE], "JC09") == printed
        assert bundle_keys.normalize(printed.replace("-", " ").lower()) == printed
    finally:
        if engine.dialect.name == "postgresql":
            roles.drop_store_roles(engine)
        engine.dispose()


@pytest.mark.parametrize("central_url", ["postgres"], indirect=True)
def test_office_and_federation_roles_cannot_read_bundle_keys(central_url):
    owner = central_engine(central_url)
    engines = [owner]
    try:
        admin.init_central(owner)
        names = roles.setup(owner)
        admin.add_office(owner, "JC01")
        login = roles.add_office_login(owner, "JC01")
        office = central_engine(make_url(login.url).set(drivername="postgresql+psycopg", password=login.password))
        engines.append(office)
        with office.connect() as conn, pytest.raises(DBAPIError, match="permission denied"):
            conn.execute(text("SELECT key FROM central_bundle_keys"))
        with owner.connect() as conn:
            conn.exec_driver_sql(f'SET ROLE "{names.federation}"')
            assert conn.execute(text("SELECT count(*) FROM central_offices")).scalar() == 1  # it reads the rest
            with pytest.raises(DBAPIError, match="permission denied"):
                conn.execute(text("SELECT key FROM central_bundle_keys"))
    finally:
        for engine in engines[1:]:
            engine.dispose()
        roles.drop_store_roles(owner)
        owner.dispose()


def test_a_bundle_of_a_node_central_lost_or_of_another_epoch_is_refused(central, nodes, tmp_path):
    register(nodes.a, nodes.office.chair)
    sync(nodes.a, central)
    key = office_key(central)
    bundle.export_bundle(nodes.a, tmp_path / "a.bundle", key)
    with nodes.a.unit(None) as uow:  # this database restored from a copy with another epoch
        state.put(uow.session, state.EPOCH, str(uuid.uuid4()))
    bundle.export_bundle(nodes.a, tmp_path / "copy.bundle", key)
    rows = snapshot(central)
    with pytest.raises(SyncError, match="copy.bundle comes from a node database that is not the one"):
        bundle.import_bundle(central, tmp_path / "copy.bundle")
    assert snapshot(central) == rows
    nodes_t = admin.metadata_for(central).tables["sync_nodes"]
    with central.begin() as conn:  # central restored from a dump made before this node's first sync
        conn.execute(nodes_t.delete().where(nodes_t.c.node_id == nodes.a.node_id))
    rows = snapshot(central)
    with pytest.raises(SyncError, match="no record of this node although it synced before"):
        bundle.import_bundle(central, tmp_path / "a.bundle")
    assert snapshot(central) == rows
    with pytest.raises(BundleError, match="office XX99 is not registered"):
        bundle.reissue_key(central, "XX99")


def test_rows_of_another_office_in_a_signed_bundle_are_rejected_once_and_the_rest_lands(central, office, tmp_path):
    honest = register(office.ws, office.chair)
    forged = register(office.ws, office.chair, facts="冒充别的单位", acknowledge_warnings=True)
    key, other_office = office_key(central), uuid.uuid4()
    header = bundle.export_bundle(office.ws, tmp_path / "honest.bundle", key)
    opened = OpenedBundle(tmp_path / "honest.bundle")
    opened.verify(bundle_keys.secret(key))
    batches = list(opened.batches())
    for batch in batches:  # whoever holds the office's key writes a row claiming another office
        for row in batch.rows.get("cases", []):
            if row["id"] == forged.id:
                row["office_id"] = other_office
    write_bundle(tmp_path / "forged.bundle", bundle_keys.secret(key), batches,
                 lambda last, n, rows: dataclasses.replace(header, batches=n, rows=rows))

    result = bundle.import_bundle(central, tmp_path / "forged.bundle")
    tables = admin.metadata_for(central).tables
    with central.connect() as conn:
        landed = set(conn.scalars(select(tables["cases"].c.id)))
        recorded = conn.execute(select(tables["sync_rejects"])).mappings().all()
    assert honest.id in landed and forged.id not in landed
    by_row = {(r["table_name"], r["row_id"]): r for r in recorded}
    assert "belongs to another office" in by_row[("cases", forged.id)]["reason"]
    assert by_row[("cases", forged.id)]["office_id"] == other_office
    assert all(r["row_id"] == forged.id or r["row"].get("case_id") == str(forged.id) for r in recorded)
    assert result.rejects == len(recorded) and result.pushed > 0
    bundle.import_bundle(central, tmp_path / "forged.bundle")
    assert count(central, "sync_rejects") == len(recorded)  # recorded once


def test_a_bundle_from_a_node_restored_from_a_backup_is_refused(central, office, tmp_path):
    case = register(office.ws, office.chair)
    sync(office.ws, central)
    backup = tmp_path / "restored"
    backup.mkdir()
    with closing(sqlite3.connect(office.ws.data_dir / DB_NAME)) as src, \
            closing(sqlite3.connect(backup / DB_NAME)) as dst:
        src.backup(dst)
    edit(office.ws, case.id, "备份之后的修改")
    register(office.ws, office.chair, facts="备份之后登记", acknowledge_warnings=True)
    sync(office.ws, central)
    restored = Workspace.open(backup, daily_backup=False)  # same node, same epoch, an older journal
    try:
        edit(restored, case.id, "恢复之后的另一修改")  # the same version number central already has
        bundle.export_bundle(restored, tmp_path / "restored.bundle", office_key(central))
    finally:
        restored.close()
    rows = snapshot(central)
    with pytest.raises(SyncError, match="restored.bundle holds changes .* restored from a backup"):
        bundle.import_bundle(central, tmp_path / "restored.bundle")
    assert snapshot(central) == rows
