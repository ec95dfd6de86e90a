"""Where a printed document goes once the core has made it: to a printer (a PDF drawn page by page
onto the printer the user picks), to the system's word processor (a .docx in a temporary folder),
or to a file the user names. Also the file and folder questions, as module-level functions so
tests may answer them (as ``cases_page.confirm`` is answered), and the plain-words list of what an
incomplete document lacks."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize, QUrl
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from mediator import i18n
from mediator.documents import pdf
from mediator.documents.kinds import KINDS
from mediator.documents.printing import Printed, print_document
from mediator.errors import ValidationError
from mediator.i18n import field_label
from ui.case_view.agreement_fields import describe_field
from ui.context import AppContext
from ui.errors import open_message

PRINT_DPI = 300  # enough for text on paper; a 600 dpi printer would otherwise get 4× the pixels


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under the empty context


def kind_label(kind: str) -> str:
    """A document's Chinese title (documents are always in Chinese), with its English name first
    in an English interface: ``Settlement agreement (调解协议书)``."""
    spec = KINDS.get(kind)
    if spec is None:
        return kind
    return spec.title if i18n.language() == "zh" else f"{spec.english} ({spec.title})"


def print_format() -> str:
    """The format to make for paper: PDF when LibreOffice can make one, else the .docx."""
    return "pdf" if pdf.available() else "docx"


def missing_lines(err: ValidationError, view: dict | None = None) -> list[str]:
    """What an incomplete document lacks, one line per problem, the field in plain words."""
    lines = []
    for problem in err.problems:
        name = describe_field(problem.field, view)
        if name == problem.field:  # not an agreement field: the core's own field names
            name = field_label(problem.field)
        lines.append(tr("{field}: {message}").format(field=name, message=problem.message))
    return lines


# -- questions (tests replace these) -----------------------------------------------------------
def ask_save_path(parent: QWidget | None, suggested: str) -> Path | None:
    """Where to save a document; the suffix chosen (.docx or .pdf) decides the format."""
    filters = [tr("Word document (*.docx)")]
    if pdf.available():
        filters.append(tr("PDF document (*.pdf)"))
    path, chosen = QFileDialog.getSaveFileName(parent, tr("Save document as"), suggested, ";;".join(filters))
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() not in (".docx", ".pdf"):
        target = target.with_suffix(".pdf" if "*.pdf" in chosen else ".docx")
    return target


def ask_folder(parent: QWidget | None) -> Path | None:
    path = QFileDialog.getExistingDirectory(parent, tr("Folder for the printed documents"))
    return Path(path) if path else None


def ask_scan(parent: QWidget | None) -> Path | None:
    """The scanned signed copy to attach: an image or a PDF."""
    path, _chosen = QFileDialog.getOpenFileName(
        parent, tr("Attach the signed copy"), "",
        tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"))
    return Path(path) if path else None


# -- destinations ------------------------------------------------------------------------------
def open_with_system(data: bytes, file_name: str) -> bool:
    """Write ``data`` to a temporary folder and open it with the system's application (Word, WPS,
    a PDF reader). The file stays there: the other program reads it after this returns."""
    folder = Path(tempfile.mkdtemp(prefix="mediator-doc-"))
    target = folder / file_name
    target.write_bytes(data)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))


def choose_printer(parent: QWidget | None) -> QPrinter | None:
    """Ask which printer (before anything is printed, so a cancelled dialog records no print)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(min(printer.resolution(), PRINT_DPI))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr("Print document"))
    return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None


PRINT_DPI = 300


def paint_pdf(pdf_data: bytes, printer: QPrinter) -> bool:
    """Draw every page of ``pdf_data`` onto ``printer``, each page scaled to the printable area."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf_data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.pageCount() < 1:
        return False
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            area = painter.viewport()
            points = document.pagePointSize(page)
            scale = min(area.width() / points.width(), area.height() / points.height())
            target = QRect(0, 0, int(points.width() * scale), int(points.height() * scale))
            # Rendered at most at 300 dpi, then scaled: a 1200 dpi A4 page image would take 500 MB.
            dots = min(scale, PRINT_DPI / 72)
            image = document.render(page, QSize(int(points.width() * dots), int(points.height() * dots)))
            painter.drawImage(target, image)
    finally:
        painter.end()
        document.close()
    return True


def print_to_paper(ctx: AppContext, parent: QWidget, case_id: str, kind: str, *, subject: str | None = None,
                   draft: dict[str, Any] | None = None, on_ok: Callable[[Printed], None] | None = None,
                   on_error: Callable[[BaseException], None] | None = None,
                   on_sent: Callable[[bool], None] | None = None) -> bool:
    """Print one document on paper, off the GUI thread: with LibreOffice, the printer is chosen
    first, then the PDF is made, recorded and drawn onto it; without, the recorded .docx opens in
    the word processor for the user to print there. ``on_sent(ok)`` follows once the pages are on
    the printer. False when the user cancelled."""
    fmt = print_format()
    printer = choose_printer(parent) if fmt == "pdf" else None
    if fmt == "pdf" and printer is None:
        return False

    def sent(ok: bool) -> None:
        if not ok:
            open_message(parent, QMessageBox.Icon.Warning, tr("Printer"),
                         tr("The document could not be sent to the printer."))
        if on_sent is not None:
            on_sent(ok)

    def printed(result: Printed) -> None:
        if printer is not None:
            ctx.read(paint_pdf, result.data, printer, parent=parent, name="send to printer", on_ok=sent)
        else:
            open_with_system(result.data, result.file_name)
        if on_ok is not None:
            on_ok(result)

    ctx.write(print_document, ctx.ws, ctx.actor, case_id, kind, fmt=fmt, subject=subject, draft=draft,
              on_ok=printed, on_error=on_error, case_id=case_id, parent=parent, name="print document")
    return True
