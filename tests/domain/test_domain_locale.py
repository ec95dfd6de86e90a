"""The Chinese catalog covers every message the domain rules produce, with the same placeholders."""

from __future__ import annotations

import ast
import string
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from mediator import i18n
from mediator.domain import casenumber, deadlines, money, validators, workdays
from mediator.domain.deadlines import acceptance_deadline, mediation_deadline
from mediator.domain.money import parse_amount
from mediator.domain.validators import check_citizen_id
from mediator.domain.workdays import WorkCalendar
from mediator.errors import ValidationError
from mediator.locale import zh_domain

MODULES = [money, validators, workdays, deadlines, casenumber]


def msgids() -> set[str]:
    found = set()
    for module in MODULES:
        tree = ast.parse(Path(module.__file__ or "").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "t"
                    and node.args and isinstance(node.args[0], ast.Constant)):
                found.add(node.args[0].value)
    return found


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_domain_message_is_translated() -> None:
    ids = msgids()
    assert len(ids) > 30
    assert sorted(ids - zh_domain.MESSAGES.keys()) == []


@pytest.mark.parametrize(("source", "translation"), sorted(zh_domain.MESSAGES.items()))
def test_translations_keep_placeholders(source: str, translation: str) -> None:
    assert placeholders(source) == placeholders(translation)


@pytest.fixture
def chinese() -> Iterator[None]:
    previous = i18n.language()
    i18n.set_language("zh")
    try:
        yield
    finally:
        i18n.set_language(previous)


@pytest.mark.usefixtures("chinese")
def test_rules_and_errors_read_in_chinese() -> None:
    cal = WorkCalendar()
    assert acceptance_deadline(date(2025, 9, 30), cal).rule == (
        "收到申请之日（2025-09-30）后第3个工作日（依据2025年国务院放假安排）"
    )
    assert mediation_deadline(date(2027, 3, 1), cal).rule.endswith("（暂定：2027年放假安排尚未公布）")
    with pytest.raises(ValidationError) as caught:
        parse_amount("-5", "amount")
    assert caught.value.problems[0].message == "金额不能为负数"
    assert check_citizen_id("110105194912310021", today=date(2025, 1, 1)).warnings == (
        "校验位应为X，号码可能输入有误",
    )
    assert i18n.label("deadline.limitation") == "仲裁时效"
