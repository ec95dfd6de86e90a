"""The domain rules speak Chinese when the language is Chinese."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from mediator import i18n
from mediator.domain.deadlines import acceptance_deadline, mediation_deadline
from mediator.domain.money import parse_amount
from mediator.domain.validators import check_citizen_id
from mediator.domain.workdays import WorkCalendar
from mediator.errors import ValidationError

# Translation coverage and placeholders for the whole core: tests/core/test_boundaries.py.


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
