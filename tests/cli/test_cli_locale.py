"""The command line names every status, action, role, clock and deadline state in Chinese."""

from __future__ import annotations

from mediator import i18n
from mediator.cli import output
from mediator.domain.deadlines import CLOCKS, STATUSES
from mediator.domain.states import STATES, TRANSITIONS
from mediator.locale import zh_cli
from mediator.services.users import ROLES

# Every message having a translation with the same placeholders is checked for the whole core by
# tests/core/test_boundaries.py; this file checks the names of the codes the command line shows.


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
