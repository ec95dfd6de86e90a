"""What the Sync page lists, read from the local database only (works offline):

* ``open_conflicts``: one entry per row with unresolved conflicts — which case and which record,
  and every field side by side (name in the user's language, central's value, this computer's
  value, whether they differ; differing fields first);
* ``case_sync_states``: the cases with changes waiting to be sent (journal entries above the
  acknowledged sequence, mapped to their case through the row's ``case_id``), with open
  conflicts, or with rows central refused (the reason in plain words naming the case number),
  plus what is not tied to a case.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from typing import Any

from sqlalchemy import func, select, union_all

from mediator.i18n import language, t
from mediator.services.context import Workspace
from mediator.store.models import Case, InboxConflict, InboxReject, JournalEntry, User
from mediator.sync import rows as R
from mediator.sync import state
from mediator.sync.central_schema import synced_table_names
from mediator.sync.inbox_resolve import open_conflicts_of_row, versions
from mediator.sync.inbox_words import HIDDEN, field_label, field_list, reject_text, row_title, show_value

LIMIT = 200  # cases listed at once (a first sync may have thousands waiting)


def open_conflicts(ws: Workspace) -> list[dict[str, Any]]:
    """Rows with unresolved conflicts, newest first; ``id`` is the local id to pass to ``resolve``."""
    with ws.read() as s:
        users = dict(s.execute(select(User.id, User.name)).all())
        newest_ids = s.scalars(select(func.max(InboxConflict.id)).where(
            InboxConflict.node_id == ws.node_id, InboxConflict.resolution.is_(None))
            .group_by(InboxConflict.table_name, InboxConflict.row_id))
        found = []
        for conflict in s.scalars(select(InboxConflict).where(InboxConflict.id.in_(list(newest_ids)))
                                  .order_by(InboxConflict.central_id.desc())):
            central, mine, _local = versions(s, open_conflicts_of_row(s, conflict))
            found.append(_entry(s, conflict, central, mine, users))
        return found


def _entry(s, conflict: InboxConflict, central: dict, mine: dict, users: dict) -> dict[str, Any]:  # noqa: ANN001
    name = conflict.table_name
    columns = [c.name for c in R.local_table(name).columns if c.name not in HIDDEN and c.name != "case_id"]
    fields = []
    for column in columns:
        a, b = central.get(column), mine.get(column)
        fields.append({"name": column, "label": field_label(name, column), "differs": a != b,
                       "central": show_value(name, column, a, users), "mine": show_value(name, column, b, users)})
    fields.sort(key=lambda f: not f["differs"])  # stable: the differing ones first, in column order
    case_no = s.scalar(select(Case.case_no).where(Case.id == conflict.case_id)) if conflict.case_id else None
    return {"id": conflict.id, "table": name, "row_id": str(conflict.row_id),
            "case_id": str(conflict.case_id) if conflict.case_id else "", "case_no": case_no or "",
            "what": row_title(name, mine or central), "recorded_at": conflict.recorded_at,
            "fields": fields, "differing": sum(f["differs"] for f in fields),
            "differing_names": field_list(name, [f["name"] for f in fields if f["differs"]])}


def _pending_by_case(s, acked: int) -> tuple[dict[uuid.UUID, int], int]:  # noqa: ANN001
    """(journal entries above ``acked`` per case, those tied to no case)."""
    parts = []
    journal = JournalEntry.__table__
    for name in synced_table_names():
        table = R.local_table(name)
        key = table.c.id if name == "cases" else table.c.get("case_id")
        if key is None:
            continue
        parts.append(select(key.label("case_id"), func.count().label("n"))
                     .select_from(journal.join(table, table.c.id == journal.c.row_id))
                     .where(journal.c.seq > acked, journal.c.table_name == name).group_by(key))
    per_case: dict[uuid.UUID, int] = defaultdict(int)
    for case_id, n in s.execute(union_all(*parts)):
        if case_id is not None:
            per_case[case_id] += n
    total = int(s.scalar(select(func.count()).select_from(journal).where(journal.c.seq > acked)) or 0)
    return per_case, total - sum(per_case.values())


def case_sync_states(ws: Workspace, limit: int = LIMIT) -> dict[str, Any]:
    """``cases``: up to ``limit`` entries (refused first, then in conflict, then waiting; by case
    number), each ``case_id``, ``case_no``, ``pending``, ``conflicts``, ``problems`` (plain
    sentences) and ``state`` (in words); ``total`` cases; ``other_pending`` changes tied to no case;
    ``other_problems`` (sentences about refused rows tied to no case)."""
    with ws.read() as s:
        pending, other_pending = _pending_by_case(s, state.acked(s))
        conflicts: dict[uuid.UUID, int] = dict(s.execute(
            select(InboxConflict.case_id, func.count(func.distinct(InboxConflict.row_id)))
            .where(InboxConflict.node_id == ws.node_id, InboxConflict.resolution.is_(None),
                   InboxConflict.case_id.is_not(None)).group_by(InboxConflict.case_id)).all())
        rejects = s.scalars(select(InboxReject).where(InboxReject.node_id == ws.node_id, InboxReject.cleared.is_(False))
                            .order_by(InboxReject.central_id)).all()
        rejected_cases = {r.case_id for r in rejects if r.case_id}
        ids = set(pending) | set(conflicts) | rejected_cases
        numbers = _case_numbers(s, list(ids))
        order = sorted(ids, key=lambda i: (i not in rejected_cases, i not in conflicts, numbers.get(i, "")))
        shown = order[:limit]
        problems: dict[uuid.UUID | None, list[str]] = defaultdict(list)
        for r in rejects:
            case_no = numbers.get(r.case_id) or (r.row.get("case_no") if r.table_name == "cases" else None)
            text = reject_text(r.table_name, r.row, r.reason, case_no)
            if text not in problems[r.case_id]:
                problems[r.case_id].append(text)
        entries = [{"case_id": str(i), "case_no": numbers.get(i, ""), "pending": pending.get(i, 0),
                    "conflicts": conflicts.get(i, 0), "problems": problems.get(i, []),
                    "state": _state_words(pending.get(i, 0), conflicts.get(i, 0), i in rejected_cases)}
                   for i in shown]
        return {"cases": entries, "total": len(order), "other_pending": other_pending,
                "other_problems": problems.get(None, [])}


def _case_numbers(s, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:  # noqa: ANN001
    numbers: dict[uuid.UUID, str] = {}
    for part in R.chunks(ids):
        numbers.update(s.execute(select(Case.id, Case.case_no).where(Case.id.in_(part))).all())
    return numbers


def _state_words(pending: int, conflicts: int, rejected: bool) -> str:
    parts = []
    if rejected:
        parts.append(t("refused by the central store"))
    if conflicts:
        parts.append(t("{count} conflicting records: choose a version below", count=conflicts))
    if pending:
        parts.append(t("{count} changes waiting to be sent", count=pending))
    return ("；" if language() == "zh" else "; ").join(parts)
