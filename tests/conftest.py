"""Shared fixtures: an initialised office (chair, two mediators, a clerk) built once per test
session and copied for each test, and a factory for valid application data."""

from __future__ import annotations

import copy
import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

from mediator.i18n import set_language
from mediator.services import setup, users
from mediator.services.context import Actor, Workspace

PASSWORD = "secret1"
TODAY = dt.date(2026, 11, 23)

VALID_CASE = {
    "application_kind": "written",
    "applied_at": "2026-11-20T09:30:00",
    "facts": "申请人于2026年3月入职被申请人处任车工，被申请人拖欠2026年8月至10月工资共计12300元。",
    "infringement_known_on": "2026-10-31",
    "applicants": [
        {"name": "张三", "id_number": "11010519491231002X", "phone": "13800138000", "address": "旧城镇幸福路1号",
         "employer": "旧城制衣厂", "job": "车工", "ethnicity": "汉族"}
    ],
    "respondent": {"name": "旧城制衣厂", "credit_code": "91350100M000100Y43", "address": "旧城镇工业园8号",
                   "legal_rep": "赵大为", "legal_rep_title": "厂长", "phone": "13900139000"},
    "claims": [{"cause": "0801", "description": "支付拖欠的2026年8月至10月工资", "amount": "12300"}],
}

AGREEMENT = {
    "dispute_summary": "被申请人拖欠申请人2026年8月至10月工资。",
    "applicant_claims": "支付拖欠工资12300元。",
    "respondent_position": "承认欠薪，愿意分期支付。",
    "waived_rights": "申请人放弃其他请求。",
    "copies": 3,
    "signed": {"applicant": "2026-11-21", "respondent": "2026-11-21", "mediator": "2026-11-21", "seal": "2026-11-22"},
    "terms": [
        {"payer": "respondent", "payee": "applicant:0", "description": "支付工资第一期", "amount": "6000",
         "due_on": "2026-12-10", "method": "bank_transfer", "place": "旧城镇", "cause": "0801"},
        {"payer": "respondent", "payee": "applicant:0", "description": "支付工资第二期", "amount": "6300",
         "due_on": "2027-01-10", "method": "cash", "place": "旧城镇调解室", "cause": "0801"},
    ],
}


def unavailable(how_to_enable: str) -> None:
    """Skip a test whose tool is missing on this machine, but fail it under CI, which must run all."""
    if os.environ.get("CI"):
        pytest.fail(f"CI must run every test; {how_to_enable}")
    pytest.skip(how_to_enable)


def case_data(**changes: object) -> dict:
    data = copy.deepcopy(VALID_CASE)
    data.update(changes)
    return data


def agreement_data(**changes: object) -> dict:
    data = copy.deepcopy(AGREEMENT)
    data.update(changes)
    return data


@pytest.fixture(autouse=True)
def _english():
    set_language("en")
    yield
    set_language("en")


@pytest.fixture(scope="session")
def office_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("office-template")
    ws = Workspace.open(path)
    chair = setup.init_office(ws, office_code="JC01", office_name="旧城镇劳动争议调解委员会", short_name="旧城",
                              chair_name="李主任", password=PASSWORD)
    users.add_user(ws, chair, login="wang", name="王调解", role="mediator", password=PASSWORD)
    users.add_user(ws, chair, login="chen", name="陈调解", role="mediator", password=PASSWORD)
    users.add_user(ws, chair, login="clerk", name="刘书记", role="clerk", password=PASSWORD)
    ws.close()
    return path


class Office:
    """An open workspace with its staff signed in."""

    def __init__(self, ws: Workspace):
        self.ws = ws
        self.chair: Actor = users.sign_in(ws, "chair", PASSWORD)
        self.wang: Actor = users.sign_in(ws, "wang", PASSWORD)
        self.chen: Actor = users.sign_in(ws, "chen", PASSWORD)
        self.clerk: Actor = users.sign_in(ws, "clerk", PASSWORD)


@pytest.fixture
def office(office_template: Path, tmp_path: Path):
    data_dir = tmp_path / "data"
    shutil.copytree(office_template, data_dir)
    ws = Workspace.open(data_dir)
    yield Office(ws)
    ws.close()
