"""Saved case-list views: per user, kept in local_settings (not synced, not journalled), names
validated, a same-name save replaces, deleting leaves the others; plus the case-list filter
choices and the cause filter that takes in sub-causes."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from mediator.errors import ValidationError
from mediator.i18n import set_language
from mediator.services import cases
from mediator.services.intake import parse_case
from mediator.services.queries import CaseFilter, count_cases, filter_choices
from mediator.services.saved_views import (
    KEY_MAX,
    NAME_MAX,
    delete_view,
    list_views,
    save_view,
    settings_key,
)
from mediator.store.models import JournalEntry, LocalSetting
from tests.conftest import TODAY, case_data

SPEC = {"filter": {"status": "open", "cause": "0801", "received_from": "2026-01-01"}, "search": "张三",
        "sort": "case_no", "descending": False}


def test_a_view_round_trips_per_user(office):
    assert list_views(office.ws, office.wang) == []
    save_view(office.ws, office.wang, "  My   open  wage cases ", SPEC)
    save_view(office.ws, office.wang, "All", {"filter": {}})
    views = list_views(office.ws, office.wang)
    assert [v["name"] for v in views] == ["My open wage cases", "All"]
    assert views[0]["spec"] == SPEC
    assert list_views(office.ws, office.chen) == []
    with office.ws.read() as s:
        stored = s.get(LocalSetting, "views:wang")
        assert [v["name"] for v in json.loads(stored.value)] == ["My open wage cases", "All"]


def test_saving_under_an_existing_name_replaces_and_delete_keeps_the_rest(office):
    save_view(office.ws, office.chair, "Mine", SPEC)
    save_view(office.ws, office.chair, "Other", {"search": "x"})
    save_view(office.ws, office.chair, "Mine", {"search": "y"})
    assert list_views(office.ws, office.chair) == [{"name": "Mine", "spec": {"search": "y"}},
                                                   {"name": "Other", "spec": {"search": "x"}}]
    assert delete_view(office.ws, office.chair, "Mine") == [{"name": "Other", "spec": {"search": "x"}}]
    assert delete_view(office.ws, office.chair, "no such view") == [{"name": "Other", "spec": {"search": "x"}}]
    assert list_views(office.ws, office.chair) == [{"name": "Other", "spec": {"search": "x"}}]


def test_views_are_local_not_journalled_for_sync(office):
    with office.ws.read() as s:
        before = s.scalar(select(func.count()).select_from(JournalEntry))
    save_view(office.ws, office.wang, "Mine", SPEC)
    with office.ws.read() as s:
        assert s.scalar(select(func.count()).select_from(JournalEntry)) == before


@pytest.mark.parametrize("name", ["", "   ", "\t\n", "x" * (NAME_MAX + 1), None])
def test_bad_names_are_refused(office, name):
    with pytest.raises(ValidationError) as err:
        save_view(office.ws, office.wang, name, SPEC)
    assert err.value.problems[0].field == "name"
    assert list_views(office.ws, office.wang) == []


@pytest.mark.parametrize("spec", [[], "open", {"colour": "red"}, {"search": object()}, {"search": "x" * 5000}])
def test_bad_specs_are_refused(office, spec):
    with pytest.raises(ValidationError):
        save_view(office.ws, office.wang, "Mine", spec)
    assert list_views(office.ws, office.wang) == []


def test_messages_are_translated(office):
    set_language("zh")
    with pytest.raises(ValidationError) as err:
        save_view(office.ws, office.wang, " ", SPEC)
    assert err.value.problems[0].message == "必须填写"


def test_a_long_login_still_fits_the_key_column():
    key = settings_key("a" * 64)
    assert len(key) <= KEY_MAX and key.startswith("views:")
    assert settings_key("a" * 64) != settings_key("a" * 63 + "b")
    assert settings_key("wang") == "views:wang"


def test_unreadable_stored_views_count_as_none(office):
    with office.ws.unit(office.wang) as uow:
        uow.session.add(LocalSetting(key="views:wang", value="{not json"))
    assert list_views(office.ws, office.wang) == []
    save_view(office.ws, office.wang, "Mine", SPEC)
    assert [v["name"] for v in list_views(office.ws, office.wang)] == ["Mine"]


def test_filter_choices_name_causes_in_the_users_language_and_list_case_handlers(office):
    choices = filter_choices(office.ws)
    causes = {c["code"]: c for c in choices["causes"]}
    assert causes["0801"]["name"] == "Wage arrears" and causes["0801"]["parent"] == "08"
    assert {m["login"] for m in choices["mediators"]} == {"chair", "wang", "chen"}
    set_language("zh")
    assert {c["code"]: c["name"] for c in filter_choices(office.ws)["causes"]}["0801"] == "拖欠工资"


def test_a_heading_cause_finds_cases_filed_under_its_sub_causes(office):
    claim = case_data()["claims"][0]
    cases.register_case(office.ws, office.chair, parse_case(case_data(), today=TODAY))
    cases.register_case(office.ws, office.chair, parse_case(case_data(
        claims=[{**claim, "cause": "03", "description": "确认解除劳动合同违法"}],
        applicants=[{**case_data()["applicants"][0], "name": "李四", "id_number": "110105194912310021"}],
        acknowledge_warnings=True),
        today=TODAY))
    assert count_cases(office.ws, CaseFilter(cause="0801")) == 1
    assert count_cases(office.ws, CaseFilter(cause="08")) == 1
    assert count_cases(office.ws, CaseFilter(cause="03")) == 1
    assert count_cases(office.ws, CaseFilter(cause="0802")) == 0
