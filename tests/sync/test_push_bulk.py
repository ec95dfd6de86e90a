"""The PostgreSQL bulk path of push (COPY into a staging table, ``mediator/sync/push_copy.py``):
the protocol tests again with every table staged, and a batch of many cases landing in order."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from mediator.store.models import Case, JournalEntry
from mediator.sync import admin, push_copy
from mediator.sync.engine import sync
from tests.sync.conftest import register
from tests.sync.test_sync_protocol import (  # noqa: F401  (run again through the staging path)
    test_a_case_travels_from_a_to_b_and_an_edit_comes_back,
    test_a_replayed_batch_changes_nothing_also_concurrently,
    test_a_row_breaking_a_constraint_is_rejected_and_the_rest_of_its_batch_lands,
    test_concurrent_edits_of_one_case_give_one_conflict_and_lose_nothing,
    test_journal_entries_are_pushed_once,
    test_pulled_rows_are_not_journalled_and_do_not_echo,
)

pytestmark = pytest.mark.parametrize("central_url", ["postgres"], indirect=True)


@pytest.fixture(autouse=True)
def every_table_staged(monkeypatch):
    staged: list[str] = []
    real = push_copy.stage

    def counting(conn, central, rows):  # noqa: ANN001, ANN202 - the real function, counted
        staged.append(central.name)
        return real(conn, central, rows)

    monkeypatch.setattr(push_copy, "MIN_ROWS", 1)
    monkeypatch.setattr(push_copy, "stage", counting)
    return staged


def test_many_cases_land_through_staging_in_journal_order(central, nodes, every_table_staged):
    made = [register(nodes.a, nodes.office.chair, facts=f"第{i}件", acknowledge_warnings=True) for i in range(60)]
    result = sync(nodes.a, central)
    assert result.rejects == 0 and result.conflicts == 0
    assert "cases" in every_table_staged and "parties" in every_table_staged
    cases_t = admin.metadata_for(central).tables["cases"]
    with central.connect() as conn:
        central_rows = {r.id: r for r in conn.execute(select(cases_t))}
    with nodes.a.read() as s:
        first_seq = {row_id: seq for seq, row_id in s.execute(
            select(JournalEntry.seq, JournalEntry.row_id).where(JournalEntry.table_name == "cases")
            .order_by(JournalEntry.seq.desc()))}  # the last entry of each row wins
        for case in made:
            local = s.get(Case, case.id)
            there = central_rows[case.id]
            assert (there.case_no, there.facts, there.row_version) == (local.case_no, local.facts, local.row_version)
            assert there.central_node_id == nodes.a.node_id
    by_seq = sorted((central_rows[c.id].central_seq, first_seq[c.id]) for c in made)
    assert [j for _s, j in by_seq] == sorted(j for _s, j in by_seq)  # central_seq follows the local order
    assert sync(nodes.b, central).pulled >= 60
    with nodes.b.read() as s:
        assert {c.case_no for c in s.scalars(select(Case))} >= {c.case_no for c in made}
