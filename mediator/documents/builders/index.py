"""卷内目录: the list of what the case file holds, from the print records (each document once, in
the order the file keeps them, dated by the document's own date where it has one) and the
attachments, with a 页号 column and a few blank rows left for the clerk."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import func, select

from mediator.documents.builders.common import Source, cn_date
from mediator.documents.kinds import KINDS
from mediator.documents.model import Document, Table
from mediator.services.fields import SHANGHAI
from mediator.store.models import Agreement, Attachment, FollowUpVisit, Hearing, PrintRecord

FILE_ORDER = ("application", "acceptance", "rejection", "hearing_record", "agreement", "termination",
              "service_proof", "follow_up")
HEAD = ("序号", "文书材料名称", "日期", "页号", "备注")
WIDTHS = (14.0, 66.0, 44.0, 14.0, 18.0)
BLANK_ROWS = 3


def local_date(moment: dt.datetime | None) -> dt.date | None:
    if moment is None:
        return None
    return (moment.astimezone(SHANGHAI) if moment.tzinfo else moment.replace(tzinfo=dt.UTC).astimezone(SHANGHAI)).date()


def _row(src: Source, kind: str, subject: str | None, printed_on: dt.date | None) -> tuple[dt.date | None, str]:
    """(date, title) of one document in the file."""
    case, title = src.case, KINDS[kind].title
    if kind == "application":
        return case.received_on, "口头申请笔录" if case.application_kind == "oral" else title
    if kind == "acceptance":
        return case.accepted_on, title
    if kind == "rejection":
        return case.decided_on, title
    if kind == "termination":
        return case.ended_on or printed_on, title
    if kind == "agreement":
        sealed = src.session.scalar(select(Agreement.sealed_on).where(Agreement.case_id == case.id,
                                                                      Agreement.deleted_at.is_(None)))
        return sealed or printed_on, title
    if kind == "service_proof":
        served = KINDS[subject].title if subject in KINDS else ""
        return printed_on, f"{title}（{served}）" if served else title
    model = {"hearing_record": Hearing, "follow_up": FollowUpVisit}.get(kind)
    if model is not None and subject:
        try:
            item = src.session.get(model, uuid.UUID(subject))
        except ValueError:
            item = None
        if item is not None:
            day = local_date(item.starts_at) if model is Hearing else item.visited_on
            return day, f"{title}（{cn_date(day)}）"
    return printed_on, title


def build(src: Source) -> Document:
    doc = src.document("index")
    s = src.session
    printed = s.execute(
        select(PrintRecord.kind, PrintRecord.subject, func.min(PrintRecord.printed_at)).where(
            PrintRecord.case_id == src.case.id, PrintRecord.deleted_at.is_(None),
            PrintRecord.kind.in_(FILE_ORDER)).group_by(PrintRecord.kind, PrintRecord.subject)).all()
    entries = [(_row(src, kind, subject, local_date(first)), kind) for kind, subject, first in printed]
    entries.sort(key=lambda e: (FILE_ORDER.index(e[1]), e[0][0] or dt.date.max, e[0][1]))
    items = [entry for entry, _kind in entries]
    attachments = s.scalars(select(Attachment).where(Attachment.case_id == src.case.id, Attachment.deleted_at.is_(None))
                            .order_by(Attachment.updated_at, Attachment.filename))
    items += [(local_date(a.updated_at), attachment_title(a)) for a in attachments]
    rows = [HEAD] + [(str(i + 1), title, cn_date(day), "", "") for i, (day, title) in enumerate(items)]
    rows += [(str(len(items) + i + 1), "", "", "", "") for i in range(BLANK_ROWS)]
    doc.blocks["index_table"] = [Table(tuple(rows), widths_mm=WIDTHS, header=True)]
    return doc


def attachment_title(a: Attachment) -> str:
    from mediator.locale import catalogs

    name = catalogs()[1].get(f"attachment.{a.kind}")
    return f"{name}（{a.filename}）" if name else (a.note or a.filename)
