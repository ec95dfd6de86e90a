"""This node's copies of what the central store recorded about its pushes: conflicts (both
versions of a row two computers changed at once) and rejected rows (with central's reason).

Fetched from central at the end of each sync (``mediator.sync.inbox``); never synced and never
journalled. A conflict is resolved here, offline if need be (``resolution``, ``resolved_at``,
``resolved_by``), and the resolution is sent to central's ``sync_resolutions`` at the next sync
(``sent``). ``central_row``/``central_version`` are refreshed from central at every sync, so the
inbox compares against the newest central version this node has seen.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import JSON, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mediator.store.base import Base


class InboxConflict(Base):
    """A conflict central recorded for one of this node's pushed rows."""

    __tablename__ = "sync_inbox_conflicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    central_id: Mapped[int] = mapped_column(Integer, unique=True)  # sync_conflicts.id at central
    node_id: Mapped[uuid.UUID]  # the node whose push it was (a copied database inherits none of them)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[uuid.UUID] = mapped_column(index=True)
    case_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    base_version: Mapped[int]
    central_version: Mapped[int]
    incoming_version: Mapped[int]
    central_row: Mapped[dict] = mapped_column(JSON)
    incoming_row: Mapped[dict] = mapped_column(JSON)
    recorded_at: Mapped[dt.datetime]
    resolution: Mapped[str | None] = mapped_column(String(10))  # "central" or "mine"
    resolved_at: Mapped[dt.datetime | None]
    resolved_by: Mapped[str | None] = mapped_column(String(200))
    sent: Mapped[bool] = mapped_column(default=False)


class InboxReject(Base):
    """A row of this node that central refused (constraint or row-level security), with the reason."""

    __tablename__ = "sync_inbox_rejects"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    central_id: Mapped[int] = mapped_column(Integer, unique=True)  # sync_rejects.id at central
    node_id: Mapped[uuid.UUID]
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[uuid.UUID] = mapped_column(index=True)
    case_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    reason: Mapped[str] = mapped_column(Text)
    row: Mapped[dict] = mapped_column(JSON)
    recorded_at: Mapped[dt.datetime]
    cleared: Mapped[bool] = mapped_column(default=False)  # the row has since landed at central
