"""The office's staff as plain rows, for choosing people in forms (assigning mediators, naming the
mediators and recorder of a hearing). Read-only; user administration lives in ``users``."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from mediator.i18n import label
from mediator.services.context import Actor, Workspace
from mediator.store.models import User

ROLE_ORDER = {"chair": 0, "mediator": 1, "clerk": 2, "federation": 3}


def list_staff(ws: Workspace, actor: Actor, roles: tuple[str, ...] = ("chair", "mediator")) -> list[dict[str, Any]]:
    """Active users of ``actor``'s office with one of ``roles``: login, name, role and the role's
    display name, chair first, then by login."""
    with ws.read() as s:
        users = s.scalars(select(User).where(User.office_id == ws.office_id, User.role.in_(roles),
                                             User.active.is_(True), User.deleted_at.is_(None))).all()
    rows = [{"login": u.login, "name": u.name, "role": u.role, "role_name": _role_name(u.role)} for u in users]
    return sorted(rows, key=lambda r: (ROLE_ORDER.get(r["role"], 9), r["login"]))


def _role_name(role: str) -> str:
    key = f"role.{role}"
    text = label(key)
    return role if text == key else text
