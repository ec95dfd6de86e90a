"""The inbox in the user's words: names of tables and fields, a row's title ("party 张三"), values
shown for comparison (codes by name, money in yuan, users by name, instants in Beijing time) and
a rejected row's reason in plain words naming the case number and what was refused.

Chinese names live in ``mediator/locale/zh_sync.py`` (``LABELS``: ``table.<name>``,
``column.<name>``, ``column.<table>.<name>``), falling back to the general field labels; English
is made from the column's name.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from typing import Any

from mediator.domain.money import to_yuan
from mediator.i18n import code_name, label, language, t
from mediator.services.fields import SHANGHAI

HIDDEN = ("id", "office_id", "row_version", "base_version", "local_seq", "updated_at", "updated_by")
CODES = {  # column → the kind of code it holds (``code_name``)
    "status": "status", "previous_status": "status", "application_kind": "application",
    "end_reason_code": "termination", "id_type": "id_type", "method": "method", "outcome": "outcome",
    "decision": "decision", "enforcement_route": "route", "sex": "sex", "period_basis": "period_basis",
}
TABLE_CODES = {("parties", "role"): "party", ("users", "role"): "role", ("parties", "kind"): "party_kind"}


def _named(key: str) -> str | None:
    text = label(key)
    return None if text == key else text


def table_label(table: str) -> str:
    return _named(f"table.{table}") or table.replace("_", " ")


def field_label(table: str, column: str) -> str:
    for key in (f"column.{table}.{column}", f"column.{column}", column):
        text = _named(key)
        if text:
            return text
    words = re.sub(r"_(fen|id)$", "", column).replace("_", " ")
    return f"{words} (yuan)" if column.endswith("_fen") else words


def field_list(table: str, columns: list[str]) -> str:
    if not columns:
        return t("no field")
    return ("、" if language() == "zh" else ", ").join(field_label(table, c) for c in columns)


def row_title(table: str, row: dict) -> str:
    """What the row is, for a person: "case 旧城劳调〔2026〕第3号", "applicant 张三", "claim 2"."""
    if table == "cases":
        return t("case {case_no}", case_no=row.get("case_no") or "")
    if table == "parties":
        return t("{role} {name}", role=code_name("party", row.get("role")) or table_label(table), name=row.get("name") or "")
    if table == "claims":
        return t("claim {seq}", seq=row.get("seq") or "")
    if table == "users":
        return t("user {name}", name=row.get("name") or "")
    return table_label(table)


def show_value(table: str, column: str, value: Any, users: dict[uuid.UUID, str] | None = None) -> str:  # noqa: ANN401
    """``value`` of ``table.column`` as a person reads it; "—" for nothing."""
    if value is None or value == "" or value == []:
        return "—"
    kind = TABLE_CODES.get((table, column)) or CODES.get(column)
    if kind:
        return code_name(kind, str(value))
    if isinstance(value, bool):
        return t("yes") if value else t("no")
    if column.endswith("_fen") and isinstance(value, int):
        return t("{amount} yuan", amount=f"{to_yuan(value):,}")
    if isinstance(value, uuid.UUID):
        return (users or {}).get(value) or str(value)
    if isinstance(value, dt.datetime):
        return value.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return "、".join(str(v) for v in value)
    return str(value)


def _kind_of(reason: str) -> str:
    text = reason.lower()
    if "unique" in text or "duplicate key" in text:
        return "duplicate"
    if "foreign key" in text:
        return "parent"
    if "row-level security" in text or "permission denied" in text:
        return "not_allowed"
    if "not null" in text or "not-null" in text:
        return "incomplete"
    return "other"


def reject_text(table: str, row: dict, reason: str, case_no: str | None) -> str:
    """Why central refused ``row``, in plain words naming the case and what was refused."""
    kind, what = _kind_of(reason), row_title(table, row)
    if kind == "duplicate" and table == "cases":
        text = t("case number {case_no} is already used at the central store by another case; this case was "
                 "not accepted there", case_no=row.get("case_no") or case_no or "")
    elif kind == "duplicate":
        text = t("{what} was not accepted: the central store already has the same record", what=what)
    elif kind == "parent":
        text = t("{what} was not accepted: the record it belongs to was refused or is missing at the central "
                 "store", what=what)
    elif kind == "not_allowed":
        text = t("{what} was not accepted: this office may not write it (it belongs to another office or to "
                 "the federation)", what=what)
    elif kind == "incomplete":
        text = t("{what} was not accepted: a required value is missing", what=what)
    else:
        text = t("{what} was not accepted by the central store ({reason})", what=what, reason=reason)
    return t("Case {case_no}: {text}", case_no=case_no, text=text) if case_no else text
