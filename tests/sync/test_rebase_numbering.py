"""A node restored to a backup taken before its first sync, then re-based: the case-number block
its first sync reserved, never used, is retired empty, and the next reservation must not collide
with that row on central's (office, year, first_seq) key. Found by the state-machine test
(test_state_machine.py). Both central backends."""

from __future__ import annotations

from sqlalchemy import func, select

from mediator.services.context import DB_NAME, Workspace
from mediator.store import backup
from mediator.store.models import Case
from mediator.sync import admin, numbering
from mediator.sync.engine import sync
from tests.conftest import TODAY
from tests.sync.conftest import register


def test_a_node_restored_to_before_its_first_sync_rebases_and_numbers_on(central, office, tmp_path):
    ws = office.ws
    register(ws, office.chair)  # numbered open-ended: the office never synced
    saved = backup.backup_to(ws.data_dir / DB_NAME, tmp_path / "before-first-sync.db")
    sync(ws, central)  # closes the open-ended block, reserves a block for this node
    ws.close()
    backup.restore_from(saved, ws.data_dir / DB_NAME, ws.data_dir / "backups")
    office.ws = ws = Workspace.open(ws.data_dir, daily_backup=False)
    result = sync(ws, central, rebase=True)
    assert result.rebased == "node" and (result.conflicts, result.rejects) == (0, 0)
    assert numbering.numbering_status(ws).remaining >= numbering.LOW_WATER
    case = register(ws, office.chair, facts="恢复后登记", acknowledge_warnings=True)
    sync(ws, central)
    cases = admin.metadata_for(central).tables["cases"]
    with central.connect() as conn:
        numbers = conn.scalars(select(cases.c.case_no)).all()
        assert conn.scalar(select(func.count()).select_from(cases).where(cases.c.id == case.id)) == 1
    assert len(numbers) == len(set(numbers)) == 2
    with ws.read() as s:
        assert s.get(Case, case.id).case_year == TODAY.year
