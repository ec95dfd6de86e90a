"""Hearings (调解会) with their record (调解笔录)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mediator.store.base import Base, SyncColumns


class Hearing(SyncColumns, Base):
    """A scheduled or held hearing; ``mediator_ids`` are user ids (text) so the calendar can find a
    mediator booked twice, ``present`` lists who attended as ``{"name", "role"}`` objects."""

    __tablename__ = "hearings"
    __table_args__ = (Index("ix_hearings_starts_at", "starts_at"),)

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    starts_at: Mapped[dt.datetime]
    ends_at: Mapped[dt.datetime | None]
    place: Mapped[str] = mapped_column(String(200))
    mediator_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    recorder_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    present: Mapped[list[dict]] = mapped_column(JSON, default=list)
    invited: Mapped[str | None] = mapped_column(Text)
    rights_explained: Mapped[bool] = mapped_column(default=False)
    applicant_statement: Mapped[str | None] = mapped_column(Text)
    respondent_statement: Mapped[str | None] = mapped_column(Text)
    record_text: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(String(20))
