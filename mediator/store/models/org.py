"""Offices, the nodes (installations) that work for them, users with roles, mediator links, and
case-number blocks."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from mediator.store.base import Base, SyncColumns

ROLES = ("mediator", "chair", "clerk", "federation")
OFFICE_KINDS = ("township", "street", "village", "park_station", "enterprise", "peoples_mediation")


class Office(SyncColumns, Base):
    """A mediation office (调解组织). Owned by the federation roster; configured by the office."""

    __tablename__ = "offices"
    __owner__ = "federation"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str] = mapped_column(String(50))
    kind: Mapped[str] = mapped_column(String(30), default="township")
    address: Mapped[str | None] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(40))
    case_number_format: Mapped[str] = mapped_column(String(100))
    period_basis: Mapped[str] = mapped_column(String(16), default="received")
    period_days: Mapped[int] = mapped_column(Integer, default=15)
    extensions_allowed: Mapped[int] = mapped_column(Integer, default=1)
    extension_max_days: Mapped[int] = mapped_column(Integer, default=15)


class User(SyncColumns, Base):
    """A person who signs in: mediator, chair, clerk, or federation staff."""

    __tablename__ = "users"
    __table_args__ = (UniqueConstraint("office_id", "login"),)

    login: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    can_view_ids: Mapped[bool] = mapped_column(default=False)


class Node(SyncColumns, Base):
    """One installation (one local database) working for an office."""

    __tablename__ = "nodes"

    name: Mapped[str] = mapped_column(String(100))
    epoch: Mapped[uuid.UUID]
    registered_at: Mapped[dt.datetime]


class MediatorLink(SyncColumns, Base):
    """A recorded tie between a mediator and a person or employer (relative, former employer …),
    used to warn on assignment."""

    __tablename__ = "mediator_links"

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    counterpart_name: Mapped[str] = mapped_column(String(200))
    counterpart_id_number: Mapped[str | None] = mapped_column(String(40))
    relation: Mapped[str] = mapped_column(Text)


class CaseNumberBlock(SyncColumns, Base):
    """A run of case numbers of one office-year reserved for one node; ``last_seq`` NULL means
    open-ended (a single node). Allocation happens in the registering transaction, so a rollback
    returns the number and the sequence has no gaps."""

    __tablename__ = "case_number_blocks"
    __table_args__ = (UniqueConstraint("office_id", "year", "first_seq"),)

    node_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("nodes.id"))
    year: Mapped[int]
    first_seq: Mapped[int]
    last_seq: Mapped[int | None]
    next_seq: Mapped[int]
