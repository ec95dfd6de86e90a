"""Tables that never leave this installation: the sync journal and local settings."""

from __future__ import annotations

import uuid

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mediator.store.base import Base


class JournalEntry(Base):
    """One local change, in node-wide order (``seq``), written in the same transaction as the
    data. Sync pushes entries above its acknowledged sequence; applying pulled rows adds none."""

    __tablename__ = "sync_journal"
    __table_args__ = {"sqlite_autoincrement": True}

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[uuid.UUID]
    row_version: Mapped[int]


class LocalSetting(Base):
    """Key/value settings of this installation (this node's id, the office, sync cursors …)."""

    __tablename__ = "local_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
