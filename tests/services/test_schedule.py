"""The hearings calendar and its double bookings, and the due list with parties for the Today screen."""

from __future__ import annotations

import datetime as dt

from mediator.services import cases, hearings, lifecycle
from mediator.services.fields import SHANGHAI
from mediator.services.intake import parse_case
from mediator.services.schedule import (
    DEFAULT_HEARING_LENGTH,
    due_items,
    effective_end,
    find_conflicts,
    hearings_between,
)
from tests.conftest import TODAY, case_data


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=SHANGHAI)


def hearing(hid: str, starts: dt.datetime, ends: dt.datetime | None = None, place: str = "调解室",
            mediators: tuple[str, ...] = ("wang",)) -> dict:
    return {"id": hid, "starts_at": starts, "ends_at": ends, "place": place,
            "mediators": [{"id": m, "name": m.upper()} for m in mediators]}


def kinds(conflicts) -> set[tuple[str, str, str, str]]:
    return {(c.kind, c.resource, c.first, c.second) for c in conflicts}


def test_the_same_mediator_in_overlapping_hearings_is_a_conflict():
    found = find_conflicts([hearing("a", at(23, 9), at(23, 11), place="一室"),
                            hearing("b", at(23, 10), at(23, 12), place="二室")])
    assert kinds(found) == {("mediator", "WANG", "a", "b")}


def test_the_same_place_at_overlapping_times_is_a_conflict_whatever_the_spacing_or_case():
    found = find_conflicts([hearing("a", at(23, 9), at(23, 11), place="Room 1", mediators=("wang",)),
                            hearing("b", at(23, 10, 30), at(23, 11), place=" room1 ", mediators=("chen",))])
    assert kinds(found) == {("place", "Room 1", "a", "b")}


def test_back_to_back_hearings_do_not_conflict():
    assert find_conflicts([hearing("a", at(23, 9), at(23, 10)), hearing("b", at(23, 10), at(23, 11))]) == []


def test_different_places_and_mediators_do_not_conflict():
    assert find_conflicts([hearing("a", at(23, 9), at(23, 11), place="一室", mediators=("wang",)),
                           hearing("b", at(23, 9), at(23, 11), place="二室", mediators=("chen",))]) == []


def test_a_hearing_without_an_end_is_taken_to_last_two_hours():
    open_ended = hearing("a", at(23, 9))
    assert effective_end(open_ended) == at(23, 9) + DEFAULT_HEARING_LENGTH == at(23, 11)
    assert kinds(find_conflicts([open_ended, hearing("b", at(23, 10, 59), at(23, 12), place="二室")])) == {
        ("mediator", "WANG", "a", "b")}
    assert find_conflicts([open_ended, hearing("c", at(23, 11), place="二室")]) == []


def test_a_long_hearing_conflicts_with_each_one_inside_it_and_both_resources_are_reported():
    found = find_conflicts([hearing("long", at(23, 9), at(23, 17)), hearing("x", at(23, 10), at(23, 11)),
                            hearing("y", at(23, 14), at(23, 15))])
    assert kinds(found) == {("mediator", "WANG", "long", "x"), ("place", "调解室", "long", "x"),
                            ("mediator", "WANG", "long", "y"), ("place", "调解室", "long", "y")}
    assert [c.second for c in found] == ["x", "x", "y", "y"]
    assert [c.kind for c in found][:2] == ["mediator", "place"]


def test_no_hearings_no_conflicts():
    assert find_conflicts([]) == []
    assert find_conflicts([hearing("a", at(23, 9))]) == []


def register(office, name: str, id_number: str, **changes):
    applicant = {**case_data()["applicants"][0], "name": name, "id_number": id_number}
    data = case_data(applicants=[applicant], acknowledge_warnings=True, **changes)
    return cases.register_case(office.ws, office.chair, parse_case(data, today=TODAY))


def accepted(office, name: str, id_number: str) -> str:
    case = register(office, name, id_number)
    lifecycle.accept(office.ws, office.chair, case.case_no, on=dt.date(2026, 11, 20))
    lifecycle.assign(office.ws, office.chair, case.case_no, ["wang"])
    return case.case_no


def test_hearings_between_reads_the_scheduled_hearings_of_the_days_asked_in_beijing_time(office):
    first = accepted(office, "张三", "11010519491231002X")
    second = accepted(office, "李四", "440524188001010014")
    hearings.record_hearing(office.ws, office.wang, first, starts_at=at(24, 9), ends_at=at(24, 11), place="调解室",
                            outcome="scheduled")
    hearings.record_hearing(office.ws, office.wang, second, starts_at=at(24, 10), place="二室", outcome="scheduled",
                            mediators=["wang", "chen"])
    # 00:30 in Beijing is the previous day in UTC: it still belongs to the 25th.
    hearings.record_hearing(office.ws, office.wang, second, starts_at=at(25, 0, 30), place="二室", outcome="scheduled")
    hearings.record_hearing(office.ws, office.wang, second, starts_at=at(26, 9), place="二室", outcome="scheduled")
    day = hearings_between(office.ws, dt.date(2026, 11, 24), dt.date(2026, 11, 24))
    assert [(h["case_no"], h["starts_at"], h["place"]) for h in day] == [(first, at(24, 9), "调解室"), (second, at(24, 10), "二室")]
    assert day[0]["ends_at"] == at(24, 11) and day[1]["ends_at"] is None
    assert [m["name"] for m in day[1]["mediators"]] == ["王调解", "陈调解"]
    assert (day[0]["applicant"], day[0]["respondent"], day[0]["outcome"]) == ("张三", "旧城制衣厂", "scheduled")
    assert day[0]["case_id"] and day[0]["starts_at"].utcoffset() == dt.timedelta(hours=8)
    assert [(c.kind, c.resource) for c in find_conflicts(day)] == [("mediator", "王调解")]
    assert [h["starts_at"] for h in hearings_between(office.ws, dt.date(2026, 11, 25), dt.date(2026, 11, 26))] == [
        at(25, 0, 30), at(26, 9)]
    assert hearings_between(office.ws, dt.date(2026, 11, 27), dt.date(2026, 11, 30)) == []


def test_due_items_carry_the_case_id_and_parties(office):
    case = register(office, "张三", "11010519491231002X")
    items = due_items(office.ws, today=TODAY, within=7)
    item = next(i for i in items if i["clock"] == "acceptance")
    assert item["case_no"] == case.case_no and item["case_id"] == str(case.id)
    assert (item["applicant"], item["respondent"]) == ("张三", "旧城制衣厂")
