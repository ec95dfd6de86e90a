"""A Hypothesis state machine over sync, on a SQLite central and a PostgreSQL central: two offices
(A with nodes A1 and A2, B with node B1) register cases, edit facts and parties' phones, move cases
on (accept, assign, hearing), sync, crash at any step of a sync (in-process: ``inprocess_crash``),
and export offline bundles that central imports in any order, any number of times. After every
step ``SyncModel.check`` requires that no local edit is lost (each is pending on its node, at
central, or in a conflict record), nothing is rejected or recorded twice, pulls do not echo, and
acknowledgements and the batch log agree; at the end every node syncs twice and must equal central
for its office's rows, except rows in open conflicts.

One rule draws the next ``Step`` from a weighted mix and runs the method of that name. Separate
Hypothesis rules would be thinned by its swarm testing (each example switches a random subset of
rules off), which in 30 examples left most of them without a sync or without an edit.

A node is backed up at any step and restored from any of its backups at a later one, then
synced with the re-base confirmed (``sync(..., rebase=True)``): what it delivered before stays at
central, what its backup held unsent is expected again, what it did after the backup and never
sent is gone.

Determinism: ``derandomize=True`` and no example database, so CI runs the same examples every
time and a failure reproduces by running the test again (docs/decisions.md)."""

from __future__ import annotations

import datetime as dt
import shutil
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import pytest
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from sqlalchemy import Engine, select

from mediator.errors import MediatorError
from mediator.services import hearings, lifecycle, setup, users
from mediator.services.common import active_mediator_ids
from mediator.services.context import DB_NAME, Actor, Workspace
from mediator.store import backup
from mediator.store.models import Case, Party
from mediator.sync import admin, bundle, node, numbering, state
from mediator.sync.connect import central_engine
from mediator.sync.engine import sync
from tests.conftest import PASSWORD, TODAY
from tests.sync.conftest import register
from tests.sync.inprocess_crash import POINTS, InjectedCrash, before_pull, crash_at
from tests.sync.sync_model import SyncModel, central_snapshot, reset_central

NODES = ("A1", "A2", "B1")
OFFICES = {"A": ["A1", "A2"], "B": ["B1"]}
SETTINGS = settings(max_examples=25, stateful_step_count=15, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow])
HEARING_AT = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
# the mix of steps (a kind listed twice is drawn twice as often)
KINDS = ("sync_a_node", "crash_during_a_sync", "edit_facts", "edit_facts", "edit_a_phone", "register_a_case",
         "move_a_case_on", "carry_a_bundle", "import_a_bundle", "back_up_a_node", "restore_a_node")


class Step(NamedTuple):
    """One step of an example: ``kind`` names the method that runs it; it reads the fields it needs."""

    kind: str
    node: str
    pick: int = 0  # which case (or bundle), modulo how many there are
    party: int = 0  # which party of the case
    small_batches: bool = False  # batches of 3 journal entries instead of 2000
    edit_midway: bool = False  # for a sync: the case's facts edited between push and pull
    point: int = 0  # for a crash: which point (``crash_during_a_sync``)
    nth: int = 1  # for a crash at a push point: in which batch


@st.composite
def steps(draw) -> Step:  # noqa: ANN001
    kind = draw(st.sampled_from(KINDS))
    name = draw(st.sampled_from(NODES))
    pick = draw(st.integers(0, 3))  # few cases: the two A nodes often edit the same one
    if kind in ("sync_a_node", "crash_during_a_sync"):
        small = draw(st.booleans())
        if kind == "sync_a_node":
            return Step(kind, name, pick, small_batches=small, edit_midway=draw(st.booleans()))
        return Step(kind, name, small_batches=small, point=draw(st.integers(0, len(POINTS) - 1)),
                    nth=draw(st.integers(1, 3)))
    if kind == "edit_a_phone":
        return Step(kind, name, pick, party=draw(st.integers(0, 3)))
    return Step(kind, name, pick)


@dataclass
class Setting:
    """What every example starts from (built once per test by ``build_start``): the central store
    with both offices registered, its rows at the start, and the three nodes' directories."""

    central: Engine
    chairs: dict[str, Actor]
    keys: dict[str, str]  # office → bundle key
    start: Path  # A1, A2, B1 at the start
    snapshot: dict[str, list[dict]]  # central at the start
    a2_copied_at: int  # A2's journal inherited from A1
    root: Path
    examples: list[int] = field(default_factory=list)


@pytest.fixture(scope="module")
def second_office_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("office-b-template")
    ws = Workspace.open(path, daily_backup=False)
    chair = setup.init_office(ws, office_code="JC02", office_name="新桥镇劳动争议调解委员会", short_name="新桥",
                              chair_name="周主任", password=PASSWORD)
    users.add_user(ws, chair, login="wang", name="吴调解", role="mediator", password=PASSWORD)
    ws.close()
    return path


def build_start(central: Engine, templates: dict[str, Path], root: Path) -> Setting:
    """A1 registers two cases and syncs, A2 is copied from it (after A's first sync, as
    docs/sync.md advises) and syncs; then, unsent, A1 and A2 both edit the first case's facts (a
    conflict waiting to happen) and A2 a party's phone in the second; B1 registered one case and
    never synced."""
    keys = {"A": admin.add_office(central, "JC01", "旧城镇"), "B": admin.add_office(central, "JC02", "新桥镇")}
    start, ws = root / "start", {}
    for name in ("A1", "B1"):
        shutil.copytree(templates[name[0]], start / name)
        ws[name] = Workspace.open(start / name, daily_backup=False)
    chairs = {name[0]: users.sign_in(ws[name], "chair", PASSWORD) for name in ws}
    for name in ("A1", "A1", "B1"):
        register(ws[name], chairs[name[0]], facts=f"{name} 登记", acknowledge_warnings=True)
    sync(ws["A1"], central)
    ws["A2"] = node.copy_node(start / "A1", start / "A2", "second")
    with ws["A2"].read() as s:
        copied_at = state.acked(s)
    sync(ws["A2"], central)
    with ws["A2"].read() as s:
        first, second = s.scalars(select(Case).order_by(Case.case_seq)).all()
        party = s.scalars(select(Party).where(Party.case_id == second.id).order_by(Party.role)).first()
    for name in ("A1", "A2"):
        with ws[name].unit(chairs["A"]) as uow:
            uow.session.get(Case, first.id).facts = f"{name} 离线修改"
    with ws["A2"].unit(chairs["A"]) as uow:
        uow.session.get(Party, party.id).phone = "13700000000"
    for one in ws.values():
        one.close()
    return Setting(central, chairs, keys, start, central_snapshot(central), copied_at, root)


class SyncMachine(RuleBasedStateMachine):
    """Each example starts from ``Setting`` (central and the nodes as ``build_start`` left them)
    and runs up to 15 steps."""

    setting: Setting  # given by the test

    def __init__(self):
        super().__init__()
        setting = self.setting
        setting.examples.append(len(setting.examples) + 1)
        self.root = setting.root / f"example-{setting.examples[-1]}"
        self.ok = True
        self.counter = 0
        self.bundles: list[tuple[str, Path]] = []  # (node, file)
        self.backups: list[tuple[str, Path, tuple]] = []  # (node, file, what the model knew then)
        reset_central(setting.central, setting.snapshot)
        shutil.copytree(setting.start, self.root)
        self.model = SyncModel(setting.central)
        self.ws = {name: Workspace.open(self.root / name, daily_backup=False, check=False) for name in NODES}
        for name, ws in self.ws.items():
            self.model.add_node(name, ws, copied_at=setting.a2_copied_at if name == "A2" else 0)
        self.model.note_changes(sync_step=False)
        self.crashes = 0

    @rule(step=steps())
    def step(self, step: Step):
        self.ok = False
        getattr(self, step.kind)(step)
        self.model.note_changes(sync_step=step.kind not in ("register_a_case", "edit_facts", "edit_a_phone",
                                                              "move_a_case_on"), rebase=step.kind == "restore_a_node")

    @invariant()
    def nothing_lost_nothing_duplicated(self):
        self.ok = False
        self.model.check()
        self.ok = True

    def teardown(self):
        try:
            if self.ok:  # a failed step is reported as it is, not buried under the end-state check
                for _ in range(2):
                    for name in NODES:
                        sync(self.ws[name], self.setting.central)
                        self.model.note_changes(sync_step=True)
                self.model.assert_converged(OFFICES)
        finally:
            for ws in self.ws.values():
                ws.close()
            shutil.rmtree(self.root, ignore_errors=True)

    # --- helpers ------------------------------------------------------------------------
    def chair(self, name: str) -> Actor:
        return self.setting.chairs[name[0]]

    def next_text(self, what: str) -> str:
        self.counter += 1
        return f"{what} {self.counter}"

    def pick_case(self, step: Step) -> Case | None:
        with self.ws[step.node].read() as s:
            found = list(s.scalars(select(Case).where(Case.deleted_at.is_(None)).order_by(Case.case_seq)))
        return found[step.pick % len(found)] if found else None

    # --- local work ---------------------------------------------------------------------
    def register_a_case(self, step: Step) -> None:
        try:
            register(self.ws[step.node], self.chair(step.node), facts=self.next_text("登记"),
                     acknowledge_warnings=True)
        except MediatorError as exc:  # a block's numbers used up offline
            assert str(exc) == numbering.exhausted_message(TODAY.year), exc
            event("registration refused: no case number left")

    def edit_facts(self, step: Step, note: bool = False) -> None:
        """``note``: made during a sync, noted at once (the rest of the sync must journal nothing)."""
        case = self.pick_case(step)
        if case is not None:
            with self.ws[step.node].unit(self.chair(step.node)) as uow:
                uow.session.get(Case, case.id).facts = self.next_text(f"{step.node} 修改事实")
        if note:
            self.model.note_changes(sync_step=False)

    def edit_a_phone(self, step: Step) -> None:
        case = self.pick_case(step)
        if case is not None:
            with self.ws[step.node].unit(self.chair(step.node)) as uow:
                parties = uow.session.scalars(select(Party).where(Party.case_id == case.id)
                                              .order_by(Party.role, Party.position)).all()
                self.counter += 1
                parties[step.party % len(parties)].phone = f"139{self.counter:08d}"

    def move_a_case_on(self, step: Step) -> None:
        """Accept, assign a mediator, or record a hearing: whichever comes next for the case."""
        case = self.pick_case(step)
        ws, chair = self.ws[step.node], self.chair(step.node)
        if case is None:
            return
        with ws.read() as s:
            assigned = bool(active_mediator_ids(s, case))
        try:
            if case.status == "registered":
                lifecycle.accept(ws, chair, str(case.id))
            elif not assigned:
                lifecycle.assign(ws, chair, str(case.id), ["wang"], acknowledge_warnings=True)
            else:
                hearings.record_hearing(ws, chair, str(case.id), starts_at=HEARING_AT, place="调解室",
                                        record_text=self.next_text("笔录"))
        except MediatorError as exc:  # a step the case's state refuses: nothing is written
            event(f"case step refused: {type(exc).__name__}")

    # --- exchanges with central -----------------------------------------------------------
    def sync_a_node(self, step: Step) -> None:
        midway = before_pull(lambda: self.edit_facts(step, note=True)) if step.edit_midway else nullcontext()
        with midway:
            result = sync(self.ws[step.node], self.setting.central, batch_entries=3 if step.small_batches else 2000)
        assert result.pull_skipped == 0, result
        event("sync recorded a conflict" if result.conflicts else "sync without conflict")

    def crash_during_a_sync(self, step: Step) -> None:
        point = POINTS[(step.point + self.crashes) % len(POINTS)]  # the n-th crash moves n points on
        self.crashes += 1
        size = 3 if step.small_batches else 2000
        with self.ws[step.node].read() as s:
            batches = -(-state.pending_count(s) // size)
        nth = min(step.nth, max(batches, 1)) if point.startswith("push_") else 1  # others: once per sync
        try:
            with crash_at(point, nth):
                sync(self.ws[step.node], self.setting.central, batch_entries=size)
            event(f"crash at {point}: not reached")
        except InjectedCrash:
            event(f"crash at {point}: crashed")

    def carry_a_bundle(self, step: Step) -> None:
        """Export a bundle from the node, then import one: this one when ``pick`` is 0, else an older one."""
        path = self.root / f"bundle-{len(self.bundles) + 1}-{step.node}.zip"
        bundle.export_bundle(self.ws[step.node], path, self.setting.keys[step.node[0]])
        self.bundles.append((step.node, path))
        self.import_a_bundle(step)

    def import_a_bundle(self, step: Step) -> None:
        """Any bundle exported so far (the newest when ``pick`` is 0), also one imported before."""
        if not self.bundles:
            return
        result = bundle.import_bundle(self.setting.central, self.bundles[-1 - step.pick % len(self.bundles)][1])
        event("import: " + ", ".join(k for k in ("batches", "replayed", "stale", "conflicts") if getattr(result, k)))

    # --- backups and restores -------------------------------------------------------------
    def back_up_a_node(self, step: Step) -> None:
        path = self.root / f"backup-{len(self.backups) + 1}-{step.node}.db"
        backup.backup_to(self.ws[step.node].data_dir / DB_NAME, path)
        self.backups.append((step.node, path, self.model.saved(step.node)))

    def restore_a_node(self, step: Step) -> None:
        """Put a backup back on its node (the newest backup when ``pick`` is 0) and sync, confirming
        the re-base. The node's bundles exported before are no longer imported: bundles are not
        re-based (docs/sync.md, "Restores and re-basing")."""
        if not self.backups:
            return
        name, path, saved = self.backups[-1 - step.pick % len(self.backups)]
        ws = self.ws[name]
        ws.close()
        backup.restore_from(path, ws.data_dir / DB_NAME, ws.data_dir / "backups")
        self.ws[name] = ws = Workspace.open(ws.data_dir, daily_backup=False)
        self.model.restored(name, ws, saved)
        self.bundles = [b for b in self.bundles if b[0] != name]
        result = sync(ws, self.setting.central, rebase=True)
        event(f"restore: {'re-based ' + result.rebased if result.rebased else 'nothing to re-base'}")


def test_random_edits_syncs_crashes_and_bundles_lose_nothing_and_converge(
        central_url, office_template, second_office_template, tmp_path):
    central = central_engine(central_url)
    try:
        admin.init_central(central)
        setting = build_start(central, {"A": office_template, "B": second_office_template}, tmp_path)
        run_state_machine_as_test(type("Machine", (SyncMachine,), {"setting": setting}), settings=SETTINGS)
    finally:
        central.dispose()
