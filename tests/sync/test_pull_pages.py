"""Pulls are read in pages: a page ends where a table filled its share, so paging delivers the
same rows, each once and in order, as one big read (both backends)."""

from __future__ import annotations

import pytest

from mediator.sync import admin, state
from mediator.sync.engine import sync
from mediator.sync.pull import apply_changes
from mediator.sync.pull_read import read_changes
from tests.sync.conftest import register


def _keys(pulled) -> list[tuple[str, object]]:
    return [(name, row["id"]) for name, rows in pulled.rows.items() for row in rows]


@pytest.mark.parametrize("bulk", [False, True], ids=["one-statement", "table-by-table"])
def test_small_pages_deliver_every_row_once(central, nodes, bulk):
    for i in range(4):
        register(nodes.a, nodes.office.chair, acknowledge_warnings=True, facts=f"第{i}件")
    sync(nodes.a, central)
    tables = admin.metadata_for(central).tables
    with nodes.b.read() as s:
        start = state.Cursor.parse(state.get(s, state.CURSOR))
    whole = read_changes(central, tables, nodes.b.node_id, nodes.b.office_id, start, page_rows=100_000)
    assert not whole.more and whole.count > 8

    cursor, seen, pages = start, [], 0
    while True:
        page = read_changes(central, tables, nodes.b.node_id, nodes.b.office_id, cursor, page_rows=2,
                            bulk=bulk and pages > 0)
        assert (page.cursor.xid, page.cursor.seq) >= (cursor.xid, cursor.seq)
        with nodes.b.unit(None) as uow:
            apply_changes(uow.session, page)
        seen += _keys(page)
        cursor, pages = page.cursor, pages + 1
        if not page.more:
            break
    assert pages > 2
    assert sorted(seen, key=str) == sorted(_keys(whole), key=str)  # every row, none twice
    assert cursor == whole.cursor
    again = read_changes(central, tables, nodes.b.node_id, nodes.b.office_id, cursor, page_rows=2)
    assert again.count == 0 and not again.more
    assert sync(nodes.b, central).pulled == 0  # the stored cursor is the paged one
