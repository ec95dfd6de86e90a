"""The office's staff as plain rows, for choosing people in forms (assigning mediators, naming the
mediators and recorder of a hearing). Read-only; user administration lives in ``users``."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from mediator.i18n import code_name
from mediator.services.context import Actor, Workspace
from mediator.store.models import User

ROLE_ORDER = {"chair": 0, "mediator": 1, "clerk": 2, "federation": 3}


def list_staff(ws: Workspace, actor: Actor | None = None,
               roles: tuple[str, ...] = ("chair", "mediator")) -> list[dict[str, Any]]:
    """Active users with one of ``roles`` (the local database holds this office's only): login,
    name, role and the role's display name, chair first, then by login. ``actor`` is not needed
    (the login screen has none) and kept for the callers that pass it."""
    with ws.read() as s:
        users = s.scalars(select(User).where(User.role.in_(roles), User.active.is_(True),
                                             User.deleted_at.is_(None))).all()
    rows = [{"login": u.login, "name": u.name, "role": u.role, "role_name": code_name("role", u.role)} for u in users]
    return sorted(rows, key=lambda r: (ROLE_ORDER.get(r["role"], 9), r["login"]))
