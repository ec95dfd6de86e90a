"""Recusal requests (回避): a party asks for a mediator to be replaced, and the decision."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mediator.store.base import Base, SyncColumns


class RecusalRequest(SyncColumns, Base):
    __tablename__ = "recusal_requests"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    mediator_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    requested_by: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text)
    requested_on: Mapped[dt.date]
    decision: Mapped[str | None] = mapped_column(String(16))
    decided_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    decided_on: Mapped[dt.date | None]
    decision_reason: Mapped[str | None] = mapped_column(Text)
