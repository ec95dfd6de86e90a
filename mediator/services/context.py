"""The workspace (one data directory: database, backups, this node's identity) and the unit of
work every service runs in: one write transaction that knows the acting user, checks roles,
journals changes and appends audit events."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.orm import Session

from mediator.actor import Actor
from mediator.domain.states import check_role
from mediator.domain.workdays import WorkCalendar
from mediator.errors import MediatorError, StoreError
from mediator.i18n import t
from mediator.services import audit, journal
from mediator.store.database import Store
from mediator.store.models import LocalSetting
from mediator.store.reader import DB_NAME


class Workspace:
    """One data directory. ``node_id``/``office_id`` are None until ``init`` has run."""

    def __init__(self, data_dir: Path, store: Store):
        self.data_dir = data_dir
        self.store = store
        self._calendar: WorkCalendar | None = None
        with store.read() as s:
            self.node_id = _uuid_setting(s, "node_id")
            self.office_id = _uuid_setting(s, "office_id")

    @classmethod
    def open(cls, data_dir: Path | str, *, daily_backup: bool = True, check: bool = True) -> Workspace:
        data_dir = Path(data_dir)
        store = Store.open(data_dir / DB_NAME, backup_dir=data_dir / "backups", daily_backup=daily_backup, check=check)
        return cls(data_dir, store)

    def close(self) -> None:
        self.store.close()

    @property
    def initialized(self) -> bool:
        return self.node_id is not None

    def require_initialized(self) -> None:
        if not self.initialized:
            raise MediatorError(t("{path} has no office yet; run 'mediator init' first", path=self.data_dir))

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.store.read() as session:
            yield session

    @contextmanager
    def unit(self, actor: Actor | None, action: str | None = None) -> Iterator[UnitOfWork]:
        """One write transaction for ``action`` by ``actor`` (role checked before anything)."""
        if action is not None and actor is not None:
            check_role(action, actor.role)
        with self.store.write() as session:
            journal.install(session)
            session.info["actor_login"] = actor.login if actor else "system"
            yield UnitOfWork(self, session, actor)

    def calendar(self) -> WorkCalendar:
        if self._calendar is None:
            from mediator.services.calendar import load_calendar

            with self.read() as s:
                self._calendar = load_calendar(s)
        return self._calendar

    def invalidate_calendar(self) -> None:
        self._calendar = None


class UnitOfWork:
    def __init__(self, ws: Workspace, session: Session, actor: Actor | None):
        self.ws, self.session, self.actor = ws, session, actor

    def audit(
        self,
        action: str,
        entity: str,
        entity_id: uuid.UUID | str | None = None,
        *,
        case_id: uuid.UUID | None = None,
        changes: dict | None = None,
        reason: str | None = None,
    ) -> None:
        if self.ws.node_id is None or self.ws.office_id is None:
            raise StoreError("workspace not initialized")
        audit.append_event(
            self.session,
            node_id=self.ws.node_id,
            office_id=self.ws.office_id,
            user_id=self.actor.user_id if self.actor else None,
            user_name=self.actor.name if self.actor else "system",
            action=action,
            entity=entity,
            entity_id=entity_id,
            case_id=case_id,
            changes=changes,
            reason=reason,
        )


def _uuid_setting(session: Session, key: str) -> uuid.UUID | None:
    row = session.get(LocalSetting, key)
    return uuid.UUID(row.value) if row else None
