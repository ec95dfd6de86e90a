"""Small read-only look-ups that help filling in forms: employers named in earlier cases (for
autocompletion) and the dispute causes in force (for the claim cause choice)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from mediator.i18n import language
from mediator.services.context import Workspace
from mediator.store.models import DisputeCause, Party

SCAN_LIMIT = 500  # respondent rows read per look-up; duplicates of one employer collapse into one


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def employers(ws: Workspace, prefix: str, limit: int = 20) -> list[dict[str, Any]]:
    """Employers that were respondents in this office's cases and whose name contains ``prefix``,
    names starting with it first, then the most recently recorded. One entry per name and credit
    code, with the latest details: ``name, credit_code, address, legal_rep, legal_rep_title, phone``."""
    text = (prefix or "").strip()
    if not text:
        return []
    stmt = (
        select(Party.name, Party.credit_code, Party.address, Party.legal_rep, Party.legal_rep_title, Party.phone)
        .where(Party.role == "respondent", Party.deleted_at.is_(None), Party.office_id == ws.office_id,
               Party.name.like(f"%{_like_escape(text)}%", escape="\\"))
        .order_by(Party.updated_at.desc())
        .limit(SCAN_LIMIT)
    )
    with ws.read() as s:
        rows = s.execute(stmt).all()
    seen: dict[tuple[str, str], dict[str, Any]] = {}
    for name, code, address, legal_rep, title, phone in rows:
        key = (name, code or "")
        if key not in seen:
            seen[key] = {"name": name, "credit_code": code, "address": address, "legal_rep": legal_rep,
                         "legal_rep_title": title, "phone": phone}
    found = list(seen.values())
    found.sort(key=lambda e: not e["name"].startswith(text))  # stable: recency kept within each group
    return found[:limit]


def dispute_causes(ws: Workspace) -> list[dict[str, Any]]:
    """Active dispute causes in list order: ``code, name`` (in the user's language), ``parent``."""
    stmt = (
        select(DisputeCause)
        .where(DisputeCause.active.is_(True), DisputeCause.deleted_at.is_(None))
        .order_by(DisputeCause.sort_order, DisputeCause.code)
    )
    zh = language() == "zh"
    with ws.read() as s:
        return [{"code": c.code, "name": c.name_zh if zh else c.name_en, "parent": c.parent_code}
                for c in s.scalars(stmt)]


__all__ = ["dispute_causes", "employers"]
