"""The Chinese catalog of the command line covers every message it and the case view print, with
the same placeholders, and names every status, action, role, clock and deadline state."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from mediator import i18n
from mediator.cli import output
from mediator.domain.deadlines import CLOCKS, STATUSES
from mediator.domain.states import STATES, TRANSITIONS
from mediator.locale import zh_cli
from mediator.services.users import ROLES

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted((ROOT / "mediator" / "cli").glob("*.py")) + [ROOT / "mediator" / "services" / "case_view.py"]


def msgids() -> set[str]:
    found = set()
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "t"
                    and node.args and isinstance(node.args[0], ast.Constant)):
                found.add(node.args[0].value)
    return found


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_command_line_message_is_translated() -> None:
    ids = msgids()
    assert len(ids) > 200
    assert sorted(ids - zh_cli.MESSAGES.keys()) == []


@pytest.mark.parametrize(("source", "translation"), sorted(zh_cli.MESSAGES.items()))
def test_translations_keep_placeholders(source: str, translation: str) -> None:
    assert placeholders(source) == placeholders(translation)


def test_every_code_shown_has_a_chinese_name() -> None:
    keys = ([f"status.{s}" for s in STATES] + [f"action.{a}" for a in TRANSITIONS] + [f"role.{r}" for r in ROLES]
            + [f"clock.{c}" for c in CLOCKS] + [f"due.{s}" for s in STATUSES])
    assert [k for k in keys if k not in zh_cli.LABELS] == []


def test_code_names_and_column_widths() -> None:
    i18n.set_language("zh")
    try:
        assert output.name("status", "in_mediation") == "调解中"
    finally:
        i18n.set_language("en")
    assert output.name("status", "in_mediation") == "in mediation"
    assert output.width("旧城劳调〔2026〕第1号") == 21
    assert output.clip("福州闽江服饰有限公司", 9) == "福州闽江…"
    assert output.yuan(1234550) == "12,345.50"
