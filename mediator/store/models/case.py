"""The case (案件) and what hangs directly off it: parties, claims, assigned mediators, extensions."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import JSON, BigInteger, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from mediator.store.base import Base, SyncColumns


class Case(SyncColumns, Base):
    """One labour dispute from application to closing. ``status`` follows ``domain.states``;
    the mediation-period rule in force at registration is copied onto the case so a later change
    of the office's settings never moves an existing deadline silently. The ``*_due_on`` columns
    are the deadline engine's results, stored so the due list is an indexed query; they are
    recomputed on every transition and when the holiday calendar changes."""

    __tablename__ = "cases"
    __table_args__ = (
        UniqueConstraint("office_id", "case_no"),
        Index("ix_cases_status_received", "status", "received_on"),
        # Covers the join from unpaid terms to their case in the due list (no table-row reads).
        Index("ix_cases_live", "id", "closed_on", "deleted_at", "case_no", "status"),
        Index("ix_cases_received_on", "received_on"),
    )

    case_no: Mapped[str] = mapped_column(String(64))
    case_year: Mapped[int]
    case_seq: Mapped[int]
    status: Mapped[str] = mapped_column(String(20), index=True)
    previous_status: Mapped[str | None] = mapped_column(String(20))
    application_kind: Mapped[str] = mapped_column(String(10))
    is_collective: Mapped[bool] = mapped_column(default=False)
    applied_at: Mapped[dt.datetime]
    received_on: Mapped[dt.date]
    facts: Mapped[str] = mapped_column(Text, default="")
    infringement_known_on: Mapped[dt.date | None]
    employment_ended_on: Mapped[dt.date | None]
    employment_ongoing: Mapped[bool] = mapped_column(default=False)
    claimed_total_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    worker_count: Mapped[int] = mapped_column(default=1)
    period_basis: Mapped[str] = mapped_column(String(16))
    period_days: Mapped[int]
    decided_on: Mapped[dt.date | None]
    accepted_on: Mapped[dt.date | None]
    rejection_reason: Mapped[str | None] = mapped_column(Text)
    other_party_consented: Mapped[bool | None]
    ended_on: Mapped[dt.date | None]
    end_reason_code: Mapped[str | None] = mapped_column(String(40))
    end_reason: Mapped[str | None] = mapped_column(Text)
    acceptance_due_on: Mapped[dt.date | None] = mapped_column(index=True)
    mediation_due_on: Mapped[dt.date | None] = mapped_column(index=True)
    limitation_due_on: Mapped[dt.date | None] = mapped_column(index=True)
    deadlines_provisional: Mapped[bool] = mapped_column(default=False, index=True)
    closed_on: Mapped[dt.date | None]
    closing_note: Mapped[str | None] = mapped_column(Text)
    registered_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    lead_mediator_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True)
    acknowledged_warnings: Mapped[list[str]] = mapped_column(JSON, default=list)


class Party(SyncColumns, Base):
    """A person or organisation in a case: applicant (each worker of a collective case, with
    ``is_representative`` marking the elected ones), respondent, or an agent for another party."""

    __tablename__ = "parties"
    __table_args__ = (
        Index("ix_parties_name", "name"),
        Index("ix_parties_id_number", "id_number"),
    )

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    role: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(16))
    position: Mapped[int] = mapped_column(default=0)
    is_representative: Mapped[bool] = mapped_column(default=False)
    represents_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("parties.id"))
    name: Mapped[str] = mapped_column(String(200))
    sex: Mapped[str | None] = mapped_column(String(8))
    ethnicity: Mapped[str | None] = mapped_column(String(20))
    birth_date: Mapped[dt.date | None]
    id_type: Mapped[str | None] = mapped_column(String(20))
    id_number: Mapped[str | None] = mapped_column(String(40))
    phone: Mapped[str | None] = mapped_column(String(20))
    landline: Mapped[str | None] = mapped_column(String(30))
    address: Mapped[str | None] = mapped_column(String(300))
    employer_name: Mapped[str | None] = mapped_column(String(200))
    job: Mapped[str | None] = mapped_column(String(100))
    credit_code: Mapped[str | None] = mapped_column(String(20), index=True)
    legal_rep: Mapped[str | None] = mapped_column(String(100))
    legal_rep_title: Mapped[str | None] = mapped_column(String(50))
    ownership_type: Mapped[str | None] = mapped_column(String(40))
    industry: Mapped[str | None] = mapped_column(String(60))
    authority: Mapped[str | None] = mapped_column(Text)


class Claim(SyncColumns, Base):
    """A numbered claim (请求事项) with its dispute cause and, where money is asked, the amount."""

    __tablename__ = "claims"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    seq: Mapped[int]
    cause_code: Mapped[str] = mapped_column(String(20), index=True)
    description: Mapped[str] = mapped_column(Text)
    amount_fen: Mapped[int | None] = mapped_column(BigInteger)


class CaseMediator(SyncColumns, Base):
    """An assignment of a mediator to a case; ending it (recusal, reassignment) keeps the row."""

    __tablename__ = "case_mediators"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    is_lead: Mapped[bool] = mapped_column(default=False)
    assigned_on: Mapped[dt.date]
    ended_on: Mapped[dt.date | None]
    link_warning: Mapped[str | None] = mapped_column(Text)


class Extension(SyncColumns, Base):
    """An extension of the mediation period, granted only with both parties' recorded consent."""

    __tablename__ = "extensions"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    days: Mapped[int]
    granted_on: Mapped[dt.date]
    applicant_consent: Mapped[str] = mapped_column(Text)
    respondent_consent: Mapped[str] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)
