"""A row a node pushes again must not be recorded again: a row whose changes fall into several
batches of one sync (each batch carries the row as it is now), and bundles of one node that
overlap (each export repeats everything central has not acknowledged online, so a second export
holds the first one's changes again) imported one after another or out of order. Found by the
state-machine test (test_state_machine.py). Both central backends."""

from __future__ import annotations

from sqlalchemy import func, select

from mediator.store.models import Case, Party
from mediator.sync import admin, bundle, bundle_keys
from mediator.sync.engine import sync
from tests.sync.conftest import register


def office_key(central) -> str:
    with central.connect() as conn:
        return bundle_keys.lookup(conn, admin.metadata_for(central).tables[bundle_keys.TABLE], "JC01")


def edit(ws, case_id, facts):
    with ws.unit(None) as uow:
        uow.session.get(Case, case_id).facts = facts


def edit_phone(ws, case_id, phone):
    with ws.unit(None) as uow:
        uow.session.scalars(select(Party).where(Party.case_id == case_id)).first().phone = phone


def conflicts(central) -> list:
    t = admin.metadata_for(central).tables["sync_conflicts"]
    with central.connect() as conn:
        return conn.execute(select(t.c.node_id, t.c.row_id, t.c.incoming_version)).all()


def central_facts(central, case_id) -> str:
    t = admin.metadata_for(central).tables["cases"]
    with central.connect() as conn:
        return conn.scalar(select(t.c.facts).where(t.c.id == case_id))


def test_a_conflicting_row_in_several_batches_of_one_sync_is_recorded_once(central, nodes):
    case = register(nodes.a, nodes.office.chair)
    sync(nodes.a, central)
    sync(nodes.b, central)
    edit(nodes.a, case.id, "A 联网修改")
    sync(nodes.a, central)
    edit(nodes.b, case.id, "B 离线修改")  # in the first batch
    register(nodes.b, nodes.office.chair, facts="B 登记", acknowledge_warnings=True)  # several entries
    edit(nodes.b, case.id, "B 再改")  # in the last batch: the first one carries this version too
    result = sync(nodes.b, central, batch_entries=3)
    assert result.batches > 2
    assert result.conflicts == 1 and len(conflicts(central)) == 1


def test_a_conflict_in_two_overlapping_bundles_is_recorded_once(central, nodes, tmp_path):
    case = register(nodes.a, nodes.office.chair)
    sync(nodes.a, central)
    sync(nodes.b, central)
    edit(nodes.a, case.id, "A 联网修改")
    sync(nodes.a, central)
    edit(nodes.b, case.id, "B 离线修改")  # concurrent with A's: one conflict
    bundle.export_bundle(nodes.b, tmp_path / "1.bundle", office_key(central))
    assert bundle.import_bundle(central, tmp_path / "1.bundle").conflicts == 1
    edit_phone(nodes.b, case.id, "13711112222")  # the next export repeats B's edit of the facts
    bundle.export_bundle(nodes.b, tmp_path / "2.bundle", office_key(central))
    second = bundle.import_bundle(central, tmp_path / "2.bundle")
    assert second.conflicts == 0 and second.pushed == 1  # the phone
    assert len(conflicts(central)) == 1


def test_a_bundle_repeating_a_landed_edit_that_another_node_built_on_makes_no_conflict(central, nodes, tmp_path):
    case = register(nodes.a, nodes.office.chair)
    sync(nodes.a, central)
    sync(nodes.b, central)
    edit(nodes.b, case.id, "B 离线修改")
    bundle.export_bundle(nodes.b, tmp_path / "1.bundle", office_key(central))
    bundle.import_bundle(central, tmp_path / "1.bundle")  # B's edit lands
    sync(nodes.a, central)  # A pulls it and edits on top of it
    edit(nodes.a, case.id, "A 在 B 的基础上修改")
    sync(nodes.a, central)
    edit_phone(nodes.b, case.id, "13711112222")
    bundle.export_bundle(nodes.b, tmp_path / "2.bundle", office_key(central))  # repeats B's landed edit
    second = bundle.import_bundle(central, tmp_path / "2.bundle")
    assert second.conflicts == 0 and conflicts(central) == []
    assert central_facts(central, case.id) == "A 在 B 的基础上修改"


def test_an_older_bundle_holding_a_conflicted_edit_is_not_taken_for_a_restore(central, nodes, tmp_path):
    case = register(nodes.a, nodes.office.chair)
    sync(nodes.a, central)
    sync(nodes.b, central)
    edit(nodes.a, case.id, "A 联网修改")
    sync(nodes.a, central)
    edit(nodes.b, case.id, "B 离线修改")
    bundle.export_bundle(nodes.b, tmp_path / "old.bundle", office_key(central))
    edit_phone(nodes.b, case.id, "13711112222")
    bundle.export_bundle(nodes.b, tmp_path / "new.bundle", office_key(central))
    assert bundle.import_bundle(central, tmp_path / "new.bundle").conflicts == 1
    late = bundle.import_bundle(central, tmp_path / "old.bundle")  # arrives late: nothing new in it
    assert (late.pushed, late.conflicts) == (0, 0)
    assert len(conflicts(central)) == 1
    t = admin.metadata_for(central).tables["cases"]
    with central.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(t)) == 1
