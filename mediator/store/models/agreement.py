"""Settlement agreements (调解协议书), their numbered terms, payments against terms, and
follow-up visits (回访)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import BigInteger, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from mediator.store.base import Base, SyncColumns


class Agreement(SyncColumns, Base):
    """The agreement of a settled case. It takes effect when the last of the parties' signatures,
    the mediator's signature and the office seal is done (``effective_on``)."""

    __tablename__ = "agreements"
    __table_args__ = (UniqueConstraint("case_id"),)

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"))
    dispute_summary: Mapped[str] = mapped_column(Text)
    applicant_claims: Mapped[str] = mapped_column(Text)
    respondent_position: Mapped[str] = mapped_column(Text)
    waived_rights: Mapped[str] = mapped_column(Text, default="")
    copies: Mapped[int]
    applicant_signed_on: Mapped[dt.date]
    respondent_signed_on: Mapped[dt.date]
    mediator_signed_on: Mapped[dt.date]
    sealed_on: Mapped[dt.date]
    effective_on: Mapped[dt.date]
    agreed_total_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    review_due_on: Mapped[dt.date] = mapped_column(index=True)
    confirmation_due_on: Mapped[dt.date] = mapped_column(index=True)
    enforcement_route: Mapped[str | None] = mapped_column(String(30))
    enforcement_on: Mapped[dt.date | None]


class AgreementTerm(SyncColumns, Base):
    """One numbered obligation: who pays whom, how much, by when, how and where. A term without an
    amount is a non-monetary obligation, performed when ``performed_on`` is set."""

    __tablename__ = "agreement_terms"
    __table_args__ = (
        UniqueConstraint("agreement_id", "seq"),
        Index("ix_agreement_terms_unperformed_due", "due_on", "case_id", "seq",
              sqlite_where=text("performed_on IS NULL AND deleted_at IS NULL")),
    )

    agreement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agreements.id"), index=True)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    seq: Mapped[int]
    payer_party_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("parties.id"))
    payee_party_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("parties.id"))
    description: Mapped[str] = mapped_column(Text)
    amount_fen: Mapped[int | None] = mapped_column(BigInteger)
    due_on: Mapped[dt.date]
    method: Mapped[str] = mapped_column(String(20))
    place: Mapped[str] = mapped_column(String(200))
    cause_code: Mapped[str | None] = mapped_column(String(20))
    payment_order_eligible: Mapped[bool] = mapped_column(default=False)
    paid_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    performed_on: Mapped[dt.date | None]


class Payment(SyncColumns, Base):
    """A payment received against a term (履行)."""

    __tablename__ = "payments"

    term_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agreement_terms.id"), index=True)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    paid_on: Mapped[dt.date]
    method: Mapped[str] = mapped_column(String(20))
    receipt_ref: Mapped[str | None] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(Text)


class FollowUpVisit(SyncColumns, Base):
    """A follow-up visit (回访记录) after settlement."""

    __tablename__ = "follow_up_visits"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    visited_on: Mapped[dt.date]
    visitor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    performance_status: Mapped[str] = mapped_column(String(30))
    satisfaction: Mapped[str | None] = mapped_column(String(30))
    new_risks: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
