"""Case-number blocks on a SQLite central and a PostgreSQL central: two nodes of one office
number offline from their own reserved blocks (no duplicates, no rejects), the low-block warning
and the "sync first" refusal, a first sync closing the open-ended block, atomic concurrent
reservations, released tails reissued, and an office without central numbering as before."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import select

from mediator.errors import InputError
from mediator.services import cases
from mediator.services.intake import parse_case
from mediator.store.models import Case, CaseNumberBlock
from mediator.sync import admin, numbering
from mediator.sync.engine import sync
from tests.conftest import case_data

TODAY = dt.date.today()  # blocks are reserved for the current year: cases are received this year


def register_now(ws, actor, **changes):
    applied = TODAY - dt.timedelta(days=1)
    data = case_data(applied_at=f"{applied.isoformat()}T09:30:00",
                     infringement_known_on=(applied - dt.timedelta(days=20)).isoformat(),
                     acknowledge_warnings=True, **changes)
    return cases.register_case(ws, actor, parse_case(data, today=TODAY))


def _blocks(ws, node_id=None):
    with ws.read() as s:
        stmt = select(CaseNumberBlock).where(CaseNumberBlock.year == TODAY.year)
        if node_id:
            stmt = stmt.where(CaseNumberBlock.node_id == node_id)
        return [(b.first_seq, b.last_seq) for b in s.scalars(stmt.order_by(CaseNumberBlock.first_seq))]


def _within(seq, ranges):
    return any(first <= seq <= last for first, last in ranges)


@pytest.fixture
def small_blocks(monkeypatch):
    monkeypatch.setattr(numbering, "BLOCK_SIZE", 6)
    monkeypatch.setattr(numbering, "LOW_WATER", 3)


def test_two_nodes_number_offline_from_their_own_blocks(central, nodes, small_blocks):
    a, b, chair = nodes.a, nodes.b, nodes.office.chair
    sync(a, central)
    sync(b, central)
    assert _blocks(a, a.node_id) == [(1, 6)] and _blocks(b, b.node_id) == [(7, 12)]
    assert numbering.numbering_status(a).remaining == 6 and numbering.numbering_status(a).warning is None

    on_a = [register_now(a, chair) for _ in range(4)]  # offline, both at once
    on_b = [register_now(b, chair) for _ in range(4)]
    assert [c.case_seq for c in on_a] == [1, 2, 3, 4] and [c.case_seq for c in on_b] == [7, 8, 9, 10]
    status = numbering.numbering_status(a)
    assert status.remaining == 2 and "only 2 case numbers" in status.warning

    results = [sync(a, central), sync(b, central), sync(a, central)]
    assert sum(r.rejects for r in results) == 0 and sum(r.conflicts for r in results) == 0
    assert _count_rejects(central) == 0
    with a.read() as s:
        numbers = {c.case_no: c.case_seq for c in s.scalars(select(Case))}
    assert len(numbers) == 8  # all distinct, and A holds B's cases too
    a_blocks, b_blocks = _blocks(a, a.node_id), _blocks(a, b.node_id)
    assert all(_within(c.case_seq, a_blocks) for c in on_a) and all(_within(c.case_seq, b_blocks) for c in on_b)
    a_numbers = {n for f, last in a_blocks for n in range(f, last + 1)}
    b_numbers = {n for f, last in b_blocks for n in range(f, last + 1)}
    assert not a_numbers & b_numbers and len(a_blocks) == len(b_blocks) == 2  # each reserved a second block
    assert numbering.numbering_status(a).warning is None  # topped up at sync

    left = numbering.numbering_status(b).remaining
    for _ in range(left):
        register_now(b, chair)
    assert numbering.numbering_status(b).warning == numbering.exhausted_message(TODAY.year)
    with pytest.raises(InputError, match="sync with the central store"):
        register_now(b, chair)
    sync(b, central)
    assert register_now(b, chair).case_seq > 12


def _count_rejects(engine):
    t = admin.metadata_for(engine).tables["sync_rejects"]
    with engine.connect() as conn:
        return len(conn.execute(select(t.c.id)).all())


def test_first_sync_closes_the_open_block_and_numbers_after_it(central, office):
    ws = office.ws
    first = [register_now(ws, office.chair).case_seq for _ in range(2)]
    assert first == [1, 2] and _blocks(ws) == [(1, None)]
    sync(ws, central)
    assert _blocks(ws) == [(1, 2), (3, 3 + numbering.BLOCK_SIZE - 1)]
    assert register_now(ws, office.chair).case_seq == 3
    assert sync(ws, central).rejects == 0


def test_an_office_without_a_central_store_numbers_as_before(office):
    seqs = [register_now(office.ws, office.chair).case_seq for _ in range(3)]
    assert seqs == [1, 2, 3] and _blocks(office.ws) == [(1, None)]
    status = numbering.numbering_status(office.ws)
    assert (status.federated, status.remaining, status.warning) == (False, None, None)


def test_concurrent_reservations_never_overlap(central, nodes):
    sync(nodes.a, central)
    sync(nodes.b, central)
    tables = admin.metadata_for(central).tables
    start, got, errors = threading.Barrier(4), [], []

    def reserve(node_id):
        try:
            start.wait()
            got.extend(numbering.reserve(central, tables, nodes.a.office_id, node_id, TODAY.year, 5, []))
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=reserve, args=(n,)) for n in (nodes.a.node_id, nodes.b.node_id) * 2]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert errors == []
    numbers = [n for r in got for n in range(r["first_seq"], r["last_seq"] + 1)]
    assert len(numbers) == 20 and len(set(numbers)) == 20
    assert min(numbers) > 2 * numbering.BLOCK_SIZE  # after the blocks the two first syncs reserved


def test_a_released_tail_of_a_past_year_is_reissued_first(central, nodes, small_blocks):
    a, b = nodes.a, nodes.b
    sync(a, central)
    sync(b, central)  # A: 1-6, B: 7-12
    register_now(a, nodes.office.chair)
    numbering.close_blocks(a, today=dt.date(TODAY.year + 1, 2, 1))  # the year is over: A keeps 1, releases 2-6
    assert _blocks(a, a.node_id) == [(1, 1)]
    sync(a, central)  # A pushes the release, then tops up: the hole 2-6 comes first, then 13
    assert _blocks(a, a.node_id) == [(1, 1), (2, 6), (13, 13)]
    tables = admin.metadata_for(central).tables
    (block,) = numbering.reserve(central, tables, b.office_id, b.node_id, TODAY.year, 3, _blocks(b, b.node_id))
    assert (block["first_seq"], block["last_seq"]) == (14, 16)
