"""Form look-ups: employers from earlier cases for autocompletion, and the dispute causes."""

from __future__ import annotations

from mediator.i18n import set_language
from mediator.services import lookups
from mediator.services.cases import register_case
from mediator.services.intake import parse_case
from tests.conftest import TODAY, case_data


def _register(office, **changes):
    return register_case(office.ws, office.wang, parse_case(case_data(**changes), today=TODAY))


def test_employers_from_earlier_cases_by_prefix_or_contained_text(office):
    assert lookups.employers(office.ws, "旧城") == []
    _register(office)
    _register(office, applicants=[{"name": "李四", "phone": "13800138001"}],
              respondent={"name": "新城旧城五金店", "address": "新城路2号"})
    _register(office, applicants=[{"name": "王五", "phone": "13800138002"}])  # the same employer again
    found = lookups.employers(office.ws, "旧城")
    assert [e["name"] for e in found] == ["旧城制衣厂", "新城旧城五金店"]
    assert found[0] == {"name": "旧城制衣厂", "credit_code": "91350100M000100Y43", "address": "旧城镇工业园8号",
                        "legal_rep": "赵大为", "legal_rep_title": "厂长", "phone": "13900139000"}
    assert [e["name"] for e in lookups.employers(office.ws, "五金")] == ["新城旧城五金店"]
    assert lookups.employers(office.ws, "旧城", limit=1)[0]["name"] == "旧城制衣厂"
    assert lookups.employers(office.ws, "%") == [] and lookups.employers(office.ws, "  ") == []


def test_dispute_causes_in_the_users_language(office):
    causes = lookups.dispute_causes(office.ws)
    by_code = {c["code"]: c for c in causes}
    assert "0801" in by_code and by_code["0201"]["parent"] == "02"
    set_language("zh")
    assert {c["code"]: c["name"] for c in lookups.dispute_causes(office.ws)}["01"] == "确认劳动关系"
