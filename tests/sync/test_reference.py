"""Reference data on a SQLite central and a PostgreSQL central: two offices sync without a single
reject (nodes never push the federation's rows, each pulls only its own office row), the causes
seeded at ``central init`` replace each office's own seed rows, and causes the federation
publishes reach every office."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from mediator.errors import InputError
from mediator.services import lookups
from mediator.store.models import DisputeCause, Office
from mediator.sync import admin, reference
from mediator.sync.engine import sync
from tests.sync.conftest import register


def _central(engine, table, **equal):
    t = admin.metadata_for(engine).tables[table]
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(select(t).where(*(t.c[k] == v for k, v in equal.items())))]


def _local_causes(ws):
    with ws.read() as s:
        return {c.code: c for c in s.scalars(select(DisputeCause))}


def test_two_offices_sync_without_rejects_and_share_the_federation_causes(central, office, second_office):
    ws2, chair2 = second_office
    register(office.ws, office.chair)
    register(ws2, chair2)
    results = [sync(office.ws, central), sync(ws2, central), sync(office.ws, central), sync(ws2, central)]
    assert [r.rejects for r in results] == [0, 0, 0, 0]
    assert _central(central, "sync_rejects") == []
    seeded = {r["code"]: r for r in _central(central, "dispute_causes")}
    assert len(seeded) == len(reference.seed_rows())
    assert all(r["office_id"] is None and r["central_node_id"] is None for r in seeded.values())
    for ws in (office.ws, ws2):
        local = _local_causes(ws)
        assert {c: r.id for c, r in local.items()} == {c: r["id"] for c, r in seeded.items()}  # re-keyed, one per code
        with ws.read() as s:
            assert [o.id for o in s.scalars(select(Office))] == [ws.office_id]  # no other office's row
    assert {r["code"] for r in _central(central, "offices")} == {"JC01", "XC02"}
    assert len(_central(central, "cases")) == 2


def test_published_causes_reach_both_offices_and_can_be_used(central, office, second_office):
    ws2, chair2 = second_office
    sync(office.ws, central)
    sync(ws2, central)
    done = reference.publish_reference(central, "dispute_causes", [
        {"code": "12", "name_zh": "竞业限制", "name_en": "Non-competition", "sort_order": 50},
        {"code": "0801", "name_zh": "拖欠工资报酬", "name_en": "Wage arrears", "payment_order": True},
    ])
    assert (done.inserted, done.updated) == (1, 1)
    for ws in (office.ws, ws2):
        result = sync(ws, central)
        assert result.rejects == 0 and result.pulled >= 2
        local = _local_causes(ws)
        assert local["12"].name_zh == "竞业限制" and local["0801"].name_zh == "拖欠工资报酬"
        assert local["0801"].row_version == 2 and local["0801"].local_seq is None
        assert "12" in {c["code"] for c in lookups.dispute_causes(ws)}
    case = register(ws2, chair2, claims=[{"cause": "12", "description": "竞业限制补偿", "amount": "5000"}])
    assert sync(ws2, central).rejects == 0
    assert len(_central(central, "cases", id=case.id)) == 1
    again = reference.publish_reference(central, "dispute_causes", [{"code": "12", "name_zh": "竞业限制",
                                                                      "name_en": "Non-competition"}])
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 1)


def test_central_init_again_keeps_published_changes(central):
    reference.publish_reference(central, "dispute_causes", [{"code": "01", "name_zh": "确认劳动关系（新）",
                                                              "name_en": "Labour relationship"}])
    admin.init_central(central)
    (row,) = _central(central, "dispute_causes", code="01")
    assert row["name_zh"] == "确认劳动关系（新）" and row["row_version"] == 2
    t = admin.metadata_for(central).tables["dispute_causes"]
    with central.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(t)) == len(reference.seed_rows())


def test_publishing_names_the_bad_table_or_column(central):
    with pytest.raises(InputError, match="cases is not federation reference data"):
        reference.publish_reference(central, "cases", [])
    with pytest.raises(InputError, match=r"dispute_causes\[0\]: unknown columns colour"):
        reference.publish_reference(central, "dispute_causes", [{"code": "11", "name_zh": "x", "name_en": "x",
                                                                 "colour": "red"}])
    with pytest.raises(InputError, match="must be a date"):
        reference.publish_reference(central, "holiday_days", [{"day": "2027-13-01", "is_working_day": False}])
