"""Files attached to a case (scans, evidence) and the record of every printed document."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import BigInteger, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mediator.store.base import Base, SyncColumns


class Attachment(SyncColumns, Base):
    """A file in the case's dossier (一案一卷), identified by its SHA-256."""

    __tablename__ = "attachments"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    filename: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    stored_path: Mapped[str] = mapped_column(String(500))
    note: Mapped[str | None] = mapped_column(Text)


class PrintRecord(SyncColumns, Base):
    """One printing of one document: kind, template version, content hash, print number."""

    __tablename__ = "print_records"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    template_version: Mapped[str] = mapped_column(String(64))
    content_hash: Mapped[str] = mapped_column(String(64))
    print_no: Mapped[int]
    is_copy: Mapped[bool] = mapped_column(default=False)
    printed_at: Mapped[dt.datetime]
    subject: Mapped[str | None] = mapped_column(String(80))  # the hearing, visit or served document
    output_format: Mapped[str | None] = mapped_column(String(10))  # docx | pdf
    note: Mapped[str | None] = mapped_column(Text)  # fonts this machine lacked, so were substituted
