"""Round trips of a sync through a slow line (issue 5: an incremental sync within 1 s at 50 ms of
round trip), counted at the loopback proxy (tests/sync/tcp_proxy.py): an everyday sync with a new
connection, as ``mediator sync`` makes it, stays within its budget, the sync engine starts without
SQLAlchemy's first-connect queries yet knows what they would have told it, and the reads the
savings removed lose nothing (a case-number block reserved at central whose local copy was lost
is still recovered)."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from mediator.store.models import CaseNumberBlock
from mediator.sync import numbering
from mediator.sync.connect import central_engine
from mediator.sync.engine import sync
from mediator.sync.quick_start import version_tuple
from tests.sync.conftest import register
from tests.sync.tcp_proxy import Proxy
from tests.sync.test_crashes import central_tables, edit
from tests.sync.test_numbering import TODAY

# connecting 2 (SSLRequest, startup), handshake 1, push 3 (BEGIN, the batch's statement, COMMIT),
# pull 1, last-pull time with the inbox's record ids 1
EVERYDAY_SYNC_ROUND_TRIPS = 8


def through(proxy: Proxy, central_url: str) -> str:
    return make_url(central_url).set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)


@pytest.mark.parametrize("central_url", ["postgres"], indirect=True)
def test_an_everyday_sync_with_a_new_connection_stays_within_its_round_trips(central_url, central, nodes, proxy):
    a, b, chair = nodes.a, nodes.b, nodes.office.chair
    cases = [register(a, chair, facts=f"第{i}件", acknowledge_warnings=True) for i in range(3)]
    sync(a, central)
    sync(b, central)
    edit(b, cases[0].id, "B 的修改")
    sync(b, central)  # something for A to pull
    for case in cases[1:]:
        edit(a, case.id, "A 的修改")
    before = proxy.turns
    result = sync(a, through(proxy, central_url))
    assert (result.pushed, result.conflicts, result.rejects) == (2, 0, 0) and result.pulled >= 1
    assert proxy.turns - before <= EVERYDAY_SYNC_ROUND_TRIPS


@pytest.mark.parametrize("central_url", ["postgres"], indirect=True)
def test_the_sync_engine_connects_without_queries_and_knows_the_same(central_url, central, proxy):
    url = through(proxy, central_url)
    quick = central_engine(url, one_shot=True)
    ordinary = central_engine(url)
    try:
        before = proxy.turns
        with quick.connect() as conn:
            connected = proxy.turns - before
            isolation = conn.execute(text("SHOW transaction_isolation")).scalar()
            schema = conn.execute(text("SELECT current_schema()")).scalar()
        assert connected <= 2  # SSLRequest and startup: nothing asked on top
        with ordinary.connect():
            pass
        assert quick.dialect.server_version_info == ordinary.dialect.server_version_info
        assert quick.dialect._backslash_escapes == ordinary.dialect._backslash_escapes
        assert quick.dialect.default_isolation_level == isolation.upper() == "READ COMMITTED"
        assert quick.dialect.default_schema_name is None and schema == ordinary.dialect.default_schema_name
    finally:
        quick.dispose()
        ordinary.dispose()


def test_server_version_numbers_read_as_sqlalchemy_reads_version():
    assert version_tuple(150020) == (15, 20)
    assert version_tuple(180000) == (18, 0)
    assert version_tuple(90624) == (9, 6, 24)


def test_a_reservation_whose_local_copy_was_lost_is_recovered(central, nodes):
    a, chair = nodes.a, nodes.office.chair
    register(a, chair, facts="第一件", acknowledge_warnings=True)
    sync(a, central)
    with a.read() as s:
        own = [(blk.first_seq, blk.last_seq) for blk in s.scalars(select(CaseNumberBlock).where(
            CaseNumberBlock.node_id == a.node_id, CaseNumberBlock.year == TODAY.year))]
    # reserved at central, then the process died before the local write
    lost = numbering.reserve(central, central_tables(central), a.office_id, a.node_id, TODAY.year, 3, own)
    assert lost
    sync(a, central)
    with a.read() as s:
        held = set(s.scalars(select(CaseNumberBlock.id).where(CaseNumberBlock.node_id == a.node_id)))
    assert {blk["id"] for blk in lost} <= held
