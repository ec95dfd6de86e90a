"""``case new``, ``case list``, ``case show`` and ``due`` through the real command line: the
printed case number, bad case files refused with the file and field named and nothing written,
JSON output for scripts, masked ID numbers and the audited full view."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

from cli_helpers import count, example, ok, refused, write_json

FIRST = "旧城劳调〔2026〕第1号"


def test_bad_case_files_name_the_file_and_field_and_write_nothing(office):
    bad_json = office.tmp / "broken.json"
    bad_json.write_text('{\n  "application_kind": "written",\n  "facts": "欠薪"\n  "claims": []\n}\n', encoding="utf-8")
    incomplete = example("case.json")
    del incomplete["facts"], incomplete["respondent"]
    wrong_id = example("case.json")["applicants"]
    wrong_id[0]["id_number"] = "350102198803151230"  # the last character should be 8
    claims = example("case.json")["claims"]
    claims[1]["amount"] = Decimal("2450.505")
    expected = {
        bad_json: ("broken.json: line 4, column 3", "invalid JSON"),
        write_json(office.tmp / "incomplete.json", incomplete): (
            "incomplete.json: facts: is required", "incomplete.json: respondent: is required"),
        office.case_file(applicants=wrong_id): ("applicants[0].id_number", "should be 8", "acknowledge_warnings"),
        office.case_file(received_on="2026-02-30"): ("received_on: 2026-02-30 is not a real date",),
        office.case_file(claims=claims): ("claims[1].amount", "two decimal"),
    }
    events = count(office.dir, "audit_events")
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:  # independent runs: in parallel
        results = dict(zip(expected, pool.map(lambda f: office("case", "new", "--file", str(f)), expected), strict=True))
    for file, needles in expected.items():
        refused(results[file], *needles)
        assert str(file) in results[file].err
    assert (count(office.dir, "cases"), count(office.dir, "audit_events")) == (0, events)


def test_new_list_show_and_due(office):
    path = office.case_file()
    assert ok(office("case", "new", "--file", str(path))).out == FIRST + "\n"
    refused(office("case", "new", "--file", str(path)), str(path), "duplicate", "acknowledge_warnings")
    second = ok(office("case", "new", "--file", str(office.case_file(acknowledge_warnings=True)), "--json"))
    assert second.json()["case_no"] == "旧城劳调〔2026〕第2号"
    assert "duplicate" in second.err  # the acknowledged warning is still reported

    listed = ok(office("case", "list", "--status", "open", "--search", "陈建华", "--sort", "case_no", "--asc",
                       "--json")).json()
    assert listed["total"] == 2
    row = listed["cases"][0]
    assert (row["case_no"], row["status"], row["claimed"], row["id_number"]) == (
        FIRST, "registered", "21050.50", "350102********1238")

    view = office.show(FIRST)
    assert view["parties"][0]["id_number"] == "350102********1238"
    assert [c["amount"]["yuan"] for c in view["claims"]] == ["18600.00", "2450.50"]
    clocks = {c["clock"]: c for c in view["clocks"]}
    assert set(clocks) == {"acceptance", "limitation"}
    assert clocks["acceptance"]["due"] == "2026-11-23"  # 3 working days after receipt on 2026-11-18
    assert clocks["limitation"]["due"] == "2027-11-18" and clocks["limitation"]["provisional"] is True
    assert all(c["rule"] for c in view["clocks"])
    assert view["history"][0]["action"] == "register"

    events = count(office.dir, "audit_events")
    full = ok(office("case", "show", FIRST, "--json", "--reveal-ids")).json()
    assert full["parties"][0]["id_number"] == "350102198803151238"
    assert count(office.dir, "audit_events") == events + 1
    refused(office.as_staff("liu", "case", "show", FIRST, "--reveal-ids"), "may not see full ID numbers")

    due = ok(office("due", "--json")).json()
    assert [(i["case_no"], i["clock"], i["due"]) for i in due["items"]] == [
        (FIRST, "acceptance", "2026-11-23"), ("旧城劳调〔2026〕第2号", "acceptance", "2026-11-23")]
    assert due["items"][0]["state"] in ("overdue", "due_today", "due_soon")
