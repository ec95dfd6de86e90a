"""Publishing reference data from a file (``mediator central publish``) on a SQLite central and a
PostgreSQL central, and what an office does with a new holiday calendar: the provisional mark
clears and the due dates follow the published make-up days, on every node, without a journal
entry or a conflict; a corrected calendar moves confirmed deadlines back; a bad file is refused
naming the file, the line and the field, and publishes nothing."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from mediator.cli.main import main
from mediator.services import lifecycle, lookups
from mediator.store.models import Case, DisputeCause
from mediator.sync import admin, calendar_pull, state
from mediator.sync.engine import sync
from tests.sync.conftest import register

# A 2027 schedule for the tests (chinese-calendar knows only up to 2026). The make-up working day
# 2027-11-20 is a Saturday: a limitation period ending on it ends on it, instead of Monday the 22nd.
CALENDAR_2027 = {"year": 2027, "source": "测试用 2027 年放假安排", "days": [
    {"day": "2027-01-01", "working": False, "name": "元旦"},
    {"day": "2027-02-06", "working": False, "name": "春节"},
    {"day": "2027-02-08", "working": False, "name": "春节"},
    {"day": "2027-02-09", "working": False, "name": "春节"},
    {"day": "2027-02-20", "working": True, "name": "春节调休"},
    {"day": "2027-10-01", "working": False, "name": "国庆节"},
    {"day": "2027-11-20", "working": True, "name": "调休"},
]}
KNOWN_FALLBACK, MAKE_UP = dt.date(2027, 11, 22), dt.date(2027, 11, 20)


def _write(path, data) -> str:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return str(path)


def _central(engine, table, **equal):
    t = admin.metadata_for(engine).tables[table]
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(select(t).where(*(t.c[k] == v for k, v in equal.items())))]


def _case(ws, case_id) -> Case:
    with ws.read() as s:
        return s.get(Case, case_id)


def _pending(ws) -> int:
    with ws.read() as s:
        return state.pending_count(s)


def test_a_published_2027_calendar_clears_the_provisional_mark_and_follows_the_make_up_days(
        central, central_url, office, tmp_path, capsys):
    case = register(office.ws, office.chair)
    before = _case(office.ws, case.id)
    assert before.deadlines_provisional and before.limitation_due_on == KNOWN_FALLBACK  # 2027-11-20 is a Saturday
    assert sync(office.ws, central).conflicts == 0
    assert not office.ws.calendar().is_confirmed(2027)  # the cached calendar, dropped by the pull below
    path = _write(tmp_path / "calendar-2027.json", {"holidays": CALENDAR_2027})
    assert main(["central", "publish", central_url, path]) == 0
    out = capsys.readouterr().out
    assert "holiday calendar 2027 (confirmed): 7 days new" in out and "2 make-up working days" in out
    (year,) = _central(central, "holiday_years", year=2027)
    assert year["confirmed"] and year["office_id"] is None and year["source"] == "测试用 2027 年放假安排"

    result = sync(office.ws, central)
    assert result.pulled == 8 and result.conflicts == 0
    after = _case(office.ws, case.id)
    assert not after.deadlines_provisional and after.limitation_due_on == MAKE_UP
    assert office.ws.calendar().is_confirmed(2027) and office.ws.calendar().is_working_day(MAKE_UP)
    # derived data: recomputed like a pull, so no new version, no journal entry, nothing to push
    assert (after.row_version, after.local_seq) == (before.row_version, before.local_seq)
    assert _pending(office.ws) == 0 and sync(office.ws, central).pushed == 0
    assert _central(central, "cases", id=case.id)[0]["row_version"] == before.row_version
    with office.ws.read() as s:
        assert state.get(s, calendar_pull.RECHECK) is None

    # a case registered afterwards is confirmed from the start
    later = register(office.ws, office.chair, applied_at="2026-11-21T10:00:00", acknowledge_warnings=True)
    assert not _case(office.ws, later.id).deadlines_provisional


def test_two_nodes_recompute_without_conflicts_and_a_provisional_row_is_recomputed_on_arrival(
        central, central_url, nodes, tmp_path):
    case = register(nodes.a, nodes.office.chair)
    sync(nodes.a, central)
    sync(nodes.b, central)
    assert main(["central", "publish", central_url, _write(tmp_path / "c.json", {"holidays": CALENDAR_2027})]) == 0
    assert sync(nodes.a, central).conflicts == 0  # A has the calendar; B does not yet
    assert _case(nodes.a, case.id).limitation_due_on == MAKE_UP
    lifecycle.accept(nodes.b, nodes.office.chair, case.case_no, on=dt.date(2026, 11, 23))  # an edit on B, still provisional
    edited = _case(nodes.b, case.id)
    assert edited.deadlines_provisional and edited.status == "accepted"
    assert sync(nodes.b, central).conflicts == 0  # pushes its provisional row, then pulls the calendar
    pushed = _central(central, "cases", id=case.id)[0]
    assert pushed["deadlines_provisional"] and pushed["row_version"] == edited.row_version  # as it was edited
    got = sync(nodes.a, central)  # A pulls B's provisional row and recomputes it on arrival
    assert got.conflicts == 0 and got.pulled >= 1
    for ws in (nodes.a, nodes.b):
        mine = _case(ws, case.id)
        assert mine.status == "accepted" and mine.row_version == edited.row_version
        assert not mine.deadlines_provisional and mine.limitation_due_on == MAKE_UP
        assert _pending(ws) == 0
    assert [sync(ws, central).pushed for ws in (nodes.a, nodes.b)] == [0, 0]
    assert _central(central, "sync_conflicts") == []
    lifecycle.withdraw(nodes.a, nodes.office.chair, case.case_no, reason="双方和解")  # a real edit still lands
    assert sync(nodes.a, central).conflicts == 0 and sync(nodes.b, central).conflicts == 0
    assert _case(nodes.b, case.id).status == "withdrawn"


def test_a_corrected_calendar_removes_a_day_and_moves_confirmed_deadlines(central, central_url, office, tmp_path):
    case = register(office.ws, office.chair)
    path = tmp_path / "c.json"
    assert main(["central", "publish", central_url, _write(path, {"holidays": CALENDAR_2027})]) == 0
    sync(office.ws, central)
    assert _case(office.ws, case.id).limitation_due_on == MAKE_UP
    corrected = dict(CALENDAR_2027, days=[d for d in CALENDAR_2027["days"] if d["day"] != "2027-11-20"])
    assert main(["central", "publish", central_url, _write(path, {"holidays": corrected})]) == 0
    (gone,) = _central(central, "holiday_days", day=MAKE_UP)
    assert gone["deleted_at"] is not None and gone["row_version"] == 2
    sync(office.ws, central)
    after = _case(office.ws, case.id)
    assert after.limitation_due_on == KNOWN_FALLBACK and not after.deadlines_provisional
    assert _pending(office.ws) == 0
    assert main(["central", "publish", central_url, _write(path, {"holidays": CALENDAR_2027})]) == 0  # revived
    assert _central(central, "holiday_days", day=MAKE_UP)[0]["deleted_at"] is None
    sync(office.ws, central)
    assert _case(office.ws, case.id).limitation_due_on == MAKE_UP


def test_a_sync_stopped_after_the_pull_recomputes_at_the_next_sync(central, central_url, office, tmp_path, monkeypatch):
    case = register(office.ws, office.chair)
    sync(office.ws, central)
    assert main(["central", "publish", central_url, _write(tmp_path / "c.json", {"holidays": CALENDAR_2027})]) == 0

    def fail(*_args, **_kwargs):
        raise RuntimeError("stopped between the pull and the recomputation")

    with monkeypatch.context() as m:
        m.setattr(calendar_pull, "recompute", fail)
        with pytest.raises(RuntimeError):
            sync(office.ws, central)
    assert _case(office.ws, case.id).deadlines_provisional  # the pulled rows landed, the marker with them
    again = sync(office.ws, central)
    assert again.pulled == 0
    assert _case(office.ws, case.id).limitation_due_on == MAKE_UP


def test_a_bad_file_is_refused_naming_the_file_line_and_field_and_nothing_is_published(
        central, central_url, tmp_path, capsys):
    causes_before = _central(central, "dispute_causes")
    path = tmp_path / "bad.json"
    path.write_text("""{"causes": [
  {"code": "12", "name_zh": "竞业限制"},
  {"code": "13", "name_zh": 5}
 ],
 "holidays": {"year": 2027, "days": [
  {"day": "2027-01-01", "working": false},
  {"day": "2027-02-30", "working": true},
  {"day": "2026-12-31", "working": false},
  {"day": "2027-01-01", "working": "yes", "colour": "red"}
 ]}}
""", encoding="utf-8")
    assert main(["central", "publish", central_url, str(path)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert all(str(path) in line for line in err)
    text = "\n".join(err)
    assert "line 3, causes[1].name_zh: must be text, not 5" in text
    assert "line 7, holidays.days[1].day: must be a date (YYYY-MM-DD), not 2027-02-30" in text
    assert "line 8, holidays.days[2].day: 2026-12-31 is not in 2027" in text
    assert "line 9, holidays.days[3]: unknown fields colour" in text
    assert "line 9, holidays.days[3].working: must be true or false, not \"yes\"" in text
    assert len(err) == 5
    assert _central(central, "dispute_causes") == causes_before and _central(central, "holiday_days") == []

    path.write_text('{"holidays": {"year": 2027, "days": [\n  {"day": "2027-01-01" "working": false}]}}', encoding="utf-8")
    assert main(["central", "publish", central_url, str(path)]) == 2
    assert f"{path}, line 2, column 24: not valid JSON" in capsys.readouterr().err
    _write(path, {"holidays": dict(CALENDAR_2027, days=CALENDAR_2027["days"] + [CALENDAR_2027["days"][0]])})
    assert main(["central", "publish", central_url, str(path)]) == 2
    assert "2027-01-01 is listed twice (also at line" in capsys.readouterr().err
    _write(path, {"dispute_causes": []})
    assert main(["central", "publish", central_url, str(path)]) == 2
    assert 'expected a JSON object with "causes" and/or "holidays"' in capsys.readouterr().err
    assert main(["central", "publish", central_url, str(tmp_path / "missing.json")]) == 2
    assert "missing.json: cannot be read" in capsys.readouterr().err
    assert main(["central", "publish", f"sqlite:///{tmp_path}/never.db", _write(path, {"holidays": CALENDAR_2027})]) == 1
    assert "never.db" in capsys.readouterr().err  # a store never initialised: nothing to publish to
    assert _central(central, "holiday_days") == [] and _central(central, "holiday_years") == []


def test_a_dry_run_counts_and_publishes_nothing(central, central_url, tmp_path, capsys):
    path = _write(tmp_path / "c.json", {"causes": [{"code": "12", "name_zh": "竞业限制"}], "holidays": CALENDAR_2027})
    assert main(["central", "publish", central_url, path, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "nothing published" in out and "dispute causes: 1 new" in out and "7 days new" in out
    assert _central(central, "holiday_days") == [] and _central(central, "dispute_causes", code="12") == []


def test_causes_published_from_a_file_reach_two_offices(central, central_url, office, second_office, tmp_path, capsys):
    ws2, chair2 = second_office
    sync(office.ws, central)
    sync(ws2, central)
    path = _write(tmp_path / "causes.json", {"version": "2027.1", "causes": [
        {"code": "12", "name_zh": "竞业限制", "name_en": "Non-competition", "sort_order": 50},
        {"code": "0801", "name_zh": "拖欠工资报酬", "payment_order": True},
        {"code": "07", "name_zh": "社会保险", "active": False},
    ]})
    assert main(["central", "publish", central_url, path]) == 0
    assert "dispute causes: 1 new, 2 changed, 0 unchanged" in capsys.readouterr().out
    (wages,) = _central(central, "dispute_causes", code="0801")
    assert wages["name_en"] == "Wage arrears" and wages["row_version"] == 2  # a field left out keeps its value
    (new,) = _central(central, "dispute_causes", code="12")
    assert new["name_en"] == "Non-competition" and not new["payment_order"] and new["active"]
    for ws in (office.ws, ws2):
        assert sync(ws, central).rejects == 0
        with ws.read() as s:
            local = {c.code: c for c in s.scalars(select(DisputeCause))}
        assert local["12"].name_zh == "竞业限制" and local["12"].sort_order == 50
        assert local["0801"].name_zh == "拖欠工资报酬" and not local["07"].active
        assert "12" in {c["code"] for c in lookups.dispute_causes(ws)}
    assert main(["central", "publish", central_url, path]) == 0
    assert "0 new, 0 changed, 3 unchanged" in capsys.readouterr().out


def test_a_calendar_file_from_the_library_publishes_and_an_unknown_year_is_refused(
        central, central_url, office, tmp_path, capsys):
    path = str(tmp_path / "calendar-2026.json")
    assert main(["central", "calendar-file", "2026", path]) == 0
    assert "make-up working days" in capsys.readouterr().out
    data = json.loads((tmp_path / "calendar-2026.json").read_text(encoding="utf-8"))
    days = {d["day"]: d for d in data["holidays"]["days"]}
    assert days["2026-02-14"] == {"day": "2026-02-14", "working": True, "name": "春节调休"}
    assert days["2026-10-01"]["name"] == "国庆节" and not days["2026-10-01"]["working"]
    assert main(["central", "publish", central_url, path]) == 0
    assert len(_central(central, "holiday_days")) == len(days)
    sync(office.ws, central)
    cal = office.ws.calendar()
    assert cal.is_working_day(dt.date(2026, 2, 14)) and not cal.is_working_day(dt.date(2026, 2, 16))
    assert main(["central", "calendar-file", "2027", str(tmp_path / "x.json")]) == 2
    assert "has no official schedule for 2027" in capsys.readouterr().err
    assert not (tmp_path / "x.json").exists()
