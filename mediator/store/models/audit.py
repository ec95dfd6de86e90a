"""The audit trail: append-only events, each chained to its node's previous event by hash.

Chains are per node (not per office) because an office's nodes append offline at the same time;
``(node_id, node_seq)`` orders one chain and the federation verifies each chain after sync.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from mediator.store.base import Base, SyncColumns


class AuditEvent(SyncColumns, Base):
    __tablename__ = "audit_events"
    __table_args__ = (UniqueConstraint("node_id", "node_seq"),)

    node_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("nodes.id"))
    node_seq: Mapped[int]
    at: Mapped[dt.datetime]
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    user_name: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(40))
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id"), index=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str | None] = mapped_column(String(36))
    changes: Mapped[dict] = mapped_column(JSON, default=dict)
    reason: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
