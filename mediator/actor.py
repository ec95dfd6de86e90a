"""Who is acting: the signed-in user on whose behalf a service runs. A module of its own, without
SQLAlchemy, so the desktop client can show its first window before the ORM is loaded."""

from __future__ import annotations

import uuid
from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    """The signed-in user on whose behalf a service acts."""

    user_id: uuid.UUID
    login: str
    name: str
    role: str
    office_id: uuid.UUID
    can_view_ids: bool

    @property
    def sees_full_ids(self) -> bool:
        return self.role in ("chair", "federation") or self.can_view_ids
