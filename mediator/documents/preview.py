"""Previewing a document of a case without printing it: the same model, template and stamp a print
would have now (its next print number, 副本 when it would be a reprint), rendered and converted to
PDF when LibreOffice is installed, but nothing is recorded. The Documents tab shows the result."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from mediator.documents import fonts, pdf
from mediator.documents.printing import _print_count, choose_template, prepare
from mediator.i18n import t
from mediator.services.common import load_case
from mediator.services.context import Workspace

PDF_MAGIC = b"%PDF"


@dataclass
class Preview:
    """What a preview shows: PDF bytes, or the .docx when no PDF can be made (``is_pdf`` says which)."""

    data: bytes
    is_pdf: bool
    print_no: int
    is_copy: bool
    warnings: list[str] = field(default_factory=list)


def is_pdf(data: bytes) -> bool:
    return data[:4] == PDF_MAGIC


def make_preview(ws: Workspace, case_ref: str, kind: str, *, subject: str | None = None,
                 draft: dict[str, Any] | None = None, today: dt.date | None = None) -> Preview:
    """The document as its next print would be, with the warnings a print would give (an office
    template passed over, fonts missing). Completeness problems raise as they do when printing."""
    from mediator.documents.render import Stamp, fonts_used, render  # python-docx: see printing.py

    document = prepare(ws, case_ref, kind, subject=subject, draft=draft, today=today)
    template, warnings = choose_template(ws, kind)
    with ws.read() as session:
        case_id = load_case(session, ws.office_id, case_ref).id
    count = _print_count(ws, case_id, kind, subject)
    stamp = Stamp(document.content_hash(), count + 1, count > 0)
    data = render(template, document, stamp)
    lacking = fonts.missing(fonts_used(data))
    if lacking:
        names = "、".join(f"“{name}”" for name in lacking)  # quoted: font names are data, not words to translate
        warnings.append(t("fonts not installed on this machine, substituted: {fonts}", fonts=names))
    if pdf.available():
        return Preview(pdf.to_pdf(data, kind), True, stamp.print_no, stamp.is_copy, warnings)
    return Preview(data, False, stamp.print_no, stamp.is_copy, warnings)


def preview(ws: Workspace, case_ref: str, kind: str, subject: str | None = None,
            draft: dict[str, Any] | None = None) -> bytes:
    """PDF bytes of the document as it would print now, or the .docx bytes when LibreOffice is
    absent (tell them apart with :func:`is_pdf`). Nothing is recorded."""
    return make_preview(ws, case_ref, kind, subject=subject, draft=draft).data
