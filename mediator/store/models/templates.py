"""Document templates the federation publishes for every office (``mediator central publish-template``):
one row per document kind, the .docx bytes themselves, pulled by every office like the other
federation reference data. Printing uses the one of a kind when the office has no own template of
that kind that passes the checks (``documents.printing.choose_template``)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from mediator.store.base import Base, SyncColumns


class PublishedTemplate(SyncColumns, Base):
    """The federation's current template of one document kind; a new publication of the kind
    replaces the row's content with the next ``row_version``; ``sha256`` names the content."""

    __tablename__ = "published_templates"
    __owner__ = "federation"

    kind: Mapped[str] = mapped_column(String(40), unique=True)
    version_label: Mapped[str] = mapped_column(String(100))  # what the federation calls it, e.g. "2027年版"
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    published_at: Mapped[dt.datetime]
