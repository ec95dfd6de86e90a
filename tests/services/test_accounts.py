"""Accounts for the desktop client's first screens: who may sign in, the office name, and setting up
an office with its chair and mediators where nothing is written unless every field is valid."""

from __future__ import annotations

import pytest

from mediator.errors import StoreError, ValidationError
from mediator.services import accounts, users
from mediator.services.context import Workspace
from tests.conftest import PASSWORD

OFFICE = {"office_code": "XC01", "office_name": "新村镇劳动争议调解委员会", "short_name": "新村",
          "chair_name": "周主任", "chair_login": "zhou", "password": "chairpw1"}


def test_login_screen_lists_active_users_chair_first(office):
    screen = accounts.login_screen(office.ws)
    assert screen["office"] == "旧城镇劳动争议调解委员会"
    assert [u["role"] for u in screen["users"]] == ["chair", "mediator", "mediator", "clerk"]
    assert {"login": "wang", "name": "王调解", "role": "mediator"} in screen["users"]


def test_an_uninitialised_workspace_has_no_office_name(tmp_path):
    ws = Workspace.open(tmp_path)
    try:
        assert accounts.office_name(ws) is None
    finally:
        ws.close()


def test_set_up_office_creates_the_office_chair_and_mediators(tmp_path):
    ws = Workspace.open(tmp_path)
    try:
        steps = []
        made = accounts.set_up_office(
            ws, mediators=[{"login": "li", "name": "李调解", "password": "medpw11"},
                           {"login": "he", "name": "何调解", "password": "medpw22"}],
            progress=lambda done, total: steps.append((done, total)), **OFFICE)
        assert made.actor.login == "zhou" and made.actor.role == "chair"
        assert made.added == ["li", "he"] and made.failed == []
        assert users.sign_in(ws, "he", "medpw22").role == "mediator"
        assert accounts.office_name(ws) == OFFICE["office_name"]
        assert steps[-1] == (3, 3)
    finally:
        ws.close()


def test_every_problem_is_reported_before_anything_is_written(tmp_path):
    ws = Workspace.open(tmp_path)
    try:
        with pytest.raises(ValidationError) as caught:
            accounts.set_up_office(ws, mediators=[{"login": "zhou", "name": "何调解", "password": "medpw22"},
                                                  {"login": "bad login", "name": "", "password": "123"}],
                                   **{**OFFICE, "office_code": "", "case_number_format": "{office}{seq}"})
        fields = [p.field for p in caught.value.problems]
        assert fields == ["office.code", "case_number_format", "mediator[0].login", "mediator[1].login",
                          "mediator[1].name", "mediator[1].password"]
        assert not ws.initialized
    finally:
        ws.close()


def test_a_mediator_that_cannot_be_added_is_reported_and_the_rest_are_added(tmp_path, monkeypatch):
    real_add = users.add_user

    def flaky_add(ws, actor, **fields):
        if fields["login"] == "li":
            raise StoreError("the database is locked")
        return real_add(ws, actor, **fields)

    monkeypatch.setattr(users, "add_user", flaky_add)
    ws = Workspace.open(tmp_path)
    try:
        made = accounts.set_up_office(ws, mediators=[{"login": "li", "name": "李调解", "password": "medpw11"},
                                                     {"login": "he", "name": "何调解", "password": "medpw22"}],
                                      **OFFICE)
        assert made.failed == [("li", "the database is locked")] and made.added == ["he"]
        assert [u["login"] for u in accounts.list_active_users(ws)] == ["zhou", "he"]
    finally:
        ws.close()


def test_validate_mediators_names_the_row_and_field():
    problems = accounts.validate_mediators([{"login": "ok", "name": "甲", "password": PASSWORD},
                                            {"login": "ok", "name": "乙", "password": PASSWORD}])
    assert [(p.field, p.message) for p in problems] == [("mediator[1].login", "user ok already exists")]
